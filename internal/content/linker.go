package content

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// phrases are the words a term may stand in a text as: its name without
// what is in brackets, and what is in brackets, as in "Blood thinner
// (anticoagulant)". Phrases shorter than 3 letters are left out: they
// would match inside too many words.
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
// word, a heading or another link. Terms are found by their names, so a
// language gets links wherever its text uses its glossary's words.
func LinkTerms(markdown string, terms []Term) string {
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
	var links [][3]int // start, end, phrase index
	for i, p := range phrases {
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
			links = append(links, [3]int{start, end, i})
			linked[p.term] = true
		}
	}
	slices.SortFunc(links, func(a, b [3]int) int { return b[0] - a[0] })
	for _, l := range links {
		markdown = markdown[:l[0]] + "[" + markdown[l[0]:l[1]] + "](glossary:" + phrases[l[2]].term + ")" + markdown[l[1]:]
	}
	return markdown
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
