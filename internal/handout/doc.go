package handout

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"fyne.io/fyne/v2/theme"
	"github.com/go-pdf/fpdf"

	"veininfo/internal/content"
)

// Sizes, in points for type and millimetres for the page. The body is 12
// pt and nothing a patient reads is smaller (the footer is the exception);
// lines are spaced at 1.45 for older readers.
const (
	family      = "NotoSans"
	bodyPt      = 12.0
	footPt      = 9.5
	titlePt     = 22.0
	topicPt     = 18.0
	h2Pt        = 15.0
	h3Pt        = 13.0
	urgentPt    = 16.0
	lineSpacing = 1.45
	margin      = 20.0 // left and right
	topMargin   = 16.0
	footerSpace = 18.0 // from the page's foot to the last line of text
	indent      = 7.0  // of list items and definitions
	qrSide      = 32.0
	qrColumn    = 46.0 // the QR code and its line under it
	qrPt        = 10.0
	ptToMM      = 25.4 / 72
)

// Colours: black text; the error red of the app's urgent-help box, dark
// enough for 7:1 on white; grey rules.
var (
	urgentRed = [3]int{0xa0, 0x00, 0x00}
	ruleGrey  = [3]int{0x99, 0x99, 0x99}
	bandGrey  = [3]int{0xee, 0xee, 0xee}
	textGrey  = [3]int{0x33, 0x33, 0x33}
)

// doc is a handout being drawn.
type doc struct {
	Handout
	pdf         *fpdf.Fpdf
	used        []string // ids of the glossary terms the text uses
	urgentShown bool
	qr          []byte // PNG, or nil
}

func newDoc(h Handout) (*doc, error) {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", SizeStr: Paper(h.Region), OrientationStr: "P"})
	for _, f := range []struct {
		style string
		data  []byte
	}{
		{"", theme.DefaultTextFont().Content()},
		{"B", theme.DefaultTextBoldFont().Content()},
		{"I", theme.DefaultTextItalicFont().Content()},
		{"BI", theme.DefaultTextBoldItalicFont().Content()},
	} {
		pdf.AddUTF8FontFromBytes(family, f.style, f.data)
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("handout: fonts: %w", err)
	}
	pdf.SetMargins(margin, topMargin, margin)
	pdf.SetAutoPageBreak(true, footerSpace)
	pdf.AliasNbPages(pagesAlias)
	app := h.Loc.T("AppName")
	pdf.SetTitle(h.Title+" – "+app, true)
	pdf.SetCreator(app+" "+h.Version, true)
	pdf.SetAuthor(orDefault(h.Clinic.Name, app), true)
	pdf.SetLang(h.Loc.Tag().String())
	d := &doc{Handout: h, pdf: pdf}
	if h.URL != "" {
		png, err := QRPNG(h.URL, 600)
		if err != nil {
			return nil, err
		}
		d.qr = png
	}
	pdf.SetFooterFunc(d.footer)
	return d, nil
}

