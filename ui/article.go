package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/content"
	"veininfo/internal/l10n"
)

// newArticle shows one topic, scrolling when it is long; onScroll hears
// the reader scroll.
func newArticle(loc *l10n.Localizer, t content.Topic, onScroll func()) fyne.CanvasObject {
	scroll := container.NewVScroll(column(articleBody(loc, t)))
	scroll.OnScrolled = func(fyne.Position) { onScroll() }
	return scroll
}

// articleBody is a topic's title, when it was last reviewed, and its text.
func articleBody(loc *l10n.Localizer, t content.Topic) fyne.CanvasObject {
	title := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleHeading, Text: t.Title})
	title.Wrapping = fyne.TextWrapWord
	reviewed := widget.NewLabelWithStyle(
		loc.Format("LastReviewed", map[string]any{"Date": loc.LongDate(t.Reviewed)}),
		fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	reviewed.Wrapping = fyne.TextWrapWord
	body := markdown(t.Body)
	return container.NewVBox(title, reviewed, body)
}

// markdown renders text, wrapping at word boundaries. Links never open a
// browser or any other program: each is shown as its text followed by its
// address, as plain text.
func markdown(text string) *widget.RichText {
	rt := widget.NewRichTextFromMarkdown(text)
	rt.Wrapping = fyne.TextWrapWord
	rt.Segments = linksAsText(rt.Segments)
	return rt
}

func linksAsText(segs []widget.RichTextSegment) []widget.RichTextSegment {
	for i, seg := range segs {
		switch s := seg.(type) {
		case *widget.HyperlinkSegment:
			text := s.Text
			if s.URL != nil && s.URL.Scheme != "glossary" && s.URL.String() != s.Text {
				text += " (" + s.URL.String() + ")"
			}
			segs[i] = &widget.TextSegment{Style: widget.RichTextStyleInline, Text: text}
		case *widget.ParagraphSegment:
			s.Texts = linksAsText(s.Texts)
		case *widget.ListSegment:
			s.Items = linksAsText(s.Items)
		}
	}
	return segs
}
