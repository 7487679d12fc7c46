package l10n

import (
	"fmt"
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

// TestEveryMonthOnTheFirst: the long date of the first of every month in
// every language, as CLDR writes it (shared/TERMS.md §4 gives the pattern):
// French writes "1er", Polish and Finnish use the month's case forms,
// Austrian German says Jänner. Beyond CLDR, Italian writes the first as
// "1º" (the Accademia della Crusca's usage, the Italian translator's
// choice) and Brazilian Portuguese as "1º de janeiro" (the Manual de
// Redação da Presidência da República).
func TestEveryMonthOnTheFirst(t *testing.T) {
	c := embedded(t)
	months := map[string]string{
		"en":    "January February March April May June July August September October November December",
		"de":    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
		"de-AT": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
		"fr":    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"it":    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"es":    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"nl":    "januari februari maart april mei juni juli augustus september oktober november december",
		"pt":    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"pl":    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
		"sv":    "januari februari mars april maj juni juli augusti september oktober november december",
		"fi":    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
		"da":    "januar februar marts april maj juni juli august september oktober november december",
		"nb":    "januar februar mars april mai juni juli august september oktober november desember",
	}
	pattern := map[string]struct{ lang, format string }{
		"en":    {"en", "%[2]s 1, 2026"},
		"en-GB": {"en", "1 %[2]s 2026"},
		"de":    {"de", "1. %[2]s 2026"},
		"de-CH": {"de", "1. %[2]s 2026"},
		"de-AT": {"de-AT", "1. %[2]s 2026"},
		"fr":    {"fr", "1er %[2]s 2026"},
		"fr-CA": {"fr", "1er %[2]s 2026"},
		"it":    {"it", "1º %[2]s 2026"},
		"es":    {"es", "1 de %[2]s de 2026"},
		"nl":    {"nl", "1 %[2]s 2026"},
		"nl-BE": {"nl", "1 %[2]s 2026"},
		"pt-PT": {"pt", "1 de %[2]s de 2026"},
		"pt-BR": {"pt", "1º de %[2]s de 2026"},
		"pl":    {"pl", "1 %[2]s 2026"},
		"sv":    {"sv", "1 %[2]s 2026"},
		"sv-FI": {"sv", "1 %[2]s 2026"},
		"fi":    {"fi", "1. %[2]s 2026"},
		"da":    {"da", "1. %[2]s 2026"},
		"nb":    {"nb", "1. %[2]s 2026"},
	}
	for tag, p := range pattern {
		loc := c.Localizer(language.MustParse(tag))
		for i, month := range strings.Fields(months[p.lang]) {
			date := time.Date(2026, time.Month(i+1), 1, 0, 0, 0, 0, time.UTC)
			if got, want := loc.LongDate(date), fmt.Sprintf(p.format, 0, month); got != want {
				t.Errorf("%s: %s = %q, want %q", tag, date.Format("2006-01-02"), got, want)
			}
		}
		// and a day that is not the first keeps its plain number
		if got := loc.LongDate(time.Date(2026, time.December, 11, 0, 0, 0, 0, time.UTC)); strings.Contains(got, "1er") || !strings.Contains(got, "11") {
			t.Errorf("%s: 11 December = %q", tag, got)
		}
	}
}

// TestSpellingLeavesValuesAlone: a variant's rules respell the message,
// not what goes into it: a config path or a clinic's name stays as
// written, while the message's own ß becomes ss.
func TestSpellingLeavesValuesAlone(t *testing.T) {
	c := embedded(t)
	loc := c.Localizer(deCH)
	got := loc.Format("AdminConfigFile", map[string]any{"Path": "/home/groß/Pflegekraft/config.toml"})
	if !strings.Contains(got, "/home/groß/Pflegekraft/config.toml") {
		t.Errorf("the path was respelled: %q", got)
	}
	// the rules still reach the message itself
	if got := loc.T("A11yLargerText"); got != "Grössere Schrift" {
		t.Errorf("Larger text in de-CH = %q, want Grössere Schrift", got)
	}
	if got := loc.Format("RegionDialogIntro", map[string]any{"Region": "GROẞBRITANNIEN"}); !strings.Contains(got, "GROẞBRITANNIEN") {
		t.Errorf("a value was respelled: %q", got)
	}
	if s := NewSpelling(nil, map[string]string{"ẞ": "SS"}); s.Apply("GROẞ") != "GROSS" {
		t.Error("capital ẞ should become SS")
	}
}
