package content

import (
	"regexp"
	"slices"
	"strings"
)

// Values are what a text's placeholders stand for, by name: the region's
// emergency number is "Emergency", written {{.Emergency}} in a topic. They
// are filled in after a variant's spelling rules have run, so the rules
// never change a value.
type Values map[string]string

// Placeholders are the names a topic or glossary text may use.
var Placeholders = []string{"Emergency"}

// placeholder matches {{.Name}} in content text, as in message files.
var placeholder = regexp.MustCompile(`\{\{\s*\.([\p{L}\p{N}_]+)\s*\}\}`)

// Fill puts the values into text. A placeholder without a value stays as
// it is, so that a check can find it.
func (v Values) Fill(text string) string {
	if len(v) == 0 || !strings.Contains(text, "{{") {
		return text
	}
	return placeholder.ReplaceAllStringFunc(text, func(m string) string {
		if value, ok := v[placeholder.FindStringSubmatch(m)[1]]; ok {
			return value
		}
		return m
	})
}

// PlaceholdersIn lists the placeholder names text uses, in order of first
// use.
func PlaceholdersIn(text string) []string {
	var names []string
	for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
		if !slices.Contains(names, m[1]) {
			names = append(names, m[1])
		}
	}
	return names
}
