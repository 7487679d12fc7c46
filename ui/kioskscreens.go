package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/l10n"
)

// warningScreen covers the app with "Still reading?", a countdown in
// large text and a large "Continue reading" button; any touch closes it.
type warningScreen struct {
	popup *widget.PopUp
	loc   *l10n.Localizer
	left  *canvas.Text
}

func showWarning(c fyne.Canvas, loc *l10n.Localizer, onTouch func()) *warningScreen {
	w := &warningScreen{loc: loc, left: bigText("", 1)}
	w.left.TextStyle.Bold = false
	title := bigText(loc.T("KioskStillReading"), 2)
	hint := bigText(loc.T("KioskTouchToContinue"), 1)
	hint.TextStyle.Bold = false
	cont := newButton(loc.T("KioskContinue"), onTouch)
	cont.Importance = widget.HighImportance
	big := &fyne.Container{Layout: boundedLayout{minWidth: 320}, Objects: []fyne.CanvasObject{
		container.NewThemeOverride(cont, newTheme(200, false)),
	}}
	body := container.NewCenter(container.NewVBox(title, hint, w.left, container.NewCenter(big)))
	w.popup = widget.NewModalPopUp(newTapArea(body, loc.T("KioskStillReading")+" "+loc.T("KioskTouchToContinue"), onTouch), c)
	w.popup.Resize(c.Size())
	w.popup.Show()
	return w
}

func (w *warningScreen) countdown(left time.Duration) {
	text := w.loc.Plural("KioskResetIn", int((left+time.Second-1)/time.Second))
	if w.left.Text != text {
		w.left.Text = text
		w.left.Refresh()
	}
}

func (w *warningScreen) hide() { w.popup.Hide() }

// attractScreen invites the next patient, saying "Touch to start" in each
// of the region's languages in turn. It says that the app is not for
// emergencies, with a button to the urgent-help topic.
type attractScreen struct {
	popup   *widget.PopUp
	prompts []string
	prompt  *canvas.Text
	started time.Time
}

// showAttract shows the attract screen until a touch, which calls onTouch,
// or a tap on its urgent-help button, which calls onUrgent. Moving the
// pointer does not end it: on a touch screen a finger moves the pointer
// before it taps, and the tap must reach the button.
func showAttract(c fyne.Canvas, r Reader, now time.Time, onTouch, onUrgent func()) *attractScreen {
	a := &attractScreen{started: now}
	for _, tag := range r.Region().Languages {
		a.prompts = append(a.prompts, r.LocalizerFor(tag).T("KioskTouchToStart"))
	}
	loc := r.Localizer()
	a.prompt = bigText(a.prompts[0], 2)
	name := bigText(loc.T("AppName"), 3)
	notice := widget.NewLabelWithStyle(loc.T("KioskNotForEmergencies"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	notice.Wrapping = fyne.TextWrapWord
	urgent := &widget.Button{Text: loc.T("UrgentHelp"), Icon: theme.WarningIcon(), Importance: widget.DangerImportance, OnTapped: onUrgent}
	body := container.NewCenter(container.NewVBox(name, a.prompt, notice, container.NewCenter(urgent)))
	area := newTapArea(body, loc.T("KioskTouchToStart")+" "+loc.T("KioskNotForEmergencies"), onTouch)
	area.moves = false
	a.popup = widget.NewModalPopUp(area, c)
	a.popup.Resize(c.Size())
	a.popup.Show()
	return a
}

func (a *attractScreen) tick(now time.Time) {
	i := int(now.Sub(a.started)/attractPeriod) % len(a.prompts)
	if a.prompt.Text != a.prompts[i] {
		a.prompt.Text = a.prompts[i]
		a.prompt.Refresh()
	}
}

func (a *attractScreen) hide() { a.popup.Hide() }

// bigText is centred text scale times the heading size.
func bigText(text string, scale float32) *canvas.Text {
	t := canvas.NewText(text, theme.Color(theme.ColorNameForeground))
	t.TextSize = theme.Size(theme.SizeNameHeadingText) * scale
	t.TextStyle = fyne.TextStyle{Bold: true}
	t.Alignment = fyne.TextAlignCenter
	return t
}
