package audit

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"veininfo/assets"
	"veininfo/internal/content"
)

func TestScanKioskLine(t *testing.T) {
	tests := []struct {
		line string
		want []string // "col kind text", in order
	}{
		{"Plain text, 15 minutes early, © 2026, 8 → 17 Uhr.", nil},
		{"A [vein](glossary:vein) and **bold**.", nil},
		{"See https://example.org.", []string{`5 web address "https://example.org"`}},
		{"Or WWW.Example.org, today", []string{`4 web address "WWW.Example.org"`}},
		{"[our site](https://x.y) here", []string{`1 link "[our site](https://x.y)"`}},
		{"Write to <info@clinic.example> or <https://a.b>", []string{`10 link "<info@clinic.example>"`, `35 link "<https://a.b>"`}},
		{"![map](map.png)", []string{`1 image "![map](map.png)"`}},
		{"Ärzte <br/> und <!-- note -->", []string{`7 raw HTML "<br/>"`, `17 raw HTML "<!--"`}},
		{"Größe < 5 mm and a > b", nil},
		{"Call us ☎ now 😀👍🏽 🇩🇪", []string{`9 emoji "☎"`, `15 emoji "😀"`, `16 emoji "👍"`, `17 emoji "🏽"`, `19 emoji "🇩"`, `20 emoji "🇪"`}},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range scanKioskLine(tt.line) {
			kind, _, _ := strings.Cut(f.msg, ` "`)
			got = append(got, fmt.Sprintf("%d %s %q", f.col, kind, f.text))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tt.line, got, tt.want)
		}
	}
}

// TestBuiltInContentSuitsAKiosk: the built-in texts keep the rule that
// clinic packs are checked against.
func TestBuiltInContentSuitsAKiosk(t *testing.T) {
	lib, err := content.Load(assets.FS, assets.ContentDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range lib.Languages() {
		for _, topic := range lib.Topics(tag) {
			for i, line := range strings.Split(topic.Title+"\n"+topic.Body, "\n") {
				for _, f := range scanKioskLine(line) {
					t.Errorf("%s:%d: %s", topic.File, topic.BodyLine+i-1, f.msg)
				}
			}
		}
		for _, term := range lib.Resolve([]language.Tag{tag}, nil, nil).Glossary() {
			for _, f := range scanKioskLine(term.Term + " " + term.Definition) {
				t.Errorf("%s:%d: %s", term.File, term.Line, f.msg)
			}
		}
	}
}
