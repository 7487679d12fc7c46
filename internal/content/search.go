package content

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Result is one hit of a search over all topics and the glossary.
type Result struct {
	Section Section // "" for a glossary term
	ID      string  // the topic's or the term's id
	Title   string
	Snippet string // the words around the first match
}

// snippetRunes is how much text a snippet shows on each side of a match.
const snippetRunes = 40

var markdownMarks = regexp.MustCompile("(?m)^\\s*(#+|[-*+]|\\d+\\.)\\s+|\\*\\*|__|[*_`]|\\[|\\]\\([^)]*\\)")

// PlainText is Markdown without its marks: what a reader reads, for search
// and for counting words.
func PlainText(markdown string) string { return markdownMarks.ReplaceAllString(markdown, "") }

// Search finds the topics and glossary terms that answer a patient's
// words. Every word of the query that is not a small word of the reader's
// language counts, wherever it stands: in the title, the headword, the
// text. Titles and headwords rank above text, a headword that is the
// query ranks first, and results that have every word rank above those
// that have some.
func (p *Pack) Search(query string) []Result {
	words := queryWords(query, langKey(p.lang))
	if len(words) == 0 {
		return nil
	}
	p.indexOnce.Do(p.makeIndex)
	q := newQuery(query, words)
	var scored []scoredResult
	for _, sec := range Sections {
		for i, t := range p.sections[sec] {
			if r, ok := scoreTopic(sec, t, p.index.topics[sec][i], words); ok {
				scored = append(scored, r)
			}
		}
	}
	for i, t := range p.terms {
		if r, ok := scoreTerm(t, p.index.terms[i], q); ok {
			scored = append(scored, r)
		}
	}
	slices.SortStableFunc(scored, func(a, b scoredResult) int { return cmp.Compare(b.score, a.score) })
	results := make([]Result, len(scored))
	for i, r := range scored {
		results[i] = r.Result
	}
	return results
}

type scoredResult struct {
	Result
	score int
}

// Weights: a query word found in a title or headword counts for more than
// one found in the text; having every word counts most.
const (
	titleWeight = 40
	textWeight  = 10
	allWords    = 100
	exactTerm   = 1000
)

func scoreTopic(sec Section, t Topic, ix topicIndex, words []string) (scoredResult, bool) {
	inTitle, _ := hits(ix.title, words)
	inText, total := hits(ix.text, words)
	found := max(inTitle, inText)
	if found == 0 {
		return scoredResult{}, false
	}
	score := inTitle*titleWeight + inText*textWeight + min(total, 10)
	if covered(ix.all, words) {
		score += allWords
	}
	return scoredResult{Result{sec, t.ID, t.Title, snippetFor(ix.plain, ix.folded, words)}, score}, true
}

// query is what a search looks for: the words that count, and the whole
// query's words, both folded and joined, for telling whether it names a
// term.
type query struct {
	words       []string
	joined, all string
}

func newQuery(text string, words []string) query {
	return query{words: words, joined: strings.Join(words, " "), all: strings.Join(wordsIn(text), " ")}
}

func scoreTerm(t Term, ix termIndex, q query) (scoredResult, bool) {
	words := q.words
	inHead, _ := hits(ix.head, words)
	inDef, total := hits(ix.definition, words)
	if inHead == 0 && inDef == 0 {
		return scoredResult{}, false
	}
	score := inHead*titleWeight + inDef*textWeight/2 + min(total, 5)
	if covered(ix.all, words) {
		score += allWords
	}
	if ix.term != "" && (ix.term == q.joined || ix.term == q.all || slices.Contains(ix.names, q.joined)) {
		score += exactTerm
	}
	return scoredResult{Result{"", t.ID, t.Term, snippetFor(t.Definition, ix.foldedDefinition, words)}, score}, true
}

// searchIndex holds the folded words of a pack's topics and terms:
// folding (case, accents) is the slow part of a search, and the texts do
// not change.
type searchIndex struct {
	topics map[Section][]topicIndex // in the order of the pack's sections
	terms  []termIndex              // in the order of the pack's terms
}

type topicIndex struct {
	plain, folded    string   // the text without Markdown, and folded
	title, text, all []string // all: the title's words, then the text's
}

type termIndex struct {
	head, definition, all []string // head: the headword's and forms' words; all: head, then definition
	term                  string   // the headword's words, joined
	names                 []string // the words of each name of the term (headword, bracketed names, forms), joined
	foldedDefinition      string
}

// makeIndex folds every topic's and term's words once.
func (p *Pack) makeIndex() {
	f := folder{}
	p.index.topics = map[Section][]topicIndex{}
	for sec, topics := range p.sections {
		for _, t := range topics {
			plain := PlainText(t.Body)
			ix := topicIndex{plain: plain, folded: foldWord(plain), title: f.wordsIn(t.Title), text: f.wordsIn(plain)}
			ix.all = append(slices.Clone(ix.title), ix.text...)
			p.index.topics[sec] = append(p.index.topics[sec], ix)
		}
	}
	p.index.terms = make([]termIndex, len(p.terms))
	for i, t := range p.terms {
		ix := termIndex{head: f.wordsIn(t.Term + " " + strings.Join(t.Forms, " ")), definition: f.wordsIn(t.Definition),
			foldedDefinition: foldWord(t.Definition)}
		ix.all = append(slices.Clone(ix.head), ix.definition...)
		if strings.TrimSpace(t.Term) != "" {
			ix.term = strings.Join(f.wordsIn(t.Term), " ")
		}
		for _, name := range append(t.phrases(), t.Forms...) {
			ix.names = append(ix.names, strings.Join(f.wordsIn(name), " "))
		}
		p.index.terms[i] = ix
	}
}

// covered reports whether every query word is in the text.
func covered(text, words []string) bool {
	found, _ := hits(text, words)
	return found == len(words)
}

// snippetFor is the text around the first query word it has; folded is
// the text folded (foldWord).
func snippetFor(text, folded string, words []string) string {
	if len(folded) == len(text) {
		for _, w := range words {
			if i := strings.Index(folded, w); i >= 0 {
				return snippet(text, i, i+len(w))
			}
		}
	}
	return snippet(text, 0, 0)
}

// langKey is the stop-word list's key for a language: pt for pt-PT and
// pt-BR, nb for Norwegian.
func langKey(tag language.Tag) string {
	base, _ := tag.Base()
	return base.String()
}

// snippet is the text around text[start:end] on one line, cut at words.
func snippet(text string, start, end int) string {
	from, to := start, end
	for n := 0; n < snippetRunes && from > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:from])
		from -= size
	}
	for n := 0; n < snippetRunes && to < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[to:])
		to += size
	}
	if from > 0 {
		if i := strings.IndexByte(text[from:start], ' '); i >= 0 {
			from += i + 1
		}
	}
	if to < len(text) {
		if i := strings.LastIndexByte(text[end:to], ' '); i >= 0 {
			to = end + i
		}
	}
	s := strings.Join(strings.Fields(text[from:to]), " ")
	if from > 0 {
		s = "… " + s
	}
	if to < len(text) {
		s += " …"
	}
	return s
}
