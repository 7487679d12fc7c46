package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/language"
)

var (
	de   = language.German
	deCH = language.MustParse("de-CH")
	enGB = language.BritishEnglish
)

func topicFile(title string, order int) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("+++\ntitle = \"" + title + "\"\norder = " +
		string(rune('0'+order)) + "\nreviewed = 2026-11-25\n+++\nBody of " + title + ".\n")}
}

func fixture() fstest.MapFS {
	return fstest.MapFS{
		"c/en/disease/veins.md":    topicFile("Veins", 1),
		"c/en/disease/causes.md":   topicFile("Causes of edema", 2),
		"c/en/products/stent.md":   topicFile("Stent", 1),
		"c/en/products/socks.md":   topicFile("Socks", 2),
		"c/en/glossary.toml":       {Data: []byte("[[term]]\nid = \"vein\"\nterm = \"Vein\"\ndefinition = \"A tube.\"\n[[term]]\nid = \"edema\"\nterm = \"Edema\"\ndefinition = \"Swelling.\"\n")},
		"c/de/disease/veins.md":    topicFile("Venen", 1),
		"c/de/disease/causes.md":   topicFile("Ursachen", 2),
		"c/de/products/stent.md":   topicFile("Gefäßstütze", 1),
		"c/de/products/socks.md":   topicFile("Strümpfe", 2),
		"c/de/glossary.toml":       {Data: []byte("[[term]]\nid = \"vein\"\nterm = \"Vene\"\ndefinition = \"Ein Gefäß.\"\n[[term]]\nid = \"edema\"\nterm = \"Ödem\"\ndefinition = \"Schwellung.\"\n")},
		"c/de-CH/disease/veins.md": topicFile("Venen in der Schweiz", 1),
	}
}

func TestResolveFallsBackAndRespells(t *testing.T) {
	lib, err := Load(fixture(), "c")
	if err != nil {
		t.Fatal(err)
	}
	swiss := lib.Resolve([]language.Tag{deCH, de, English}, strings.NewReplacer("ß", "ss").Replace)
	got := titles(swiss.Section(Disease))
	if got != "Venen in der Schweiz, Ursachen" {
		t.Errorf("de-CH disease topics = %s", got)
	}
	if got := titles(swiss.Products([]string{"stent"})); got != "Gefässstütze" {
		t.Errorf("de-CH approved products = %s", got)
	}
	if got := swiss.Glossary(); len(got) != 2 || got[0].Term != "Ödem" || got[1].Definition != "Ein Gefäss." {
		t.Errorf("de-CH glossary = %+v", got)
	}
	if missing := lib.Missing(deCH, de); len(missing) != 0 {
		t.Errorf("de-CH with de should be complete, missing %v", missing)
	}
	if missing := lib.Missing(deCH); len(missing) == 0 {
		t.Error("de-CH alone should miss what only de has")
	}
}

func TestMissingAndExtra(t *testing.T) {
	fsys := fixture()
	delete(fsys, "c/de/disease/causes.md")
	fsys["c/de/disease/extra.md"] = topicFile("Extra", 3)
	lib, err := Load(fsys, "c")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(lib.Missing(de), " "); got != "disease/causes" {
		t.Errorf("Missing(de) = %s", got)
	}
	if got := strings.Join(lib.Extra(de), " "); got != "disease/extra" {
		t.Errorf("Extra(de) = %s", got)
	}
	pack := lib.Resolve([]language.Tag{de, English}, func(s string) string { return s })
	if got := titles(pack.Section(Disease)); got != "Venen, Causes of edema, Extra" {
		t.Errorf("a missing German topic should fall back to English, got %s", got)
	}
}

func titles(topics []Topic) string {
	var s []string
	for _, t := range topics {
		s = append(s, t.Title)
	}
	return strings.Join(s, ", ")
}

func TestParseTopicErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"no front matter", "# Title\n", "x.md:1: a topic must start"},
		{"never closed", "+++\ntitle = \"A\"\n", "x.md:3: the front matter is never closed"},
		{"bad toml", "+++\ntitle = \"A\"\norder = one\n+++\n", "x.md:3:"},
		{"no title", "+++\norder = 1\nreviewed = 2026-01-01\n+++\n", "x.md:4: title is missing"},
		{"no date", "+++\ntitle = \"A\"\norder = 1\n+++\n", "x.md:4: reviewed is missing"},
		{"bad date", "+++\ntitle = \"A\"\norder = 1\nreviewed = 2026-13-01\n+++\n", "x.md:4:"},
		{"bad order", "+++\ntitle = \"A\"\norder = 0\nreviewed = 2026-01-01\n+++\n", "x.md:3: order"},
		{"unknown key", "+++\ntitle = \"A\"\norder = 1\nreviewed = 2026-01-01\nauthor = \"me\"\n+++\n", `x.md:5: unknown key "author"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseTopic([]byte(tt.data), "x.md")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %v, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestParseTopic(t *testing.T) {
	topic, err := ParseTopic([]byte("+++\r\ntitle = \"A\"\r\norder = 2\r\nreviewed = 2026-11-25\r\n+++\r\nHello.\r\n"), "a.md")
	if err != nil {
		t.Fatal(err)
	}
	if topic.Title != "A" || topic.Order != 2 || topic.Body != "Hello." || topic.Reviewed.Format("2006-01-02") != "2026-11-25" || topic.BodyLine != 6 {
		t.Errorf("topic = %+v", topic)
	}
}

func TestParseGlossaryErrors(t *testing.T) {
	_, err := ParseGlossary([]byte("[[term]]\nid = \"a\"\nterm = \"A\"\ndefinition = \"x\"\n\n[[term]]\nid = \"a\"\nterm = \"A\"\ndefinition = \"y\"\n[[term]]\nid = \"b\"\n"), "g.toml")
	if err == nil {
		t.Fatal("want errors")
	}
	for _, want := range []string{`g.toml:6: term "a" is listed twice`, "g.toml:10: a term needs id, term and definition"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if _, err := ParseGlossary([]byte("[[term]]\nid = 1 2\n"), "g.toml"); err == nil || !strings.HasPrefix(err.Error(), "g.toml:2:") {
		t.Errorf("syntax error = %v", err)
	}
}

func TestBrokenFileIsLeftOutAndNamed(t *testing.T) {
	fsys := fixture()
	fsys["c/de/disease/causes.md"] = &fstest.MapFile{Data: []byte("no front matter")}
	lib, err := Load(fsys, "c")
	if err == nil || !strings.Contains(err.Error(), "c/de/disease/causes.md:1:") {
		t.Fatalf("error = %v", err)
	}
	if got := strings.Join(lib.Missing(de), " "); got != "disease/causes" {
		t.Errorf("the broken topic should count as missing, got %s", got)
	}
}

func TestSearchGlossaryIgnoresCaseAndAccents(t *testing.T) {
	lib, _ := Load(fixture(), "c")
	pack := lib.Resolve([]language.Tag{de, English}, func(s string) string { return s })
	tests := map[string]string{"odem": "Ödem", "VENE": "Vene", "gefäß": "Vene", "": "Ödem, Vene", "xyz": ""}
	for q, want := range tests {
		var got []string
		for _, term := range pack.SearchGlossary(q) {
			got = append(got, term.Term)
		}
		if strings.Join(got, ", ") != want {
			t.Errorf("SearchGlossary(%q) = %v, want %s", q, got, want)
		}
	}
}

func TestOverlay(t *testing.T) {
	lib, err := Load(fixture(), "c")
	if err != nil {
		t.Fatal(err)
	}
	clinic, err := LoadClinicPack(fstest.MapFS{
		"c/de/welcome/your-clinic.md": topicFile("Ihre Praxis", 2),
		"c/de/disease/veins.md":       topicFile("Venen, wie unsere Praxis sie erklärt", 1),
		"c/de/glossary.toml":          {Data: []byte("[[term]]\nid = \"clinic\"\nterm = \"Praxis\"\ndefinition = \"Wo Sie behandelt werden.\"\n")},
	}, "c")
	if err != nil {
		t.Fatal(err)
	}
	lib.Overlay(clinic)
	same := func(s string) string { return s }
	ger := lib.Resolve([]language.Tag{de, English}, same)
	if got := titles(ger.Section(Disease)); got != "Venen, wie unsere Praxis sie erklärt, Ursachen" {
		t.Errorf("a clinic's topic should replace the built-in one: %s", got)
	}
	if got := titles(ger.Section(Welcome)); got != "Ihre Praxis" {
		t.Errorf("a clinic's own topic should be added: %s", got)
	}
	if len(ger.Glossary()) != 3 {
		t.Errorf("a clinic's term should be added: %d terms", len(ger.Glossary()))
	}
	en := lib.Resolve([]language.Tag{English}, same)
	if len(en.Section(Welcome)) != 0 || titles(en.Section(Disease)) != "Veins, Causes of edema" {
		t.Error("the German clinic texts must not reach English readers")
	}
	if missing := lib.Missing(de); len(missing) != 0 {
		t.Errorf("a clinic's pack must not make German incomplete: %v", missing)
	}
}

func TestOversizedFileIsRefused(t *testing.T) {
	fsys := fixture()
	fsys["c/de/disease/causes.md"] = &fstest.MapFile{Data: make([]byte, MaxFileSize+1)}
	_, err := Load(fsys, "c")
	if err == nil || !strings.Contains(err.Error(), "c/de/disease/causes.md: 1048577 bytes, more than a content file can be") {
		t.Errorf("error = %v", err)
	}
}
