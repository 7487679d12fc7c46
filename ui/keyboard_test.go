package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestKeyboardReachesTheHeader moves through the header with Tab, as a
// keyboard user would, and opens the region chooser with Space.
func TestKeyboardReachesTheHeader(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	c := w.Canvas()
	want := []fyne.Focusable{s.search.entry, s.header.regionBtn, s.header.langSel, s.header.smaller, s.header.larger, s.header.contrast}
	var order []fyne.Focusable
	for range 12 {
		test.FocusNext(c)
		if f := c.Focused(); f != nil {
			order = append(order, f)
		}
	}
	pos := 0
	for _, f := range order {
		if pos < len(want) && f == want[pos] {
			pos++
		}
	}
	if pos < len(want) {
		t.Fatalf("Tab reaches %d of the %d header controls in order", pos, len(want))
	}
	c.Focus(s.header.regionBtn)
	s.header.regionBtn.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if c.Overlays().Top() == nil {
		t.Error("Space on the region button should open the region chooser")
	}
	c.(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Error("Esc should close it")
	}
	test.FocusPrevious(c)
	if c.Focused() == nil {
		t.Error("Shift+Tab should move focus back")
	}
}
