package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/session"
)

// raceDetector is set when the tests run with -race (race_test.go).
var raceDetector bool

// layoutOnly skips a test that lays out every language at every size: it
// tests layout, not concurrency, and takes minutes under the race
// detector. make test runs it in a pass of its own without -race.
func layoutOnly(t *testing.T) {
	t.Helper()
	if raceDetector {
		t.Skip("layout only: make test runs it without -race")
	}
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
		// the section fits without the page scrolling, but while the
		// on-screen keyboard takes room
		page := s.tabs.page
		if need, has := page.scroll.Content.MinSize().Height, page.Size().Height; s.keyboard == nil && need > has+0.5 {
			t.Errorf("%s tab %d needs %.0f px high, the screen leaves it %.0f", what, i, need, has)
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

// The screens a clinic may have, from the smallest supported to a portrait
// kiosk, and the text sizes a patient can choose.
var (
	screens = []fyne.Size{{Width: 1024, Height: 768}, {Width: 1280, Height: 800}, {Width: 1920, Height: 1080}, {Width: 1080, Height: 1920}}
	sizes   = []int{100, 133, 167, 200}
	// longLanguages are a third longer than English, or have its longest words
	longLanguages = map[string]bool{"de": true, "pl": true, "nl": true, "fr": true, "fi": true, "pt-PT": true}
)

// TestHeaderFitsEveryScreenAndTextSize: at every text size, on every
// screen, the header wraps into rows rather than pushing a control off the
// screen, and no tab needs more room than the screen has. Every language is
// tried on the smallest screen, the tightest in both directions; the long
// languages and English on every screen.
func TestHeaderFitsEveryScreenAndTextSize(t *testing.T) {
	layoutOnly(t)
	// and the regions with the most language buttons
	for _, rl := range [][2]string{{"CH", "fr"}, {"BE", "nl-BE"}, {"CA", "fr-CA"}} {
		s, w, _ := newTestShell(t, rl[0], rl[1], nil)
		w.Resize(screens[0])
		for _, p := range sizes {
			s.SetStartTextSize(p)
			what := fmt.Sprintf("%s in %s at %d%%", rl[1], rl[0], p)
			checkTabsFit(t, s, w, screens[0], what)
			h := s.header.content
			checkInside(t, h, fyne.CurrentApp().Driver().AbsolutePositionForObject(h), h.Size(), what+" header: outside its row")
		}
	}
	eachLanguage(t, func(region, lang string) {
		s, w, _ := newTestShell(t, region, lang, nil)
		for _, screen := range screens {
			if screen != screens[0] && !longLanguages[lang] && lang != "en" {
				continue
			}
			w.Resize(screen)
			for _, p := range sizes {
				s.SetStartTextSize(p)
				what := fmt.Sprintf("%s at %d%% on %vx%v", lang, p, screen.Width, screen.Height)
				test.Tap(s.header.regionBtn)
				checkOverlayFits(t, w, screen, what+" region chooser")
				s.closeTop()
				checkTabsFit(t, s, w, screen, what)
				checkWithin(t, s.header.content, screen, what+" header")
				checkWithin(t, s.tabs.bar, screen, what+" section tabs")
				// nothing of the header spills over the tabs
				h := s.header.content
				checkInside(t, h, fyne.CurrentApp().Driver().AbsolutePositionForObject(h), h.Size(), what+" header: outside its row")
			}
		}
	})
}

// checkWithin checks that every visible object of o lies on the screen;
// what scrolls counts as its scroll area, which clips it.
func checkWithin(t *testing.T, o fyne.CanvasObject, screen fyne.Size, what string) {
	t.Helper()
	checkInside(t, o, fyne.NewPos(0, 0), screen, what+": leaves the screen")
}

// checkInside checks that every visible object of o lies inside the
// rectangle at pos of size.
func checkInside(t *testing.T, o fyne.CanvasObject, pos fyne.Position, size fyne.Size, what string) {
	t.Helper()
	d := fyne.CurrentApp().Driver()
	var walk func(x fyne.CanvasObject) bool
	walk = func(x fyne.CanvasObject) bool {
		if !x.Visible() || x.Size().IsZero() {
			return true
		}
		p := d.AbsolutePositionForObject(x)
		if p.X < pos.X-0.5 || p.Y < pos.Y-0.5 || p.X+x.Size().Width > pos.X+size.Width+0.5 || p.Y+x.Size().Height > pos.Y+size.Height+0.5 {
			t.Errorf("%s: %s at %v, %v", what, describe(x), p, x.Size())
			return false
		}
		var children []fyne.CanvasObject
		switch x := x.(type) {
		case *canvas.Text:
			// a text wider than its box runs out of it, centred text at
			// both ends
			if m := x.MinSize(); m.Width > x.Size().Width+1 {
				t.Errorf("%s: %s is %.0f wide in a box of %.0f", what, describe(x), m.Width, x.Size().Width)
				return false
			}
		case *container.Scroll:
			return true
		case *fyne.Container:
			children = x.Objects
		case fyne.Widget:
			children = test.WidgetRenderer(x).Objects()
		}
		for _, c := range children {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(o)
}

// describe names an object by its text, where it has one.
func describe(o fyne.CanvasObject) string {
	if text, _, ok := buttonText(o); ok {
		return fmt.Sprintf("%T %q", o, text)
	}
	if l, ok := o.(*widget.Label); ok {
		return fmt.Sprintf("label %q", l.Text)
	}
	if tx, ok := o.(*canvas.Text); ok {
		return fmt.Sprintf("text %q", tx.Text)
	}
	return fmt.Sprintf("%T", o)
}

// TestRegionDialogsFitAtLargestText: Polish, the longest country names,
// at 200 % on the smallest screen: the chooser and the "Change region?"
// dialog fit, nothing cut off.
func TestRegionDialogsFitAtLargestText(t *testing.T) {
	for _, rl := range [][2]string{{"PL", "pl"}, {"DE", "de"}, {"FR", "fr"}, {"FI", "fi"}} {
		s, w, _ := newTestShell(t, rl[0], rl[1], nil)
		screen := screens[0]
		w.Resize(screen)
		s.SetStartTextSize(200)
		test.Tap(s.header.regionBtn)
		checkOverlayFits(t, w, screen, rl[1]+" region chooser at 200%")
		checkWithin(t, w.Canvas().Overlays().Top(), screen, rl[1]+" region chooser at 200%")
		var other fyne.Tappable
		for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
			if text, _, ok := buttonText(o); ok && strings.Contains(text, "United States") {
				other = o.(fyne.Tappable)
			}
		}
		if other == nil {
			t.Fatalf("%s: no United States in the chooser", rl[1])
		}
		test.Tap(other)
		checkOverlayFits(t, w, screen, rl[1]+" region dialog at 200%")
		checkWithin(t, w.Canvas().Overlays().Top(), screen, rl[1]+" region dialog at 200%")
	}
}

// TestKioskScreensFitEveryLanguage: the attract screen, the idle warning
// with its countdown, the PIN pad, its lockout, the staff panel and the
// on-screen keyboard fit in every language on the smallest screen and on a
// portrait kiosk, at every text size; big text wraps or steps down rather
// than running off the screen (Polish "Touch to start" once did).
func TestKioskScreensFitEveryLanguage(t *testing.T) {
	layoutOnly(t)
	eachLanguage(t, func(region, lang string) {
		f := newTestKiosk(t, region, lang, "2468")
		f.k.opts.Keyboard = true
		f.shell.touchKeyboard = true
		c := f.win.Canvas()
		for _, screen := range []fyne.Size{screens[0], screens[3]} {
			f.win.Resize(screen)
			for _, p := range sizes {
				if screen != screens[0] && p != 100 && p != 200 {
					continue
				}
				f.shell.SetStartTextSize(p)
				what := fmt.Sprintf("%s at %d%% on %vx%v", lang, p, screen.Width, screen.Height)
				f.k.Reset() // the attract screen
				checkWithin(t, c.Overlays().Top(), screen, what+" attract screen")
				touchOverlay(t, c)
				f.clock.wait(f.k, f.k.opts.IdleTimeout+5*time.Second) // the warning
				checkWithin(t, c.Overlays().Top(), screen, what+" idle warning")
				touchOverlay(t, c)
				f.k.askForAdmin() // the PIN pad
				checkWithin(t, c.Overlays().Top(), screen, what+" PIN pad")
				ok := f.shell.reader.Localizer().T("AdminOK")
				for range 5 {
					enterPINWith(t, c, "1111", ok)
				}
				checkWithin(t, c.Overlays().Top(), screen, what+" PIN lockout")
				f.clock.wait(f.k, 61*time.Second)
				enterPINWith(t, c, "2468", ok)
				checkWithin(t, c.Overlays().Top(), screen, what+" staff panel")
				f.shell.closeTop()
				c.Focus(f.shell.search.entry)
				checkWithin(t, f.shell.keyboardSlot, screen, what+" on-screen keyboard")
				checkTabsFit(t, f.shell, f.win, screen, what+" with the keyboard")
				c.Unfocus()
			}
		}
	})
}
