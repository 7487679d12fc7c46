package ui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"veininfo/internal/content"
	"veininfo/internal/kiosk"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time      { return c.t }
func (c *fakeClock) add(d time.Duration) { c.t = c.t.Add(d) }
func (c *fakeClock) wait(k *Kiosk, d time.Duration) {
	for end := c.t.Add(d); c.t.Before(end); {
		c.add(time.Second)
		k.Tick()
	}
}

// interceptWindow remembers the close intercept, which the test driver's
// window does not expose.
type interceptWindow struct {
	fyne.Window
	intercept func()
}

func (w *interceptWindow) SetCloseIntercept(f func()) { w.intercept = f }

type kioskFixture struct {
	shell *Shell
	win   *interceptWindow
	k     *Kiosk
	clock *fakeClock
	quit  int
}

func newTestKiosk(t *testing.T, region, lang, pin string) *kioskFixture {
	t.Helper()
	s, w, _ := newTestShell(t, region, lang, nil)
	f := &kioskFixture{shell: s, win: &interceptWindow{Window: w}, clock: &fakeClock{time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}}
	s.win = f.win
	hash := ""
	if pin != "" {
		var err error
		if hash, err = kiosk.HashPIN(pin); err != nil {
			t.Fatal(err)
		}
	}
	f.k = NewKiosk(f.win, s, KioskOptions{
		IdleTimeout: 90 * time.Second, Warning: 30 * time.Second, Attract: true,
		Gate: kiosk.NewGate(hash, false), Info: AdminInfo{Version: "1.2.3", ConfigPath: "/etc/veininfo/config.toml", Problems: []string{"/etc/veininfo/config.toml:3: colour: unknown key, ignored"}},
		Quit: func() { f.quit++ }, Now: f.clock.Now,
	})
	return f
}

func overlayShows(c fyne.Canvas, want string) bool {
	top := c.Overlays().Top()
	if top == nil {
		return false
	}
	for _, o := range test.LaidOutObjects(top) {
		if strings.Contains(textOf(o), want) {
			return true
		}
	}
	return false
}

func TestIdleWarningThenResetPutsEverythingBack(t *testing.T) {
	f := newTestKiosk(t, "US", "en", "2468")
	c := f.win.Canvas()
	// A patient switches to Germany, reads the Treatment tab, searches the
	// glossary and leaves the region chooser open.
	chooseRegion(t, f.shell, "Germany (Deutschland)")
	test.Tap(button(t, c, "Change region"))
	f.shell.Tabs().SelectIndex(4)
	test.Type(f.shell.terms.search, "stent")
	f.shell.Tabs().SelectIndex(2)
	normal := textSize()
	test.Tap(f.shell.header.larger)
	test.Tap(f.shell.header.contrast)
	test.Type(f.shell.search.entry, "Stent")
	test.Tap(f.shell.header.regionBtn)

	f.clock.wait(f.k, 89*time.Second) // the idle time (90 s) before the warning
	if overlayShows(c, "Lesen Sie noch?") {
		t.Fatal("warning before the idle timeout")
	}
	f.clock.wait(f.k, time.Second)
	if !overlayShows(c, "Lesen Sie noch?") || !overlayShows(c, "in 30 Sekunden") {
		t.Fatalf("no localized warning after 90 s: %q", texts(c))
	}
	f.clock.wait(f.k, 25*time.Second)
	if !overlayShows(c, "in 5 Sekunden") {
		t.Errorf("countdown does not count: %q", texts(c))
	}
	f.clock.wait(f.k, 5*time.Second)

	if !overlayShows(c, "Touch to start") {
		t.Fatalf("no attract screen after the reset: %q", texts(c))
	}
	if n := len(c.Overlays().List()); n != 1 {
		t.Errorf("%d overlays after the reset, want only the attract screen", n)
	}
	if f.shell.reader.Region().Code != "US" || f.shell.reader.Language().String() != "en" {
		t.Errorf("region/language after reset: %s/%s", f.shell.reader.Region().Code, f.shell.reader.Language())
	}
	if f.shell.search.entry.Text != "" {
		t.Errorf("the header search still says %q after the reset", f.shell.search.entry.Text)
	}
	if textSize() != normal || f.shell.contrast {
		t.Errorf("text size %.0f (want %.0f) and contrast %v after reset", textSize(), normal, f.shell.contrast)
	}
	if f.shell.Tabs().SelectedIndex() != 0 {
		t.Errorf("tab %d after reset, want the first", f.shell.Tabs().SelectedIndex())
	}
	touchOverlay(t, c)
	f.shell.Tabs().SelectIndex(2)
	if f.shell.selected[content.Treatment] != "overview" {
		t.Errorf("the Treatment tab shows %q after the reset, want its first topic", f.shell.selected[content.Treatment])
	}
	f.shell.Tabs().SelectIndex(glossaryTabIndex)
	if f.shell.terms.search.Text != "" {
		t.Errorf("the glossary search still says %q after the reset", f.shell.terms.search.Text)
	}
	f.shell.Tabs().SelectIndex(0)
	if c.Overlays().Top() != nil {
		t.Error("a touch should end the attract screen")
	}
	f.clock.wait(f.k, 89*time.Second)
	if c.Overlays().Top() != nil {
		t.Error("the next patient gets the full idle time")
	}
}

