// Package glyphs owns the question whether the app can draw a text: every
// character must be in the fonts it carries, Fyne's theme fonts (Noto Sans
// regular, bold, italic and bold italic, with Fyne's small symbol font as
// their common fallback). Past those, Fyne asks the system's fonts, and a
// waiting-room PC may have none with the character: Windows then shows a
// box or "�" (as "A−" did, U+2212, under Wine). The tests run every text of
// the app through it, and veininfo-content check runs a content pack's
// files through it.
package glyphs

import (
	"bufio"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/runenames"
)

// Style names one of the text fonts, as findings name it.
type Style string

// The styles text is drawn in; Markdown's **bold** and *italic* reach all
// four, so a character must be in each.
const (
	Regular    Style = "regular"
	Bold       Style = "bold"
	Italic     Style = "italic"
	BoldItalic Style = "bold italic"
)

// Fonts are the fonts the app carries, parsed.
type Fonts struct {
	styles   []Style
	faces    []*sfnt.Font
	fallback *sfnt.Font
	mu       sync.Mutex
	buf      sfnt.Buffer
}

var (
	bundledOnce sync.Once
	bundled     *Fonts
	bundledErr  error
)

// Bundled are Fyne's theme fonts, the ones the app draws all its text with.
func Bundled() (*Fonts, error) {
	bundledOnce.Do(func() {
		bundled, bundledErr = Load(map[Style]fyne.Resource{
			Regular:    theme.DefaultTextFont(),
			Bold:       theme.DefaultTextBoldFont(),
			Italic:     theme.DefaultTextItalicFont(),
			BoldItalic: theme.DefaultTextBoldItalicFont(),
		}, theme.DefaultSymbolFont())
	})
	return bundled, bundledErr
}

// Load parses the text fonts of each style and the fallback font that
// every style falls back to (nil for none).
func Load(styles map[Style]fyne.Resource, fallback fyne.Resource) (*Fonts, error) {
	f := &Fonts{}
	for _, s := range []Style{Regular, Bold, Italic, BoldItalic} {
		res, ok := styles[s]
		if !ok {
			continue
		}
		face, err := sfnt.Parse(res.Content())
		if err != nil {
			return nil, fmt.Errorf("font %s (%s): %w", res.Name(), s, err)
		}
		f.styles, f.faces = append(f.styles, s), append(f.faces, face)
	}
	if fallback != nil {
		face, err := sfnt.Parse(fallback.Content())
		if err != nil {
			return nil, fmt.Errorf("font %s: %w", fallback.Name(), err)
		}
		f.fallback = face
	}
	return f, nil
}

// Drawn reports whether r is drawn at all: control characters, line ends
// and invisible format characters (soft hyphen, joiners) are not looked
// up in a font.
func Drawn(r rune) bool {
	return !unicode.IsControl(r) && !unicode.Is(unicode.Cf, r) && r != utf8.RuneError
}

// Lacking lists the styles whose font has no glyph for r (none when r is
// not drawn, or when the common fallback font has it).
func (f *Fonts) Lacking(r rune) []Style {
	if !Drawn(r) || r < 0x7f && r >= 0x20 {
		return nil // ASCII is in every font
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fallback != nil && f.has(f.fallback, r) {
		return nil
	}
	var lacking []Style
	for i, face := range f.faces {
		if !f.has(face, r) {
			lacking = append(lacking, f.styles[i])
		}
	}
	return lacking
}

func (f *Fonts) has(face *sfnt.Font, r rune) bool {
	g, err := face.GlyphIndex(&f.buf, r)
	return err == nil && g != 0
}

// Miss is one character of a text that the fonts cannot draw.
type Miss struct {
	Rune    rune
	Line    int     // from 1
	Col     int     // in characters, from 1
	Lacking []Style // the styles without it
}

// String says which character it is and where the fonts leave it out:
// `U+2212 MINUS SIGN "−" (no glyph in regular, bold, italic, bold italic)`.
func (m Miss) String() string {
	names := make([]string, len(m.Lacking))
	for i, s := range m.Lacking {
		names[i] = string(s)
	}
	return fmt.Sprintf("%s (no glyph in %s)", Describe(m.Rune), strings.Join(names, ", "))
}

// Missing lists, in order, each character of text the fonts cannot draw,
// with its line and column. A character is listed at each place it stands.
func (f *Fonts) Missing(text string) []Miss {
	var out []Miss
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, 64*1024), len(text)+1)
	for line := 1; sc.Scan(); line++ {
		col := 0
		for _, r := range sc.Text() {
			col++
			if lacking := f.Lacking(r); len(lacking) > 0 {
				out = append(out, Miss{Rune: r, Line: line, Col: col, Lacking: lacking})
			}
		}
	}
	return out
}

// Describe names a character for people: `U+2212 MINUS SIGN "−"`, and
// what to write instead when there is a usual stand-in.
func Describe(r rune) string {
	s := fmt.Sprintf("U+%04X %s %q", r, runenames.Name(r), string(r))
	if alt, ok := instead[r]; ok {
		s += fmt.Sprintf(", write %q instead", alt)
	}
	return s
}

// instead are stand-ins, all in the fonts, for characters that typing
// or a word processor brings in and the fonts lack.
var instead = map[rune]string{
	'\u2212': "-",  // minus sign
	'\u2264': "<=", // less-than or equal to (or say it in words)
	'\u2265': ">=", // greater-than or equal to
}
