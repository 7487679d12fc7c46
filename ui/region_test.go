package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/regions"
)

// chooseRegion opens the region chooser from the header and taps a region.
func chooseRegion(t *testing.T, s *Shell, label string) {
	t.Helper()
	test.Tap(s.header.regionBtn)
	test.Tap(button(t, s.win.Canvas(), label))
}

func TestRegionChooserGroupsAndSortsRegions(t *testing.T) {
	s, w, _ := newTestShell(t, "DE", "de", nil)
	test.Tap(s.header.regionBtn)
	var labels []string
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		switch o := o.(type) {
		case *widget.Label:
			if o.TextStyle.Bold {
				labels = append(labels, "["+o.Text+"]")
			}
		default:
			if text, _, ok := buttonText(o); ok {
				labels = append(labels, text)
			}
		}
	}
	got := strings.Join(labels, "|")
	for _, want := range []string{
		"[Europa]|Belgien (België)|Dänemark (Danmark)|Deutschland|",
		"|Niederlande (Nederland)|Norwegen (Norge)|Österreich|Polen (Polska)|",
		"[Nordamerika]|Kanada (Canada)|Vereinigte Staaten (United States)|",
		"[Ozeanien]|Australien (Australia)|Neuseeland (New Zealand)|",
		"[Südamerika]|Brasilien (Brasil)|",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("chooser lacks %q in order; it shows %s", want, got)
		}
	}
}

func TestRegionChangeAsksFirst(t *testing.T) {
	s, w, store := newTestShell(t, "US", "en", nil)
	s.Tabs().SelectIndex(2)
	chooseRegion(t, s, "Germany (Deutschland)")
	for _, want := range []string{"Change region?", "New region: Germany", "Language: German", "not all products are approved in all countries"} {
		if !shows(w.Canvas(), want) {
			t.Errorf("region dialog lacks %q", want)
		}
	}
	if store.Region() != "" || !shows(w.Canvas(), "Treatment options") {
		t.Fatal("nothing may change before the reader confirms")
	}
	test.Tap(button(t, w.Canvas(), "Change region"))
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the dialog should close on confirm")
	}
	if !shows(w.Canvas(), "Erkrankung") || !shows(w.Canvas(), "Behandlung") || shows(w.Canvas(), "Treatment options") {
		t.Errorf("after confirming Germany the UI should be German: %q", texts(w.Canvas()))
	}
	if got := s.Tabs().SelectedIndex(); got != 2 {
		t.Errorf("after the switch tab %d is shown, want the same tab 2", got)
	}
	if store.Region() != "DE" || store.Language() != "de" {
		t.Errorf("choice not remembered: %+v", store)
	}
}

func TestRegionChangeCancelChangesNothing(t *testing.T) {
	s, w, store := newTestShell(t, "US", "en", nil)
	s.Tabs().SelectIndex(1)
	before := texts(w.Canvas())
	chooseRegion(t, s, "Switzerland (Schweiz)")
	test.Tap(button(t, w.Canvas(), "Cancel"))
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("the dialog should close on cancel")
	}
	if got := s.header.regionBtn.Text; got != "United States" {
		t.Errorf("region button shows %q after cancel, want United States", got)
	}
	if store.Region() != "" {
		t.Errorf("cancel saved a choice: %+v", store)
	}
	after := texts(w.Canvas())
	if strings.Join(before, "\n") != strings.Join(after, "\n") {
		t.Errorf("cancel changed the screen:\n%q\n%q", before, after)
	}
}

func TestRegionChooserCancelChangesNothing(t *testing.T) {
	s, w, store := newTestShell(t, "US", "en", nil)
	test.Tap(s.header.regionBtn)
	test.Tap(button(t, w.Canvas(), "Cancel"))
	if w.Canvas().Overlays().Top() != nil || store.Region() != "" || s.header.regionBtn.Text != "United States" {
		t.Errorf("closing the chooser changed something: overlay %v, store %+v", w.Canvas().Overlays().Top(), store)
	}
}

func TestLanguageChangeNeedsNoConfirmation(t *testing.T) {
	regs, err := regions.Parse([]byte("[[region]]\ncode = \"CH\"\ncontinent = \"europe\"\nlanguages = [\"de-CH\", \"en\"]\nproducts = [\"venous-stent\"]\nemergency = [\"144\", \"112\"]\n"), "test.toml")
	if err != nil {
		t.Fatal(err)
	}
	s, w, store := newTestShell(t, "CH", "de-CH", regs)
	s.Tabs().SelectIndex(3)
	if got := s.header.langs; len(got) != 2 || got[0].Text != "Schweizer Hochdeutsch" || got[1].Text != "English" {
		t.Fatalf("language buttons = %v", got)
	}
	test.Tap(s.header.langs[1])
	if w.Canvas().Overlays().Top() != nil {
		t.Error("a language change must not ask")
	}
	if !shows(w.Canvas(), "Products") || shows(w.Canvas(), "Produkte") {
		t.Errorf("after choosing English the UI should be English: %q", texts(w.Canvas()))
	}
	if s.Tabs().SelectedIndex() != 3 || store.Language() != "en" || store.Region() != "CH" {
		t.Errorf("tab %d, store %+v", s.Tabs().SelectedIndex(), store)
	}
	if shows(w.Canvas(), "Balloon catheter") {
		t.Error("a product not approved in the region is shown")
	}
}

