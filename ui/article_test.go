package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

func TestLinksAreShownAsTextNeverOpened(t *testing.T) {
	rt := markdown("Call us or see [our page](https://clinic.example/veins).\n\n- [Leaflet](https://clinic.example/leaflet.pdf)\n", nil)
	var shown []string
	var walk func([]widget.RichTextSegment)
	walk = func(segs []widget.RichTextSegment) {
		for _, s := range segs {
			switch s := s.(type) {
			case *widget.TextSegment:
				shown = append(shown, s.Text)
			case *widget.HyperlinkSegment:
				t.Errorf("a link is still tappable: %q", s.Text)
			case *widget.ParagraphSegment:
				walk(s.Texts)
			case *widget.ListSegment:
				walk(s.Items)
			}
		}
	}
	walk(rt.Segments)
	got := strings.Join(shown, "|")
	for _, want := range []string{"our page (https://clinic.example/veins)", "Leaflet (https://clinic.example/leaflet.pdf)"} {
		if !strings.Contains(got, want) {
			t.Errorf("shown %q, want it to contain %q", got, want)
		}
	}
}
