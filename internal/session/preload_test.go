package session

import (
	"bytes"
	"log"
	"slices"
	"testing"

	"golang.org/x/text/language"

	"veininfo/assets"
	"veininfo/internal/content"
	"veininfo/internal/l10n"
	"veininfo/locales"
)

// TestPreload: the session offers from the quick scan what it would offer
// from a full read, starts in a language without reading the others, and
// Preload reads the rest without finding anything amiss.
func TestPreload(t *testing.T) {
	lazy, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	msgs, err := l10n.Load(locales.FS)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := content.Load(assets.FS, assets.ContentDir)
	if err != nil {
		t.Fatal(err)
	}
	full := New(Catalogues{Regions: lazy.Regions, Messages: msgs, Content: lib}, nil)

	var logged bytes.Buffer
	was := log.Writer()
	log.SetOutput(&logged)
	defer log.SetOutput(was)
	s := New(lazy, nil)
	if err := s.Start(Choice{Region: "BE"}, language.Und); err != nil {
		t.Fatal(err)
	}
	if got, want := tagLists(s), tagLists(full); !slices.Equal(got, want) {
		t.Errorf("offered from the scan %v, from a full read %v", got, want)
	}
	if s.Localizer().T("TabWelcome") != full.LocalizerFor(language.MustParse("nl-BE")).T("TabWelcome") {
		t.Error("Belgium does not start in Flemish")
	}
	for n := 0; s.Preload(); n++ {
		if n > 100 {
			t.Fatal("Preload never ends")
		}
	}
	if logged.Len() > 0 {
		t.Errorf("logged: %s", logged.String())
	}
	if more, _ := lazy.LoadNext(); more {
		t.Error("languages left after Preload")
	}
}

func tagLists(s *Session) []string {
	var lists []string
	for _, r := range s.Regions() {
		lists = append(lists, r.Code+": "+tagList(r.Languages))
	}
	return lists
}
