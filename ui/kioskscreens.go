package ui

import (
	"time"

	"fyne.io/fyne/v2"
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
	left  *fitText
}

func showWarning(c fyne.Canvas, loc *l10n.Localizer, onTouch func()) *warningScreen {
	w := &warningScreen{loc: loc, left: newFitText("", 1, false)}
	title := newFitText(loc.T("KioskStillReading"), 2, true)
	hint := newFitText(loc.T("KioskTouchToContinue"), 1, false)
	cont := newButton(loc.T("KioskContinue"), onTouch)
	cont.Importance = widget.HighImportance
	big := &fyne.Container{Layout: boundedLayout{minWidth: 320}, Objects: []fyne.CanvasObject{
		container.NewThemeOverride(cont, newTheme(200, false)),
	}}
	body := &fyne.Container{Layout: middleLayout{}, Objects: []fyne.CanvasObject{title, hint, w.left, container.NewCenter(big)}}
	w.popup = widget.NewModalPopUp(newTapArea(body, loc.T("KioskStillReading")+" "+loc.T("KioskTouchToContinue"), onTouch), c)
	w.popup.Resize(c.Size())
	w.popup.Show()
	return w
}

func (w *warningScreen) countdown(left time.Duration) {
	w.left.SetText(w.loc.Plural("KioskResetIn", int((left+time.Second-1)/time.Second)))
}

func (w *warningScreen) hide() { w.popup.Hide() }

// attractScreen invites the next patient, saying "Touch to start" in each
// of the region's languages in turn. It says that the app is not for
// emergencies, with a button to the urgent-help topic.
type attractScreen struct {
	popup   *widget.PopUp
	prompts []string
	prompt  *fitText
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
	a.prompt = newFitText(a.prompts[0], 2, true)
	a.prompt.others = a.prompts[1:]
	name := newFitText(loc.T("AppName"), 3, true)
	notice := newFitText(loc.T("KioskNotForEmergencies"), 0.75, true)
	urgent := &widget.Button{Text: loc.T("UrgentHelp"), Icon: theme.WarningIcon(), Importance: widget.DangerImportance, OnTapped: onUrgent}
	body := &fyne.Container{Layout: middleLayout{}, Objects: []fyne.CanvasObject{name, a.prompt, notice, container.NewCenter(urgent)}}
	area := newTapArea(body, loc.T("KioskTouchToStart")+" "+loc.T("KioskNotForEmergencies"), onTouch)
	area.moves = false
	a.popup = widget.NewModalPopUp(area, c)
	a.popup.Resize(c.Size())
	a.popup.Show()
	return a
}

func (a *attractScreen) tick(now time.Time) {
	a.prompt.showTurn(int(now.Sub(a.started)/attractPeriod) % len(a.prompts))
}

func (a *attractScreen) hide() { a.popup.Hide() }
