package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"veininfo/internal/content"
)

// TestStartTilesOpenTheirTopicsInOrder: every tile of the start screen
// opens its reading path, and Next walks through its topics in order,
// Previous walks back, and Back to the start closes it.
func TestStartTilesOpenTheirTopicsInOrder(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	c := w.Canvas()
	tiles := s.reader.Pack().Tiles()
	if len(tiles) < 4 {
		t.Fatalf("%d start tiles", len(tiles))
	}
	for _, tl := range tiles {
		var button *tile
		for _, o := range test.LaidOutObjects(s.viewers[0].currentView()) {
			if b, ok := o.(*tile); ok && b.text == tl.Text {
				button = b
			}
		}
		if button == nil {
			t.Fatalf("no tile says %q", tl.Text)
		}
		test.Tap(button)
		for i, ref := range tl.Path {
			sec, id, _ := strings.Cut(ref, "/")
			topic, _ := s.reader.Pack().Topic(contentSection(sec), id)
			if s.path != tl.ID || !s.paths.panel.Visible() || !panelHas(s.paths.panel, topic.Title) {
				t.Fatalf("%s step %d: the path does not show %q", tl.ID, i+1, topic.Title)
			}
			if len(tl.Path) > 1 && !panelHas(s.paths.panel, strings.Join([]string{itoa(i + 1), "of", itoa(len(tl.Path))}, " ")) {
				t.Errorf("%s step %d: no %d of %d", tl.ID, i+1, i+1, len(tl.Path))
			}
			if i < len(tl.Path)-1 {
				test.Tap(button2(t, s.paths.panel, "Next"))
			}
		}
		if len(tl.Path) > 1 {
			test.Tap(button2(t, s.paths.panel, "Previous"))
			if s.pathStep != len(tl.Path)-2 {
				t.Errorf("%s: Previous goes to step %d", tl.ID, s.pathStep+1)
			}
		}
		test.Tap(button2(t, s.paths.panel, "Back to the start"))
		if s.path != "" || s.paths.panel.Visible() || s.Tabs().SelectedIndex() != 0 {
			t.Fatalf("%s: Back to the start should close the path", tl.ID)
		}
	}
	// keyboard: a tile takes the focus, Enter opens it, Esc closes it
	k := &keys{t: t, c: c}
	for range 12 {
		k.tab()
		if _, ok := c.Focused().(*tile); ok {
			break
		}
	}
	if _, ok := c.Focused().(*tile); !ok {
		t.Fatal("Tab does not reach the start tiles")
	}
	k.press(fyne.KeyReturn)
	if s.path == "" {
		t.Error("Enter on a tile should open its path")
	}
	c.Unfocus()
	k.press(fyne.KeyEscape)
	if s.path != "" {
		t.Error("Esc should close the path")
	}
}

// panelHas reports whether any text in o contains want.
func panelHas(o fyne.CanvasObject, want string) bool {
	for _, x := range test.LaidOutObjects(o) {
		if strings.Contains(textOf(x), want) {
			return true
		}
	}
	return false
}

func contentSection(s string) content.Section { return content.Section(s) }
