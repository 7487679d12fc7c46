package content

import (
	"strings"
	"testing"
)

func TestSearchAllTopicsAndTerms(t *testing.T) {
	packs := embeddedPacks(t)
	en := packs["en"]
	results := en.Search("BALLOON")
	sections := map[Section]bool{}
	for _, r := range results {
		sections[r.Section] = true
		if !strings.Contains(strings.ToLower(r.Snippet+r.Title), "balloon") {
			t.Errorf("result %q has no match in its snippet %q", r.Title, r.Snippet)
		}
		if len([]rune(r.Snippet)) > 2*snippetRunes+20 {
			t.Errorf("snippet too long: %q", r.Snippet)
		}
	}
	for _, want := range []Section{Treatment, Products, ""} {
		if !sections[want] {
			t.Errorf("searching balloon found nothing in %q: %+v", want, results)
		}
	}
	if got := packs["de"].Search("odem"); len(got) == 0 {
		t.Error("German: odem should find Ödem")
	}
	if got := packs["es"].Search("cateter balon"); len(got) == 0 {
		t.Error("Spanish: cateter balon should find catéter balón")
	}
	if got := en.Search("zzzqqq"); len(got) != 0 || len(en.Search("  ")) != 0 {
		t.Error("no match and an empty query give no results")
	}
}

func TestSnippet(t *testing.T) {
	text := strings.Repeat("word ", 30) + "target " + strings.Repeat("more ", 30)
	i := strings.Index(text, "target")
	s := snippet(text, i, i+6)
	if !strings.HasPrefix(s, "… word") || !strings.HasSuffix(s, "more …") || !strings.Contains(s, "target") {
		t.Errorf("snippet = %q", s)
	}
}
