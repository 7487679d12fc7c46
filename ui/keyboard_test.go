package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// keys presses keys as a keyboard user would: a key goes to the focused
// control, or to the window when nothing has the focus.
type keys struct {
	t     *testing.T
	c     fyne.Canvas
	count int
}

func (k *keys) press(name fyne.KeyName) {
	k.count++
	ev := &fyne.KeyEvent{Name: name}
	if f := k.c.Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	k.c.(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(ev)
}

func (k *keys) tab() {
	k.count++
	test.FocusNext(k.c)
}

func (k *keys) typeText(s string) {
	for _, r := range s {
		k.count++
		if f := k.c.Focused(); f != nil {
			f.TypedRune(r)
		}
	}
}

// ctrl presses Ctrl and a key: what the window's shortcut for it calls.
func (k *keys) ctrl(s *Shell, name fyne.KeyName) {
	k.count++
	s.sectionShortcut(&desktop.CustomShortcut{KeyName: name, Modifier: fyne.KeyModifierControl})
}

// focusVisible checks that the focused control shows its outline.
func focusVisible(t *testing.T, c fyne.Canvas, step string) {
	t.Helper()
	switch f := c.Focused().(type) {
	case *labelledButton:
		if f.ring == nil || f.ring.Hidden {
			t.Errorf("%s: the focused button shows no outline", step)
		}
	case *tabButton:
		if f.ring == nil || f.ring.Hidden {
			t.Errorf("%s: the focused tab shows no outline", step)
		}
	case *listRow, *termLink, *focusEntry:
	case nil:
		t.Errorf("%s: nothing has the focus", step)
	default:
		t.Errorf("%s: focus on %T, which has no outline of ours", step, f)
	}
}

// TestKeyboardReachesTheHeaderAndTabs moves through the header and the
// section tabs with Tab, as a keyboard user would, and between the tabs
// with the arrows.
func TestKeyboardReachesTheHeaderAndTabs(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	c := w.Canvas()
	want := []fyne.Focusable{s.header.urgent, s.search.entry, s.header.regionBtn, s.header.larger, s.header.contrast,
		s.tabs.buttons[0], s.tabs.buttons[1], s.tabs.buttons[2], s.tabs.buttons[3], s.tabs.buttons[4]}
	var order []fyne.Focusable
	for range 14 {
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
		t.Fatalf("Tab reaches %d of the %d header controls and tabs in order", pos, len(want))
	}
	k := &keys{t: t, c: c}
	c.Focus(s.tabs.buttons[0])
	k.press(fyne.KeyRight)
	if s.Tabs().SelectedIndex() != 1 || c.Focused() != s.tabs.buttons[1] {
		t.Errorf("Right should move to the Disease tab: tab %d", s.Tabs().SelectedIndex())
	}
	k.press(fyne.KeyEnd)
	if s.Tabs().SelectedIndex() != glossaryTabIndex {
		t.Error("End should go to the last tab")
	}
	c.Focus(s.header.regionBtn)
	k.press(fyne.KeyReturn)
	if c.Overlays().Top() == nil {
		t.Error("Enter on the region button should open the region chooser")
	}
	k.press(fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Error("Esc should close it, wherever the focus is")
	}
}

// TestKeyboardWalks: from Welcome to "After your procedure", and to the
// glossary's "Stent", each in no more than 8 keys, with the focus visible
// at every step.
func TestKeyboardWalks(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	c := w.Canvas()
	k := &keys{t: t, c: c}
	k.ctrl(s, fyne.Key3)
	focusVisible(t, c, "Ctrl+3")
	k.typeText("a")
	focusVisible(t, c, "a")
	if !shows(c, "Right after the procedure") || k.count > 8 {
		t.Errorf("after %d keys the app does not show After your procedure", k.count)
	}

	s, w, _ = newTestShell(t, "US", "en", nil)
	c = w.Canvas()
	k = &keys{t: t, c: c}
	k.ctrl(s, fyne.Key5)
	focusVisible(t, c, "Ctrl+5")
	k.typeText("stent")
	if s.glossary != "stent" || !shows(c, "A small tube made of metal mesh") || k.count > 8 {
		t.Errorf("after %d keys the glossary shows %q, not Stent", k.count, s.glossary)
	}
}

// TestReadingKeysScrollTheText: PgDn, the arrows, Home, End and Space
// scroll the topic in view, also while a link in it has the focus.
func TestReadingKeysScrollTheText(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	w.Resize(fyne.NewSize(1024, 600))
	c := w.Canvas()
	s.Tabs().SelectIndex(2)
	s.viewers[2].(*topicsTab).list.Select(6) // After your procedure
	view := s.currentView()
	k := &keys{t: t, c: c}
	c.Unfocus()
	k.press(fyne.KeyPageDown)
	if view.Offset() == 0 {
		t.Fatal("PgDn should scroll the topic")
	}
	k.press(fyne.KeyEnd)
	end := view.Offset()
	if end != view.maxOffset() {
		t.Errorf("End should go to the end: %.0f of %.0f", end, view.maxOffset())
	}
	k.press(fyne.KeyHome)
	if view.Offset() != 0 {
		t.Error("Home should go to the top")
	}
	for _, o := range test.LaidOutObjects(view) {
		if l, ok := o.(*termLink); ok {
			c.Focus(l)
			break
		}
	}
	k.press(fyne.KeyPageDown)
	if view.Offset() == 0 {
		t.Error("PgDn should scroll the topic while a link in it has the focus")
	}
}

// TestFocusStaysAfterTextSizeAndRegion: A+ keeps the focus, so that a
// second press works; so does a region change on the region button.
func TestFocusStaysAfterTextSize(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	c := w.Canvas()
	c.Focus(s.header.larger)
	k := &keys{t: t, c: c}
	k.press(fyne.KeySpace)
	k.press(fyne.KeySpace)
	if s.textSize != 2 {
		t.Errorf("two presses of Larger text give step %d, want 2", s.textSize)
	}
	if c.Focused() != s.header.larger {
		t.Error("the focus should stay on Larger text")
	}
	c.Focus(s.header.contrast)
	k.press(fyne.KeyReturn)
	if !s.contrast || c.Focused() != s.header.contrast || s.header.contrast.Text != "High contrast: on" {
		t.Errorf("contrast %v, focus on %T, label %q", s.contrast, c.Focused(), s.header.contrast.Text)
	}
}
