package content

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// phrases are the words a term may stand in a text as: its name without
// what is in brackets, what is in brackets, as in "Blood thinner
// (anticoagulant)", and the other forms its glossary entry lists (plurals,
// the cases of inflecting languages). Phrases shorter than 3 letters are
// left out: they would match inside too many words.
func (t Term) phrases() []string {
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if utf8.RuneCountInString(s) >= 3 && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	name, rest, _ := strings.Cut(t.Term, "(")
	add(name)
	for _, part := range strings.Split(strings.TrimSuffix(strings.TrimSpace(rest), ")"), ",") {
		add(part)
	}
	for _, form := range t.Forms {
		add(form)
	}
	return out
}

type phrase struct {
	text string
	term string // id
}

// linkable matches the Markdown a link must not be put in: headings,
// existing links, and code.
var linkable = regexp.MustCompile("(?m)^#.*$|\\[[^\\]]*\\]\\([^)]*\\)|`[^`]*`")

// LinkTerms marks the first use of each glossary term in a Markdown text
// as a link "[word](glossary:id)", longest terms first, never inside a
// word, a heading or another link. Terms are found by their names and
// forms, so a language gets links wherever its text uses its glossary's
// words.
func LinkTerms(markdown string, terms []Term) string {
	for _, l := range findLinks(markdown, terms) {
		markdown = markdown[:l.start] + "[" + markdown[l.start:l.end] + "](glossary:" + l.term + ")" + markdown[l.end:]
	}
	return markdown
}

// LinkedTerms lists the ids of the glossary terms LinkTerms would link in
// a text, or has linked by hand there.
func LinkedTerms(markdown string, terms []Term) []string {
	var ids []string
	for _, l := range findLinks(markdown, terms) {
		ids = append(ids, l.term)
	}
	for _, m := range handLink.FindAllStringSubmatch(markdown, -1) {
		ids = append(ids, m[1])
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// handLink is a link to a glossary term written in the text.
var handLink = regexp.MustCompile(`\]\(glossary:([^)\s]+)\)`)

type link struct {
	start, end int
	term       string
}

// findLinks finds where LinkTerms puts its links, last first.
func findLinks(markdown string, terms []Term) []link {
	var phrases []phrase
	for _, t := range terms {
		for _, p := range t.phrases() {
			phrases = append(phrases, phrase{text: p, term: t.ID})
		}
	}
	slices.SortStableFunc(phrases, func(a, b phrase) int { return len(b.text) - len(a.text) })
	// Match without case, unless lowering a letter changed its length and
	// so the positions in the text.
	hay, fold := strings.ToLower(markdown), true
	if len(hay) != len(markdown) {
		hay, fold = markdown, false
	}
	taken := linkable.FindAllStringIndex(markdown, -1)
	linked := map[string]bool{}
	var links []link
	for _, p := range phrases {
		if linked[p.term] {
			continue
		}
		needle := p.text
		if fold {
			needle = strings.ToLower(needle)
		}
		if start := findFree(hay, needle, taken); start >= 0 {
			end := start + len(needle)
			taken = append(taken, []int{start, end})
			links = append(links, link{start, end, p.term})
			linked[p.term] = true
		}
	}
	slices.SortFunc(links, func(a, b link) int { return b.start - a.start })
	return links
}

// findFree finds needle in text where it stands as whole words and does
// not overlap a taken range.
func findFree(text, needle string, taken [][]int) int {
	for from := 0; ; {
		i := strings.Index(text[from:], needle)
		if i < 0 {
			return -1
		}
		start, end := from+i, from+i+len(needle)
		if wholeWords(text, start, end) && !overlaps(taken, start, end) {
			return start
		}
		from = start + 1
	}
}

func wholeWords(text string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	return !isLetter(before) && !isLetter(after)
}

func isLetter(r rune) bool { return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

func overlaps(taken [][]int, start, end int) bool {
	for _, t := range taken {
		if start < t[1] && t[0] < end {
			return true
		}
	}
	return false
}
