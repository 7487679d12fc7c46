package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// blocks lists the text blocks of a prose box.
func blocks(box *fyne.Container) []*textBlock {
	var out []*textBlock
	for _, o := range box.Objects {
		if b, ok := o.(*textBlock); ok {
			out = append(out, b)
		}
	}
	return out
}

func TestLinksAreShownAsTextNeverOpened(t *testing.T) {
	test.NewTempApp(t)
	box := prose("Call us or see [our page](https://clinic.example/veins).\n\n- [Leaflet](https://clinic.example/leaflet.pdf)\n", nil, nil)
	var got []string
	for _, b := range blocks(box) {
		got = append(got, b.Text())
		for _, w := range b.tokens {
			if w.link != "" {
				t.Errorf("a web link became a link: %q", w.text)
			}
		}
	}
	joined := strings.Join(got, "|")
	for _, want := range []string{"our page (https://clinic.example/veins).", "Leaflet (https://clinic.example/leaflet.pdf)"} {
		if !strings.Contains(joined, want) {
			t.Errorf("shown %q, want it to contain %q", joined, want)
		}
	}
}

// TestPunctuationStaysWithTheWordBefore: ", and" after a link is never
// the start of a line.
func TestPunctuationStaysWithTheWordBefore(t *testing.T) {
	test.NewTempApp(t)
	box := prose("the tests doctors use, before and after a [procedure](glossary:procedure), and questions you may want to ask.", nil, nil)
	b := blocks(box)[0]
	for width := float32(200); width < 900; width += 7 {
		placed, _ := b.layout(width)
		for i, p := range placed {
			if i > 0 && p.pos.X == placed[0].pos.X && strings.HasPrefix(p.text, ",") {
				t.Fatalf("at width %.0f a line starts with %q", width, p.text)
			}
		}
	}
}

// TestLongWordsBreakBetweenSyllables: a word wider than the line breaks
// with a hyphen at a syllable boundary, never inside one.
func TestLongWordsBreakBetweenSyllables(t *testing.T) {
	test.NewTempApp(t)
	for word, allowed := range map[string][]string{
		"Behandlungsmöglichkeiten": {"Be-", "Behand-", "Behandlungs-", "Behandlungsmög-", "Behandlungsmöglich-", "Behandlungsmöglichkei-"},
		"Kompressionstherapie":     {"Kom-", "Kompres-", "Kompressions-", "Kompressionsthe-", "Kompressionsthera-"},
		"Becken-Oberschenkelvenen": {"Becken-", "Becken-Ober-", "Becken-Oberschen-", "Becken-Oberschenkel-", "Becken-Oberschenkelve-"},
	} {
		b := newTextBlock(wordsOf(word), headingStyle, "", nil, nil)
		full := fyne.MeasureText(word, b.fontSize(), fyne.TextStyle{Bold: true}).Width
		placed, _ := b.layout(full * 0.6)
		if len(placed) < 2 {
			t.Errorf("%s was not broken at 60%% of its width", word)
			continue
		}
		found := false
		for _, a := range allowed {
			found = found || placed[0].text == a
		}
		if !found {
			t.Errorf("%s broke as %q, not at a syllable boundary", word, placed[0].text)
		}
	}
}

// TestLinkTapAndDrag: a tap on a link opens its term; a finger that
// trembles less than tapSlop still taps; a longer drag scrolls the page
// and opens nothing.
func TestLinkTapAndDrag(t *testing.T) {
	test.NewTempApp(t)
	var opened []string
	host := &swipeHost{}
	long := strings.Repeat("Words to read before the link. ", 80) + "See [valves](glossary:valve).\n\n" + strings.Repeat("More words after it. ", 80)
	box := prose(long, func(id string) { opened = append(opened, id) }, host)
	scroll := newSwipeScroll(box, host, nil)
	w := test.NewTempWindow(t, scroll)
	w.Resize(fyne.NewSize(600, 400))
	scroll.scrollTo(scroll.maxOffset() / 2)
	var link *termLink
	for _, o := range test.LaidOutObjects(scroll) {
		if l, ok := o.(*termLink); ok {
			link = l
		}
	}
	if link == nil {
		t.Fatal("no link")
	}
	link.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(3, 2)})
	link.DragEnd()
	if len(opened) != 1 || opened[0] != "valve" {
		t.Errorf("a trembling tap should open the term: %v", opened)
	}
	before := scroll.Offset()
	for range 5 {
		link.Dragged(&fyne.DragEvent{Dragged: fyne.NewDelta(0, -30)})
	}
	link.DragEnd()
	if scroll.Offset() <= before || len(opened) != 1 {
		t.Errorf("a drag up from a link should scroll down (offset %.0f -> %.0f) and open nothing (%v)", before, scroll.Offset(), opened)
	}
	link.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(opened) != 2 {
		t.Error("Enter on a link should open its term")
	}
}
