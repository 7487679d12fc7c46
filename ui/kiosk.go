package ui

import (
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"golang.org/x/text/language"

	"veininfo/internal/config"
	"veininfo/internal/kiosk"
)

// KioskOptions are the settings of kiosk mode.
type KioskOptions struct {
	IdleTimeout time.Duration // without use, then the warning
	Warning     time.Duration // the countdown, then the reset
	Attract     bool          // show the attract screen after a reset
	Keyboard    bool          // an on-screen keyboard for the search fields
	Gate        *kiosk.Gate   // checks the staff PIN
	Info        AdminInfo     // shown in the staff panel
	Quit        func()        // leaves the app, after the PIN
	Now         func() time.Time
}

// AdminInfo is what the staff panel tells about this installation.
type AdminInfo struct {
	Version    string
	Content    time.Time   // when the newest topic's text changed
	Unreviewed int         // topics with no clinical review of their current text
	Overdue    int         // topics past their next review
	ConfigPath string      // "" when no file was read
	Problems   []string    // configuration and content-pack problems, each naming file and line
	Settings   [][2]string // the settings in force, key and value
	LogFile    string      // where the log is kept, "" for standard error
}

// adminShortcut opens the staff panel from a keyboard: Ctrl+Alt+A.
var adminShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyA, Modifier: fyne.KeyModifierControl | fyne.KeyModifierAlt}

// attractPeriod is how long each language's "Touch to start" shows.
const attractPeriod = 3 * time.Second

// Kiosk runs a shell unattended: it asks for the staff PIN before the
// window closes, warns after a while without use and then puts back
// everything a patient could have changed, and opens the staff panel.
type Kiosk struct {
	win    fyne.Window
	shell  *Shell
	reader Reader
	opts   KioskOptions
	idle   *kiosk.Idle

	startRegion string       // where each reset returns to
	startLang   language.Tag //
	warning     *warningScreen
	attract     *attractScreen
	pad         *pinPad
}

// NewKiosk puts shell into kiosk mode. Call Tick every second (Run does).
func NewKiosk(win fyne.Window, shell *Shell, opts KioskOptions) *Kiosk {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	// WCAG 2.2.1: at least 20 seconds to answer the warning, whatever the
	// caller asks for (the config cannot set less either).
	opts.Warning = max(opts.Warning, config.MinWarning*time.Second)
	k := &Kiosk{win: win, shell: shell, reader: shell.reader, opts: opts,
		startRegion: shell.reader.Region().Code, startLang: shell.reader.Language()}
	k.idle = kiosk.NewIdle(opts.IdleTimeout, opts.Warning, opts.Now())
	shell.onActivity, shell.onAdmin, shell.now = k.Activity, k.askForAdmin, opts.Now
	shell.touchKeyboard = opts.Keyboard
	shell.build()
	win.SetCloseIntercept(k.askToQuit)
	shell.onKey, shell.onRune = k.typedKey, k.typedRune
	win.Canvas().AddShortcut(adminShortcut, func(fyne.Shortcut) { k.askForAdmin() })
	return k
}

// Run ticks the kiosk every second until stop is closed (when the app
// stops): nothing may call into Fyne once its driver has stopped.
func (k *Kiosk) Run(stop <-chan struct{}) {
	go func() {
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				fyne.Do(func() {
					select {
					case <-stop:
					default:
						k.Tick()
					}
				})
			}
		}
	}()
}

// Activity records that someone is using the app.
func (k *Kiosk) Activity() {
	k.idle.Touch(k.opts.Now())
	if k.warning != nil {
		k.warning.hide()
		k.warning = nil
	}
}

// typedRune types a digit into the PIN pad when it is open.
func (k *Kiosk) typedRune(r rune) {
	if k.pad != nil && r >= '0' && r <= '9' {
		k.pad.digit(string(r))()
	}
}

// typedKey works the PIN pad from a keyboard, and any key ends the attract
// screen. It reports whether it used the key.
func (k *Kiosk) typedKey(e *fyne.KeyEvent) bool {
	if k.attract != nil {
		k.endAttract()
		return true
	}
	if k.pad == nil {
		return false
	}
	switch e.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		k.pad.submit()
	case fyne.KeyBackspace:
		k.pad.delete()
	case fyne.KeyEscape:
		k.pad.cancel()
	}
	return true
}

// Tick moves the idle cycle, the attract screen and the PIN lockout on.
func (k *Kiosk) Tick() {
	now := k.opts.Now()
	if k.pad != nil {
		k.pad.tick(now)
	}
	if k.attract != nil {
		k.attract.tick(now)
		return
	}
	switch state, left := k.idle.Check(now); state {
	case kiosk.Warning:
		k.warn(left)
	case kiosk.Reset:
		k.Reset()
	}
}

func (k *Kiosk) warn(left time.Duration) {
	if k.warning == nil {
		log.Printf("kiosk: idle warning, reset in %v", left.Round(time.Second))
		k.warning = showWarning(k.win.Canvas(), k.reader.Localizer(), k.Activity)
	}
	k.warning.countdown(left)
}

// Reset puts back everything a patient could have changed, closes every
// dialog and popup, and shows the attract screen.
func (k *Kiosk) Reset() {
	k.warning, k.pad = nil, nil
	overlays := k.win.Canvas().Overlays()
	for top := overlays.Top(); top != nil; top = overlays.Top() {
		overlays.Remove(top)
	}
	if k.reader.Region().Code != k.startRegion {
		_ = k.reader.SetRegion(k.startRegion)
	}
	if k.reader.Language() != k.startLang {
		_ = k.reader.SetLanguage(k.startLang)
	}
	k.shell.Reset()
	log.Print("kiosk: idle reset")
	if k.opts.Attract {
		k.attract = showAttract(k.win.Canvas(), k.reader, k.opts.Now(), k.endAttract, k.urgentFromAttract)
	}
}

// urgentFromAttract ends the attract screen on the urgent-help topic.
func (k *Kiosk) urgentFromAttract() {
	k.endAttract()
	k.shell.OpenUrgentHelp()
}

func (k *Kiosk) endAttract() {
	k.attract.hide()
	k.attract = nil
	k.idle.Touch(k.opts.Now())
}

// askToQuit is the window's close intercept: Alt+F4 and the window
// manager's close button end up here, and only the PIN closes the app.
func (k *Kiosk) askToQuit() { k.askPIN(k.quit) }

func (k *Kiosk) askForAdmin() { k.askPIN(k.showAdmin) }

func (k *Kiosk) askPIN(then func()) {
	k.Activity()
	if k.pad != nil {
		return
	}
	k.pad = showPINPad(k.win, k.reader.Localizer(), k.opts.Gate, k.opts.Now, func(ok bool) {
		k.pad = nil
		if ok {
			then()
		}
	})
}

func (k *Kiosk) showAdmin() {
	log.Print("kiosk: staff panel opened")
	showAdminPanel(k.win, k.reader.Localizer(), k.opts.Info, k.useCurrentAsStart, k.quit)
}

func (k *Kiosk) quit() {
	log.Print("kiosk: staff exit")
	k.opts.Quit()
}

// useCurrentAsStart makes the region and language shown now the ones each
// reset returns to, until the app restarts.
func (k *Kiosk) useCurrentAsStart() {
	k.startRegion, k.startLang = k.reader.Region().Code, k.reader.Language()
}
