package glyphs_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"

	"veininfo/assets"
	"veininfo/internal/content"
	"veininfo/internal/glyphs"
	"veininfo/internal/l10n"
	"veininfo/internal/session"
	"veininfo/locales"
)

// text is one piece of text the app can show, and where it comes from.
type text struct {
	where string
	value string
}

// coverage collects the characters the fonts lack, once per character and
// place.
type coverage struct {
	fonts  *glyphs.Fonts
	seen   map[string]bool
	found  []string
	texts  int
	counts map[string]int // texts per kind of place, for count
}

func newCoverage(t *testing.T) *coverage {
	t.Helper()
	fonts, err := glyphs.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return &coverage{fonts: fonts, seen: map[string]bool{}, counts: map[string]int{}}
}

func (c *coverage) check(texts ...text) {
	for _, tx := range texts {
		c.texts++
		if kind, _, ok := strings.Cut(tx.where, " "); ok {
			c.counts[kind+" "]++
		}
		for _, m := range c.fonts.Missing(tx.value) {
			key := fmt.Sprintf("%s: %s", tx.where, glyphs.Describe(m.Rune))
			if !c.seen[key] {
				c.seen[key] = true
				c.found = append(c.found, fmt.Sprintf("%s: %s", tx.where, m))
			}
		}
	}
}

// count is how many texts checked so far came from a place starting with
// prefix.
func (c *coverage) count(prefix string) int { return c.counts[prefix] }

func (c *coverage) report(t *testing.T, what string) {
	t.Helper()
	if c.texts == 0 {
		t.Fatalf("%s: no text was checked", what)
	}
	for _, f := range c.found {
		t.Errorf("%s: it would show as a box or %q on a machine without a font that has it", f, "\uFFFD")
	}
	t.Logf("%s: %d texts checked", what, c.texts)
}

