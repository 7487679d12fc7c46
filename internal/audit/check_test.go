package audit

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	// missing and malformed review dates
	edit(t, c("content/it/disease/symptoms.md"), "reviewed = 2026-11-25\n", "")
	edit(t, c("content/es/disease/symptoms.md"), "reviewed = 2026-11-25", "reviewed = 2026-13-45")
	// a missing topic and an extra one
	os.Remove(c("content/fr/treatment/open-surgery.md"))
	os.WriteFile(c("content/nl/treatment/extra.md"), []byte("+++\ntitle = \"Extra\"\norder = 9\nreviewed = 2026-11-25\n+++\nText.\n"), 0o644)
	// a missing glossary term, an extra one, a broken glossary file
	edit(t, c("content/pl/glossary.toml"), `id = "abdomen"`, `id = "abdomen-x"`)
	edit(t, c("content/sv/glossary.toml"), "[[term]]\nid = \"allergy\"", "[[term]\nid = \"allergy\"")
	// a missing message, an extra one, a placeholder that differs
	edit(t, c("locales/da.toml"), "TabGlossary = ", "TabGlossaryX = ")
	edit(t, c("locales/fi.toml"), "{{.Region}}", "{{.Maa}}")
	edit(t, c("locales/pl.toml"), "few = ", "# few = ")
	// a glossary link to a term that does not exist
	edit(t, c("content/en/disease/symptoms.md"), "2026-11-25\n+++\n", "2026-11-25\n+++\nSee [veins](glossary:no-such-term).\n")
	// regions naming an unknown product and a language without messages
	edit(t, c("regions.toml"), `code = "NO"`+"\ncontinent = \"europe\"\nlanguages = [\"nb\"]\nproducts = [\"balloon-catheter\"",
		`code = "NO"`+"\ncontinent = \"europe\"\nlanguages = [\"nb\", \"se\"]\nproducts = [\"laser\", \"balloon-catheter\"")

	pack, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	got := join(Check(pack))
	for _, want := range []string{
		"content/de/disease/causes.md:3:9: expected value",
		"content/it/disease/symptoms.md:4: reviewed is missing",
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
		`content/en/disease/symptoms.md:6:11: link to glossary term "no-such-term"`,
		`regions.toml:137: region NO shows product "laser", which has no text`,
		"regions.toml:137: region NO offers se, which has no message file",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("check did not report %q; it reported:\n%s", want, got)
		}
	}
}

func join(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.String())
		b.WriteByte('\n')
	}
	return b.String()
}