func TestActivityCancelsTheWarning(t *testing.T) {
	f := newTestKiosk(t, "US", "en", "2468")
	c := f.win.Canvas()
	f.clock.wait(f.k, 95*time.Second)
	if !overlayShows(c, "Still reading?") {
		t.Fatal("no warning")
	}
	touchOverlay(t, c)
	if c.Overlays().Top() != nil {
		t.Fatal("touching the warning should close it")
	}
	f.clock.wait(f.k, 60*time.Second)
	f.shell.Tabs().SelectIndex(3) // reading on
	f.clock.wait(f.k, 60*time.Second)
	if c.Overlays().Top() != nil || f.shell.Tabs().SelectedIndex() != 3 {
		t.Error("activity should restart the idle time")
	}
}

func TestCloseAsksForThePIN(t *testing.T) {
	f := newTestKiosk(t, "US", "en", "2468")
	c := f.win.Canvas()
	if f.win.intercept == nil {
		t.Fatal("kiosk mode must intercept closing the window")
	}
	f.win.intercept()
	if !overlayShows(c, "Enter the staff PIN.") {
		t.Fatalf("closing should ask for the PIN: %q", texts(c))
	}
	enterPIN(t, c, "1111")
	if f.quit != 0 || !overlayShows(c, "Wrong PIN. 4 tries left.") {
		t.Errorf("a wrong PIN must not quit: quit %d, %q", f.quit, texts(c))
	}
	enterPIN(t, c, "2468")
	if f.quit != 1 {
		t.Error("the right PIN should quit")
	}
}

func TestWrongPINsLockEntry(t *testing.T) {
	f := newTestKiosk(t, "US", "en", "2468")
	c := f.win.Canvas()
	f.win.intercept()
	for range kiosk.MaxFailures {
		enterPIN(t, c, "0000")
	}
	if !overlayShows(c, "Too many wrong PINs. Try again in 60 seconds.") {
		t.Fatalf("no lockout: %q", texts(c))
	}
	if !button(t, c, "7").(fyne.Disableable).Disabled() {
		t.Error("keys should be off while locked")
	}
	f.clock.wait(f.k, 30*time.Second)
	if !overlayShows(c, "Try again in 30 seconds.") {
		t.Errorf("lockout countdown: %q", texts(c))
	}
	f.clock.wait(f.k, 30*time.Second)
	if button(t, c, "7").(fyne.Disableable).Disabled() || !overlayShows(c, "Enter the staff PIN.") {
		t.Error("keys should work again after 60 s")
	}
	enterPIN(t, c, "2468")
	if f.quit != 1 {
		t.Error("the right PIN after the lockout should quit")
	}
}

