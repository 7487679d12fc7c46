package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/content"
	"veininfo/internal/l10n"
)

// articles renders topics in one language, with the first use of each
// glossary term a link that shows its definition.
type articles struct {
	loc        *l10n.Localizer
	glossary   []content.Term
	showTerm   func(id string)
	onScroll   func()
	emergency  string // the region's emergency number, for the urgent-help topic
	urgentNote string // the clinic's line under it
}

// view shows one topic, scrolling when it is long.
func (a articles) view(t content.Topic) fyne.CanvasObject {
	scroll := container.NewVScroll(column(a.body(t)))
	scroll.OnScrolled = func(fyne.Position) { a.onScroll() }
	return scroll
}

// body is a topic's title, when it was updated and reviewed, its text,
// and the sources its facts were checked against.
func (a articles) body(t content.Topic) fyne.CanvasObject {
	title := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleHeading, Text: t.Title})
	title.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(title)
	for _, line := range provenanceLines(a.loc, t.Provenance) {
		l := widget.NewLabelWithStyle(line, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		l.Wrapping = fyne.TextWrapWord
		box.Add(l)
	}
	if t.Section == content.Welcome && t.ID == content.UrgentHelp {
		box.Add(a.urgentBox())
	}
	box.Add(markdown(content.LinkTerms(t.Body, a.glossary), a.showTerm))
	if len(t.Sources) > 0 {
		box.Add(a.sources(t.Sources))
	}
	return box
}

// provenanceLines tell a reader how current a topic is: when its text
// last changed and, once a clinician has reviewed it as it stands, when
// and by whom, and when the next review is due.
func provenanceLines(loc *l10n.Localizer, p content.Provenance) []string {
	lines := []string{loc.Format("TopicUpdated", map[string]any{"Date": loc.LongDate(p.Updated)})}
	if p.IsReviewed() {
		lines = append(lines, loc.Format("TopicReviewed", map[string]any{
			"Date": loc.LongDate(p.Reviewed), "Reviewer": p.ReviewedBy, "Next": loc.LongDate(p.DueBy()),
		}))
	}
	return lines
}

// sources lists under a heading the documents a topic was checked against.
func (a articles) sources(sources []content.Source) fyne.CanvasObject {
	var items []widget.RichTextSegment
	for _, src := range sources {
		items = append(items, &widget.TextSegment{Style: widget.RichTextStyleInline, Text: SourceText(a.loc, src)})
	}
	heading := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: a.loc.T("SourcesHeading")})
	list := widget.NewRichText(&widget.ListSegment{Items: items})
	list.Wrapping = fyne.TextWrapWord
	return container.NewVBox(heading, list)
}

// SourceText writes a source as a reader would look it up: title, who
// published it, and the year.
func SourceText(loc *l10n.Localizer, src content.Source) string {
	return loc.Format("SourceItem", map[string]any{"Title": src.Title, "Body": src.Body, "Year": src.Year})
}

// glossaryScheme marks a link to a glossary term: [word](glossary:id).
const glossaryScheme = "glossary"

// markdown renders text, wrapping at word boundaries. A link to a glossary
// term calls showTerm with its id. Other links never open a browser or any
// other program: each is shown as its text followed by its address.
func markdown(text string, showTerm func(id string)) *widget.RichText {
	rt := widget.NewRichTextFromMarkdown(text)
	rt.Wrapping = fyne.TextWrapWord
	rt.Segments = linksAsText(rt.Segments, showTerm)
	return rt
}

func linksAsText(segs []widget.RichTextSegment, showTerm func(string)) []widget.RichTextSegment {
	for i, seg := range segs {
		switch s := seg.(type) {
		case *widget.HyperlinkSegment:
			if s.URL != nil && s.URL.Scheme == glossaryScheme && showTerm != nil {
				id := strings.TrimPrefix(s.URL.String(), glossaryScheme+":")
				s.OnTapped = func() { showTerm(id) }
				s.TextStyle.Underline = true // a link by more than its colour
				continue
			}
			segs[i] = &widget.TextSegment{Style: widget.RichTextStyleInline, Text: linkText(s)}
		case *widget.ParagraphSegment:
			s.Texts = linksAsText(s.Texts, showTerm)
		case *widget.ListSegment:
			s.Items = linksAsText(s.Items, showTerm)
		}
	}
	return segs
}

func linkText(s *widget.HyperlinkSegment) string {
	if s.URL == nil || s.URL.Scheme == glossaryScheme || s.URL.String() == s.Text {
		return s.Text
	}
	return s.Text + " (" + s.URL.String() + ")"
}
