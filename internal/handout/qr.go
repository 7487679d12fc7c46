package handout

import (
	"fmt"
	"image"
	"net/url"
	"strings"

	qrcode "github.com/skip2/go-qrcode"
	"golang.org/x/text/language"

	"veininfo/internal/content"
)

// GlossarySection is the {section} of a glossary term's page in a
// handout_url: export-html writes glossary/<term>.html.
const GlossarySection = "glossary"

// LinkFor fills a handout_url template (configuration key handout_url,
// such as "https://clinic.example/veininfo/{lang}/{section}/{topic}.html")
// for one page: {lang} is the language tag as export-html's --lang takes
// it (de-CH), {section} the tab's folder (treatment, or GlossarySection
// for a term) and {topic} the topic's or term's id. An empty template
// gives "": no QR code, and the app never goes online.
func LinkFor(template string, lang language.Tag, section content.Section, id string) string {
	if template == "" {
		return ""
	}
	return strings.NewReplacer(
		"{lang}", url.PathEscape(lang.String()),
		"{section}", url.PathEscape(string(section)),
		"{topic}", url.PathEscape(id),
	).Replace(template)
}

// Link is the handout's page on the clinic's copy of the HTML site under
// template: a topic's or a term's page, and for a reading path its first
// topic's; "" for a booklet or without a template.
func (h Handout) Link(template string) string {
	lang := h.Loc.Tag()
	switch {
	case h.Kind == OneTerm && len(h.Terms) > 0:
		return LinkFor(template, lang, GlossarySection, h.Terms[0].ID)
	case h.Kind != Whole && len(h.Topics) > 0:
		return LinkFor(template, lang, h.Topics[0].Section, h.Topics[0].ID)
	}
	return ""
}

// qrLevel is the error correction: medium (15 %), which a phone reads
// from a printed page that is a little creased or smudged.
const qrLevel = qrcode.Medium

// QR is the QR code of link, size pixels square with its quiet zone, for
// the screen beside the Print button.
func QR(link string, size int) (image.Image, error) {
	q, err := qrcode.New(link, qrLevel)
	if err != nil {
		return nil, fmt.Errorf("qr code for %s: %w", link, err)
	}
	return q.Image(size), nil
}

// QRPNG is QR as a PNG file.
func QRPNG(link string, size int) ([]byte, error) {
	q, err := qrcode.New(link, qrLevel)
	if err != nil {
		return nil, fmt.Errorf("qr code for %s: %w", link, err)
	}
	return q.PNG(size)
}
