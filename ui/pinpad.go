package ui

import (
	"errors"
	"log"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/kiosk"
	"veininfo/internal/l10n"
)

// pinPadKeySize makes the number keys easy to hit with a finger.
var pinPadKeySize = fyne.NewSize(96, 64)

// pinPadSize is the PIN pad's narrowest: three keys wide.
var pinPadSize = fyne.NewSize(3*96+80, 0)

// pinPad asks for the staff PIN on an on-screen number pad that works on a
// touch screen without a keyboard.
type pinPad struct {
	loc     *l10n.Localizer
	gate    *kiosk.Gate
	now     func() time.Time
	done    func(ok bool)
	pin     string
	locked  bool // the lockout message is showing
	dots    *widget.Label
	message *widget.Label
	keys    []*widget.Button
	dialog  *dialog.CustomDialog
}

func showPINPad(win fyne.Window, loc *l10n.Localizer, gate *kiosk.Gate, now func() time.Time, done func(bool)) *pinPad {
	p := &pinPad{loc: loc, gate: gate, now: now, done: done,
		dots:    widget.NewLabelWithStyle(" ", fyne.TextAlignCenter, fyne.TextStyle{Monospace: true}),
		message: widget.NewLabelWithStyle(loc.T("AdminEnterPIN"), fyne.TextAlignCenter, fyne.TextStyle{})}
	p.message.Wrapping = fyne.TextWrapWord
	grid := container.NewGridWithColumns(3)
	for _, key := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"} {
		grid.Add(p.key(key, p.digit(key)))
	}
	grid.Add(p.key(loc.T("AdminDelete"), p.delete))
	grid.Add(p.key("0", p.digit("0")))
	grid.Add(p.key(loc.T("AdminOK"), p.submit))
	content := container.NewVBox(p.message, p.dots, container.NewCenter(grid))
	// scrolls on a screen too short for it at large text
	p.dialog = dialog.NewCustom(loc.T("AdminTitle"), loc.T("RegionDialogCancel"), newSwipeScroll(content, nil, nil), win)
	// as large as its keys, message and buttons need (room for a message
	// of three lines), but never larger than the window: then it scrolls
	line := fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height
	need := content.MinSize()
	chrome := 2*(2*theme.TextSize()+4*theme.InnerPadding()) + theme.Size(theme.SizeNameSubHeadingText)
	clampDialog(p.dialog, win, fyne.NewSize(max(need.Width, pinPadSize.Width)+4*theme.InnerPadding(), need.Height+2*line+chrome))
	p.dialog.SetOnClosed(p.cancel)
	p.dialog.Show()
	p.tick(now())
	return p
}

func (p *pinPad) key(label string, tapped func()) fyne.CanvasObject {
	b := widget.NewButton(label, tapped)
	p.keys = append(p.keys, b)
	return container.NewGridWrap(pinPadKeySize, b)
}

func (p *pinPad) digit(d string) func() {
	return func() {
		if len(p.pin) < 12 {
			p.pin += d
			p.dots.SetText(strings.Repeat("• ", len(p.pin)))
		}
	}
}

func (p *pinPad) delete() {
	if p.pin != "" {
		p.pin = p.pin[:len(p.pin)-1]
		p.dots.SetText(strings.Repeat("• ", len(p.pin)) + " ")
	}
}

func (p *pinPad) submit() {
	ok, err := p.gate.Try(p.pin, p.now())
	p.pin = ""
	p.dots.SetText(" ")
	switch {
	case ok:
		p.finish(true)
	case errors.Is(err, kiosk.ErrLocked):
		p.tick(p.now())
	case errors.Is(err, kiosk.ErrBadHash):
		log.Print("kiosk: staff PIN not usable: admin_pin_hash in the configuration is malformed")
		p.message.SetText(p.loc.T("AdminBadPIN"))
	case errors.Is(err, kiosk.ErrNoPIN):
		p.message.SetText(p.loc.T("AdminNoPIN"))
	default:
		log.Print("kiosk: wrong staff PIN")
		p.message.SetText(p.loc.Plural("AdminWrongPIN", p.gate.TriesLeft()))
	}
}

// tick shows the lockout's countdown and keeps the keys off until it ends.
func (p *pinPad) tick(now time.Time) {
	locked := p.gate.LockedFor(now)
	for _, k := range p.keys {
		if locked > 0 {
			k.Disable()
		} else {
			k.Enable()
		}
	}
	switch {
	case locked > 0:
		if !p.locked {
			log.Printf("kiosk: staff PIN entry locked for %v after too many wrong PINs", locked.Round(time.Second))
		}
		p.locked = true
		p.message.SetText(p.loc.Plural("AdminLocked", int((locked+time.Second-1)/time.Second)))
	case p.locked:
		p.locked = false
		p.message.SetText(p.loc.T("AdminEnterPIN"))
	}
}

func (p *pinPad) cancel() { p.finish(false) }

func (p *pinPad) finish(ok bool) {
	if p.done == nil {
		return
	}
	done := p.done
	p.done = nil
	p.dialog.Hide()
	done(ok)
}
