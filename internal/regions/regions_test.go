package regions

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"veininfo/assets"
)

func embedded(t *testing.T) *Catalogue {
	t.Helper()
	c, err := Load(assets.FS, assets.RegionsFile)
	if err != nil {
		t.Fatalf("embedded catalogue: %v", err)
	}
	return c
}

func TestEmbeddedCatalogue(t *testing.T) {
	c := embedded(t)
	want := map[string]string{
		"US": "en", "CA": "en fr-CA", "GB": "en-GB", "IE": "en-GB", "AU": "en-GB", "NZ": "en-GB",
		"DE": "de", "AT": "de-AT", "CH": "de-CH fr it", "FR": "fr", "BE": "nl-BE fr de", "NL": "nl", "LU": "fr de",
		"ES": "es", "IT": "it", "PT": "pt-PT", "BR": "pt-BR", "PL": "pl", "SE": "sv", "FI": "fi sv-FI", "DK": "da", "NO": "nb",
	}
	// Checked against official sources; regions.toml names each one.
	emergency := map[string]string{
		"US": "911", "CA": "911", "GB": "999 112", "IE": "112 999", "AU": "000", "NZ": "111",
		"DE": "112", "AT": "144 112", "CH": "144 112", "FR": "15 112", "BE": "112", "NL": "112", "LU": "112",
		"ES": "112", "IT": "112 118", "PT": "112", "BR": "192", "PL": "112 999", "SE": "112", "FI": "112", "DK": "112", "NO": "113",
	}
	if got := len(c.All()); got != len(want) {
		t.Fatalf("catalogue has %d regions, want %d", got, len(want))
	}
	for code, langs := range want {
		r, ok := c.Lookup(code)
		if !ok {
			t.Errorf("region %s missing", code)
			continue
		}
		var got []string
		for _, l := range r.Languages {
			got = append(got, l.String())
		}
		if strings.Join(got, " ") != langs {
			t.Errorf("%s offers %v, want %s", code, got, langs)
		}
		if len(r.Products) == 0 {
			t.Errorf("%s shows no products", code)
		}
		if got := strings.Join(r.Emergency, " "); got != emergency[code] {
			t.Errorf("%s emergency numbers %q, want %q", code, got, emergency[code])
		}
	}
	if _, ok := c.Lookup("ch"); !ok {
		t.Error("lookup should ignore case")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"syntax", "[[region]]\ncode = \"US\nlanguages = []", "bad.toml:2:"},
		{"unknown key", "[[region]]\ncode = \"US\"\ncontinent = \"europe\"\nlanguages = [\"en\"]\ncolour = 1", `unknown key "region.colour"`},
		{"bad code", "[[region]]\ncode = \"USA\"\nlanguages = [\"en\"]", `code "USA"`},
		{"no language", "[[region]]\ncode = \"US\"\ncontinent = \"europe\"", "US offers no language"},
		{"bad continent", "[[region]]\ncode = \"US\"\ncontinent = \"Europa\"\nlanguages = [\"en\"]", `US: continent "Europa" is not one of`},
		{"bad language", "[[region]]\ncode = \"US\"\ncontinent = \"europe\"\nlanguages = [\"e_n_x\"]", `language "e_n_x"`},
		{"duplicate", "[[region]]\ncode = \"US\"\ncontinent = \"europe\"\nlanguages = [\"en\"]\nemergency = [\"911\"]\n[[region]]\ncode = \"us\"\ncontinent = \"europe\"\nlanguages = [\"en\"]\nemergency = [\"911\"]", "US listed twice"},
		{"no emergency number", "[[region]]\ncode = \"US\"\ncontinent = \"europe\"\nlanguages = [\"en\"]", "US: emergency: give the number"},
		{"bad emergency number", "[[region]]\ncode = \"US\"\ncontinent = \"europe\"\nlanguages = [\"en\"]\nemergency = [\"call 911\"]", `emergency number "call 911"`},
		{"empty", "", "no regions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.data), "bad.toml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want it to contain %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "bad.toml") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestParseKeepsGoodRegions(t *testing.T) {
	c, err := Parse([]byte("[[region]]\ncode = \"XX1\"\nlanguages = [\"en\"]\n[[region]]\ncode = \"DE\"\ncontinent = \"europe\"\nlanguages = [\"de\"]\nemergency = [\"112\"]"), "r.toml")
	if err == nil {
		t.Fatal("want an error for the bad region")
	}
	if _, ok := c.Lookup("DE"); !ok {
		t.Error("a bad region must not drop the good ones")
	}
}

func TestMatch(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		locale           string
		region, language string
		ok               bool
	}{
		{"de-CH", "CH", "de-CH", true},
		{"fr-CH", "CH", "fr", true},
		{"it-CH", "CH", "it", true},
		{"de-AT", "AT", "de-AT", true},
		{"de", "DE", "de", true},
		{"de-LU", "LU", "de", true},
		{"nl-NL", "NL", "nl", true},
		{"sv-SE", "SE", "sv", true},
		{"fr-BE", "BE", "fr", true},
		{"nl-BE", "BE", "nl-BE", true},
		{"de-BE", "BE", "de", true},
		{"en-BE", "BE", "nl-BE", true},
		{"nb-NO", "NO", "nb", true},
		{"nn-NO", "NO", "nb", true},
		{"pt-PT", "PT", "pt-PT", true},
		{"pt-BR", "BR", "pt-BR", true},
		{"pt", "BR", "pt-BR", true},
		{"sv-FI", "FI", "sv-FI", true},
		{"fi-FI", "FI", "fi", true},
		{"fr-CA", "CA", "fr-CA", true},
		{"en-CA", "CA", "en", true},
		{"en-US", "US", "en", true},
		{"en-GB", "GB", "en-GB", true},
		{"en-IN", "GB", "en-GB", true},
		{"en", "US", "en", true},
		{"es-MX", "ES", "es", true},
		{"ja-JP", "", "und", false},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			r, lang, ok := c.Match(language.MustParse(tt.locale))
			if ok != tt.ok || r.Code != tt.region || lang.String() != tt.language {
				t.Errorf("Match(%s) = %s/%s/%v, want %s/%s/%v", tt.locale, r.Code, lang, ok, tt.region, tt.language, tt.ok)
			}
		})
	}
}

