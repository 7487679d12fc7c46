package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// labelledButton is the app's button: Space and Enter press it, Esc closes
// the popup or dialog it stands in, focus shows as a strong outline (not
// Fyne's faint tint), a drag that starts on it scrolls the page it is on,
// and its screen-reader label contains its visible text (WCAG 2.5.3).
// Fyne reads widgets that implement fyne.Accessible when built with -tags
// accessibility (Windows and macOS).
type labelledButton struct {
	widget.Button
	label   string // said by screen readers; contains the visible text
	focused bool
	ring    *canvas.Rectangle
	swipeChild
}

func newLabelledButton(text string, icon fyne.Resource, label string, tapped func()) *labelledButton {
	b := &labelledButton{label: label}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// newButton is a labelledButton that says what its text says.
func newButton(text string, tapped func()) *labelledButton {
	return newLabelledButton(text, nil, text, tapped)
}

// inScroll lets the button pass drags on to the scroll area it is in.
func (b *labelledButton) inScroll(host *swipeHost) *labelledButton {
	b.host = host
	return b
}

// AccessibilityLabel is what a screen reader says for the button.
func (b *labelledButton) AccessibilityLabel() string {
	if b.label == "" {
		return b.Text
	}
	return b.label
}

func (b *labelledButton) CreateRenderer() fyne.WidgetRenderer {
	b.ring = newFocusRing()
	return &ringRenderer{WidgetRenderer: b.Button.CreateRenderer(), ring: b.ring, focused: func() bool { return b.focused }}
}

// FocusGained shows the outline and brings the button into view. Fyne's
// own focus tint is left out: at a visible strength it would hide the
// button's text.
func (b *labelledButton) FocusGained() {
	b.focused = true
	b.show(b)
	b.Refresh()
}

// FocusLost hides the outline.
func (b *labelledButton) FocusLost() {
	b.focused = false
	b.Refresh()
}

// TypedKey presses the button for Space and Enter, closes its popup for
// Esc, and scrolls the page for the scrolling keys.
func (b *labelledButton) TypedKey(e *fyne.KeyEvent) {
	switch {
	case e.Name == fyne.KeySpace || e.Name == fyne.KeyReturn || e.Name == fyne.KeyEnter:
		// Not Tapped: Fyne's button gives up the focus on a tap, and a
		// keyboard user's focus must stay where it is.
		if !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
	case e.Name == fyne.KeyEscape:
		closeOverlayOf(b)
	default:
		b.scrollKey(e)
	}
}

// Tapped presses the button, unless it is disabled.
func (b *labelledButton) Tapped(e *fyne.PointEvent) {
	if !b.Disabled() {
		b.Button.Tapped(e)
	}
}

// Dragged scrolls the page the button stands on.
func (b *labelledButton) Dragged(e *fyne.DragEvent) { b.dragged(e) }

// DragEnd ends the scroll, or taps when the finger hardly moved.
func (b *labelledButton) DragEnd() { b.dragEnd(func() { b.Tapped(nil) }) }

// closeOverlayOf closes the dialog or popup o stands in, as Esc does
// anywhere else: a dialog closed this way changes nothing.
func closeOverlayOf(o fyne.CanvasObject) {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return
	}
	if top := c.Overlays().Top(); top != nil {
		c.Overlays().Remove(top)
	}
}

// focusWidth is the thickness of the focus outline.
const focusWidth = 3

func newFocusRing() *canvas.Rectangle {
	r := canvas.NewRectangle(color.Transparent)
	r.StrokeWidth = focusWidth
	r.CornerRadius = theme.InputRadiusSize()
	r.Hide()
	return r
}

// ringRenderer draws a widget with a focus outline in the theme's focus
// colour, which is at least 3:1 against the background in both themes.
type ringRenderer struct {
	fyne.WidgetRenderer
	ring    *canvas.Rectangle
	focused func() bool
}

func (r *ringRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.ring.Resize(size)
	r.ring.Move(fyne.NewPos(0, 0))
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.ring)
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.ring.StrokeColor = theme.Color(theme.ColorNameFocus)
	r.ring.Hidden = !r.focused()
	r.ring.Refresh()
}

// AccessibilityLabel of the warning and attract screens is their text.
func (a *tapArea) AccessibilityLabel() string { return a.label }

// AccessibilityRole of the warning and attract screens: a touch anywhere
// works them, like a button.
func (a *tapArea) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }
