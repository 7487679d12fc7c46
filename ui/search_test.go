package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestHeaderSearch(t *testing.T) {
	s, w, _ := newTestShell(t, "DE", "de", nil)
	c := w.Canvas()
	test.Type(s.search.entry, "ballon")
	if !panelShows(s, "Treffer") {
		t.Fatalf("no results list: %q", texts(c))
	}
	var row *listRow
	for _, r := range s.search.list.rows {
		if strings.HasPrefix(r.text, "Produkte: ") {
			row = r
			break
		}
	}
	if row == nil {
		t.Fatalf("no product among the results: %q", texts(c))
	}
	title := strings.TrimPrefix(row.text, "Produkte: ")
	test.Tap(row)
	if s.search.panel.Visible() || s.Tabs().SelectedIndex() != 3 || !shows(c, title) {
		t.Errorf("choosing %q should open it in the Produkte tab (tab %d)", title, s.Tabs().SelectedIndex())
	}
	if s.search.entry.Text != "ballon" {
		t.Errorf("the search text should stay after opening a result, got %q", s.search.entry.Text)
	}

	s.search.entry.SetText("")
	test.Type(s.search.entry, "xyzzy")
	if !panelShows(s, "Nichts gefunden") || !panelShows(s, "Glossar") {
		t.Errorf("no match should say so and point to the glossary: %q", texts(c))
	}
	s.search.entry.SetText("")
	if s.search.panel.Visible() {
		t.Error("an empty search closes the results")
	}
	test.Type(s.search.entry, "Ödem")
	for _, r := range s.search.list.rows {
		if strings.HasPrefix(r.text, "Glossar: ") {
			test.Tap(r)
			break
		}
	}
	if s.Tabs().SelectedIndex() != glossaryTabIndex || s.glossary == "" {
		t.Errorf("a glossary result should open the term in the glossary (tab %d, term %q)", s.Tabs().SelectedIndex(), s.glossary)
	}
}

func panelShows(s *Shell, want string) bool {
	if !s.search.panel.Visible() {
		return false
	}
	for _, o := range test.LaidOutObjects(s.search.results) {
		if strings.Contains(textOf(o), want) {
			return true
		}
	}
	return false
}
