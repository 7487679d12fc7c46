package l10n

import "testing"

func TestSystemLocale(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
		ok   bool
	}{
		{map[string]string{"LANG": "de_CH.UTF-8"}, "de-CH", true},
		{map[string]string{"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_AT.UTF-8"}, "de-AT", true},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "fr_BE.UTF-8"}, "fr-BE", true},
		{map[string]string{"LANG": "no_NO.UTF-8"}, "nb-NO", true},
		{map[string]string{"LANG": "sr_RS@latin"}, "sr-RS", true},
		{map[string]string{"LANG": "C.UTF-8"}, "und", false},
		{map[string]string{"LANG": "POSIX"}, "und", false},
		{map[string]string{"LANG": "not a locale!"}, "und", false},
		{map[string]string{}, "und", false},
	}
	for _, tt := range tests {
		tag, ok := SystemLocale(func(k string) string { return tt.env[k] })
		if tag.String() != tt.want || ok != tt.ok {
			t.Errorf("SystemLocale(%v) = %s, %v; want %s, %v", tt.env, tag, ok, tt.want, tt.ok)
		}
	}
}