// TestTheCheckerFindsAMinusSign is the defect that started it: the text-size
// button said "A−", and U+2212 is in none of the fonts, so Windows without a
// fallback font showed "A�".
func TestTheCheckerFindsAMinusSign(t *testing.T) {
	fonts, err := glyphs.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	got := fonts.Missing("A+\nA−")
	if len(got) != 1 || got[0].Rune != '\u2212' || got[0].Line != 2 || got[0].Col != 2 || len(got[0].Lacking) != 4 {
		t.Fatalf(`Missing("A+\nA−") = %v, want U+2212 at 2:2 lacking in all four styles`, got)
	}
	if s := got[0].String(); !strings.Contains(s, "U+2212 MINUS SIGN") || !strings.Contains(s, `write "-" instead`) {
		t.Errorf("the finding does not name the character and its stand-in: %s", s)
	}
	// The header as it was (ui/header.go before f5a9ec4): the scan of Go
	// string literals in TestEveryTextCanBeDrawn finds it.
	dir := t.TempDir()
	old := "package ui\n\nfunc header() { newLabelledButton(\"A−\", nil, \"\", nil) }\n"
	if err := os.WriteFile(filepath.Join(dir, "header.go"), []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	c := newCoverage(t)
	c.check(goLiterals(t, dir)...)
	if len(c.found) != 1 || !strings.Contains(c.found[0], "header.go:3: U+2212") {
		t.Errorf("the coverage test would not have failed on the old header's \"A−\": %v", c.found)
	}
}

// TestFontsCoverTheBasics keeps the checker honest: what every text needs
// is in the fonts, what is never drawn is not asked for, and each
// stand-in it proposes can be drawn.
func TestFontsCoverTheBasics(t *testing.T) {
	fonts, err := glyphs.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	sample := "Äöü ß ÅØÆ ąęłńśźż Ç é ñ ã õ « » „ “ ” ‘ ’ – — … € ° · • ×\u00a0\u202f"
	if m := fonts.Missing(sample); len(m) > 0 {
		t.Errorf("the fonts lack common European letters and punctuation: %v", m)
	}
	if m := fonts.Missing("soft\u00adhyphen, zero\u200bwidth, tab\tand\r\nline ends"); len(m) > 0 {
		t.Errorf("characters that are not drawn were reported: %v", m)
	}
	for _, r := range "\u2212\u2264\u2265" {
		desc := glyphs.Describe(r)
		_, alt, ok := strings.Cut(desc, "write ")
		if !ok {
			t.Errorf("%s: no stand-in", desc)
			continue
		}
		alt, _ = strconv.Unquote(strings.TrimSuffix(alt, " instead"))
		if m := fonts.Missing(alt); len(m) > 0 || alt == "" {
			t.Errorf("%s: the stand-in %q cannot be drawn either: %v", desc, alt, m)
		}
	}
}

// TestEveryTextCanBeDrawn runs every text of every language through the
// fonts: messages after the variants' spelling rules, topics, product
// texts, glossary entries, start-screen tiles, figure captions and
// legends, region and language names, long dates, and the letters of each
// language's on-screen keyboard.
func TestEveryTextCanBeDrawn(t *testing.T) {
	cat, err := session.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	tags := cat.Regions.Languages()
	for _, tag := range cat.Messages.Tags() {
		if !slices.Contains(tags, tag) {
			tags = append(tags, tag)
		}
	}
	t.Run("messages", func(t *testing.T) {
		c := newCoverage(t)
		for _, tag := range tags {
			c.check(messageTexts(cat.Messages, tag)...)
		}
		c.report(t, "messages")
	})
	t.Run("content", func(t *testing.T) {
		c := newCoverage(t)
		ids := figureIDs(t)
		s := session.New(cat, &session.MemoryStore{})
		if err := s.Start(session.Choice{}, language.Und); err != nil {
			t.Fatal(err)
		}
		for _, r := range s.Regions() {
			for _, tag := range r.Languages {
				if err := s.SetRegion(r.Code); err != nil {
					t.Fatal(err)
				}
				if err := s.SetLanguage(tag); err != nil {
					t.Fatal(err)
				}
				c.check(packTexts(s, ids)...)
			}
		}
		c.report(t, "content")
		if captions := c.count("figure "); len(ids) > 0 && captions == 0 {
			t.Errorf("there are figures %v, but no caption was found to check", ids)
		} else {
			t.Logf("%d figure captions checked", captions)
		}
	})
	t.Run("names and dates", func(t *testing.T) {
		c := newCoverage(t)
		for _, tag := range tags {
			c.check(nameTexts(cat, tag)...)
		}
		c.report(t, "names and dates")
	})
	t.Run("figures.toml", func(t *testing.T) {
		texts := figureFileTexts(t)
		if len(texts) == 0 {
			t.Skip("assets/figures/figures.toml is not there or has no caption or legend: captions are in content/<lang>/figures.toml, checked with the content")
		}
		c := newCoverage(t)
		c.check(texts...)
		c.report(t, "assets/figures/figures.toml")
	})
	t.Run("Go string literals", func(t *testing.T) {
		c := newCoverage(t)
		c.check(goLiterals(t, "../../ui", "../..")...)
		c.report(t, "string literals in ui/ and the main package")
	})
}

// messageTexts are every plural form of every message a language's own
// file and the files it falls back to hold, respelled for the language,
// as its localizer shows them.
func messageTexts(cat *l10n.Catalog, tag language.Tag) []text {
	loc := cat.Localizer(tag)
	var out []text
	for _, from := range loc.Chain() {
		file := "locales/" + cat.File(from)
		for _, id := range cat.IDs(from) {
			for _, s := range cat.Texts(from, id) {
				out = append(out, text{fmt.Sprintf("%s [%s] as %s shows it", file, id, tag), loc.Spell(s)})
			}
		}
	}
	if sp := cat.Spelling(tag); sp != nil {
		out = append(out, spellingTexts(tag)...)
	}
	return out
}

// spellingTexts are the words a variant's spelling rules write.
func spellingTexts(tag language.Tag) []text {
	name := "spelling/" + tag.String() + ".toml"
	data, err := fs.ReadFile(locales.FS, name)
	if err != nil {
		return nil
	}
	var rules map[string]map[string]string
	if _, err := toml.Decode(string(data), &rules); err != nil {
		return nil
	}
	var out []text
	for table, pairs := range rules {
		for from, to := range pairs {
			out = append(out, text{fmt.Sprintf("locales/%s [%s] %q", name, table, from), to})
		}
	}
	return out
}

// packTexts are the texts of the session's current region and language.
func packTexts(s *session.Session, figures []string) []text {
	p := s.Pack()
	lang := s.Language().String()
	var out []text
	add := func(where, value string) { out = append(out, text{where + " (" + lang + ")", value}) }
	for _, sec := range content.Sections {
		for _, tp := range p.Section(sec) {
			add(tp.File, tp.Title)
			add(tp.File, tp.Body)
		}
	}
	for _, tp := range s.Products() {
		add(tp.File, tp.Title)
		add(tp.File, tp.Body)
	}
	for _, term := range p.Glossary() {
		add(fmt.Sprintf("%s:%d", term.File, term.Line), strings.Join(append([]string{term.Term, term.Definition}, term.Forms...), "\n"))
	}
	for _, tile := range p.Tiles() {
		add(fmt.Sprintf("%s:%d", tile.File, tile.Line), tile.Text)
	}
	for _, id := range figures {
		if f, ok := p.Figure(id); ok {
			add(fmt.Sprintf("figure %s, %s:%d", id, f.File, f.Line), f.Caption+"\n"+f.Legend)
		}
	}
	add("on-screen keyboard of "+s.Region().Code, strings.Join(p.Alphabet(), ""))
	add("emergency number of "+s.Region().Code, s.EmergencyNumber())
	return out
}

// nameTexts are what a reader of tag sees of regions and languages and
// dates: every region's and language's name, each language's name in
// itself, and the long date of a day in every month.
func nameTexts(cat session.Catalogues, tag language.Tag) []text {
	loc := cat.Messages.Localizer(tag)
	var out []text
	for _, r := range cat.Regions.All() {
		out = append(out, text{fmt.Sprintf("name of region %s in %s", r.Code, tag), loc.RegionName(r.Code)})
	}
	for _, other := range cat.Regions.Languages() {
		out = append(out, text{fmt.Sprintf("name of language %s in %s", other, tag), loc.LanguageName(other)})
	}
	out = append(out, text{fmt.Sprintf("name of language %s in itself", tag), l10n.SelfName(tag)})
	for m := time.January; m <= time.December; m++ {
		day := time.Date(2026, m, 21, 0, 0, 0, 0, time.UTC)
		out = append(out, text{fmt.Sprintf("long date of %s in %s", day.Format("2006-01-02"), tag), loc.LongDate(day)})
	}
	return out
}

// figureIDs are the figures the app has: the drawings in assets/figures
// and the ids of every figures.toml.
func figureIDs(t *testing.T) []string {
	t.Helper()
	var ids []string
	add := func(id string) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	svgs, _ := fs.Glob(assets.FS, assets.FiguresDir+"/*.svg")
	for _, name := range svgs {
		add(strings.TrimSuffix(strings.TrimSuffix(path.Base(name), ".svg"), "-hc"))
	}
	files, _ := fs.Glob(assets.FS, assets.ContentDir+"/*/"+content.FiguresFile)
	for _, name := range files {
		data, _ := fs.ReadFile(assets.FS, name)
		var tables map[string]any
		if _, err := toml.Decode(string(data), &tables); err == nil {
			for id := range tables {
				add(id)
			}
		}
	}
	return ids
}

// figureFileTexts are the captions and legends in the illustrator's
// assets/figures/figures.toml, or nil when there is none.
func figureFileTexts(t *testing.T) []text {
	t.Helper()
	name := filepath.Join("..", "..", "assets", "figures", "figures.toml")
	data, err := os.ReadFile(name)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var tables map[string]map[string]any
	if _, err := toml.Decode(string(data), &tables); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out := []text{}
	for id, keys := range tables {
		for _, key := range []string{"caption", "legend"} {
			if s, ok := keys[key].(string); ok {
				out = append(out, text{fmt.Sprintf("assets/figures/figures.toml [%s] %s", id, key), s})
			}
		}
	}
	return out
}

// goLiterals are the string literals in the non-test Go files of dirs:
// the few texts code writes itself (bullets, separators, symbols).
func goLiterals(t *testing.T, dirs ...string) []text {
	t.Helper()
	var out []text
	fset := token.NewFileSet()
	for _, dir := range dirs {
		names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if !ok || (lit.Kind != token.STRING && lit.Kind != token.CHAR) {
					return true
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					return true
				}
				pos := fset.Position(lit.Pos())
				out = append(out, text{fmt.Sprintf("%s:%d", filepath.ToSlash(strings.TrimPrefix(pos.Filename, "../../")), pos.Line), s})
				return true
			})
		}
	}
	return out
}