// pagesAlias stands for the number of pages until the document is closed.
const pagesAlias = "{nb}"

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func (d *doc) output(w io.Writer) error {
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("handout: %w", err)
	}
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return fmt.Errorf("handout: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// render draws the whole handout.
func (d *doc) render() {
	d.pdf.AddPage()
	d.clinicBand()
	d.titleBlock()
	switch d.Kind {
	case Whole:
		d.bookletFront()
		d.topics()
		d.glossary()
	case OneTerm:
		d.term()
		d.wordsUsed()
		d.closing()
	default:
		d.topics()
		d.wordsUsed()
		d.closing()
	}
}

// width is the width between the margins.
func (d *doc) width() float64 {
	w, _ := d.pdf.GetPageSize()
	return w - 2*margin
}

// room is the height left above the footer on this page.
func (d *doc) room() float64 {
	_, h := d.pdf.GetPageSize()
	return h - footerSpace - d.pdf.GetY()
}

// need starts a new page unless height fits on this one.
func (d *doc) need(height float64) {
	if d.room() < height {
		d.pdf.AddPage()
	}
}

func (d *doc) font(style string, pt float64) {
	d.pdf.SetFont(family, style, pt)
}

func (d *doc) color(c [3]int) { d.pdf.SetTextColor(c[0], c[1], c[2]) }

func lineHeight(pt float64) float64 { return pt * lineSpacing * ptToMM }

// para writes a block of plain text in one style, wrapped to the margins.
func (d *doc) para(text, style string, pt float64) {
	d.font(style, pt)
	d.pdf.MultiCell(0, lineHeight(pt), text, "", "L", false)
}

// clinicBand names the clinic and how to reach it at the top of the first
// page, on a grey band.
func (d *doc) clinicBand() {
	c := d.Clinic
	if c.Name == "" && c.Contact == "" {
		return
	}
	text := strings.TrimSpace(c.Name + "\n" + c.Contact)
	d.font("", bodyPt)
	lines := len(d.pdf.SplitText(text, d.width()-6))
	h := float64(lines)*lineHeight(bodyPt) + 4
	y := d.pdf.GetY()
	d.pdf.SetFillColor(bandGrey[0], bandGrey[1], bandGrey[2])
	d.pdf.Rect(margin, y, d.width(), h, "F")
	d.pdf.SetXY(margin+3, y+2)
	d.pdf.SetLeftMargin(margin + 3)
	if c.Name != "" {
		d.para(c.Name, "B", bodyPt)
	}
	if c.Contact != "" {
		d.para(strings.TrimSpace(c.Contact), "", bodyPt)
	}
	d.pdf.SetLeftMargin(margin)
	d.pdf.SetXY(margin, y+h+4)
}

// titleBlock writes the handout's title, with the QR code and its line to
// the right when there is one.
func (d *doc) titleBlock() {
	top := d.pdf.GetY()
	qrBottom := top
	if d.qr != nil {
		qrBottom = d.qrCode(top)
		d.pdf.SetRightMargin(margin + qrColumn + 6)
	}
	d.pdf.SetXY(margin, top)
	if d.Kind != Whole { // a booklet's title is the app's name
		d.color(textGrey)
		d.para(d.Loc.T("AppName"), "B", bodyPt)
		d.color([3]int{})
	}
	d.para(d.Title, "B", titlePt)
	if d.Kind == OneTopic && len(d.Topics) == 1 {
		d.provenance(d.Topics[0])
	}
	d.pdf.SetRightMargin(margin)
	d.pdf.SetXY(margin, max(d.pdf.GetY(), qrBottom))
	d.pdf.Ln(3)
}

// qrCode draws the QR code at the top right, the line under it saying what
// it is for, and tells where the two end.
func (d *doc) qrCode(top float64) float64 {
	w, _ := d.pdf.GetPageSize()
	x := w - margin - qrColumn
	opt := fpdf.ImageOptions{ImageType: "PNG"}
	d.pdf.RegisterImageOptionsReader("qr", opt, bytes.NewReader(d.qr))
	d.pdf.ImageOptions("qr", x+(qrColumn-qrSide)/2, top, qrSide, qrSide, false, opt, 0, "")
	d.pdf.SetXY(x, top+qrSide+1)
	d.font("", qrPt)
	d.pdf.MultiCell(qrColumn, lineHeight(qrPt)*0.9, d.Loc.T("HandoutScan"), "", "C", false)
	return d.pdf.GetY()
}

// provenance writes when a topic's text last changed and, once a
// clinician has reviewed it as it stands, when and by whom.
func (d *doc) provenance(t content.Topic) {
	loc := d.Loc
	d.color(textGrey)
	d.para(loc.Format("TopicUpdated", map[string]any{"Date": loc.LongDate(t.Updated)}), "", bodyPt)
	if t.IsReviewed() {
		d.para(loc.Format("TopicReviewed", map[string]any{
			"Date": loc.LongDate(t.Reviewed), "Reviewer": t.ReviewedBy, "Next": loc.LongDate(t.DueBy()),
		}), "", bodyPt)
	}
	d.color([3]int{})
}

// topics writes each topic: for a path or booklet under its own heading
// (a booklet's on a new page), then its text, its figures and sources.
func (d *doc) topics() {
	section := content.Section("")
	for i, t := range d.Topics {
		switch {
		case d.Kind == Whole:
			d.pdf.AddPage()
			if t.Section != section {
				section = t.Section
				d.color(textGrey)
				d.para(d.Loc.T(tabLabel[section]), "B", bodyPt)
				d.color([3]int{})
			}
		case d.Kind == Path && i > 0:
			d.need(60)
			d.pdf.Ln(4)
		}
		if d.Kind != OneTopic {
			d.topicHeading(t)
		}
		if t.Section == content.Welcome && t.ID == content.UrgentHelp {
			d.urgentBox()
		}
		d.markdown(t.Body)
		d.sources(t.Sources)
		d.used = append(d.used, content.LinkedTerms(t.Body, d.Pack.Glossary())...)
	}
}

var tabLabel = map[content.Section]string{
	content.Welcome:   "TabWelcome",
	content.Disease:   "TabDisease",
	content.Treatment: "TabTreatment",
	content.Products:  "TabProducts",
}

func (d *doc) topicHeading(t content.Topic) {
	d.need(lineHeight(topicPt) + 3*lineHeight(bodyPt))
	d.pdf.Bookmark(t.Title, 0, -1)
	d.para(t.Title, "B", topicPt)
	d.provenance(t)
	d.pdf.Ln(2)
}

// term writes a glossary term's definition: the handout's text.
func (d *doc) term() {
	if len(d.Terms) == 0 {
		return
	}
	t := d.Terms[0]
	d.para(t.Definition, "", bodyPt)
	for _, id := range content.LinkedTerms(t.Definition, d.Pack.Glossary()) {
		if id != t.ID {
			d.used = append(d.used, id)
		}
	}
}

// sources lists under a heading the documents a topic was checked
// against, addresses as text.
func (d *doc) sources(sources []content.Source) {
	if len(sources) == 0 {
		return
	}
	d.pdf.Ln(2)
	d.heading(d.Loc.T("SourcesHeading"), h3Pt)
	for _, src := range sources {
		text := d.Loc.Format("SourceItem", map[string]any{"Title": src.Title, "Body": src.Body, "Year": src.Year})
		if src.URL != "" {
			text += " " + src.URL
		}
		d.item("•", []run{{text: text}})
	}
}

// heading writes a heading that is never left alone at a page's foot.
func (d *doc) heading(text string, pt float64) {
	d.need(lineHeight(pt) + 2*lineHeight(bodyPt))
	d.pdf.Ln(1.5)
	d.para(text, "B", pt)
	d.pdf.Ln(0.5)
}

// wordsUsed gives the short definitions of the glossary terms the text
// uses, in the reader's alphabetical order.
func (d *doc) wordsUsed() {
	if len(d.used) == 0 {
		return
	}
	var terms []content.Term
	for _, t := range d.Pack.Glossary() {
		if slices.Contains(d.used, t.ID) {
			terms = append(terms, t)
		}
	}
	d.pdf.Ln(3)
	d.heading(d.Loc.T("HandoutTerms"), h2Pt)
	d.definitions(terms)
}

func (d *doc) definitions(terms []content.Term) {
	for _, t := range terms {
		d.font("", bodyPt)
		lines := len(d.pdf.SplitText(t.Definition, d.width()-indent))
		d.need(float64(1+min(lines, 6)) * lineHeight(bodyPt)) // an entry stays on one page
		d.para(t.Term, "B", bodyPt)
		d.pdf.SetLeftMargin(margin + indent)
		d.pdf.SetX(margin + indent)
		d.para(t.Definition, "", bodyPt)
		d.pdf.SetLeftMargin(margin)
		d.pdf.Ln(1.5)
	}
}

// glossary is a booklet's last part: every term.
func (d *doc) glossary() {
	d.pdf.AddPage()
	title := d.Loc.T("TabGlossary")
	d.pdf.Bookmark(title, 0, -1)
	d.para(title, "B", titlePt)
	d.pdf.Ln(2)
	d.definitions(d.Terms)
}

// bookletFront is what a booklet says before its first topic: the region
// and language it is for, the urgent-help box and that it is not advice.
func (d *doc) bookletFront() {
	loc := d.Loc
	d.para(loc.RegionName(d.Region)+" · "+loc.LanguageName(loc.Tag()), "", bodyPt)
	d.pdf.Ln(6)
	d.closing()
}

// closing ends a handout: the urgent-help box (unless the text had it)
// and the sentence that it is not advice for the reader's own case.
func (d *doc) closing() {
	if !d.urgentShown {
		d.pdf.Ln(4)
		d.urgentBox()
	}
	d.pdf.Ln(4)
	d.need(3 * lineHeight(bodyPt))
	d.para(d.Loc.T("HandoutNotAdvice"), "B", bodyPt)
}

// urgentBox is the app's urgent-help box: the region's emergency number,
// large and red in a red frame, and the clinic's note under it.
func (d *doc) urgentBox() {
	d.urgentShown = true
	if d.Emergency == "" {
		return
	}
	number := d.Loc.Format("UrgentNumber", map[string]any{"Number": d.Emergency})
	note := d.urgentNote()
	inner := d.width() - 10
	d.font("B", urgentPt)
	h := float64(len(d.pdf.SplitText(number, inner))) * lineHeight(urgentPt)
	if note != "" {
		d.font("", bodyPt)
		h += float64(len(d.pdf.SplitText(note, inner)))*lineHeight(bodyPt) + 1
	}
	h += 8
	d.need(h + 2)
	y := d.pdf.GetY()
	d.pdf.SetDrawColor(urgentRed[0], urgentRed[1], urgentRed[2])
	d.pdf.SetLineWidth(1)
	d.pdf.Rect(margin, y, d.width(), h, "D")
	d.pdf.SetLeftMargin(margin + 5)
	d.pdf.SetRightMargin(margin + 5)
	d.pdf.SetXY(margin+5, y+4)
	d.color(urgentRed)
	d.para(number, "B", urgentPt)
	d.color([3]int{})
	if note != "" {
		d.pdf.Ln(1)
		d.para(note, "", bodyPt)
	}
	d.pdf.SetLeftMargin(margin)
	d.pdf.SetRightMargin(margin)
	d.pdf.SetXY(margin, y+h+3)
}

// urgentNote is the clinic's note in the reader's language, falling back
// along the language's chain, then the note for every language.
func (d *doc) urgentNote() string {
	for _, tag := range d.Loc.Chain() {
		if n, ok := d.Clinic.UrgentNote[tag.String()]; ok {
			return n
		}
	}
	return d.Clinic.UrgentNote[""]
}

// footer ends every page: the app and its version, the clinic, the page
// number.
func (d *doc) footer() {
	p := d.pdf
	w, h := p.GetPageSize()
	y := h - footerSpace + 6
	p.SetDrawColor(ruleGrey[0], ruleGrey[1], ruleGrey[2])
	p.SetLineWidth(0.3)
	p.Line(margin, y, w-margin, y)
	d.font("", footPt)
	d.color(textGrey)
	p.SetXY(margin, y+1.5)
	third := (w - 2*margin) / 3
	p.CellFormat(third, 5, d.Loc.Format("HandoutFrom", map[string]any{"App": d.Loc.T("AppName"), "Version": d.Version}), "", 0, "L", false, 0, "")
	p.CellFormat(third, 5, fit(p, d.Clinic.Name, third-2), "", 0, "C", false, 0, "")
	p.CellFormat(third, 5, d.Loc.Format("HandoutPage", map[string]any{"Page": p.PageNo(), "Pages": pagesAlias}), "", 0, "R", false, 0, "")
	d.color([3]int{})
}

// fit cuts text to the width with an ellipsis, for one line of a footer.
func fit(p *fpdf.Fpdf, text string, width float64) string {
	if p.GetStringWidth(text) <= width {
		return text
	}
	runes := []rune(text)
	for len(runes) > 0 && p.GetStringWidth(string(runes)+"…") > width {
		runes = runes[:len(runes)-1]
	}
	return strings.TrimSpace(string(runes)) + "…"
}
