package content

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"veininfo/assets"
)

func embeddedPacks(t *testing.T) map[string]*Pack {
	t.Helper()
	lib, err := Load(assets.FS, assets.ContentDir)
	if err != nil {
		t.Fatal(err)
	}
	packs := map[string]*Pack{}
	for _, tag := range lib.Languages() {
		packs[tag.String()] = lib.Resolve([]language.Tag{tag, language.English}, func(s string) string { return s }, nil)
	}
	return packs
}

func labels(letters []Letter) string {
	var s []string
	for _, l := range letters {
		s = append(s, l.Label)
	}
	return strings.Join(s, " ")
}

func TestGlossaryOrderAndLettersInEveryLanguage(t *testing.T) {
	tests := map[string]struct {
		before [2]string // a term that must sort before another
		tail   string    // how the letter index ends
	}{
		"sv": {[2]string{"Vävnad", "Åderbråck"}, "Å Ä Ö"},
		"fi": {[2]string{"Verihiutaleet", "Äkillinen"}, ""},
		"da": {[2]string{"Venøst bensår", "Åreknuder"}, "Å"},
		"nb": {[2]string{"Venøst leggsår", "Åreknuter"}, "Å"},
		"de": {[2]string{"Oberflächliche Vene", "Ödem"}, ""},
		"es": {[2]string{"Anestesia general", "Anticoagulante"}, ""},
	}
	packs := embeddedPacks(t)
	for lang, tt := range tests {
		p := packs[lang]
		names := []string{}
		for _, term := range p.Glossary() {
			names = append(names, term.Term)
		}
		a, b := slices.IndexFunc(names, func(s string) bool { return strings.HasPrefix(s, tt.before[0]) }),
			slices.IndexFunc(names, func(s string) bool { return strings.HasPrefix(s, tt.before[1]) })
		if a >= 0 && b >= 0 && a > b {
			t.Errorf("%s: %q should sort before %q", lang, tt.before[0], tt.before[1])
		}
		got := labels(p.Letters(p.Glossary()))
		if tt.tail != "" && !strings.HasSuffix(got, tt.tail) {
			t.Errorf("%s letters %q should end with %q", lang, got, tt.tail)
		}
	}
	if got := labels(packs["de"].Letters(packs["de"].Glossary())); strings.Contains(got, "Ä") || strings.Contains(got, "Ö") {
		t.Errorf("German files Ä and Ö with A and O: %q", got)
	}
	for lang, p := range packs {
		for _, l := range p.Letters(p.Glossary()) {
			if first := []rune(p.Glossary()[l.Index].Term)[0]; strings.ToUpper(string(first)) != l.Label {
				t.Errorf("%s: letter %s points at %q", lang, l.Label, p.Glossary()[l.Index].Term)
			}
		}
	}
}

// plain is how a patient may type a word: lower case, without accents.
func plain(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, _ := transform.String(t, strings.ToLower(s))
	return out
}

// TestSearchIgnoresCaseAndAccentsInEveryLanguage types every term of every
// language without capitals and accents and expects to find it.
func TestSearchIgnoresCaseAndAccentsInEveryLanguage(t *testing.T) {
	for lang, p := range embeddedPacks(t) {
		for _, term := range p.Glossary() {
			q := plain(strings.Fields(term.Term)[0])
			found := slices.ContainsFunc(p.SearchGlossary(q), func(x Term) bool { return x.ID == term.ID })
			if !found {
				t.Errorf("%s: typing %q does not find %q", lang, q, term.Term)
			}
		}
	}
}

func TestAlphabet(t *testing.T) {
	packs := embeddedPacks(t)
	tests := map[string]string{"sv": "z å ä ö", "pl": "ą", "de": "ß", "es": "ñ", "da": "z æ ø å", "fr": "é"}
	for lang, want := range tests {
		got := strings.Join(packs[lang].Alphabet(), " ")
		if !strings.Contains(got, want) || !strings.HasPrefix(got, "a ") {
			t.Errorf("%s alphabet %q lacks %q", lang, got, want)
		}
	}
}
