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
	c, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Regions()) != len(c.Regions.All()) {
		t.Fatalf("offered %d regions of %d: a language is incomplete", len(s.Regions()), len(c.Regions.All()))
	}
	for i, r := range s.Regions() {
		if want := tagList(c.Regions.All()[i].Languages); tagList(r.Languages) != want {
			t.Errorf("%s offers %s, want %s", r.Code, tagList(r.Languages), want)
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
		{name: "saved beats locale", saved: Choice{"AT", "de-AT"}, locale: "en-GB", region: "AT", lang: "de-AT"},
		{name: "saved language from before its variant", saved: Choice{"AT", "de"}, locale: "en-GB", region: "AT", lang: "de-AT"},
		{name: "bad saved is passed over", saved: Choice{"XX", "de"}, locale: "en-GB", region: "GB", lang: "en-GB"},
		{name: "flags beat saved", flags: Choice{"GB", ""}, saved: Choice{"AT", "de"}, region: "GB", lang: "en-GB"},
		{name: "language flag keeps saved region", flags: Choice{"", "de"}, saved: Choice{"AT", "de-AT"}, region: "AT", lang: "de-AT"},
		{name: "a region's own variant", flags: Choice{"CA", "fr"}, region: "CA", lang: "fr-CA"},
		{name: "language flag picks a region", flags: Choice{"", "de-CH"}, region: "CH", lang: "de-CH"},
		{name: "unknown region", flags: Choice{"XX", ""}, wantErr: `unknown region "XX": choose one of US, CA, GB, IE, AU, NZ, DE, AT, CH, FR, BE, NL, LU, ES, IT, PT, BR, PL, SE, FI, DK, NO`},
		{name: "unknown language", flags: Choice{"", "ja"}, wantErr: `unknown language "ja": choose one of en, fr-CA, en-GB, de, de-AT, de-CH, fr, it, nl-BE, nl, es, pt-PT, pt-BR, pl, sv, fi, sv-FI, da, nb`},
		{name: "language flag picks the first region offering it", flags: Choice{"", "fr"}, region: "CH", lang: "fr"},
		{name: "Swiss French", flags: Choice{"CH", "fr"}, region: "CH", lang: "fr"},
		{name: "locale fr-BE", locale: "fr-BE", region: "BE", lang: "fr"},
		{name: "locale sv-FI", locale: "sv-FI", region: "FI", lang: "sv-FI"},
		{name: "locale de-AT", locale: "de-AT", region: "AT", lang: "de-AT"},
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
	if err := s.SetRegion("AT"); err != nil || s.Language().String() != "de-AT" || s.Localizer().T("MonthJanuary") != "Jänner" {
		t.Errorf("DE -> AT should switch to Austrian German: %v %s", err, s.Language())
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

// TestSwitchingBackReusesThePack: a region switched back to shows its own
// emergency number again, from the pack resolved before (a kiosk going
// back and forth does not respell every text each time), while a region
// of the same language with another number gets its own.
func TestSwitchingBackReusesThePack(t *testing.T) {
	s := newSession(t, nil)
	symptoms := func() string {
		t.Helper()
		topic, ok := s.Pack().Topic(content.Disease, "symptoms")
		if !ok {
			t.Fatal("no symptoms topic")
		}
		return topic.Body
	}
	numbers := map[string]string{"GB": "Call 999", "AU": "Call 000", "NZ": "Call 111"}
	packs := map[string]*content.Pack{}
	for _, region := range []string{"GB", "AU", "NZ", "GB", "AU", "NZ"} {
		if err := s.SetRegion(region); err != nil {
			t.Fatal(err)
		}
		if body := symptoms(); !strings.Contains(body, numbers[region]) {
			t.Errorf("%s: the symptoms topic does not say %q", region, numbers[region])
		}
		if first, ok := packs[region]; !ok {
			packs[region] = s.Pack()
		} else if first != s.Pack() {
			t.Errorf("%s: switching back resolved its pack again", region)
		}
	}
	if packs["GB"] == packs["AU"] {
		t.Error("GB and AU share a pack although their emergency numbers differ")
	}
}
