package l10n

import "golang.org/x/text/language"

// golang.org/x/text has no Norwegian Bokmål display names and falls back
// to Danish: a Norwegian reader would see "Frankrig", "Østrig", "Holland",
// "schweizerhøjtysk". These are the Norwegian names of the regions and
// languages the app offers, from CLDR's Norwegian data (common/main/no.xml
// for the regions and languages; nb.xml for the variants that no.xml
// leaves to a pattern), checked by the Norwegian translator. A region or
// language the app adds later falls back to x/text, and the test that
// lists every name in Norwegian fails until it is added here.

var nbRegions = map[string]string{
	"US": "USA", "CA": "Canada", "GB": "Storbritannia", "IE": "Irland",
	"AU": "Australia", "NZ": "New Zealand", "DE": "Tyskland", "AT": "Østerrike",
	"CH": "Sveits", "FR": "Frankrike", "BE": "Belgia", "NL": "Nederland",
	"LU": "Luxemburg", "ES": "Spania", "IT": "Italia", "PT": "Portugal",
	"BR": "Brasil", "PL": "Polen", "SE": "Sverige", "FI": "Finland",
	"DK": "Danmark", "NO": "Norge",
}

// nbLanguages are written as in running text, in lower case; a menu
// capitalises the first letter.
var nbLanguages = map[string]string{
	"en": "engelsk", "en-GB": "britisk engelsk", "de": "tysk",
	"de-AT": "østerriksk tysk", "de-CH": "sveitsisk høytysk", "fr": "fransk",
	"fr-CA": "kanadisk fransk", "nl": "nederlandsk", "nl-BE": "flamsk",
	"es": "spansk", "it": "italiensk", "pt-PT": "europeisk portugisisk",
	"pt-BR": "brasiliansk portugisisk", "pl": "polsk", "sv": "svensk",
	"sv-FI": "finlandssvensk", "fi": "finsk", "da": "dansk", "nb": "norsk bokmål",
}

// isNorwegian reports whether tag is written in Norwegian.
func isNorwegian(tag language.Tag) bool {
	base, _ := tag.Base()
	switch base.String() {
	case "nb", "no", "nn":
		return true
	}
	return false
}
