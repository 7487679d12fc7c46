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
	want := map[string]string{"US": "en", "GB": "en-GB", "DE": "de", "AT": "de", "CH": "de-CH"}
	if got := len(c.All()); got != len(want) {
		t.Fatalf("catalogue has %d regions, want %d", got, len(want))
	}
	for code, lang := range want {
		r, ok := c.Lookup(code)
		if !ok {
			t.Errorf("region %s missing", code)
			continue
		}
		if got := r.DefaultLanguage().String(); got != lang {
			t.Errorf("%s default language = %s, want %s", code, got, lang)
		}
		if len(r.Products) == 0 {
			t.Errorf("%s shows no products", code)
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
		{"unknown key", "[[region]]\ncode = \"US\"\nlanguages = [\"en\"]\ncolour = 1", `unknown key "region.colour"`},
		{"bad code", "[[region]]\ncode = \"USA\"\nlanguages = [\"en\"]", `code "USA"`},
		{"no language", "[[region]]\ncode = \"US\"", "US offers no language"},
		{"bad language", "[[region]]\ncode = \"US\"\nlanguages = [\"e_n_x\"]", `language "e_n_x"`},
		{"duplicate", "[[region]]\ncode = \"US\"\nlanguages = [\"en\"]\n[[region]]\ncode = \"us\"\nlanguages = [\"en\"]", "US listed twice"},
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
	c, err := Parse([]byte("[[region]]\ncode = \"XX1\"\nlanguages = [\"en\"]\n[[region]]\ncode = \"DE\"\nlanguages = [\"de\"]"), "r.toml")
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
		{"de-AT", "AT", "de", true},
		{"de-DE", "DE", "de", true},
		{"de", "DE", "de", true},
		{"de-LU", "DE", "de", true},
		{"en-US", "US", "en", true},
		{"en-GB", "GB", "en-GB", true},
		{"en", "US", "en", true},
		{"en-IE", "GB", "en-GB", true},
		{"fr-CH", "CH", "de-CH", true},
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
