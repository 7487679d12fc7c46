package content

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"golang.org/x/text/language"

	"veininfo/assets"
)

// TestScanAgreesWithFullRead: the quick scan that Open counts complete
// languages by finds what a full read finds, in every language: otherwise
// the app would offer a language from the scan that it then cannot show.
func TestScanAgreesWithFullRead(t *testing.T) {
	full, err := Load(assets.FS, assets.ContentDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range full.Languages() {
		h, ok := scanHoldings(assets.FS, full.dirs[tag])
		if !ok {
			t.Errorf("%s: the quick scan gave up; keep its TOML files to one-line values, or the app reads it in full at start", full.dirs[tag])
			continue
		}
		want := full.lang(tag).holdings()
		for _, kind := range []struct {
			name      string
			got, want map[string]bool
		}{
			{"topics", h.topics, want.topics}, {"terms", h.terms, want.terms},
			{"tiles", h.tiles, want.tiles}, {"figures", h.figures, want.figures},
		} {
			if !maps.Equal(kind.got, kind.want) {
				t.Errorf("%s %s: scan %v, full read %v", tag, kind.name, slices.Sorted(maps.Keys(kind.got)), slices.Sorted(maps.Keys(kind.want)))
			}
		}
	}
}

func TestScanHoldings(t *testing.T) {
	fsys := fstest.MapFS{
		"c/en/disease/veins.md": topicFile("Veins", 1),
		"c/en/glossary.toml": {Data: []byte("[[term]]\nid = \"vein\"\nterm = \"Vein\"\ndefinition = \"A tube.\"\nforms = [\"veins\"]\n" +
			"[[term]]\nid = \"nodef\"\nterm = \"No definition\"\ndefinition = \"\"\n")},
		"c/en/start.toml":    {Data: []byte("[[tile]]\nid = \"a\"\ntext = \"A\"\norder = 1\npath = [\"disease/veins\"]\n[[tile]]\nid = \"b\"\ntext = \" \"\n")},
		"c/en/figures.toml":  {Data: []byte("[leg]\ncaption = \"Legs\"\nlegend = \"1 = vein\"\n[blank]\ncaption = \"\"\n")},
		"c/de/glossary.toml": {Data: []byte("[[term]]\nid = \"vein\"\nterm = \"Vene\"\ndefinition = \"\"\"\nEin Rohr.\n\"\"\"\n")},
		"c/fr/glossary.toml": {Data: []byte("[[term]]\nid = \"vein\"\nspelling = \"x\"\n")},
	}
	h, ok := scanHoldings(fsys, "c/en")
	if !ok {
		t.Fatal("the scan of c/en gave up")
	}
	for _, c := range []struct {
		got  map[string]bool
		want []string
	}{{h.topics, []string{"disease/veins"}}, {h.terms, []string{"vein"}}, {h.tiles, []string{"a"}}, {h.figures, []string{"leg"}}} {
		if got := slices.Sorted(maps.Keys(c.got)); !slices.Equal(got, c.want) {
			t.Errorf("got %v, want %v", got, c.want)
		}
	}
	for _, dir := range []string{"c/de", "c/fr"} { // a multi-line string; an unknown key
		if _, ok := scanHoldings(fsys, dir); ok {
			t.Errorf("%s: the scan should give up", dir)
		}
	}
	// Where the scan gives up, Open reads the language in full to count it.
	lib, err := Open(fsys, "c")
	if err == nil || !strings.Contains(err.Error(), "c/en/glossary.toml:6") {
		t.Errorf("Open: %v, want English's errors", err)
	}
	if got := lib.Missing(de); !slices.Equal(got, []string{"disease/veins", "figures/leg", "start/a"}) {
		t.Errorf("de missing %v", got)
	}
}

// TestOpenReadsAsLoadDoes: a library opened lazily answers as one read in
// full, before and after it reads the rest.
func TestOpenReadsAsLoadDoes(t *testing.T) {
	full, err := Load(assets.FS, assets.ContentDir)
	if err != nil {
		t.Fatal(err)
	}
	lazy, err := Open(assets.FS, assets.ContentDir)
	if err != nil {
		t.Fatal(err)
	}
	tags := full.Languages()
	for _, tag := range tags {
		base, _ := tag.Base()
		if got, want := lazy.Missing(tag, language.Make(base.String())), full.Missing(tag, language.Make(base.String())); !slices.Equal(got, want) {
			t.Errorf("%s: missing %v before reading it, want %v", tag, got, want)
		}
	}
	lazy.mu.Lock()
	read := len(lazy.langs)
	lazy.mu.Unlock()
	if read != 1 {
		t.Errorf("counting what is missing read %d languages, want English alone", read)
	}
	for more := true; more; {
		if more, err = lazy.LoadNext(); err != nil {
			t.Fatal(err)
		}
	}
	if got := lazy.Languages(); !slices.Equal(got, tags) {
		t.Errorf("languages %v, want %v", got, tags)
	}
	for _, tag := range tags {
		if !slices.Equal(lazy.Extra(tag), full.Extra(tag)) || len(lazy.Topics(tag)) != len(full.Topics(tag)) ||
			lazy.TermCount(tag) != full.TermCount(tag) {
			t.Errorf("%s reads differently", tag)
		}
	}
}

// TestOpenBrokenLanguage: a language Open does not need at once is
// reported when LoadNext reads it.
func TestOpenBrokenLanguage(t *testing.T) {
	fsys := fixture()
	fsys["c/de/glossary.toml"] = &fstest.MapFile{Data: []byte("[[term]]\nid = \"vein\"\nterm = \"Vene\n")}
	lib, err := Open(fsys, "c")
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	var all []string
	for more := true; more; {
		more, err = lib.LoadNext()
		if err != nil {
			all = append(all, err.Error())
		}
	}
	if !strings.Contains(strings.Join(all, "\n"), "c/de/glossary.toml:3") {
		t.Errorf("LoadNext gave %q, nothing about c/de/glossary.toml:3", all)
	}
}

// TestOpenIsSafeForConcurrentUse: languages read on demand on several
// goroutines while LoadNext reads the rest (run with -race).
func TestOpenIsSafeForConcurrentUse(t *testing.T) {
	lib, err := Open(assets.FS, assets.ContentDir)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		for more := true; more; more, _ = lib.LoadNext() {
		}
	})
	for _, tag := range []string{"de", "fr", "nl", "sv"} {
		wg.Go(func() {
			tag := language.MustParse(tag)
			pack := lib.Resolve([]language.Tag{tag, English}, nil, nil)
			if len(pack.Glossary()) == 0 || len(lib.Missing(tag)) > 0 {
				t.Errorf("%s: incomplete while loading", tag)
			}
		})
	}
	wg.Wait()
}
