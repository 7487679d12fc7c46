package l10n

import (
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"golang.org/x/text/language"

	"veininfo/locales"
)

// TestScanAgreesWithFullRead: the quick scan that Open counts complete
// languages by finds what a full read finds, in every locale: otherwise the
// app would offer a language from the scan that it then cannot show.
func TestScanAgreesWithFullRead(t *testing.T) {
	full, err := Load(locales.FS)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(locales.FS, "*.toml")
	for _, name := range names {
		tag, _ := fileTag(name)
		data, _ := fs.ReadFile(locales.FS, name)
		ids, ok := scanMessageIDs(data)
		if !ok {
			t.Errorf("%s: the quick scan gave up; keep the file to plain keys and [ID] tables, or the app reads it in full at start", name)
			continue
		}
		if want := full.IDs(tag); !slices.Equal(slices.Sorted(maps.Keys(ids)), want) {
			t.Errorf("%s: the scan finds %d IDs, a full read %d", name, len(ids), len(want))
		}
	}
}

func TestScanMessageIDs(t *testing.T) {
	for _, c := range []struct {
		doc string
		ids []string // nil: the scan gives up
	}{
		{"A = \"a\"\n[B]\ndescription = \"d\"\nother = \"b\"\n[C]\none = \"c\"\nother = \"cs\"\n", []string{"A", "B", "C"}},
		{"[A]\nother = \"a\"\n[A.B]\nother = \"b\"\n", nil}, // nested
		{"[A]\nfoo = \"a\"\n", nil},               // nested messages
		{"[A]\nid = \"B\"\nother = \"a\"\n", nil}, // the id key renames it
		{"[A]\n", nil},                            // no message
		{"other = \"a\"\n", nil},                  // the file is a message
		{"ID = \"a\"\n", nil},
		{"A = 1\n", nil},
		{"A = \"a\"\n[A]\nother = \"b\"\n", nil},
		{"[[A]]\nother = \"a\"\n", nil},
	} {
		ids, ok := scanMessageIDs([]byte(c.doc))
		if got := slices.Sorted(maps.Keys(ids)); ok != (c.ids != nil) || !slices.Equal(got, c.ids) {
			t.Errorf("%q: %v %v, want %v", c.doc, got, ok, c.ids)
		}
	}
}

// TestOpenReadsAsLoadDoes: a catalog opened lazily answers as one read in
// full, before and after it reads the rest.
func TestOpenReadsAsLoadDoes(t *testing.T) {
	full, err := Load(locales.FS)
	if err != nil {
		t.Fatal(err)
	}
	lazy, err := Open(locales.FS)
	if err != nil {
		t.Fatal(err)
	}
	tags := full.Tags()
	for _, tag := range tags {
		if got, want := lazy.Missing(tag), full.Missing(tag); !slices.Equal(got, want) {
			t.Errorf("%s: missing %v before reading it, want %v", tag, got, want)
		}
	}
	lazy.mu.Lock()
	read := len(lazy.langs)
	lazy.mu.Unlock()
	if read != 1 {
		t.Errorf("counting what is missing read %d files, want English alone", read)
	}
	for more := true; more; {
		if more, err = lazy.LoadNext(); err != nil {
			t.Fatal(err)
		}
	}
	if got := lazy.Tags(); !slices.Equal(got, tags) {
		t.Errorf("tags %v, want %v", got, tags)
	}
	for _, tag := range tags {
		if !slices.Equal(lazy.IDs(tag), full.IDs(tag)) || !slices.Equal(lazy.Missing(tag), full.Missing(tag)) ||
			lazy.File(tag) != full.File(tag) || lazy.Localizer(tag).T("AppName") != full.Localizer(tag).T("AppName") {
			t.Errorf("%s reads differently", tag)
		}
	}
}

// TestOpenBrokenFiles: the files Open does not need at once are reported
// when LoadNext reads them, and left out as Load leaves them out.
func TestOpenBrokenFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"en.toml":          {Data: []byte("Hello = \"Hello\"\n")},
		"de.toml":          {Data: []byte("Hello = \"Hallo\"\nBroken = \"no end\n")},
		"xx_bad.toml":      {Data: []byte("Hello = \"x\"\n")},
		"spelling/fr.toml": {Data: []byte("[words]\nx = 1\n")},
	}
	c, err := Open(fsys)
	if err == nil || fmt.Sprint(err) != "xx_bad.toml: file name is not a language tag" {
		t.Errorf("Open: %v", err)
	}
	var errs []error
	for more := true; more; {
		more, err = c.LoadNext()
		errs = append(errs, err)
	}
	for _, want := range []string{"de.toml:2:", "spelling/fr.toml"} {
		if !slices.ContainsFunc(errs, func(e error) bool { return e != nil && strings.Contains(e.Error(), want) }) {
			t.Errorf("LoadNext gave %v, nothing about %s", errs, want)
		}
	}
	if got := c.Localizer(language.German).T("Hello"); got != "Hello" {
		t.Errorf("with de.toml broken, de should fall back to English, got %q", got)
	}
}

// TestOpenIsSafeForConcurrentUse: languages read on demand on several
// goroutines while LoadNext reads the rest (run with -race).
func TestOpenIsSafeForConcurrentUse(t *testing.T) {
	c, err := Open(locales.FS)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		for more := true; more; more, _ = c.LoadNext() {
		}
	})
	for _, tag := range []string{"de-CH", "fr-CA", "nl-BE", "sv-FI"} {
		wg.Go(func() {
			tag := language.MustParse(tag)
			loc := c.Localizer(tag)
			if loc.T("AppName") == "" || len(c.Missing(tag)) > 0 || c.Spelling(tag) == nil {
				t.Errorf("%s: incomplete while loading", tag)
			}
		})
	}
	wg.Wait()
}
