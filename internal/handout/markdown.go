package handout

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// run is a stretch of text in one style: "", "B", "I" or "BI".
type run struct {
	text  string
	style string
}

// figureScheme marks an illustration in a topic: ![](figure:id) alone in
// its paragraph.
const figureScheme = "figure:"

// markdown draws a topic's Markdown: headings, paragraphs, bullet and
// numbered lists, bold and italic, figures; links as their plain text
// (an address after its words, since paper cannot follow it).
func (d *doc) markdown(source string) {
	src := []byte(source)
	root := goldmark.DefaultParser().Parse(text.NewReader(src))
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		d.block(n, src, 0)
	}
}

func (d *doc) block(n ast.Node, src []byte, depth int) {
	switch n := n.(type) {
	case *ast.Heading:
		d.heading(plain(inlines(n, src, "")), headingPt(n.Level))
	case *ast.Paragraph, *ast.TextBlock:
		if id, ok := figureOnly(n); ok {
			d.figure(id)
			return
		}
		d.runs(inlines(n, src, ""))
		d.pdf.Ln(lineHeight(bodyPt) * 0.4)
	case *ast.List:
		d.list(n, src, depth)
		d.pdf.Ln(lineHeight(bodyPt) * 0.3)
	case *ast.Blockquote:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			d.block(c, src, depth)
		}
	case *ast.ThematicBreak:
		d.pdf.Ln(2)
	default: // code and HTML: their text as it stands
		var b strings.Builder
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			b.Write(seg.Value(src))
		}
		if s := strings.TrimSpace(b.String()); s != "" {
			d.para(s, "", bodyPt)
		}
	}
}

func headingPt(level int) float64 {
	if level <= 2 {
		return h2Pt
	}
	return h3Pt
}

// list draws a list's items with a hanging indent: bullets, or numbers
// from the list's start.
func (d *doc) list(l *ast.List, src []byte, depth int) {
	number := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		mark := "•"
		if l.IsOrdered() {
			mark = strconv.Itoa(number) + "."
			number++
		}
		left := margin + float64(depth)*indent
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			if sub, ok := c.(*ast.List); ok {
				d.list(sub, src, depth+1)
				continue
			}
			if first {
				d.itemAt(left, mark, inlines(c, src, ""))
				first = false
				continue
			}
			d.pdf.SetLeftMargin(left + indent)
			d.pdf.SetX(left + indent)
			d.block(c, src, depth+1)
			d.pdf.SetLeftMargin(margin)
		}
	}
}

// item is a list item at the left margin.
func (d *doc) item(mark string, runs []run) { d.itemAt(margin, mark, runs) }

func (d *doc) itemAt(left float64, mark string, runs []run) {
	d.need(lineHeight(bodyPt))
	d.font("", bodyPt)
	d.pdf.SetX(left)
	d.pdf.CellFormat(indent, lineHeight(bodyPt), mark, "", 0, "L", false, 0, "")
	d.pdf.SetLeftMargin(left + indent)
	d.runs(runs)
	d.pdf.SetLeftMargin(margin)
	d.pdf.Ln(lineHeight(bodyPt) * 0.15)
}

// runs writes styled text from the current position, wrapped to the
// margins, and ends the line.
func (d *doc) runs(runs []run) {
	for _, r := range runs {
		d.font(r.style, bodyPt)
		d.pdf.Write(lineHeight(bodyPt), r.text)
	}
	d.pdf.Ln(lineHeight(bodyPt))
}

// inlines flattens a block's inline content into styled runs.
func inlines(n ast.Node, src []byte, style string) []run {
	var out []run
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			s := string(c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				s += " "
			}
			out = append(out, run{s, style})
		case *ast.String:
			out = append(out, run{string(c.Value), style})
		case *ast.Emphasis:
			out = append(out, inlines(c, src, addStyle(style, c.Level))...)
		case *ast.Link:
			out = append(out, inlines(c, src, style)...)
			if dest := string(c.Destination); strings.HasPrefix(dest, "http") {
				out = append(out, run{" (" + dest + ")", style})
			}
		case *ast.AutoLink:
			out = append(out, run{string(c.URL(src)), style})
		case *ast.Image:
			// an image inside running text: its words, if any
			out = append(out, inlines(c, src, style)...)
		default:
			out = append(out, inlines(c, src, style)...)
		}
	}
	return merge(out)
}

func addStyle(style string, level int) string {
	add := "I"
	if level >= 2 {
		add = "B"
	}
	if strings.Contains(style, add) {
		return style
	}
	if add == "B" {
		return "B" + style
	}
	return style + "I"
}

// merge joins neighbouring runs of one style.
func merge(runs []run) []run {
	var out []run
	for _, r := range runs {
		if n := len(out); n > 0 && out[n-1].style == r.style {
			out[n-1].text += r.text
			continue
		}
		out = append(out, r)
	}
	return out
}

func plain(runs []run) string {
	var b strings.Builder
	for _, r := range runs {
		b.WriteString(r.text)
	}
	return strings.TrimSpace(b.String())
}

// figureOnly tells whether a paragraph is a figure alone, and which.
func figureOnly(n ast.Node) (string, bool) {
	img, ok := n.FirstChild().(*ast.Image)
	if !ok || img.NextSibling() != nil {
		return "", false
	}
	dest := string(img.Destination)
	if !strings.HasPrefix(dest, figureScheme) {
		return "", false
	}
	return strings.TrimPrefix(dest, figureScheme), true
}
