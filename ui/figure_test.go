package ui

import (
	"image"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"veininfo/assets"
)

// drawFigures draws the figures of this test at once.
func drawFigures(t *testing.T) {
	figureDrawing = drawAtOnce
	t.Cleanup(func() { figureDrawing = drawNever })
}

// TestEveryFigureDrawsInBothThemes: every figure a topic names exists and
// draws (not blank, in its colours or in black and white) in the normal
// and the high-contrast theme, and has its caption in every language.
func TestEveryFigureDrawsInBothThemes(t *testing.T) {
	drawFigures(t)
	for _, id := range assets.Figures() {
		for _, hc := range []bool{false, true} {
			data, err := assets.Figure(id, hc)
			if err != nil {
				t.Fatalf("%s (high contrast %v): %v", id, hc, err)
			}
			img := drawSVG(data, 320)
			if n := inkColours(img); n < 3 {
				t.Errorf("%s (high contrast %v) draws %d colours: blank", id, hc, n)
			}
			if hc {
				if n := hues(img); n > 1 {
					t.Errorf("%s: the high-contrast version uses %d colours besides black, white and grey", id, n)
				}
			}
		}
	}
	eachLanguage(t, func(region, lang string) {
		s, _, _ := newTestShell(t, region, lang, nil)
		for _, id := range assets.Figures() {
			if f, ok := s.reader.Pack().Figure(id); !ok || f.Caption == "" {
				t.Errorf("%s: figure %s has no caption", lang, id)
			}
		}
	})
}

// inkColours counts the distinct colours of an image, up to 50.
func inkColours(img image.Image) int {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
			if len(seen) >= 50 {
				return 50
			}
		}
	}
	return len(seen)
}

// hues counts the strongly coloured pixels' colour families (red, green,
// blue and so on): a drawing in black, white and greys has none.
func hues(img image.Image) int {
	families := map[int]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, a := img.At(x, y).RGBA()
			if a < 0x8000 {
				continue
			}
			hi, lo := max(r, g, bl), min(r, g, bl)
			if hi-lo < 0x4000 { // grey
				continue
			}
			switch {
			case r == hi:
				families[0] = true
			case g == hi:
				families[1] = true
			default:
				families[2] = true
			}
		}
	}
	return len(families)
}

// TestFiguresInTopics: a topic shows its figures with their captions, in
// the high-contrast version when that theme is on; the caption is what a
// screen reader says; a tap opens the figure over the whole window, and
// Esc closes it.
func TestFiguresInTopics(t *testing.T) {
	drawFigures(t)
	s, w, _ := newTestShell(t, "DE", "de", nil)
	c := w.Canvas()
	s.Tabs().SelectIndex(2)
	list := s.viewers[2].(*topicsTab).list
	for i, tp := range s.viewers[2].(*topicsTab).topics {
		if tp.ID == "venoplasty-and-stenting" {
			list.Select(i)
		}
	}
	var figs []*figureView
	for _, o := range test.LaidOutObjects(s.currentView()) {
		if f, ok := o.(*figureView); ok {
			figs = append(figs, f)
		}
	}
	if len(figs) != 3 {
		t.Fatalf("Venoplasty and stenting shows %d figures, want 3", len(figs))
	}
	steps, _ := s.reader.Pack().Figure("venoplasty-steps")
	f := figs[1]
	if f.caption != steps.Caption || !strings.HasPrefix(f.AccessibilityLabel(), strings.TrimRight(steps.Caption, ".")) {
		t.Errorf("the venoplasty figure says %q to a screen reader, caption %q", f.AccessibilityLabel(), f.caption)
	}
	if !shows(c, steps.Caption) {
		t.Error("the caption is not on screen")
	}
	r := test.WidgetRenderer(f).(*figureRenderer)
	if r.img.Image == nil || r.img.Size().Width < 200 {
		t.Fatalf("the figure is not drawn: %v at %v", r.img.Image != nil, r.img.Size())
	}
	test.Tap(f)
	top := c.Overlays().Top()
	if top == nil || top.Size() != c.Size() {
		t.Fatal("a tap should open the figure over the whole window")
	}
	c.(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if c.Overlays().Top() != nil {
		t.Error("Esc should close the figure")
	}
	s.toggleContrast()
	for _, o := range test.LaidOutObjects(s.currentView()) {
		if f, ok := o.(*figureView); ok && !strings.HasSuffix(f.key, "-hc") {
			t.Errorf("%s: the normal drawing in high contrast", f.id)
		}
	}
}
