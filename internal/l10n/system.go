package l10n

import (
	"strings"

	"golang.org/x/text/language"
)

// SystemLocale reads the POSIX locale from the environment (LC_ALL, then
// LC_MESSAGES, then LANG) and turns it into a language tag: "de_CH.UTF-8"
// gives de-CH, "no_NO" gives nb-NO. ok is false for the C and POSIX
// locales and for anything that is not a locale.
func SystemLocale(getenv func(string) string) (tag language.Tag, ok bool) {
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(key); v != "" {
			return ParsePOSIX(v)
		}
	}
	return language.Und, false
}

// ParsePOSIX turns a POSIX locale name into a language tag.
func ParsePOSIX(locale string) (language.Tag, bool) {
	name, _, _ := strings.Cut(locale, ".") // drop the encoding
	name, _, _ = strings.Cut(name, "@")    // and the modifier
	if name == "" || name == "C" || name == "POSIX" {
		return language.Und, false
	}
	tag, err := language.Parse(strings.ReplaceAll(name, "_", "-"))
	if err != nil {
		return language.Und, false
	}
	if b, _ := tag.Base(); b.String() == "no" {
		// Norwegian without a written standard is, in practice, Bokmål.
		r, _ := tag.Region()
		tag, _ = language.Compose(language.MustParseBase("nb"), r)
	}
	return tag, true
}
