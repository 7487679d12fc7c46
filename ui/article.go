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
	loc      *l10n.Localizer
	glossary []content.Term
	showTerm func(id string)
	onScroll func()
}

// view shows one topic, scrolling when it is long.
func (a articles) view(t content.Topic) fyne.CanvasObject {
	scroll := container.NewVScroll(column(a.body(t)))
	scroll.OnScrolled = func(fyne.Position) { a.onScroll() }
	return scroll
}

// body is a topic's title, when it was last reviewed, and its text.
func (a articles) body(t content.Topic) fyne.CanvasObject {
	title := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleHeading, Text: t.Title})
	title.Wrapping = fyne.TextWrapWord
	reviewed := widget.NewLabelWithStyle(
		a.loc.Format("LastReviewed", map[string]any{"Date": a.loc.LongDate(t.Reviewed)}),
		fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	reviewed.Wrapping = fyne.TextWrapWord
	body := markdown(content.LinkTerms(t.Body, a.glossary), a.showTerm)
	return container.NewVBox(title, reviewed, body)
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