func TestStaffPanel(t *testing.T) {
	f := newTestKiosk(t, "US", "en", "2468")
	c := f.win.Canvas()
	name := f.shell.header.content.(*fyne.Container).Objects[0].(*fyne.Container).Objects[0].(*longPress)
	name.MouseDown(nil)
	f.clock.add(time.Second)
	name.MouseUp(nil)
	if c.Overlays().Top() != nil {
		t.Fatal("a short tap on the name must not open anything")
	}
	name.MouseDown(nil)
	f.clock.add(3 * time.Second)
	name.MouseUp(nil)
	enterPIN(t, c, "2468")
	for _, want := range []string{"Version: 1.2.3", "Configuration file: /etc/veininfo/config.toml", "colour: unknown key",
		"topics have not been clinically reviewed", "Changes to the configuration file take effect when the app is restarted."} {
		if !overlayShows(c, want) {
			t.Errorf("staff panel lacks %q: %q", want, texts(c))
		}
	}
	// Staff make Switzerland the start for new patients.
	test.Tap(button(t, c, "Close"))
	chooseRegion(t, f.shell, "Switzerland (Schweiz)")
	test.Tap(button(t, c, "Change region"))
	f.k.askForAdmin()
	enterPIN(t, c, "2468")
	test.Tap(button(t, c, "Als Startansicht festlegen"))
	test.Tap(button(t, c, "Schliessen"))
	f.k.Reset()
	if f.shell.reader.Region().Code != "CH" {
		t.Errorf("after staff chose CH, a reset goes to %s", f.shell.reader.Region().Code)
	}
	f.k.askForAdmin()
	enterPIN(t, c, "2468")
	test.Tap(button(t, c, "Vein Info beenden"))
	if f.quit != 1 {
		t.Error("Exit should quit")
	}
}

func TestNoPINConfigured(t *testing.T) {
	f := newTestKiosk(t, "US", "en", "")
	f.win.intercept()
	enterPIN(t, f.win.Canvas(), "1234")
	if f.quit != 0 || !overlayShows(f.win.Canvas(), "No staff PIN is set") {
		t.Errorf("without a PIN the app must stay: quit %d", f.quit)
	}
}

// touchOverlay taps the full-screen layer of the warning or attract screen.
func touchOverlay(t *testing.T, c fyne.Canvas) {
	t.Helper()
	for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
		if a, ok := o.(*tapArea); ok {
			test.Tap(a)
			return
		}
	}
	t.Fatal("no touch layer on top")
}

func enterPIN(t *testing.T, c fyne.Canvas, pin string) {
	t.Helper()
	enterPINWith(t, c, pin, "OK")
}

// enterPINWith types pin on the PIN pad and presses its OK key, which
// says ok in the reader's language.
func enterPINWith(t *testing.T, c fyne.Canvas, pin, ok string) {
	t.Helper()
	for _, d := range pin {
		test.Tap(button(t, c, string(d)))
	}
	test.Tap(button(t, c, ok))
}

func TestPINPadWorksFromTheKeyboard(t *testing.T) {
	f := newTestKiosk(t, "US", "en", "2468")
	f.win.intercept()
	test.TypeOnCanvas(f.win.Canvas(), "24689")
	f.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	f.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if f.quit != 1 {
		t.Error("typing the PIN and Enter should quit")
	}
}

