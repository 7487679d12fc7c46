package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzParseTopic: any bytes give a topic or an error naming the file, never
// a panic, and a parsed topic has what the app needs to show it.
func FuzzParseTopic(f *testing.F) {
	f.Add([]byte("+++\ntitle = \"A\"\norder = 1\nupdated = 2026-11-25\n+++\nText with **bold**.\n"))
	f.Add([]byte("+++\r\ntitle = \"A\"\r\norder = 2\r\nupdated = 2026-11-25\r\n+++\r\n"))
	f.Add([]byte("+++\ntitle = \"\"\n+++\n"))
	f.Add([]byte("+++\n+++"))
	f.Add([]byte("no front matter"))
	f.Fuzz(func(t *testing.T, data []byte) {
		topic, err := ParseTopic(data, "f.md")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.md:") {
				t.Errorf("error %q does not name the file and line", err)
			}
			return
		}
		if strings.TrimSpace(topic.Title) == "" || topic.Order < 0 || topic.Updated.IsZero() || topic.BodyLine < 4 {
			t.Errorf("accepted an unusable topic: %+v", topic)
		}
	})
}

// FuzzParseGlossary: any bytes give terms with id, term and definition, or
// an error naming the file.
func FuzzParseGlossary(f *testing.F) {
	f.Add([]byte("[[term]]\nid = \"vein\"\nterm = \"Vein\"\ndefinition = \"A tube.\"\n"))
	f.Add([]byte("[[term]]\nid = \"a\"\n[[term]]\nid = \"a\"\nterm = \"A\"\ndefinition = \"x\"\n"))
	f.Add([]byte("[term]\nid = 1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		terms, err := ParseGlossary(data, "g.toml")
		if err != nil && !strings.HasPrefix(err.Error(), "g.toml") {
			t.Errorf("error %q does not name the file", err)
		}
		seen := map[string]bool{}
		for _, term := range terms {
			if term.ID == "" || term.Term == "" || term.Definition == "" || seen[term.ID] {
				t.Errorf("accepted an unusable term: %+v", term)
			}
			seen[term.ID] = true
		}
	})
}

// FuzzLoadClinicPack: a pack of any topic, glossary and folder names loads
// or reports, and what loads resolves without a panic.
func FuzzLoadClinicPack(f *testing.F) {
	f.Add("de", "welcome/clinic.md", []byte("+++\ntitle = \"Praxis\"\norder = 1\nupdated = 2026-11-25\n+++\nMo-Fr.\n"), []byte("[[term]]\nid = \"x\"\nterm = \"X\"\ndefinition = \"Y\"\n"))
	f.Add("xx-!!", "disease/a.md", []byte("+++\n"), []byte("[[term]"))
	f.Add("en", "products/p.md", []byte(""), []byte(""))
	f.Fuzz(func(t *testing.T, lang, name string, topic, glossary []byte) {
		fsys := fstest.MapFS{
			"c/" + lang + "/" + name:         {Data: topic},
			"c/" + lang + "/" + GlossaryFile: {Data: glossary},
		}
		lib, err := LoadClinicPack(fsys, "c")
		if lib == nil {
			t.Fatalf("no library (err %v)", err)
		}
		base, _ := Load(fixture(), "c")
		base.Overlay(lib)
		for _, tag := range lib.Languages() {
			pack := base.Resolve(append(lib.Languages(), tag, English), func(s string) string { return s }, nil)
			for _, s := range Sections {
				for _, tp := range pack.Section(s) {
					if tp.Title == "" {
						t.Errorf("a topic without a title is shown: %+v", tp)
					}
				}
			}
		}
	})
}
