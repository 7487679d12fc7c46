package content

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/text/language"
)

var (
	de   = language.German
	deCH = language.MustParse("de-CH")
	enGB = language.BritishEnglish
)

func topicFile(title string, order int) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("+++\ntitle = \"" + title + "\"\norder = " +
		string(rune('0'+order)) + "\nupdated = 2026-11-25\n+++\nBody of " + title + ".\n")}
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
	swiss := lib.Resolve([]language.Tag{deCH, de, English}, strings.NewReplacer("ß", "ss").Replace, nil)
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
	pack := lib.Resolve([]language.Tag{de, English}, func(s string) string { return s }, nil)
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
		{"no title", "+++\norder = 1\nupdated = 2026-01-01\n+++\n", "x.md:4: title is missing"},
		{"no date", "+++\ntitle = \"A\"\norder = 1\n+++\n", "x.md:4: updated is missing"},
		{"bad date", "+++\ntitle = \"A\"\norder = 1\nupdated = 2026-13-01\n+++\n", "x.md:4:"},
		{"bad order", "+++\ntitle = \"A\"\norder = -1\nupdated = 2026-01-01\n+++\n", "x.md:3: order"},
		{"unknown key", "+++\ntitle = \"A\"\norder = 1\nupdated = 2026-01-01\nauthor = \"me\"\n+++\n", `x.md:5: unknown key "author"`},
		{"review without reviewer", "+++\ntitle = \"A\"\norder = 1\nupdated = 2026-01-01\nreviewed = 2026-02-01\n+++\n", "x.md:5: reviewed and reviewed_by go together"},
		{"next review before update", "+++\ntitle = \"A\"\norder = 1\nupdated = 2026-01-01\nnext_review = 2025-01-01\n+++\n", "x.md:5: next_review must come after"},
		{"source without year", "+++\ntitle = \"A\"\norder = 1\nupdated = 2026-01-01\n\n[[source]]\ntitle = \"T\"\nbody = \"NICE\"\n+++\n", "x.md:6: a source needs the year"},
		{"source without body", "+++\ntitle = \"A\"\norder = 1\nupdated = 2026-01-01\n[[source]]\ntitle = \"T\"\nyear = 2020\n[[source]]\ntitle = \"U\"\nyear = 2020\n+++\n", "x.md:5: a source needs a title and the body"},
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
	topic, err := ParseTopic([]byte("+++\r\ntitle = \"A\"\r\norder = 2\r\nupdated = 2026-11-25\r\n+++\r\nHello.\r\n"), "a.md")
	if err != nil {
		t.Fatal(err)
	}
	if topic.Title != "A" || topic.Order != 2 || topic.Body != "Hello." || topic.Updated.Format("2006-01-02") != "2026-11-25" || topic.BodyLine != 6 {
		t.Errorf("topic = %+v", topic)
	}
}

