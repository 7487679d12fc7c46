package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"veininfo/internal/regions"
)

func TestRegionChangeAsksFirst(t *testing.T) {
	s, w, store := newTestShell(t, "US", "en", nil)
	s.Tabs().SelectIndex(2)
	s.header.regionSel.SetSelectedIndex(s.header.regionIndex("DE"))
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("choosing a region should open a dialog")
	}
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
	s.header.regionSel.SetSelectedIndex(s.header.regionIndex("CH"))
	test.Tap(button(t, w.Canvas(), "Cancel"))
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("the dialog should close on cancel")
	}
	if got := s.header.regionSel.Selected; got != "United States" {
		t.Errorf("region chooser shows %q after cancel, want United States", got)
	}
	if store.Region() != "" {
		t.Errorf("cancel saved a choice: %+v", store)
	}
	after := texts(w.Canvas())
	if len(before) != len(after) {
		t.Fatalf("cancel changed the screen: %d texts before, %d after", len(before), len(after))
	}
	for i := range before {
		if before[i] != after[i] {
			t.Errorf("cancel changed %q to %q", before[i], after[i])
		}
	}
}

func TestLanguageChangeNeedsNoConfirmation(t *testing.T) {
	regs, err := regions.Parse([]byte("[[region]]\ncode = \"CH\"\nlanguages = [\"de-CH\", \"en\"]\nproducts = [\"venous-stent\"]\n"), "test.toml")
	if err != nil {
		t.Fatal(err)
	}
	s, w, store := newTestShell(t, "CH", "de-CH", regs)
	s.Tabs().SelectIndex(3)
	if got := s.header.langSel.Options; len(got) != 2 || got[0] != "Schweizer Hochdeutsch" || got[1] != "English" {
		t.Fatalf("language options = %q", got)
	}
	s.header.langSel.SetSelectedIndex(1)
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
