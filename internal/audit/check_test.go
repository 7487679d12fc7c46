package audit

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"veininfo/assets"
	"veininfo/locales"
)

func TestEmbeddedPackIsClean(t *testing.T) {
	if findings := Check(Embedded()); len(findings) > 0 {
		t.Errorf("the embedded pack has %d findings:\n%s", len(findings), join(findings))
	}
}

// copyPack writes the embedded pack to a folder, in the folder layout.
func copyPack(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copyFS(t, assets.FS, dir)
	copyFS(t, locales.FS, filepath.Join(dir, "locales"))
	return dir
}

func copyFS(t *testing.T, fsys fs.FS, dir string) {
	t.Helper()
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".go") {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func edit(t *testing.T, file, from, to string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), from) {
		t.Fatalf("%s does not contain %q", file, from)
	}
	if err := os.WriteFile(file, []byte(strings.Replace(string(data), from, to, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCheckFindsEveryDefectClass(t *testing.T) {
	dir := copyPack(t)
	c := func(p string) string { return filepath.Join(dir, p) }
	// parse error in front matter, with line and column
	edit(t, c("content/de/disease/causes.md"), "order = 4", "order = four")
	// missing and malformed dates
	edit(t, c("content/it/disease/symptoms.md"), "updated = 2026-11-27\n", "")
	edit(t, c("content/es/disease/symptoms.md"), "updated = 2026-11-27", "updated = 2026-13-45")
	// a missing topic and an extra one
	os.Remove(c("content/fr/treatment/open-surgery.md"))
	os.WriteFile(c("content/nl/treatment/extra.md"), []byte("+++\ntitle = \"Extra\"\norder = 11\nupdated = 2026-11-25\n+++\nText.\n"), 0o644)
	// a translation that lost the emergency number, one with a number written in,
	// one with an unknown placeholder, and one in another order than English
	edit(t, c("content/pl/welcome/urgent-help.md"), "{{.Emergency}}", "999")
	edit(t, c("content/da/disease/symptoms.md"), "{{.Emergency}}", "112")
	edit(t, c("content/sv/disease/symptoms.md"), "{{.Emergency}}", "{{.Nödnummer}}")
	edit(t, c("content/sv/treatment/open-surgery.md"), "order = 9", "order = 3")
	// a stray file in a language folder
	os.WriteFile(c("content/fi/notes.txt"), []byte("x"), 0o644)
	// a missing glossary term, an extra one, a broken glossary file
	edit(t, c("content/pl/glossary.toml"), `id = "abdomen"`, `id = "abdomen-x"`)
	edit(t, c("content/sv/glossary.toml"), "[[term]]\nid = \"allergy\"", "[[term]\nid = \"allergy\"")
	// a missing message, an extra one, a placeholder that differs
	edit(t, c("locales/da.toml"), "TabGlossary = ", "TabGlossaryX = ")
	edit(t, c("locales/fi.toml"), "{{.Region}}", "{{.Maa}}")
	edit(t, c("locales/pl.toml"), "few = ", "# few = ")
	// a glossary link to a term that does not exist
	edit(t, c("content/en/disease/symptoms.md"), "ng158\"\n+++\n", "ng158\"\n+++\nSee [veins](glossary:no-such-term).\n")
	// regions naming an unknown product and a language without messages
	edit(t, c("regions.toml"), `code = "NO"`+"\ncontinent = \"europe\"\nlanguages = [\"nb\"]\nproducts = [\"balloon-catheter\"",
		`code = "NO"`+"\ncontinent = \"europe\"\nlanguages = [\"nb\", \"se\"]\nproducts = [\"laser\", \"balloon-catheter\"")

	// characters the app's fonts cannot draw, in a message and a glossary term
	edit(t, c("locales/it.toml"), `{{.Count}} termini"`, `{{.Count}} termini ≥ 1"`)
	edit(t, c("content/nb/glossary.toml"), `term = "Mage (buk)"`, `term = "Mage − buk"`)

	pack, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := join(Check(pack))
	at := func(file, text string) string {
		line := lineOf(os.DirFS(dir), file, text)
		before, _, _ := strings.Cut(strings.Split(readFile(t, c(file)), "\n")[line-1], text)
		col := len([]rune(before)) + 1
		return fmt.Sprintf("%s:%d:%d: ", file, line, col)
	}
	for _, want := range []string{
		at("locales/it.toml", "≥") + `U+2265 GREATER-THAN OR EQUAL TO "≥", write ">=" instead (no glyph in regular, bold, italic, bold italic): the app cannot draw it`,
		at("content/nb/glossary.toml", "−") + `U+2212 MINUS SIGN "−"`,
		"content/de/disease/causes.md:3:9: expected value",
		"content/it/disease/symptoms.md:4: updated is missing",
		"content/es/disease/symptoms.md:4:",
		"content/fr: missing treatment/open-surgery (English has it)",
		"content/nl: treatment/extra is not in English",
		"content/pl: missing glossary/abdomen (English has it)",
		"content/pl: glossary/abdomen-x is not in English",
		"content/sv/glossary.toml:",
		"locales/da.toml: missing message TabGlossary (English has it)",
		"locales/da.toml: message TabGlossaryX is not in English",
		"locales/fi.toml: message ProductsNotice uses placeholders [Maa], English uses [Region]",
		`locales/pl.toml: message GlossaryCount lacks the plural form "few" that pl needs`,
		`content/en/disease/symptoms.md:23:11: link to glossary term "no-such-term"`,
		`regions.toml:184: region NO shows product "laser", which has no text`,
		"regions.toml:184: region NO offers se, which has no message file",
		"content/da/disease/symptoms.md: uses placeholders [], English uses [Emergency]",
		"the emergency number 112 is written in the text: write {{.Emergency}}",
		"content/pl/welcome/urgent-help.md:8: the emergency number 999 is written in the text",
		"content/sv/disease/symptoms.md: uses placeholders [Nödnummer], English uses [Emergency]",
		"unknown placeholder {{.Nödnummer}}",
		"content/sv/treatment/open-surgery.md: order = 3, English has 9",
		"content/fi/notes.txt: not part of a content pack",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("check did not report %q; it reported:\n%s", want, got)
		}
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func join(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// TestReleaseFindings: a release needs sources, a clinical review of the
// current text, and no review overdue, in every language readers see.
func TestReleaseFindings(t *testing.T) {
	dir := copyPack(t)
	c := func(p string) string { return filepath.Join(dir, p) }
	edit(t, c("content/en/disease/deep-veins.md"), "updated = 2026-11-27\n", "updated = 2026-11-27\nreviewed = 2026-11-28\nreviewed_by = \"vascular nurse specialist\"\n")
	edit(t, c("content/de/disease/deep-veins.md"), "updated = 2026-11-27\n", "updated = 2026-11-27\nreviewed = 2026-11-28\nreviewed_by = \"Fachpflegekraft\"\n")
	edit(t, c("content/en/products/venous-stent.md"), "updated = 2026-11-27\n", "updated = 2023-01-05\n")
	data, _ := os.ReadFile(c("content/en/treatment/open-surgery.md"))
	head, body, _ := strings.Cut(string(data), "\n\n[[source]]")
	_, body, _ = strings.Cut(body, "\n+++\n")
	os.WriteFile(c("content/en/treatment/open-surgery.md"), []byte(head+"\n+++\n"+body), 0o644)
	pack, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := join(CheckRelease(pack, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)))
	for _, want := range []string{
		"content/en/treatment/open-surgery.md: release: names no sources",
		"content/de/treatment/open-surgery.md: release: names no sources",
		"content/en/products/venous-stent.md: release: overdue for review since 2026-01-05",
		"content/fr/disease/deep-veins.md: release: not clinically reviewed",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("release check lacks %q", want)
		}
	}
	for _, clean := range []string{"content/en/disease/deep-veins.md: release", "content/de/disease/deep-veins.md: release"} {
		if strings.Contains(got, clean) {
			t.Errorf("a reviewed topic is reported: %s", clean)
		}
	}
}
