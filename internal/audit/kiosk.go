package audit

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kioskRule finds one kind of text a kiosk must not show. Rules run in
// order over a line; what one rule matched is blanked out for the next, so
// that an image is not also reported as a link.
type kioskRule struct {
	pattern *regexp.Regexp
	skip    func(match string) bool // a match that is allowed after all
	trim    bool                    // the match ends before punctuation: "www.example.org."
	what    string                  // how a finding names it: "image", "link"
	why     string                  // what to write instead
}

var kioskRules = []kioskRule{
	{pattern: regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`), skip: isKnownFigure, what: "image",
		why: "the app shows only its own illustrations (![](figure:id)); describe the picture in words"},
	{pattern: regexp.MustCompile(`\[[^\]]*\]\([^)]*\)`), skip: isGlossaryLink, what: "link",
		why: "the app never opens links, and a kiosk must not send patients to the web: write the words (or a phone number) instead"},
	{pattern: regexp.MustCompile(`<(?i:https?|ftp|mailto):[^>\s]*>|<[^@<>\s]+@[^@<>\s]+>`), what: "link",
		why: "the app never opens links, and a kiosk must not send patients to the web: write the words (or a phone number) instead"},
	{pattern: regexp.MustCompile(`<!--|</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>`), what: "raw HTML",
		why: "the app does not show HTML; use Markdown (paragraphs, ## subheadings, lists, **bold**)"},
	{pattern: regexp.MustCompile(`(?i)\b(https?://|www\.)[^\s<>()\[\]]*`), what: "web address", trim: true,
		why: "a kiosk must not send patients to the web: leave it out, or say where to ask instead"},
}

func isGlossaryLink(match string) bool { return glossaryLink.MatchString(match) }

// kioskFinding is one thing on one line of text that a kiosk must not show.
type kioskFinding struct {
	col  int    // in characters, from 1
	text string // what was found
	msg  string
}

// scanKioskLine finds in one line of text the web links and addresses,
// raw HTML, images and emoji that a waiting-room kiosk must not show.
func scanKioskLine(line string) []kioskFinding {
	var out []kioskFinding
	for _, r := range kioskRules {
		for _, m := range r.pattern.FindAllStringIndex(line, -1) {
			if r.trim {
				m[1] = m[0] + len(strings.TrimRight(line[m[0]:m[1]], ".,;:!?"))
			}
			match := line[m[0]:m[1]]
			if r.skip != nil && r.skip(match) {
				// allowed, and not for a later rule to find either: an
				// app figure is not also a link
				line = line[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + line[m[1]:]
				continue
			}
			out = append(out, kioskFinding{col: utf8.RuneCountInString(line[:m[0]]) + 1, text: match,
				msg: fmt.Sprintf("%s %q: %s", r.what, match, r.why)})
			line = line[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + line[m[1]:]
		}
	}
	for i, r := range line {
		if isEmoji(r) {
			out = append(out, kioskFinding{col: utf8.RuneCountInString(line[:i]) + 1, text: string(r),
				msg: fmt.Sprintf("emoji %q (U+%04X): the app has no emoji font, so it shows a box or draws over the text; leave it out", string(r), r)})
		}
	}
	return out
}

// emoji are the characters Unicode draws as emoji: the pictograph blocks
// of the supplementary plane (faces, symbols, flags, keycap letters), the
// Miscellaneous Symbols and Dingbats blocks, the symbols elsewhere that
// Unicode marks Extended_Pictographic (⌚ ⏰ ⭐ ⬛ 〰 ㊗), the emoji
// variation selector and the keycap mark. Letters, digits, punctuation,
// arrows and © ® ™ are not among them. Neither the standard library nor
// x/text has Unicode's emoji properties, so the ranges are written here.
var emoji = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x20e3, Hi: 0x20e3, Stride: 1},
		{Lo: 0x231a, Hi: 0x231b, Stride: 1},
		{Lo: 0x2328, Hi: 0x2328, Stride: 1},
		{Lo: 0x23cf, Hi: 0x23cf, Stride: 1},
		{Lo: 0x23e9, Hi: 0x23f3, Stride: 1},
		{Lo: 0x23f8, Hi: 0x23fa, Stride: 1},
		{Lo: 0x24c2, Hi: 0x24c2, Stride: 1},
		{Lo: 0x25aa, Hi: 0x25ab, Stride: 1},
		{Lo: 0x25b6, Hi: 0x25b6, Stride: 1},
		{Lo: 0x25c0, Hi: 0x25c0, Stride: 1},
		{Lo: 0x25fb, Hi: 0x25fe, Stride: 1},
		{Lo: 0x2600, Hi: 0x27bf, Stride: 1},
		{Lo: 0x2934, Hi: 0x2935, Stride: 1},
		{Lo: 0x2b05, Hi: 0x2b07, Stride: 1},
		{Lo: 0x2b1b, Hi: 0x2b1c, Stride: 1},
		{Lo: 0x2b50, Hi: 0x2b50, Stride: 1},
		{Lo: 0x2b55, Hi: 0x2b55, Stride: 1},
		{Lo: 0x3030, Hi: 0x3030, Stride: 1},
		{Lo: 0x303d, Hi: 0x303d, Stride: 1},
		{Lo: 0x3297, Hi: 0x3297, Stride: 1},
		{Lo: 0x3299, Hi: 0x3299, Stride: 1},
		{Lo: 0xfe0f, Hi: 0xfe0f, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x1f000, Hi: 0x1faff, Stride: 1},
		{Lo: 0x1fc00, Hi: 0x1fffd, Stride: 1},
	},
}

func isEmoji(r rune) bool { return r > 0x2000 && unicode.Is(emoji, r) }
