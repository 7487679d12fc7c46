package content

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/search"
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

// Search finds query in every topic (title and text) and every glossary
// term, ignoring case and accents, topics in tab order first.
func (p *Pack) Search(query string) []Result {
	query = strings.TrimSpace(query)
	if query == "" {
		return nil
	}
	pat := search.New(language.Und, search.IgnoreCase, search.IgnoreDiacritics).CompileString(query)
	p.plainOnce.Do(p.makePlain)
	var results []Result
	for _, sec := range Sections {
		for i, t := range p.sections[sec] {
			text := p.plain[sec][i]
			if s, e := pat.IndexString(t.Title); s >= 0 {
				results = append(results, Result{sec, t.ID, t.Title, snippet(t.Title, s, e)})
			} else if s, e := pat.IndexString(text); s >= 0 {
				results = append(results, Result{sec, t.ID, t.Title, snippet(text, s, e)})
			}
		}
	}
	for _, t := range p.terms {
		if s, _ := pat.IndexString(t.Term); s >= 0 {
			results = append(results, Result{"", t.ID, t.Term, snippet(t.Definition, 0, 0)})
		} else if s, e := pat.IndexString(t.Definition); s >= 0 {
			results = append(results, Result{"", t.ID, t.Term, snippet(t.Definition, s, e)})
		}
	}
	return results
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
