package l10n

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Spelling turns text written in a language into the spelling of one of its
// regional variants: en-GB writes "anaesthetic" for "anesthetic", de-CH
// writes "ss" for "ß". This lets a variant hold only what differs.
type Spelling struct {
	words   map[string]string // lower-case word or phrase -> replacement
	pattern *regexp.Regexp    // any of the words, case-insensitive
	letters *strings.Replacer // letter sequences replaced everywhere
}

type spellingFile struct {
	Words   map[string]string `toml:"words"`
	Letters map[string]string `toml:"letters"`
}

// LoadSpelling reads a spelling file: a [words] table of whole words or
// phrases and a [letters] table of letter sequences to replace anywhere.
func LoadSpelling(fsys fs.FS, name string) (*Spelling, error) {
	data, err := readSmallFile(fsys, name)
	if err != nil {
		return nil, err
	}
	var f spellingFile
	meta, err := toml.Decode(string(data), &f)
	var perr toml.ParseError
	if errors.As(err, &perr) {
		return nil, fmt.Errorf("%s:%d: %s", name, perr.Position.Line, perr.Message)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if keys := meta.Undecoded(); len(keys) > 0 {
		return nil, fmt.Errorf("%s: unknown key %q", name, keys[0].String())
	}
	return NewSpelling(f.Words, f.Letters), nil
}

// NewSpelling builds rules from whole-word replacements and letter
// replacements. Longer words win over shorter ones that start the same.
func NewSpelling(words, letters map[string]string) *Spelling {
	s := &Spelling{words: map[string]string{}}
	keys := make([]string, 0, len(words))
	for from, to := range words {
		s.words[strings.ToLower(from)] = to
		keys = append(keys, regexp.QuoteMeta(strings.ToLower(from)))
	}
	slices.SortFunc(keys, func(a, b string) int { return len(b) - len(a) })
	if len(keys) > 0 {
		s.pattern = regexp.MustCompile(`(?i)` + strings.Join(keys, "|"))
	}
	var pairs []string
	for from, to := range letters {
		pairs = append(pairs, from, to)
	}
	if len(pairs) > 0 {
		s.letters = strings.NewReplacer(pairs...)
	}
	return s
}

// Apply respells text. Words are replaced only where they stand alone, and
// a capital first letter stays capital. A nil Spelling changes nothing.
func (s *Spelling) Apply(text string) string {
	if s == nil {
		return text
	}
	if s.pattern != nil {
		text = s.replaceWords(text)
	}
	if s.letters != nil {
		text = s.letters.Replace(text)
	}
	return text
}

func (s *Spelling) replaceWords(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range s.pattern.FindAllStringIndex(text, -1) {
		if !wordBoundary(text, m[0], m[1]) {
			continue
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(matchCase(text[m[0]:m[1]], s.words[strings.ToLower(text[m[0]:m[1]])]))
		last = m[1]
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// wordBoundary reports whether text[start:end] is not part of a longer word.
func wordBoundary(text string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	return !isWordRune(before) && !isWordRune(after)
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// matchCase gives to the case of from's first letter.
func matchCase(from, to string) string {
	first, _ := utf8.DecodeRuneInString(from)
	if !unicode.IsUpper(first) {
		return to
	}
	r, size := utf8.DecodeRuneInString(to)
	return string(unicode.ToUpper(r)) + to[size:]
}
