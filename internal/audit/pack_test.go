package audit

import "testing"

func TestUnderNamesTheFolder(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"de.toml:3:1: expected value", "locales/de.toml:3:1: expected value"},
		{"no usable English message file (en.toml)", "locales: no usable English message file (en.toml)"},
	} {
		if got := under("locales/", tt.text); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}
