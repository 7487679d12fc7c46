package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// labelledButton is a button whose screen-reader label says in words what
// its symbol or icon shows: "Larger text" for "A+". Fyne reads widgets that
// implement fyne.Accessible when built with -tags accessibility (Windows
// and macOS).
type labelledButton struct {
	widget.Button
	label string
}

func newLabelledButton(text string, icon fyne.Resource, label string, tapped func()) *labelledButton {
	b := &labelledButton{label: label}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// AccessibilityLabel is what a screen reader says for the button.
func (b *labelledButton) AccessibilityLabel() string { return b.label }

// AccessibilityLabel of the warning and attract screens is their text.
func (a *tapArea) AccessibilityLabel() string { return a.label }

// AccessibilityRole of the warning and attract screens: a touch anywhere
// works them, like a button.
func (a *tapArea) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }
