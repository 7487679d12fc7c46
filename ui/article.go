package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

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
	figures    figures
	// handout is the Print / Save as PDF row under a topic's title; nil
	// for none
	handout func(content.Topic) fyne.CanvasObject
}

// view shows one topic in a scroll area a finger, a wheel or the keys move.
func (a articles) view(t content.Topic) *swipeScroll { return a.viewWith(t, nil) }

// viewWith is view with lead, when given, above the topic's title: the
// Products tab's notice, which scrolls with the text so that at large text
// it does not take the screen the text needs.
func (a articles) viewWith(t content.Topic, lead fyne.CanvasObject) *swipeScroll {
	host := &swipeHost{}
	body := a.body(t, host)
	if lead != nil {
		body = container.NewVBox(lead, body)
	}
	return newSwipeScroll(column(body), host, a.onScroll)
}

// body is a topic's title, when it was updated and reviewed, its text,
// and the sources its facts were checked against.
func (a articles) body(t content.Topic, host *swipeHost) fyne.CanvasObject {
	box := container.NewVBox(newTextBlock(wordsOf(t.Title), headingStyle, "", nil, nil))
	// in plain, not italic, text: italics are harder for weak readers
	for _, line := range provenanceLines(a.loc, t.Provenance) {
		addTo(box, newTextBlock(wordsOf(line), bodyStyle, "", nil, nil))
	}
	if a.handout != nil {
		if bar := a.handout(t); bar != nil {
			addTo(box, bar)
		}
	}
	if t.Section == content.Welcome && t.ID == content.UrgentHelp {
		addTo(box, a.urgentBox())
	}
	addTo(box, proseWith(content.LinkTerms(t.Body, a.glossary), a.showTerm, host, a.figures.make))
	if len(t.Sources) > 0 {
		addTo(box, a.sources(t.Sources))
	}
	return box
}

// wordsOf is a plain text as tokens, for a title.
func wordsOf(s string) []wtoken { return dropEmpty(appendWords(nil, s, false, "")) }

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
	box := container.NewVBox(newTextBlock(wordsOf(a.loc.T("SourcesHeading")), subHeadingStyle, "", nil, nil))
	for _, src := range sources {
		addTo(box, newTextBlock(wordsOf(SourceText(a.loc, src)), bodyStyle, "•", nil, nil))
	}
	return box
}

// SourceText writes a source as a reader would look it up: title, who
// published it, and the year.
func SourceText(loc *l10n.Localizer, src content.Source) string {
	return loc.Format("SourceItem", map[string]any{"Title": src.Title, "Body": src.Body, "Year": src.Year})
}

// glossaryScheme marks a link to a glossary term: [word](glossary:id).
const glossaryScheme = "glossary"
