package ui

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func textSize() float32 { return fyne.CurrentApp().Settings().Theme().Size(theme.SizeNameText) }

func TestTextSizeSteps(t *testing.T) {
	s, _, _ := newTestShell(t, "US", "en", nil)
	s.SetStartTextSize(100)
	normal := textSize()
	for _, want := range []float32{1.33, 1.67, 2, 2} {
		test.Tap(s.header.larger)
		if got := textSize() / normal; math.Abs(float64(got-want)) > 0.01 {
			t.Errorf("after A+ text is %.2fx, want %.2fx", got, want)
		}
	}
	for range 4 {
		test.Tap(s.header.smaller)
	}
	if textSize() != normal {
		t.Errorf("A- four times should return to 100%%, got %.2fx", textSize()/normal)
	}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	l := func(c color.Color) float64 {
		r, g, bl, _ := c.RGBA()
		lin := func(v uint32) float64 {
			x := float64(v) / 0xffff
			if x <= 0.03928 {
				return x / 12.92
			}
			return math.Pow((x+0.055)/1.055, 2.4)
		}
		return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(bl)
	}
	la, lb := l(a), l(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func TestHighContrastTheme(t *testing.T) {
	s, _, _ := newTestShell(t, "US", "en", nil)
	test.Tap(s.header.contrast)
	th := fyne.CurrentApp().Settings().Theme()
	c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
	pairs := [][2]fyne.ThemeColorName{
		{theme.ColorNameForeground, theme.ColorNameBackground},
		{theme.ColorNamePlaceHolder, theme.ColorNameInputBackground},
		{theme.ColorNameDisabled, theme.ColorNameBackground},
		{theme.ColorNameHyperlink, theme.ColorNameBackground},
		{theme.ColorNameForeground, theme.ColorNameButton},
		{theme.ColorNameForeground, theme.ColorNameSelection},
		{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
	}
	for _, p := range pairs {
		if r := contrast(c(p[0]), c(p[1])); r < 7 {
			t.Errorf("%s on %s: contrast %.1f:1, want at least 7:1", p[0], p[1], r)
		}
	}
	test.Tap(s.header.contrast)
	if contrast(fyne.CurrentApp().Settings().Theme().Color(theme.ColorNameForeground, theme.VariantLight), color.White) > 15 {
		t.Error("a second tap should return to the normal theme")
	}
}

func TestTouchTargetsAreAtLeast44(t *testing.T) {
	s, w, _ := newTestShell(t, "DE", "de", nil)
	s.Tabs().SelectIndex(4)
	checked := 0
	for _, o := range test.LaidOutObjects(w.Content()) {
		if !o.Visible() {
			continue
		}
		switch fmt.Sprintf("%T", o) {
		case "*widget.Button", "*ui.labelledButton", "*widget.Select", "*ui.focusEntry", "*ui.tabButton", "*ui.listRow":
			checked++
			if size := o.Size(); size.Width < minTouch || size.Height < minTouch {
				t.Errorf("%T %v is %v, smaller than 44x44", o, textOf(o), size)
			}
		}
	}
	if checked < 15 {
		t.Errorf("checked only %d touch targets", checked)
	}
}