func TestByContinent(t *testing.T) {
	c := embedded(t)
	names := map[string]map[string]string{
		"de": {"AT": "Österreich", "NL": "Niederlande", "SE": "Schweden", "NO": "Norwegen", "DE": "Deutschland"},
		"sv": {"AT": "Österrike", "NL": "Nederländerna", "SE": "Sverige", "NO": "Norge", "DE": "Tyskland"},
		// Norwegian and Danish: Æ Ø Å after Z (x/text's own Norwegian
		// rules would put Østerrike among the O names)
		"nb": {"AT": "Østerrike", "NL": "Nederland", "SE": "Sverige", "NO": "Norge", "DE": "Tyskland"},
		"da": {"AT": "Østrig", "NL": "Holland", "SE": "Sverige", "NO": "Norge", "DE": "Tyskland"},
		"fi": {"AT": "Itävalta", "NL": "Alankomaat", "SE": "Ruotsi", "NO": "Norja", "DE": "Saksa"},
		"pl": {"AT": "Austria", "NL": "Holandia", "SE": "Szwecja", "NO": "Norwegia", "DE": "Niemcy"},
	}
	want := map[string]string{"de": "DE NL NO AT SE", "sv": "NL NO SE DE AT", "nb": "NL NO SE DE AT", "da": "NL NO SE DE AT",
		"fi": "NL AT NO SE DE", "pl": "AT NL DE NO SE"}
	for lang, n := range names {
		var rs []Region
		for code := range n {
			r, _ := c.Lookup(code)
			rs = append(rs, r)
		}
		groups := ByContinent(rs, language.MustParse(lang), func(r Region) string { return n[r.Code] }, func(s string) string { return s })
		if len(groups) != 1 || groups[0].Continent != "europe" {
			t.Fatalf("%s: groups %+v", lang, groups)
		}
		var got []string
		for _, r := range groups[0].Regions {
			got = append(got, r.Code)
		}
		if strings.Join(got, " ") != want[lang] {
			t.Errorf("%s order = %v, want %s", lang, got, want[lang])
		}
	}
	all := ByContinent(c.All(), language.English, func(r Region) string { return r.Code }, func(s string) string { return s })
	var conts []string
	for _, g := range all {
		conts = append(conts, g.Continent)
	}
	if strings.Join(conts, " ") != "europe north-america oceania south-america" {
		t.Errorf("continents = %v", conts)
	}
}

func TestOnly(t *testing.T) {
	c := embedded(t)
	kept, unknown := c.Only([]string{"ch", "DE", "XX", "CH"})
	if got := strings.Join(kept.Codes(), " "); got != "CH DE" {
		t.Errorf("kept %s, want CH DE in the list's order: the first is where a patient starts", got)
	}
	if len(unknown) != 1 || unknown[0] != "XX" {
		t.Errorf("unknown = %v", unknown)
	}
	if all, _ := c.Only(nil); len(all.All()) != len(c.All()) {
		t.Error("an empty list keeps every region")
	}
}