// TestEachVariantShowsItsOwnWords: every regional variant shows on screen
// at least one of the things it says differently from its language.
func TestEachVariantShowsItsOwnWords(t *testing.T) {
	openTopic := func(s *Shell, tab, topic int) {
		s.Tabs().SelectIndex(tab)
		s.viewers[tab].(*topicsTab).list.Select(topic)
	}
	// de-AT: Jänner, in the date the region dialog shows on 1 January
	s, w, _ := newTestShell(t, "DE", "de", nil)
	s.now = func() time.Time { return time.Date(2027, time.January, 1, 9, 0, 0, 0, time.UTC) }
	s.rebuild()
	chooseRegion(t, s, "Österreich")
	if !shows(w.Canvas(), "1. Jänner 2027") {
		t.Errorf("de-AT: the region dialog should date in Austrian German: %q", texts(w.Canvas()))
	}
	// de-CH: ss for ß, on the header's button
	s, w, _ = newTestShell(t, "CH", "de-CH", nil)
	if s.header.larger.Text != "Grössere Schrift" {
		t.Errorf("de-CH: the Larger text button says %q", s.header.larger.Text)
	}
	// nl-BE: ontwaakzaal, not uitslaapkamer
	s, w, _ = newTestShell(t, "BE", "nl-BE", nil)
	openTopic(s, 2, 6) // After your procedure
	if !shows(w.Canvas(), "ontwaakzaal") || shows(w.Canvas(), "uitslaapkamer") {
		t.Error("nl-BE: After your procedure should say ontwaakzaal")
	}
	// fr-CA: NIP on the staff PIN pad
	f := newTestKiosk(t, "CA", "fr-CA", "2468")
	f.k.askForAdmin()
	if !overlayShows(f.win.Canvas(), "NIP") {
		t.Errorf("fr-CA: the PIN pad should ask for the NIP: %q", texts(f.win.Canvas()))
	}
	// sv-FI: sjukskötare, not sjuksköterska
	s, w, _ = newTestShell(t, "FI", "sv-FI", nil)
	openTopic(s, 2, 9) // Questions to ask
	if !shows(w.Canvas(), "sjukskötar") || shows(w.Canvas(), "sjukskötersk") {
		t.Error("sv-FI: Questions to ask should say sjukskötare")
	}
	// en-GB: Page last updated, and British spelling
	s, w, _ = newTestShell(t, "GB", "en-GB", nil)
	openTopic(s, 2, 0)
	if !shows(w.Canvas(), "Page last updated") {
		t.Error("en-GB: a topic should say Page last updated")
	}
}

// TestModalsDoNotBlurTheWindow: a modal dialog dims the screen behind it
// but does not blur it. Fyne 2.8 blurs the whole window behind a modal
// popup, on every frame the dialog is up; under software rendering that
// made each frame of the region dialog cost about 100 ms (docs/performance.md,
// issue 16), so a tap on "Change region" waited behind it.
func TestModalsDoNotBlurTheWindow(t *testing.T) {
	for _, contrast := range []bool{false, true} {
		s, w, _ := newTestShell(t, "US", "en", nil)
		if contrast {
			s.toggleContrast()
		}
		chooseRegion(t, s, "Germany (Deutschland)")
		if !shows(w.Canvas(), "Change region?") {
			t.Fatal("the region dialog did not open")
		}
		dimmed := false
		for _, overlay := range w.Canvas().Overlays().List() {
			for _, o := range test.LaidOutObjects(overlay) {
				switch o := o.(type) {
				case *canvas.Blur:
					if o.Radius > 0 && o.Visible() {
						t.Errorf("contrast %v: the dialog blurs the window behind it (radius %v)", contrast, o.Radius)
					}
				case *canvas.Rectangle:
					if o.Size() == w.Canvas().Size() && o.FillColor != nil {
						if _, _, _, a := o.FillColor.RGBA(); a > 0 {
							dimmed = true
						}
					}
				}
			}
		}
		if !dimmed {
			t.Errorf("contrast %v: nothing dims the window behind the dialog", contrast)
		}
	}
}

// TestRegionSwitchKeepsTheWindowContent: a rebuild swaps what the window's
// content holds rather than setting new content. Fyne's Window.SetContent
// discards every text texture it has drawn and refreshes the whole window
// again, so each region switch drew all its text from scratch.
func TestRegionSwitchKeepsTheWindowContent(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	root := w.Content()
	chooseRegion(t, s, "Germany (Deutschland)")
	test.Tap(button(t, w.Canvas(), "Change region"))
	if w.Content() != root {
		t.Error("the region switch set new window content")
	}
	if !shows(w.Canvas(), "Behandlung") || shows(w.Canvas(), "Treatment options") {
		t.Errorf("after the switch the window should show German only: %q", texts(w.Canvas()))
	}
	s.largerText()
	if w.Content() != root || !shows(w.Canvas(), "Behandlung") {
		t.Error("a larger text size set new window content or lost the German text")
	}
}