func TestTouchKeyboard(t *testing.T) {
	f := newTestKiosk(t, "PL", "pl", "2468")
	f.k.opts.Keyboard = true
	f.shell.touchKeyboard = true
	c := f.win.Canvas()
	c.Focus(f.shell.search.entry)
	if f.shell.keyboard == nil {
		t.Fatal("focusing the search field should open the on-screen keyboard")
	}
	keys := func() map[string]bool {
		m := map[string]bool{}
		for _, o := range test.LaidOutObjects(f.shell.keyboardSlot) {
			if text, _, ok := buttonText(o); ok {
				m[text] = true
			}
		}
		return m
	}()
	for _, l := range []string{"a", "ą", "ł", "ż", "z"} {
		if !keys[l] {
			t.Errorf("the Polish keyboard lacks %q", l)
		}
	}
	for _, l := range []string{"s", "t", "e", "n", "t", "x"} {
		test.Tap(button2(t, f.shell.keyboardSlot, l))
	}
	for _, o := range test.LaidOutObjects(f.shell.keyboardSlot) {
		if b, ok := o.(*labelledButton); ok && b.Icon != nil && b.Icon.Name() == theme.NavigateBackIcon().Name() {
			test.Tap(b)
		}
	}
	if got := f.shell.search.entry.Text; got != "stent" {
		t.Errorf("typed %q, want stent", got)
	}
	if !panelShows(f.shell, "stent") && !panelShows(f.shell, "Stent") {
		t.Error("typing on the keyboard should search")
	}
	f.k.Reset()
	if f.shell.keyboard != nil || len(f.shell.keyboardSlot.Objects) != 0 {
		t.Error("the reset should close the keyboard")
	}
}

// TestAttractScreenTakesTurnsInTheRegionsLanguages: in Belgium "Touch to
// start" shows in Dutch, French and German in turn, one at a time.
func TestAttractScreenTakesTurnsInTheRegionsLanguages(t *testing.T) {
	f := newTestKiosk(t, "BE", "nl-BE", "2468")
	c := f.win.Canvas()
	f.k.Reset()
	visible := func() []string {
		var out []string
		for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
			if tx, ok := o.(*canvas.Text); ok && tx.Visible() {
				out = append(out, tx.Text)
			}
		}
		return out
	}
	var seen []string
	for range 3 {
		got := strings.Join(visible(), " | ")
		for _, want := range []string{"Tik om te beginnen", "Touchez", "Zum Starten"} {
			if strings.Contains(got, want) && !slices.Contains(seen, want) {
				seen = append(seen, want)
			}
		}
		n := 0
		for _, want := range []string{"Tik om te beginnen", "Touchez", "Zum Starten"} {
			if strings.Contains(got, want) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("the attract screen shows %d prompts at once: %q", n, got)
		}
		f.clock.wait(f.k, attractPeriod)
	}
	if len(seen) != 3 {
		t.Errorf("in three turns the attract screen showed %v", seen)
	}
}

// TestPINPadShowsEveryKeyAt1280x800: the PIN pad's keys and buttons are all
// in view on a 1280x800 kiosk, also after a wrong PIN's message, in the
// language with the longest messages.
func TestPINPadShowsEveryKeyAt1280x800(t *testing.T) {
	for _, rl := range [][2]string{{"PL", "pl"}, {"DE", "de"}, {"FI", "fi"}} {
		f := newTestKiosk(t, rl[0], rl[1], "2468")
		f.win.Resize(fyne.NewSize(1280, 800))
		c := f.win.Canvas()
		f.k.askForAdmin()
		ok := f.shell.reader.Localizer().T("AdminOK")
		enterPINWith(t, c, "1111", ok)
		var scroll *swipeScroll
		for _, o := range test.LaidOutObjects(c.Overlays().Top()) {
			if s, isScroll := o.(*swipeScroll); isScroll {
				scroll = s
			}
		}
		if scroll == nil {
			t.Fatal("no PIN pad")
		}
		if need, has := scroll.scroll.Content.MinSize().Height, scroll.Size().Height; need > has+0.5 {
			t.Errorf("%s: the PIN pad needs %.0f px, shows %.0f: its last keys are out of view", rl[1], need, has)
		}
	}
}
