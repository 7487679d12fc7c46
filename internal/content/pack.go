package content

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/search"
)

// Pack is the content one reader sees: every English topic and term in the
// first language of the reader's chain that has it, respelled for the
// reader's variant, topics in order and terms in the reader's alphabetical
// order.
type Pack struct {
	lang     language.Tag
	sections map[Section][]Topic
	terms    []Term

	plainOnce sync.Once
	plain     map[Section][]string // topic texts without Markdown, for search
}

// Resolve builds the pack for a reader whose language falls back along
// chain (for example de-CH, de, en); spell respells text for the variant.
// A topic or term shows in the first language of the chain that has it,
// the clinic's pack before the built-in content; a clinic's own topic shows
// only to readers whose chain has it.
func (lib *Library) Resolve(chain []language.Tag, spell func(string) string) *Pack {
	p := &Pack{sections: map[Section][]Topic{}}
	if len(chain) > 0 {
		p.lang = chain[0]
	}
	layers := lib.layers(chain)
	for k := range topicKeys(layers) {
		t := firstTopic(layers, k)
		t.Title, t.Body = spell(t.Title), spell(t.Body)
		p.sections[k.section] = append(p.sections[k.section], t)
	}
	for _, topics := range p.sections {
		slices.SortFunc(topics, func(a, b Topic) int {
			return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
		})
	}
	for id := range termIDs(layers) {
		t := firstTerm(layers, id)
		t.Term, t.Definition = spell(t.Term), spell(t.Definition)
		p.terms = append(p.terms, t)
	}
	col := collate.New(collationTag(p.lang), collate.IgnoreCase)
	slices.SortFunc(p.terms, func(a, b Term) int { return col.CompareString(a.Term, b.Term) })
	return p
}

// layers are the texts to look in, first match wins: for each language of
// the chain the clinic's texts, then the built-in ones.
func (lib *Library) layers(chain []language.Tag) []*texts {
	var layers []*texts
	for _, tag := range chain {
		for _, m := range []map[language.Tag]*texts{lib.overlay, lib.langs} {
			if t := m[tag]; t != nil {
				layers = append(layers, t)
			}
		}
	}
	return layers
}

func topicKeys(layers []*texts) map[topicKey]bool {
	keys := map[topicKey]bool{}
	for _, t := range layers {
		for k := range t.topics {
			keys[k] = true
		}
	}
	return keys
}

func termIDs(layers []*texts) map[string]bool {
	ids := map[string]bool{}
	for _, t := range layers {
		for id := range t.terms {
			ids[id] = true
		}
	}
	return ids
}

func firstTopic(layers []*texts, k topicKey) Topic {
	for _, t := range layers {
		if topic, ok := t.topics[k]; ok {
			return topic
		}
	}
	return Topic{}
}

func firstTerm(layers []*texts, id string) Term {
	for _, t := range layers {
		if term, ok := t.terms[id]; ok {
			return term
		}
	}
	return Term{}
}

// LastReviewed is the newest review date of any topic: the content's
// version, as staff see it.
func (p *Pack) LastReviewed() time.Time {
	var newest time.Time
	for _, topics := range p.sections {
		for _, t := range topics {
			if t.Reviewed.After(newest) {
				newest = t.Reviewed
			}
		}
	}
	return newest
}

// Language is the reader's language.
func (p *Pack) Language() language.Tag { return p.lang }

// Section lists a section's topics in order.
func (p *Pack) Section(s Section) []Topic { return p.sections[s] }

// Topic finds a topic by section and id.
func (p *Pack) Topic(s Section, id string) (Topic, bool) {
	i := slices.IndexFunc(p.sections[s], func(t Topic) bool { return t.ID == id })
	if i < 0 {
		return Topic{}, false
	}
	return p.sections[s][i], true
}

// Products lists the product texts whose ids are approved, in order.
func (p *Pack) Products(approved []string) []Topic {
	var shown []Topic
	for _, t := range p.sections[Products] {
		if slices.Contains(approved, t.ID) {
			shown = append(shown, t)
		}
	}
	return shown
}

// Glossary lists every term in the reader's alphabetical order.
func (p *Pack) Glossary() []Term { return p.terms }

// SearchGlossary lists the terms whose name or definition contains query,
// ignoring case and accents ("odem" finds "Ödem"). An empty query gives
// every term.
func (p *Pack) SearchGlossary(query string) []Term {
	if query == "" {
		return p.terms
	}
	// The root collation, not the reader's: German tailoring keeps "o"
	// and "ö" apart even when told to ignore diacritics, and a patient
	// typing without accents should still find the word.
	m := search.New(language.Und, search.IgnoreCase, search.IgnoreDiacritics)
	pat := m.CompileString(query)
	var found []Term
	for _, t := range p.terms {
		if s, _ := pat.IndexString(t.Term); s >= 0 {
			found = append(found, t)
		} else if s, _ := pat.IndexString(t.Definition); s >= 0 {
			found = append(found, t)
		}
	}
	return found
}

// Letter is an entry of the glossary's letter index: the letter, and the
// position of the first term under it.
type Letter struct {
	Label string
	Index int
}

// Letters indexes terms (in the reader's alphabetical order) by their
// first letter as the reader's language counts letters: German files "Ä"
// under "A", Swedish keeps "Å", "Ä" and "Ö" as letters of their own.
func (p *Pack) Letters(terms []Term) []Letter {
	col := collate.New(collationTag(p.lang), collate.Loose)
	var letters []Letter
	prev := ""
	for i, t := range terms {
		r := []rune(t.Term)
		if len(r) == 0 {
			continue
		}
		first := string(r[0])
		if prev == "" || col.CompareString(first, prev) != 0 {
			letters = append(letters, Letter{Label: strings.ToUpper(first), Index: i})
			prev = first
		}
	}
	return letters
}

// collationTag is the language whose alphabetical order a reader expects.
// golang.org/x/text's Norwegian rules sort Æ, Ø and Å among the A and O
// words; Norwegian puts them after Z, exactly as Danish does, so Norwegian
// readers get the Danish rules.
func collationTag(tag language.Tag) language.Tag {
	switch base, _ := tag.Base(); base.String() {
	case "nb", "nn", "no":
		return language.Danish
	}
	return tag
}

// Alphabet is the letters an on-screen keyboard offers for this language:
// a to z and every other letter the language's own texts use (å ä ö in
// Swedish, ą ć ę ł ń ó ś ź ż in Polish), in the language's order.
func (p *Pack) Alphabet() []string {
	seen := map[rune]bool{}
	for r := 'a'; r <= 'z'; r++ {
		seen[r] = true
	}
	add := func(s string) {
		for _, r := range strings.ToLower(s) {
			if unicode.IsLetter(r) && unicode.Is(unicode.Latin, r) {
				seen[r] = true
			}
		}
	}
	for _, t := range p.terms {
		add(t.Term)
		add(t.Definition)
	}
	for _, topics := range p.sections {
		for _, t := range topics {
			add(t.Title)
			add(t.Body)
		}
	}
	letters := make([]string, 0, len(seen))
	for r := range seen {
		letters = append(letters, string(r))
	}
	col := collate.New(collationTag(p.lang))
	slices.SortFunc(letters, col.CompareString)
	return letters
}
