package content

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"veininfo/assets"
)

func TestLinkTerms(t *testing.T) {
	terms := []Term{
		{ID: "anticoagulant", Term: "Blood thinner (anticoagulant)"},
		{ID: "dvt", Term: "Deep vein thrombosis (DVT)"},
		{ID: "vein", Term: "Vein"},
		{ID: "deep-vein", Term: "Deep vein"},
	}
	tests := map[string]string{
		"A blood thinner (anticoagulant) helps. Blood thinners too.":      "A [blood thinner](glossary:anticoagulant) (anticoagulant) helps. Blood thinners too.",
		"## Vein\n\nA **deep vein thrombosis** is a clot in a deep vein.": "## Vein\n\nA **[deep vein thrombosis](glossary:dvt)** is a clot in a [deep vein](glossary:deep-vein).",
		"Veins and veinlets, then a vein.":                                "Veins and veinlets, then a [vein](glossary:vein).",
		"See [the vein](https://x.example/vein).":                         "See [the vein](https://x.example/vein).",
	}
	for in, want := range tests {
		if got := LinkTerms(in, terms); got != want {
			t.Errorf("LinkTerms(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

var glossaryLinkRE = regexp.MustCompile(`\[([^\]]*)\]\(glossary:([^)]*)\)`)

// TestLinkerOnEveryArticle links every article of every language with its
// own glossary: each term is linked at most once, never inside a word,
// never to a term the glossary lacks, and every language gets links.
func TestLinkerOnEveryArticle(t *testing.T) {
	lib, err := Load(assets.FS, assets.ContentDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range lib.Languages() {
		pack := lib.Resolve([]language.Tag{tag, language.English}, func(s string) string { return s }, nil)
		ids := map[string]bool{}
		for _, term := range pack.Glossary() {
			ids[term.ID] = true
		}
		total := 0
		for _, sec := range Sections {
			for _, topic := range pack.Section(sec) {
				linked := LinkTerms(topic.Body, pack.Glossary())
				seen := map[string]bool{}
				for _, m := range glossaryLinkRE.FindAllStringSubmatchIndex(linked, -1) {
					id := linked[m[4]:m[5]]
					if !ids[id] || seen[id] {
						t.Errorf("%s %s: link to %q (known %v, twice %v)", tag, topic.File, id, ids[id], seen[id])
					}
					seen[id] = true
					before, _ := utf8.DecodeLastRuneInString(linked[:m[0]])
					after, _ := utf8.DecodeRuneInString(linked[m[1]:])
					if unicode.IsLetter(before) || unicode.IsLetter(after) {
						t.Errorf("%s %s: link inside a word: %q", tag, topic.File, linked[max(0, m[0]-5):min(len(linked), m[1]+5)])
					}
				}
				if strings.Count(glossaryLinkRE.ReplaceAllString(linked, "$1"), "") != strings.Count(topic.Body, "") {
					t.Errorf("%s %s: linking changed the text", tag, topic.File)
				}
				total += len(seen)
			}
		}
		if total < 40 {
			t.Errorf("%s: only %d glossary links in all articles", tag, total)
		}
	}
}
