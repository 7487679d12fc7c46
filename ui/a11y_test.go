package ui

import (
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestEveryButtonHasAWordLabel checks what a screen reader would say for
// each button: words in the reader's language, never a symbol ("A+") or an
// icon's name ("colorPalette").
func TestEveryButtonHasAWordLabel(t *testing.T) {
	f := newTestKiosk(t, "DE", "de", "2468")
	f.shell.touchKeyboard = true
	f.win.Canvas().Focus(f.shell.search.entry)
	checked := 0
	for _, o := range test.LaidOutObjects(f.win.Canvas().Content()) {
		a, ok := o.(fyne.Accessible)
		if !ok || a.AccessibilityRole() != fyne.AccessibleRoleButton {
			continue
		}
		checked++
		label := a.AccessibilityLabel()
		letters := 0
		for _, r := range label {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		single := letters == 1 && len([]rune(label)) == 1 // a letter key or letter index
		if !single && letters < 3 || label == "colorPalette" || label == "navigateBack" || label == "cancel" {
			t.Errorf("%T says %q to a screen reader", o, label)
		}
		// WCAG 2.5.3: a speech user says what they see
		if b, ok := o.(*labelledButton); ok && b.Text != "" && !strings.Contains(label, b.Text) {
			t.Errorf("the button showing %q is read as %q", b.Text, label)
		}
	}
	if checked < 10 {
		t.Errorf("only %d buttons checked", checked)
	}
	want := map[string]bool{"Größere Schrift": false, "Kleinere Schrift": false, "Hoher Kontrast: aus": false,
		"Löschen": false, "Alles löschen": false, "Leerzeichen": false, "Tastatur ausblenden": false}
	for _, o := range test.LaidOutObjects(f.win.Canvas().Content()) {
		if a, ok := o.(fyne.Accessible); ok {
			if _, ok := want[a.AccessibilityLabel()]; ok {
				want[a.AccessibilityLabel()] = true
			}
		}
	}
	for label, seen := range want {
		if !seen {
			t.Errorf("no button is read as %q", label)
		}
	}
}
