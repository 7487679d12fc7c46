package l10n

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/text/language"

	"veininfo/locales"
)

func embedded(t *testing.T) *Catalog {
	t.Helper()
	c, err := Load(locales.FS)
	if err != nil {
		t.Fatalf("embedded locales: %v", err)
	}
	return c
}

var (
	de   = language.German
	deCH = language.MustParse("de-CH")
	enGB = language.BritishEnglish
)

func TestEveryLanguageMatchesEnglish(t *testing.T) {
	c := embedded(t)
	for _, tag := range c.Tags() {
		if missing := c.Missing(tag); len(missing) > 0 {
			t.Errorf("%s lacks %d messages English has: %v", c.File(tag), len(missing), missing)
		}
		if extra := c.Extra(tag); len(extra) > 0 {
			t.Errorf("%s has messages English lacks: %v", c.File(tag), extra)
		}
	}
	if !slices.Contains(c.Tags(), deCH) || !slices.Contains(c.Tags(), enGB) {
		t.Errorf("tags %v lack a regional variant", c.Tags())
	}
}

func TestChain(t *testing.T) {
	c := embedded(t)
	tests := map[string]string{
		"de-CH": "de-CH de en",
		"en-GB": "en-GB en",
		"de":    "de en",
		"en":    "en",
		"de-AT": "de-AT de en",
		"fr-CA": "fr-CA fr en",
		"de-LU": "de en",
		"pt-PT": "pt-PT en",
		"ja":    "en",
	}
	for tag, want := range tests {
		var got []string
		for _, t := range c.Chain(language.MustParse(tag)) {
			got = append(got, t.String())
		}
		if strings.Join(got, " ") != want {
			t.Errorf("Chain(%s) = %v, want %s", tag, got, want)
		}
	}
}

func TestFallbackAndSpelling(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		tag      language.Tag
		id, want string
	}{
		{language.English, "TabTreatment", "Treatment options"},
		{de, "TabTreatment", "Behandlung"},
		{deCH, "TabTreatment", "Behandlung"},                   // from de
		{enGB, "TabTreatment", "Treatment options"},            // from en
		{enGB, "TopicUpdated", "Page last updated: {{.Date}}"}, // en-GB's own, unfilled
	}
	for _, tt := range tests {
		got := c.Localizer(tt.tag).T(tt.id)
		if tt.id == "TopicUpdated" {
			got = c.Localizer(tt.tag).Format(tt.id, map[string]any{"Date": "{{.Date}}"})
		}
		if got != tt.want {
			t.Errorf("%s %s = %q, want %q", tt.tag, tt.id, got, tt.want)
		}
	}
	if got := c.Localizer(deCH).T("GlossaryChoose"); strings.Contains(got, "ß") || !strings.Contains(got, "Wählen") {
		t.Errorf("de-CH text %q should come from de, respelled without ß", got)
	}
}

func TestMissingMessageNeverShowsItsID(t *testing.T) {
	c := embedded(t)
	if got := c.Localizer(de).T("NoSuchMessage"); got != "" {
		t.Errorf("missing message gave %q", got)
	}
}

func TestLongDate(t *testing.T) {
	c := embedded(t)
	date := time.Date(2022, time.March, 21, 0, 0, 0, 0, time.UTC)
	// CLDR long dates, as in shared/TERMS.md §4.
	tests := map[string]string{
		"en":    "March 21, 2022",
		"en-GB": "21 March 2022",
		"de":    "21. März 2022",
		"de-CH": "21. März 2022",
		"fr":    "21 mars 2022",
		"it":    "21 marzo 2022",
		"es":    "21 de marzo de 2022",
		"nl":    "21 maart 2022",
		"pt-PT": "21 de março de 2022",
		"pt-BR": "21 de março de 2022",
		"pl":    "21 marca 2022",
		"sv":    "21 mars 2022",
		"fi":    "21. maaliskuuta 2022",
		"da":    "21. marts 2022",
		"nb":    "21. mars 2022",
	}
	for tag, want := range tests {
		if got := c.Localizer(language.MustParse(tag)).LongDate(date); got != want {
			t.Errorf("LongDate in %s = %q, want %q", tag, got, want)
		}
	}
}

