package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// firstTermLink finds the first glossary link in the article shown.
func firstTermLink(t *testing.T, c fyne.Canvas) *termLink {
	t.Helper()
	for _, o := range test.LaidOutObjects(c.Content()) {
		if h, ok := o.(*termLink); ok && h.Visible() && h.text != "" {
			return h
		}
	}
	t.Fatal("the article has no glossary link")
	return nil
}

func TestGlossaryTermInAnArticleShowsItsDefinition(t *testing.T) {
	for _, tt := range []struct{ region, lang, close string }{{"US", "en", "Close"}, {"PL", "pl", "Zamknij"}, {"SE", "sv", "Stäng"}} {
		s, w, _ := newTestShell(t, tt.region, tt.lang, nil)
		c := w.Canvas()
		s.Tabs().SelectIndex(1)
		link := firstTermLink(t, c)
		tapLink := func() { test.Tap(link) }
		tapLink()
		if c.Overlays().Top() == nil {
			t.Fatalf("%s: tapping %q opened nothing", tt.lang, link.text)
		}
		var term string
		for _, g := range s.reader.Pack().Glossary() {
			names := append([]string{g.Term}, g.Forms...)
			if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(strings.ToLower(n), strings.ToLower(link.text)) }) {
				term = g.Definition
				break
			}
		}
		if term == "" || !overlayShows(c, term) {
			t.Errorf("%s: popup for %q does not show its definition: %q", tt.lang, link.text, texts(c))
		}
		test.Tap(button(t, c, tt.close))
		if c.Overlays().Top() != nil {
			t.Errorf("%s: the close button should close the popup", tt.lang)
		}
		tapLink()
		c.(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if c.Overlays().Top() != nil {
			t.Errorf("%s: Esc should close the popup", tt.lang)
		}
	}
}

func TestEscClosesDialogs(t *testing.T) {
	s, w, store := newTestShell(t, "US", "en", nil)
	c := w.Canvas()
	esc := func() {
		c.(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	}
	chooseRegion(t, s, "Germany (Deutschland)")
	esc()
	if c.Overlays().Top() != nil || store.Region() != "" || !shows(c, "Treatment options") {
		t.Error("Esc on the region dialog should close it and change nothing")
	}
	test.Tap(s.header.regionBtn)
	esc()
	if c.Overlays().Top() != nil {
		t.Error("Esc should close the region chooser")
	}
}

func TestGlossaryLetterIndexJumps(t *testing.T) {
	s, w, _ := newTestShell(t, "SE", "sv", nil)
	s.Tabs().SelectIndex(4)
	// at the top: the row's place in the list is where the list is scrolled to
	atTop := func(prefix string) bool {
		for _, r := range s.terms.list.rows {
			if strings.HasPrefix(r.text, prefix) {
				return r.Position().Y == s.terms.list.scroll.Offset()
			}
		}
		return false
	}
	var labels []string
	for _, o := range test.LaidOutObjects(s.terms.letters) {
		if text, _, ok := buttonText(o); ok {
			labels = append(labels, text)
		}
	}
	if got := strings.Join(labels, " "); !strings.HasSuffix(got, "Å Ä Ö") || !strings.HasPrefix(got, "A ") {
		t.Fatalf("Swedish letter index = %q", got)
	}
	if atTop("Ö") {
		t.Fatal("the Ö terms should start out of view")
	}
	test.Tap(button2(t, w.Canvas().Content(), "Ö"))
	if !atTop("Ö") {
		t.Error("tapping Ö should put the first Ö term at the top of the list")
	}
	for _, r := range []string{"A", "I", "S", "V"} {
		if !strings.Contains(" "+strings.Join(labels, " ")+" ", " "+r+" ") {
			t.Errorf("the letter strip lacks %s: %v", r, labels)
		}
	}
}

// button2 finds a button by its label anywhere under root.
func button2(t *testing.T, root fyne.CanvasObject, label string) fyne.Tappable {
	t.Helper()
	for _, o := range test.LaidOutObjects(root) {
		if text, b, ok := buttonText(o); ok && text == label {
			return b
		}
	}
	t.Fatalf("no button %q", label)
	return nil
}