func TestProvenance(t *testing.T) {
	topic, err := ParseTopic([]byte(`+++
title = "A"
order = 1
updated = 2026-11-25

[[source]]
title = "Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (NG158)"
body = "NICE"
year = 2020
+++
Text.`), "a.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(topic.Sources) != 1 || topic.Sources[0].Body != "NICE" || topic.Sources[0].Year != 2020 {
		t.Errorf("sources = %+v", topic.Sources)
	}
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	if got := topic.DueBy(); !got.Equal(day("2029-11-25")) {
		t.Errorf("due by %v, want three years after the update", got)
	}
	tests := []struct {
		name string
		p    Provenance
		now  string
		want Status
	}{
		{"never reviewed", Provenance{Updated: day("2026-11-25")}, "2026-12-01", StatusUnreviewed},
		{"reviewed", Provenance{Updated: day("2026-11-25"), Reviewed: day("2026-11-30"), ReviewedBy: "nurse"}, "2026-12-01", StatusReviewed},
		{"changed after review", Provenance{Updated: day("2026-12-25"), Reviewed: day("2026-11-30"), ReviewedBy: "nurse"}, "2027-01-01", StatusChanged},
		{"past next review", Provenance{Updated: day("2026-11-25"), Reviewed: day("2026-11-30"), ReviewedBy: "nurse"}, "2029-11-25", StatusOverdue},
		{"explicit next review", Provenance{Updated: day("2026-11-25"), NextReview: day("2027-06-01")}, "2027-06-02", StatusOverdue},
	}
	for _, tt := range tests {
		if got := tt.p.Status(day(tt.now)); got != tt.want {
			t.Errorf("%s: status %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestProvenanceInheritance: a translation without sources takes English's;
// a variant takes its language's review record, but a translation never
// takes another language's review.
func TestProvenanceInheritance(t *testing.T) {
	en := "+++\ntitle = \"Veins\"\norder = 1\nupdated = 2026-11-25\nreviewed = 2026-11-26\nreviewed_by = \"nurse\"\n[[source]]\ntitle = \"T\"\nbody = \"B\"\nyear = 2022\n+++\nText.\n"
	deText := "+++\ntitle = \"Venen\"\norder = 1\nupdated = 2026-11-25\n+++\nText.\n"
	deReviewed := "+++\ntitle = \"Venen\"\norder = 1\nupdated = 2026-11-25\nreviewed = 2026-11-27\nreviewed_by = \"Pflegefachkraft\"\n+++\nText.\n"
	deCHText := "+++\ntitle = \"Venen (CH)\"\norder = 1\nupdated = 2026-11-28\n+++\nText.\n"
	fsys := fstest.MapFS{
		"c/en/disease/veins.md":    {Data: []byte(en)},
		"c/de/disease/veins.md":    {Data: []byte(deText)},
		"c/de-CH/disease/veins.md": {Data: []byte(deCHText)},
	}
	lib, err := Load(fsys, "c")
	if err != nil {
		t.Fatal(err)
	}
	german, _ := lib.Resolve([]language.Tag{de, English}, nil, nil).Topic(Disease, "veins")
	if len(german.Sources) != 1 || german.Sources[0].Title != "T" {
		t.Errorf("de sources = %+v, want English's", german.Sources)
	}
	if !german.Reviewed.IsZero() {
		t.Errorf("de took English's review record: %v", german.Reviewed)
	}
	fsys["c/de/disease/veins.md"] = &fstest.MapFile{Data: []byte(deReviewed)}
	lib, _ = Load(fsys, "c")
	swiss, _ := lib.Resolve([]language.Tag{deCH, de, English}, nil, nil).Topic(Disease, "veins")
	if swiss.ReviewedBy != "Pflegefachkraft" || swiss.Status(swiss.Updated) != StatusChanged {
		t.Errorf("de-CH review = %q, status %v: want de's review, changed since", swiss.ReviewedBy, swiss.Status(swiss.Updated))
	}
}

func TestFillValues(t *testing.T) {
	v := Values{"Emergency": "999 or 112"}
	if got := v.Fill("Call an ambulance on {{.Emergency}}, not {{ .Other }}."); got != "Call an ambulance on 999 or 112, not {{ .Other }}." {
		t.Errorf("Fill = %q", got)
	}
	if got := PlaceholdersIn("{{.Emergency}} and {{.Emergency}} and {{.X}}"); strings.Join(got, ",") != "Emergency,X" {
		t.Errorf("PlaceholdersIn = %v", got)
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
	pack := lib.Resolve([]language.Tag{de, English}, func(s string) string { return s }, nil)
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
	ger := lib.Resolve([]language.Tag{de, English}, same, nil)
	if got := titles(ger.Section(Disease)); got != "Venen, wie unsere Praxis sie erklärt, Ursachen" {
		t.Errorf("a clinic's topic should replace the built-in one: %s", got)
	}
	if got := titles(ger.Section(Welcome)); got != "Ihre Praxis" {
		t.Errorf("a clinic's own topic should be added: %s", got)
	}
	if len(ger.Glossary()) != 3 {
		t.Errorf("a clinic's term should be added: %d terms", len(ger.Glossary()))
	}
	en := lib.Resolve([]language.Tag{English}, same, nil)
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