func TestPlural(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		tag   string
		count int
		want  string
	}{
		{"en", 1, "1 term"},
		{"en", 42, "42 terms"},
		{"de", 1, "1 Begriff"},
		{"de-CH", 3, "3 Begriffe"},
		{"pl", 1, "1 "},
		{"pl", 3, "3 "},
		{"pl", 5, "5 "},
		{"pl", 22, "22 "},
		{"pl", 25, "25 "},
	}
	for _, tt := range tests {
		got := c.Localizer(language.MustParse(tt.tag)).Plural("GlossaryCount", tt.count)
		if !strings.HasPrefix(got, tt.want) || strings.Contains(got, "{{") {
			t.Errorf("%s %d = %q, want %q...", tt.tag, tt.count, got, tt.want)
		}
	}
	// Polish has a different word form for one, few (2-4, 22-24) and many
	// (5-21, 25-...): the three must differ and few must repeat for 22.
	pl := c.Localizer(language.Polish)
	word := func(n int) string { return strings.TrimPrefix(pl.Plural("GlossaryCount", n), strconv.Itoa(n)+" ") }
	if word(1) == word(3) || word(3) == word(5) || word(1) == word(5) || word(22) != word(3) || word(25) != word(5) {
		t.Errorf("Polish plural forms: 1 %q, 3 %q, 5 %q, 22 %q, 25 %q", word(1), word(3), word(5), word(22), word(25))
	}
}

func TestNames(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		tag        language.Tag
		region     string
		regionName string
	}{
		{language.English, "DE", "Germany"},
		{de, "CH", "Schweiz"},
		{deCH, "AT", "Österreich"},
		{enGB, "GB", "United Kingdom"},
	}
	for _, tt := range tests {
		if got := c.Localizer(tt.tag).RegionName(tt.region); got != tt.regionName {
			t.Errorf("RegionName(%s) in %s = %q, want %q", tt.region, tt.tag, got, tt.regionName)
		}
	}
	for tag, want := range map[string]string{"de": "Deutsch", "fr": "Français", "nl": "Nederlands", "nb": "Norsk bokmål", "pt-PT": "Português europeu"} {
		if got := SelfName(language.MustParse(tag)); got != want {
			t.Errorf("SelfName(%s) = %q, want %q", tag, got, want)
		}
	}
	if got := c.Localizer(de).LanguageName(language.English); got != "Englisch" {
		t.Errorf("English in German = %q", got)
	}
}

func TestBrokenFilesAreReportedAndSkipped(t *testing.T) {
	fsys := fstest.MapFS{
		"en.toml":          {Data: []byte("Hello = \"Hello\"\n")},
		"de.toml":          {Data: []byte("Hello = \"Hallo\"\nBroken = \"no end\n")},
		"xx_bad.toml":      {Data: []byte("Hello = \"x\"\n")},
		"fr.toml":          {Data: []byte("Hello = \"Bonjour\"\nHello = \"Salut\"\n")},
		"it.toml":          {Data: make([]byte, MaxFileSize+1)},
		"spelling/fr.toml": {Data: []byte("[words]\nx = 1\n")},
	}
	c, err := Load(fsys)
	if err == nil {
		t.Fatal("want errors for the broken files")
	}
	for _, want := range []string{"de.toml:2:", "xx_bad.toml: file name", "spelling/fr.toml", "fr.toml:2:", "it.toml: 1048577 bytes"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if got := c.Localizer(de).T("Hello"); got != "Hello" {
		t.Errorf("with de.toml broken, de should fall back to English, got %q", got)
	}
}

func TestSpelling(t *testing.T) {
	s := NewSpelling(map[string]string{
		"anesthetic":           "anaesthetic",
		"health care provider": "healthcare professional",
		"edema":                "oedema",
	}, map[string]string{"ß": "ss"})
	tests := map[string]string{
		"A local anesthetic numbs it.":      "A local anaesthetic numbs it.",
		"Anesthetic first.":                 "Anaesthetic first.",
		"Ask your health care provider.":    "Ask your healthcare professional.",
		"Swelling (edema), edematous skin.": "Swelling (oedema), edematous skin.",
		"Die Größe des Gefäßes":             "Die Grösse des Gefässes",
		"nothing to change":                 "nothing to change",
	}
	for in, want := range tests {
		if got := s.Apply(in); got != want {
			t.Errorf("Apply(%q) = %q, want %q", in, got, want)
		}
	}
	var none *Spelling
	if got := none.Apply("edema"); got != "edema" {
		t.Errorf("nil spelling changed text: %q", got)
	}
}
