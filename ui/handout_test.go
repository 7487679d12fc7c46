package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"veininfo/internal/handout"
)

// TestHandoutFromATopic: a kiosk prints a topic with one tap, without a
// dialog, says so in the reader's language, prints one copy for many taps,
// tells the patient to ask at the desk when the printer is missing, shows
// a QR code where the clinic hosts its pages, and never offers Save (a
// file dialog would open the computer's folders to any patient).
func TestHandoutFromATopic(t *testing.T) {
	f := newTestKiosk(t, "PL", "pl", "2468")
	s := f.shell
	s.inline = true
	var jobs []string
	printer := &handout.Printer{Send: func(_ context.Context, pdf []byte, _ string) error {
		jobs = append(jobs, string(pdf[:5]))
		return nil
	}}
	s.SetHandouts(HandoutOptions{Printing: true, Printer: printer, URL: "https://clinic.example/veininfo/{lang}/{section}/{topic}.html", Version: "1.2.3"})
	s.Tabs().SelectIndex(2)
	view := s.currentView()
	loc := s.reader.Localizer()
	if panelHas(view, loc.T("HandoutSave")) {
		t.Error("a kiosk must not offer Save as PDF")
	}
	if !panelHas(view, loc.T("HandoutScan")) {
		t.Error("with handout_url set, a QR code should stand beside Print")
	}
	print := button2(t, view, loc.T("HandoutPrint"))
	for range 5 {
		test.Tap(print)
	}
	if len(jobs) != 1 || jobs[0] != "%PDF-" {
		t.Errorf("five taps sent %d jobs (%q), want one PDF", len(jobs), jobs)
	}
	if !panelHas(view, loc.T("HandoutPrinted")) {
		t.Error("the kiosk should say the handout was printed")
	}
	printer.Send = func(context.Context, []byte, string) error { return handout.ErrNoPrinter }
	s.Tabs().SelectIndex(1)
	test.Tap(button2(t, s.currentView(), loc.T("HandoutPrint")))
	if !panelHas(s.currentView(), loc.T("HandoutNoPrinter")) {
		t.Error("a missing printer should send the patient to the desk")
	}
	s.SetHandouts(HandoutOptions{Printing: false, Printer: printer})
	s.Tabs().SelectIndex(2)
	if panelHas(s.currentView(), loc.T("HandoutPrint")) {
		t.Error("printing = false should hide Print")
	}
}

// TestHandoutOnALaptop: a laptop offers Save as PDF… beside Print, under
// the handout's name in the reader's language.
func TestHandoutOnALaptop(t *testing.T) {
	s, w, _ := newTestShell(t, "DE", "de", nil)
	s.Tabs().SelectIndex(2)
	loc := s.reader.Localizer()
	test.Tap(button2(t, s.currentView(), loc.T("HandoutSave")))
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("Save as PDF… should open a file dialog")
	}
	h := handout.ForTopic(s.handoutReader(), s.reader.Pack().Section("treatment")[0])
	if name := h.FileName(); !strings.HasSuffix(name, ".pdf") || strings.ContainsAny(name, `/\:?*`) {
		t.Errorf("the suggested file name %q", name)
	}
}
