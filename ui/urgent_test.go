package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"veininfo/internal/content"
	"veininfo/internal/session"
)

// urgentShows reports whether the urgent-help panel is open and shows want.
func urgentShows(s *Shell, want string) bool {
	if !s.urgent.panel.Visible() {
		return false
	}
	for _, o := range test.LaidOutObjects(s.urgent.panel) {
		if strings.Contains(textOf(o), want) {
			return true
		}
	}
	return false
}

// TestUrgentHelpFromEveryTabShowsTheRegionsNumber: in every region and
// every language it offers, the header's urgent-help control opens the
// urgent-help topic from every tab, and the topic gives that region's
// emergency numbers (from regions.toml, never from the text).
func TestUrgentHelpFromEveryTabShowsTheRegionsNumber(t *testing.T) {
	c, err := session.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range session.New(c, nil).Regions() {
		for _, tag := range r.Languages {
			s, _, _ := newTestShell(t, r.Code, tag.String(), nil)
			label := s.reader.Localizer().T("UrgentHelp")
			if s.header.urgent.Text != label || label == "" {
				t.Fatalf("%s/%s: header control says %q", r.Code, tag, s.header.urgent.Text)
			}
			for i := range s.Tabs().Items {
				s.Tabs().SelectIndex(i)
				test.Tap(s.header.urgent)
				for _, n := range r.Emergency {
					if !urgentShows(s, n) {
						t.Errorf("%s/%s tab %d: the urgent-help topic does not show %s", r.Code, tag, i, n)
					}
				}
				if !urgentShows(s, s.reader.Localizer().Format("UrgentNumber", map[string]any{"Number": s.reader.EmergencyNumber()})) {
					t.Errorf("%s/%s: no emergency number box", r.Code, tag)
				}
				test.Tap(button2(t, s.urgent.panel, s.reader.Localizer().T("UrgentBack")))
				if s.urgent.panel.Visible() || s.Tabs().SelectedIndex() != i {
					t.Errorf("%s/%s: back from urgent help should show tab %d again", r.Code, tag, i)
				}
			}
		}
	}
}

func TestUrgentHelpStaysOpenAcrossALanguageChangeAndShowsTheClinicNote(t *testing.T) {
	s, _, _ := newTestShell(t, "BE", "nl-BE", nil)
	s.SetUrgentHelpNote(map[string]string{"fr": "Adressez-vous à l'accueil.", "": "Reception"})
	test.Tap(s.header.urgent)
	if !urgentShows(s, "112") || !urgentShows(s, "Reception") {
		t.Error("the urgent topic should show 112 and the note for every language")
	}
	test.Tap(s.header.langs[1]) // French
	if !urgentShows(s, "Adressez-vous à l'accueil.") {
		t.Error("after a language change the urgent topic should stay open, with the French note")
	}
}

func TestAttractScreenLeadsToUrgentHelp(t *testing.T) {
	f := newTestKiosk(t, "GB", "en-GB", "2468")
	f.k.Reset()
	c := f.win.Canvas()
	if !overlayShows(c, "This app is not for emergencies.") {
		t.Fatalf("the attract screen should say it is not for emergencies: %q", texts(c))
	}
	test.Tap(button(t, c, "Urgent help"))
	if c.Overlays().Top() != nil {
		t.Error("the urgent-help button should end the attract screen")
	}
	if !urgentShows(f.shell, "999 or 112") {
		t.Error("the attract screen's button should open the urgent-help topic with GB's numbers")
	}
	f.clock.wait(f.k, 121*time.Second) // idle time and warning
	if f.shell.urgent.panel.Visible() {
		t.Error("the idle reset should close the urgent-help topic")
	}
}

func TestTopicsSayWhenUpdatedAndListSources(t *testing.T) {
	s, w, _ := newTestShell(t, "US", "en", nil)
	s.Tabs().SelectIndex(2)
	if !shows(w.Canvas(), "Last updated: November 27, 2026") {
		t.Error("a topic should say when its text was last updated")
	}
	if shows(w.Canvas(), "Clinically reviewed") {
		t.Error("no topic has a recorded clinical review yet")
	}
	found := false
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if b, ok := o.(*textBlock); ok && b.prefix == "•" && strings.Contains(b.Text(), "European Society for Vascular Surgery (ESVS) 2022 Clinical Practice Guidelines") {
			found = shows(w.Canvas(), "Sources")
		}
	}
	if !found {
		t.Error("the overview should list its sources under a heading")
	}
	topic, _ := s.reader.Pack().Topic(content.Treatment, "overview")
	topic.Reviewed, topic.ReviewedBy = topic.Updated.AddDate(0, 0, 2), "vascular nurse specialist"
	lines := provenanceLines(s.reader.Localizer(), topic.Provenance)
	if len(lines) != 2 || lines[1] != "Clinically reviewed: November 29, 2026 (vascular nurse specialist). Next review due: November 27, 2029." {
		t.Errorf("a reviewed topic says %q", lines)
	}
}
