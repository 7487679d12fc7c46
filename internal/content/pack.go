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

	"veininfo/internal/l10n"
)

// Pack is the content one reader sees: every English topic and term in the
// first language of the reader's chain that has it, respelled for the
// reader's variant, topics in order and terms in the reader's alphabetical
// order.
type Pack struct {
	lang     language.Tag
	sections map[Section][]Topic
	terms    []Term
	tiles    []Tile
	figures  map[string]Figure

	indexOnce sync.Once
	index     searchIndex // the folded words of every topic and term, for search
}

// Resolve builds the pack for a reader whose language falls back along
// chain (for example de-CH, de, en); spell respells text for the variant,
// and values fill the placeholders that text leaves for the reader's
// region (see Fill). A topic or term shows in the first language of the
// chain that has it, the clinic's pack before the built-in content; a
// clinic's own topic shows only to readers whose chain has it.
func (lib *Library) Resolve(chain []language.Tag, spell func(string) string, values Values) *Pack {
	p := &Pack{sections: map[Section][]Topic{}}
	if len(chain) > 0 {
		p.lang = chain[0]
	}
	if spell == nil {
		spell = func(s string) string { return s }
	}
	layers := lib.layers(chain)
	for k := range topicKeys(layers) {
		t := resolveTopic(layers, k)
		t.Title, t.Body = values.Fill(spell(t.Title)), values.Fill(spell(t.Body))
		p.sections[k.section] = append(p.sections[k.section], t)
	}
	for _, topics := range p.sections {
		slices.SortFunc(topics, func(a, b Topic) int {
			return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
		})
	}
	for id := range termIDs(layers) {
		t := firstTerm(layers, id)
		t.Term, t.Definition = values.Fill(spell(t.Term)), values.Fill(spell(t.Definition))
		for i, f := range t.Forms {
			t.Forms[i] = spell(f)
		}
		p.terms = append(p.terms, t)
	}
	col := l10n.Collator(p.lang, collate.IgnoreCase)
	slices.SortFunc(p.terms, func(a, b Term) int { return col.CompareString(a.Term, b.Term) })
	p.tiles = resolveTiles(layers, func(ref string) bool {
		s, id, _ := strings.Cut(ref, "/")
		_, ok := p.Topic(Section(s), id)
		return ok
	}, spell)
	p.figures = resolveFigures(layers, spell)
	return p
}

// layer is one language's texts, the clinic's or the built-in ones.
type layer struct {
	tag    language.Tag
	clinic bool
	*texts
}

// layers are the texts to look in, first match wins: for each language of
// the chain the clinic's texts, then the built-in ones.
func (lib *Library) layers(chain []language.Tag) []layer {
	var layers []layer
	for _, tag := range chain {
		if t := lib.overlay[tag]; t != nil {
			layers = append(layers, layer{tag, true, t})
		}
		if t := lib.lang(tag); t != nil {
			layers = append(layers, layer{tag, false, t})
		}
	}
	return layers
}

func topicKeys(layers []layer) map[topicKey]bool {
	keys := map[topicKey]bool{}
	for _, l := range layers {
		for k := range l.topics {
			keys[k] = true
		}
	}
	return keys
}

func termIDs(layers []layer) map[string]bool {
	ids := map[string]bool{}
	for _, l := range layers {
		for id := range l.terms {
			ids[id] = true
		}
	}
	return ids
}

// resolveTopic is the topic from the first layer that has it, with what
// its front matter leaves out taken from further down the chain: sources
// from any language of the same origin (facts do not change with the
// language), the review record only from a variant's own language (en-GB
// from en: the same text respelled), never across languages, because a
// translation needs its own review.
func resolveTopic(layers []layer, k topicKey) Topic {
	i := slices.IndexFunc(layers, func(l layer) bool { _, ok := l.topics[k]; return ok })
	if i < 0 {
		return Topic{}
	}
	t := layers[i].topics[k]
	t.Sources = slices.Clone(t.Sources)
	for _, l := range layers[i+1:] {
		under, ok := l.topics[k]
		if !ok || l.clinic != layers[i].clinic {
			continue
		}
		if len(t.Sources) == 0 {
			t.Sources = slices.Clone(under.Sources)
		}
		if t.Reviewed.IsZero() && layers[i].tag != l.tag && l.tag == baseOf(layers[i].tag) {
			t.Reviewed, t.ReviewedBy = under.Reviewed, under.ReviewedBy
			if t.NextReview.IsZero() {
				t.NextReview = under.NextReview
			}
		}
	}
	return t
}

func baseOf(tag language.Tag) language.Tag {
	b, _ := tag.Base()
	return language.Make(b.String())
}

func firstTerm(layers []layer, id string) Term {
	for _, l := range layers {
		if term, ok := l.terms[id]; ok {
			term.Forms = slices.Clone(term.Forms)
			return term
		}
	}
	return Term{}
}

// LastUpdated is the newest date any topic's text changed: the content's
// version, as staff see it.
func (p *Pack) LastUpdated() time.Time {
	var newest time.Time
	for _, topics := range p.sections {
		for _, t := range topics {
			if t.Updated.After(newest) {
				newest = t.Updated
			}
		}
	}
	return newest
}

// Statuses counts the topics in each review status on the day now.
func (p *Pack) Statuses(now time.Time) map[Status]int {
	counts := map[Status]int{}
	for _, topics := range p.sections {
		for _, t := range topics {
			counts[t.Status(now)]++
		}
	}
	return counts
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

// SearchGlossary lists the terms whose headword, forms or definition have
// the query's words, ignoring case and accents ("odem" finds "Ödem"): the
// term the query names first, then terms whose headword has the words, then
// those whose definition has them. An empty query gives every term.
func (p *Pack) SearchGlossary(query string) []Term {
	words := queryWords(query, langKey(p.lang))
	if len(words) == 0 {
		return p.terms
	}
	p.indexOnce.Do(p.makeIndex)
	q := newQuery(query, words)
	var scored []scoredResult
	byID := map[string]Term{}
	for i, t := range p.terms {
		if r, ok := scoreTerm(t, p.index.terms[i], q); ok && covered(p.index.terms[i].all, words) {
			scored = append(scored, r)
			byID[t.ID] = t
		}
	}
	slices.SortStableFunc(scored, func(a, b scoredResult) int { return cmp.Compare(b.score, a.score) })
	found := make([]Term, len(scored))
	for i, r := range scored {
		found[i] = byID[r.ID]
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
	col := l10n.Collator(p.lang, collate.Loose)
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
	col := l10n.Collator(p.lang)
	slices.SortFunc(letters, col.CompareString)
	return letters
}
