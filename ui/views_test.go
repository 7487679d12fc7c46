package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestReadingAidViews renders the glossary with a term chosen, a term's
// popup over an article and search results, in four languages, at 100% and
// 200%, in both themes, and checks each shows what it should. With
// VEININFO_SHOTS=DIR it also writes them as PNGs for people to look at.
func TestReadingAidViews(t *testing.T) {
	layoutOnly(t)
	dir := os.Getenv("VEININFO_SHOTS")
	for _, rl := range [][2]string{{"DE", "de"}, {"SE", "sv"}, {"PL", "pl"}, {"PT", "pt-PT"}} {
		for _, size := range []int{100, 200} {
			for _, contrast := range []bool{false, true} {
				name := fmt.Sprintf("%s_%d_%v", rl[1], size, map[bool]string{false: "normal", true: "contrast"}[contrast])
				s, w, _ := newTestShell(t, rl[0], rl[1], nil)
				s.SetStartTextSize(size)
				if contrast {
					s.toggleContrast()
				}
				c := w.Canvas()

				s.Tabs().SelectIndex(glossaryTabIndex)
				s.terms.list.Select(0)
				first := s.terms.shown[0]
				if !shows(c, first.Definition) {
					t.Errorf("%s: the glossary does not show %q's definition", name, first.Term)
				}
				save(t, dir, name+"_glossary", c)

				s.Tabs().SelectIndex(1)
				link := firstTermLink(t, c)
				test.Tap(link)
				if c.Overlays().Top() == nil {
					t.Errorf("%s: no popup for %q", name, link.text)
				}
				save(t, dir, name+"_popup", c)
				s.closeTop()

				test.Type(s.search.entry, "stent")
				if !s.search.panel.Visible() || s.search.list == nil || len(s.search.list.rows) < 3 {
					t.Errorf("%s: searching stent shows no results", name)
				}
				save(t, dir, name+"_search", c)
			}
		}
	}
}

// save paints what c shows, which fails on anything that cannot be drawn,
// and writes it to dir/name.png when VEININFO_SHOTS names a folder.
func save(t *testing.T, dir, name string, c fyne.Canvas) {
	t.Helper()
	img := c.Capture()
	if dir == "" {
		return
	}
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
