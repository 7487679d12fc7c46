// Package handout owns what a patient takes home: a topic, a reading path
// or a glossary term as a PDF in the reader's language and region (and
// the whole content as one booklet), the QR code that leads a phone to the
// same page on the clinic's copy of the HTML site, and sending a PDF to a
// printer without a dialog. It draws nothing on screen: the UI calls it.
package handout

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"

	"veininfo/internal/config"
	"veininfo/internal/content"
	"veininfo/internal/l10n"
)

// Clinic is what the configuration says of the clinic that hands out the
// leaflet: clinic_name, clinic_contact and urgent_help_note.
type Clinic struct {
	Name    string
	Contact string // may hold line breaks
	// UrgentNote is the clinic's line under the emergency number, by
	// language tag; "" is the note for every language.
	UrgentNote map[string]string
}

// Reader is who a handout is for: the language, the content they see,
// their region (which decides the paper and the emergency number), and
// the clinic and app version the footer names.
type Reader struct {
	Loc       *l10n.Localizer
	Pack      *content.Pack
	Region    string // ISO country code, such as "DE"
	Emergency string // the region's emergency number in the reader's words: "999 or 112"
	Clinic    Clinic
	Version   string // the app's version, for the footer
}

// Kind is what a handout holds.
type Kind int

// The kinds of handout.
const (
	OneTopic Kind = iota // a topic
	Path                 // a reading path: several topics under the tile's text
	OneTerm              // a glossary term
	Whole                // every topic of every tab, then the glossary
)

// Handout is one PDF to make. Build it with ForTopic, ForPath, ForTerm or
// Booklet; set URL for a QR code.
type Handout struct {
	Reader
	Kind  Kind
	Title string
	// Topics are the topics in reading order (for a booklet, every tab's
	// topics, tab by tab).
	Topics []content.Topic
	// Terms is a term handout's term, or a booklet's whole glossary.
	Terms []content.Term
	// URL, when set, is printed as a QR code beside the title: the same
	// page on the clinic's copy of the HTML site (see LinkFor).
	URL string
}

// ForTopic is the handout of one topic.
func ForTopic(r Reader, t content.Topic) Handout {
	return Handout{Reader: r, Kind: OneTopic, Title: t.Title, Topics: []content.Topic{t}}
}

// ForPath is the handout of a start-screen tile's reading path: its
// topics in order, under the tile's text. Topics the pack lacks are left
// out.
func ForPath(r Reader, tile content.Tile) Handout {
	h := Handout{Reader: r, Kind: Path, Title: tile.Text}
	for _, ref := range tile.Path {
		s, id, _ := strings.Cut(ref, "/")
		if t, ok := r.Pack.Topic(content.Section(s), id); ok {
			h.Topics = append(h.Topics, t)
		}
	}
	return h
}

// ForTerm is the handout of one glossary term.
func ForTerm(r Reader, t content.Term) Handout {
	return Handout{Reader: r, Kind: OneTerm, Title: t.Term, Terms: []content.Term{t}}
}

// Booklet is the whole content for clinics that print their own: every
// tab's topics in tab order (of the products, those approved in the
// region), then the glossary.
func Booklet(r Reader, products []content.Topic) Handout {
	h := Handout{Reader: r, Kind: Whole, Title: r.Loc.T("AppName"), Terms: r.Pack.Glossary()}
	for _, s := range content.Sections {
		if s == content.Products {
			h.Topics = append(h.Topics, products...)
			continue
		}
		h.Topics = append(h.Topics, r.Pack.Section(s)...)
	}
	return h
}

// Key names what the handout shows, in which language: two taps on Print
// for the same key are the same handout (see Printer).
func (h Handout) Key() string {
	lang := h.Loc.Tag().String()
	switch h.Kind {
	case OneTerm:
		if len(h.Terms) > 0 {
			return lang + "/glossary/" + h.Terms[0].ID
		}
	case OneTopic:
		if len(h.Topics) > 0 {
			return lang + "/" + string(h.Topics[0].Section) + "/" + h.Topics[0].ID
		}
	case Whole:
		return lang + "/booklet/" + h.Region
	}
	return lang + "/path/" + h.Title
}

// FileName is the name a saved handout is offered under: the localized
// HandoutFileName with .pdf, without characters file systems refuse.
func (h Handout) FileName() string {
	name := h.Loc.Format("HandoutFileName", map[string]any{"Title": h.Title})
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || unicode.IsControl(r) {
			return '-'
		}
		return r
	}, name)
	return strings.TrimSpace(name) + ".pdf"
}

// PDF is the handout as PDF bytes.
func (h Handout) PDF() ([]byte, error) {
	var buf bytes.Buffer
	if err := Write(&buf, h); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Paper is the paper size of a region: US Letter in the United States and
// Canada, A4 everywhere else.
func Paper(region string) string {
	switch strings.ToUpper(region) {
	case "US", "CA":
		return "Letter"
	}
	return "A4"
}

// Write writes the handout as a PDF.
func Write(w io.Writer, h Handout) error {
	if h.Loc == nil || h.Pack == nil {
		return fmt.Errorf("handout: no localizer or content")
	}
	d, err := newDoc(h)
	if err != nil {
		return err
	}
	d.render()
	return d.output(w)
}

// ClinicOf is the clinic as the configuration describes it.
func ClinicOf(c config.Config) Clinic {
	return Clinic{Name: c.ClinicName, Contact: c.ClinicContact, UrgentNote: c.UrgentHelpNote}
}
