package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"veininfo/internal/content"
	"veininfo/internal/handout"
	"veininfo/internal/session"
)

// TestEveryQRCodeHasItsPage: the site has a page for every topic and term
// at the address a handout's QR code names under the documented template.
func TestEveryQRCodeHasItsPage(t *testing.T) {
	c, err := session.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	s := session.New(c, nil)
	if err := s.Start(session.Choice{Region: "PL", Language: "pl"}, language.Und); err != nil {
		t.Fatal(err)
	}
	site := Site{Loc: s.Localizer(), Pack: s.Pack(), Products: s.Products(), Region: "Polska", Emergency: s.EmergencyNumber()}
	root := t.TempDir()
	if err := Write(site, filepath.Join(root, "pl")); err != nil {
		t.Fatal(err)
	}
	const template = "https://clinic.example/veininfo/{lang}/{section}/{topic}.html"
	r := handout.Reader{Loc: s.Localizer(), Pack: s.Pack(), Region: "PL"}
	var links []string
	for _, sec := range []content.Section{content.Welcome, content.Disease, content.Treatment} {
		for _, tp := range s.Pack().Section(sec) {
			links = append(links, handout.ForTopic(r, tp).Link(template))
		}
	}
	for _, tp := range s.Products() {
		links = append(links, handout.ForTopic(r, tp).Link(template))
	}
	for _, term := range s.Pack().Glossary() {
		links = append(links, handout.ForTerm(r, term).Link(template))
	}
	for _, link := range links {
		file := filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(link, "https://clinic.example/veininfo/")))
		data, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("%s: no page: %v", link, err)
			continue
		}
		if !strings.Contains(string(data), `href="../glossary.html"`) {
			t.Errorf("%s: the page's links do not lead one folder up", link)
		}
	}
	for _, tab := range tabs {
		if _, err := os.Stat(filepath.Join(root, "pl", tab.File)); err != nil {
			t.Errorf("tab page %s: %v", tab.File, err)
		}
	}
}
