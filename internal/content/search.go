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
	p.plainOnce.Do(p.makePlain)
	var scored []scoredResult
	for _, sec := range Sections {
		for i, t := range p.sections[sec] {
			if r, ok := p.scoreTopic(sec, i, t, words); ok {
				scored = append(scored, r)
			}
		}
	}
	for _, t := range p.terms {
		if r, ok := scoreTerm(t, words, query); ok {
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

func (p *Pack) scoreTopic(sec Section, i int, t Topic, words []string) (scoredResult, bool) {
	text := p.plain[sec][i]
	inTitle, _ := hits(wordsIn(t.Title), words)
	inText, total := hits(wordsIn(text), words)
	found := max(inTitle, inText)
	if found == 0 {
		return scoredResult{}, false
	}
	score := inTitle*titleWeight + inText*textWeight + min(total, 10)
	if covered(wordsIn(t.Title+" "+text), words) {
		score += allWords
	}
	return scoredResult{Result{sec, t.ID, t.Title, snippetFor(text, words)}, score}, true
}

func scoreTerm(t Term, words []string, query string) (scoredResult, bool) {
	head := wordsIn(t.Term + " " + strings.Join(t.Forms, " "))
	inHead, _ := hits(head, words)
	inDef, total := hits(wordsIn(t.Definition), words)
	if inHead == 0 && inDef == 0 {
		return scoredResult{}, false
	}
	score := inHead*titleWeight + inDef*textWeight/2 + min(total, 5)
	if covered(append(head, wordsIn(t.Definition)...), words) {
		score += allWords
	}
	if SameWord(t.Term, strings.Join(words, " ")) || SameWord(t.Term, query) || termNames(t, words) {
		score += exactTerm
	}
	return scoredResult{Result{"", t.ID, t.Term, snippetFor(t.Definition, words)}, score}, true
}

// termNames reports whether the query names the term: its headword, the
// words in its brackets, or one of its forms.
func termNames(t Term, words []string) bool {
	q := strings.Join(words, " ")
	for _, name := range append(t.phrases(), t.Forms...) {
		if strings.Join(wordsIn(name), " ") == q {
			return true
		}
	}
	return false
}

// covered reports whether every query word is in the text.
func covered(text, words []string) bool {
	found, _ := hits(text, words)
	return found == len(words)
}

// snippetFor is the text around the first query word it has.
func snippetFor(text string, words []string) string {
	lower := foldWord(text)
	if len(lower) == len(text) {
		for _, w := range words {
			if i := strings.Index(lower, w); i >= 0 {
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

// makePlain strips the Markdown from every topic once, for search.
func (p *Pack) makePlain() {
	p.plain = map[Section][]string{}
	for sec, topics := range p.sections {
		for _, t := range topics {
			p.plain[sec] = append(p.plain[sec], PlainText(t.Body))
		}
	}
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
