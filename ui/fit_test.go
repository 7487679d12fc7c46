package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"veininfo/internal/session"
)

// TestEveryLanguageFitsSmallScreens checks that no tab, and neither dialog,
// needs more room than a 1024x768 screen gives in any language: long German,
// Finnish and Dutch words must wrap, not push the window wider.
func TestEveryLanguageFitsSmallScreens(t *testing.T) {
	screen := fyne.NewSize(1024, 768)
	eachLanguage(t, func(region, lang string) {
		s, w, _ := newTestShell(t, region, lang, nil)
		w.Resize(screen)
		checkTabsFit(t, s, w, screen, lang)
		test.Tap(s.header.regionBtn)
		checkOverlayFits(t, w, screen, lang+" region chooser")
	})
}

// eachLanguage calls f once for every language offered, with a region
// that offers it.
func eachLanguage(t *testing.T, f func(region, lang string)) {
	t.Helper()
	c, err := session.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range session.New(c, nil).Regions() {
		for _, tag := range r.Languages {
			if !seen[tag.String()] {
				seen[tag.String()] = true
				f(r.Code, tag.String())
			}
		}
	}
}

// checkTabsFit checks that no tab needs more room than screen.
func checkTabsFit(t *testing.T, s *Shell, w fyne.Window, screen fyne.Size, what string) {
	t.Helper()
	for i := range s.Tabs().Items {
		s.Tabs().SelectIndex(i)
		if min := w.Content().MinSize(); min.Width > screen.Width || min.Height > screen.Height {
			t.Errorf("%s tab %d needs %v, more than %v", what, i, min, screen)
		}
	}
}

func checkOverlayFits(t *testing.T, w fyne.Window, screen fyne.Size, what string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("%s did not open", what)
	}
	if min := top.MinSize(); min.Width > screen.Width || min.Height > screen.Height {
		t.Errorf("%s needs %v, more than %v", what, min, screen)
	}
}
