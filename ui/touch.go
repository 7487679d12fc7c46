package ui

import (
	"image/color"

	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// activityCatcher lies invisibly over the app in kiosk mode and reports
// pointer movement, which Fyne offers no global hook for. It takes no taps,
// so everything under it works as before.
type activityCatcher struct {
	widget.BaseWidget
	onActivity func()
}

func newActivityCatcher(onActivity func()) *activityCatcher {
	c := &activityCatcher{onActivity: onActivity}
	c.ExtendBaseWidget(c)
	return c
}

func (c *activityCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

func (c *activityCatcher) MouseIn(*desktop.MouseEvent)    { c.onActivity() }
func (c *activityCatcher) MouseMoved(*desktop.MouseEvent) { c.onActivity() }
func (c *activityCatcher) MouseOut()                      {}

// tapArea is a full-screen layer that reacts to any tap, and to pointer
// movement when moves is set: the idle warning and the attract screen are
// tapAreas. Buttons in its content take their own taps.
type tapArea struct {
	widget.BaseWidget
	content fyne.CanvasObject
	label   string // for screen readers
	onTouch func()
	moves   bool
}

func newTapArea(content fyne.CanvasObject, label string, onTouch func()) *tapArea {
	a := &tapArea{content: content, label: label, onTouch: onTouch, moves: true}
	a.ExtendBaseWidget(a)
	return a
}

func (a *tapArea) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(a.content) }

func (a *tapArea) Tapped(*fyne.PointEvent)     { a.onTouch() }
func (a *tapArea) MouseIn(*desktop.MouseEvent) {}
func (a *tapArea) MouseMoved(*desktop.MouseEvent) {
	if a.moves {
		a.onTouch()
	}
}
func (a *tapArea) MouseOut() {}

// longPressTime is how long the app name must be held to open the staff
// panel: long enough that a patient does not find it by chance.
const longPressTime = 3 * time.Second

// longPress is a label that calls onLongPress when held down for
// longPressTime, with a mouse or a finger.
type longPress struct {
	widget.Label
	now         func() time.Time
	pressed     time.Time
	onLongPress func()
}

func newLongPress(text string, now func() time.Time, onLongPress func()) *longPress {
	l := &longPress{now: now, onLongPress: onLongPress}
	l.Text, l.TextStyle = text, fyne.TextStyle{Bold: true}
	l.ExtendBaseWidget(l)
	return l
}

func (l *longPress) MouseDown(*desktop.MouseEvent) { l.pressed = l.now() }

func (l *longPress) MouseUp(*desktop.MouseEvent) {
	held := l.now().Sub(l.pressed)
	if !l.pressed.IsZero() && held >= longPressTime {
		l.onLongPress()
	}
	l.pressed = time.Time{}
}
