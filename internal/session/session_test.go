package session

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"veininfo/internal/content"
)

func newSession(t *testing.T, store Store) *Session {
	t.Helper()
	c, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	return New(c, store)
}

func TestEveryRegionIsOfferedInItsLanguages(t *testing.T) {
	s := newSession(t, &MemoryStore{})
	want := map[string]string{"US": "en", "GB": "en-GB", "DE": "de", "AT": "de", "CH": "de-CH"}
	if len(s.Regions()) != len(want) {
		t.Fatalf("offered %d regions, want %d: a language is incomplete", len(s.Regions()), len(want))
	}
	for _, r := range s.Regions() {
		if got := tagList(r.Languages); got != want[r.Code] {
			t.Errorf("%s offers %s, want %s", r.Code, got, want[r.Code])
		}
	}
}

func TestStart(t *testing.T) {
	tests := []struct {
		name         string
		flags        Choice
		saved        Choice
		locale       string
		region, lang string
		wantErr      string
	}{
		{name: "nothing", region: "US", lang: "en"},
		{name: "locale", locale: "de-CH", region: "CH", lang: "de-CH"},
		{name: "locale without region", locale: "de", region: "DE", lang: "de"},
		{name: "unmatched locale", locale: "ja-JP", region: "US", lang: "en"},
		{name: "saved beats locale", saved: Choice{"AT", "de"}, locale: "en-GB", region: "AT", lang: "de"},
		{name: "bad saved is passed over", saved: Choice{"XX", "de"}, locale: "en-GB", region: "GB", lang: "en-GB"},
		{name: "flags beat saved", flags: Choice{"GB", ""}, saved: Choice{"AT", "de"}, region: "GB", lang: "en-GB"},
		{name: "language flag keeps saved region", flags: Choice{"", "de"}, saved: Choice{"AT", "de"}, region: "AT", lang: "de"},
		{name: "language flag picks a region", flags: Choice{"", "de-CH"}, region: "CH", lang: "de-CH"},
		{name: "unknown region", flags: Choice{"XX", ""}, wantErr: `unknown region "XX": choose one of US, GB, DE, AT, CH`},
		{name: "unknown language", flags: Choice{"", "fr"}, wantErr: `unknown language "fr": choose one of en, en-GB, de, de-CH`},
		{name: "language not in region", flags: Choice{"US", "de"}, wantErr: "region US does not offer language de: choose one of en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t, &MemoryStore{tt.saved})
			locale := language.Und
			if tt.locale != "" {
				locale = language.MustParse(tt.locale)
			}
			err := s.Start(tt.flags, locale)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.Region().Code != tt.region || s.Language().String() != tt.lang {
				t.Errorf("started in %s/%s, want %s/%s", s.Region().Code, s.Language(), tt.region, tt.lang)
			}
		})
	}
}

func TestSwitchingRegionAndLanguage(t *testing.T) {
	store := &MemoryStore{}
	s := newSession(t, store)
	if err := s.SetRegion("DE"); err != nil {
		t.Fatal(err)
	}
	if s.Language() != language.German || s.Localizer().T("TabGlossary") != "Glossar" {
		t.Errorf("after switching to DE: %s, %q", s.Language(), s.Localizer().T("TabGlossary"))
	}
	if store.Region() != "DE" || store.Language() != "de" {
		t.Errorf("switch not remembered: %+v", store)
	}
	if err := s.SetRegion("AT"); err != nil || s.Language() != language.German {
		t.Errorf("DE -> AT should keep German: %v %s", err, s.Language())
	}
	if err := s.SetRegion("CH"); err != nil {
		t.Fatal(err)
	}
	for _, topic := range s.Pack().Section(content.Disease) {
		if strings.Contains(topic.Body, "ß") {
			t.Errorf("Swiss text of %s still has ß", topic.ID)
		}
	}
	welcome := s.Pack().Section(content.Welcome)[0].Body
	if !strings.Contains(welcome, "Gesundheitsfachperson") {
		t.Error("Swiss text should use Swiss wording (Gesundheitsfachperson) from spelling/de-CH.toml")
	}
	if err := s.SetLanguage(language.English); err == nil {
		t.Error("CH does not offer English; SetLanguage should refuse")
	}
	if err := s.SetRegion("XX"); err == nil || s.Region().Code != "CH" {
		t.Errorf("unknown region: err %v, region now %s", err, s.Region().Code)
	}
	if got := len(s.Products()); got != 3 {
		t.Errorf("CH shows %d products, want 3", got)
	}
}
