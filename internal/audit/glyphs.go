package audit

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"

	"veininfo/internal/glyphs"
)

// textFile reports whether a pack's file holds text the app shows:
// topics (.md) and TOML files (glossary, start tiles, figure captions,
// messages, spelling rules).
func textFile(name string) bool {
	return strings.HasSuffix(name, ".md") || strings.HasSuffix(name, ".toml")
}

// undrawable reports each character in the text files under root of fsys
// that the app's fonts cannot draw, at "prefix/path:line:col". Comment
// lines of TOML files are not shown and are passed over; skip leaves out
// characters another check reports already (emoji in a clinic's pack).
func undrawable(fsys fs.FS, root, prefix string, skip func(rune) bool) []Finding {
	fonts, err := glyphs.Bundled()
	if err != nil {
		return []Finding{findingf("the app's fonts: %v", err)}
	}
	var out []Finding
	fs.WalkDir(fsys, root, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !textFile(name) {
			return nil
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil // the loaders report files they cannot read
		}
		for _, m := range fonts.Missing(withoutComments(name, string(data))) {
			if skip != nil && skip(m.Rune) {
				continue
			}
			out = append(out, findingf("%s:%d:%d: %s", path.Join(prefix, name), m.Line, m.Col, undrawableText(m)))
		}
		return nil
	})
	return out
}

// undrawableText says what is wrong with a character and what to do.
func undrawableText(m glyphs.Miss) string {
	return fmt.Sprintf("%s: the app cannot draw it: none of the fonts it carries has it, so a computer without another font that has it (as Windows kiosks may be) shows a box or %q", m, "\uFFFD")
}

// withoutComments blanks the comment lines of a TOML file, keeping the
// line numbers; other files are returned as they are.
func withoutComments(name, text string) string {
	if !strings.HasSuffix(name, ".toml") {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n")
}

// glyphs reports the characters of the pack's content, figure captions
// and message files that the app cannot draw.
func (p Pack) glyphs() []Finding {
	var out []Finding
	for _, root := range []string{"content", "figures"} {
		if _, err := fs.Stat(p.Assets, root); err == nil {
			out = append(out, undrawable(p.Assets, root, "", nil)...)
		}
	}
	return append(out, undrawable(p.Locales, ".", "locales", nil)...)
}

// glyphs reports the characters of a clinic's pack that the app cannot
// draw; emoji are left to the kiosk rules, which say more about them.
func (c clinic) glyphs() []Finding {
	var out []Finding
	for _, f := range undrawable(os.DirFS(c.dir), ".", "", isEmoji) {
		out = append(out, c.at(f))
	}
	return out
}
