package session

import (
	"testing"

	"golang.org/x/text/language"
)

// TestNorwegianNames: every region and every language the app offers has
// its Norwegian name, not x/text's Danish fallback. The list was checked
// by the Norwegian translator against CLDR's Norwegian data (no.xml, and
// nb.xml for the variants); a region or language added to the app fails
// here until it has its Norwegian name.
func TestNorwegianNames(t *testing.T) {
	regionNames := map[string]string{
		"US": "USA", "CA": "Canada", "GB": "Storbritannia", "IE": "Irland",
		"AU": "Australia", "NZ": "New Zealand", "DE": "Tyskland", "AT": "Østerrike",
		"CH": "Sveits", "FR": "Frankrike", "BE": "Belgia", "NL": "Nederland",
		"LU": "Luxemburg", "ES": "Spania", "IT": "Italia", "PT": "Portugal",
		"BR": "Brasil", "PL": "Polen", "SE": "Sverige", "FI": "Finland",
		"DK": "Danmark", "NO": "Norge",
	}
	languageNames := map[string]string{
		"en": "engelsk", "en-GB": "britisk engelsk", "de": "tysk",
		"de-AT": "østerriksk tysk", "de-CH": "sveitsisk høytysk", "fr": "fransk",
		"fr-CA": "kanadisk fransk", "nl": "nederlandsk", "nl-BE": "flamsk",
		"es": "spansk", "it": "italiensk", "pt-PT": "europeisk portugisisk",
		"pt-BR": "brasiliansk portugisisk", "pl": "polsk", "sv": "svensk",
		"sv-FI": "finlandssvensk", "fi": "finsk", "da": "dansk", "nb": "norsk bokmål",
	}
	c, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	nb := c.Messages.Localizer(language.MustParse("nb"))
	da := c.Messages.Localizer(language.Danish)
	for _, r := range c.Regions.All() {
		want, ok := regionNames[r.Code]
		if !ok {
			t.Errorf("region %s has no checked Norwegian name", r.Code)
			continue
		}
		if got := nb.RegionName(r.Code); got != want {
			t.Errorf("%s in Norwegian = %q, want %q (Danish says %q)", r.Code, got, want, da.RegionName(r.Code))
		}
		for _, tag := range r.Languages {
			want, ok := languageNames[tag.String()]
			if !ok {
				t.Errorf("language %s has no checked Norwegian name", tag)
				continue
			}
			if got := nb.LanguageName(tag); got != want {
				t.Errorf("%s in Norwegian = %q, want %q", tag, got, want)
			}
		}
	}
	// and Danish keeps its own names
	if got := da.RegionName("AT"); got != "Østrig" {
		t.Errorf("Austria in Danish = %q, want Østrig", got)
	}
}
