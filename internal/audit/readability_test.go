package audit

import (
	"testing"

	"golang.org/x/text/language"
)

func TestCount(t *testing.T) {
	tests := []struct {
		lang, text string
		want       Counts
	}{
		{"en", "The cat sat. It was happy!", Counts{Sentences: 2, Words: 6, Syllables: 7, LongWords: 0}},
		{"en", "## Before\n\n- your medicines\n- any allergies", Counts{Sentences: 3, Words: 5, Syllables: 12, LongWords: 2}},
		{"de", "Die Vene ist eng.", Counts{Sentences: 1, Words: 4, Syllables: 5, LongWords: 0}},
	}
	for _, tt := range tests {
		if got := Count(tt.text, language.MustParse(tt.lang)); got != tt.want {
			t.Errorf("Count(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

func TestFormulas(t *testing.T) {
	easy := Counts{Sentences: 10, Words: 80, Syllables: 100, LongWords: 10}
	hard := Counts{Sentences: 2, Words: 80, Syllables: 200, LongWords: 40}
	for _, lang := range []string{"en", "de", "fr", "es", "sv", "pl"} {
		f := FormulaFor(language.MustParse(lang))
		if f.TooHard(f.Score(easy)) || !f.TooHard(f.Score(hard)) {
			t.Errorf("%s (%s): easy %.1f, hard %.1f", lang, f.Name, f.Score(easy), f.Score(hard))
		}
	}
	if FormulaFor(language.MustParse("de-CH")).Name != "Flesch-Amstad" || FormulaFor(language.MustParse("nb")).Name != "LIX" {
		t.Error("variants use their language's formula; others LIX")
	}
}
