package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/content"
	"veininfo/internal/l10n"
)

// glossaryTab lists every term in the reader's alphabetical order, filtered
// by a search box, and shows the chosen term's definition beside the list.
type glossaryTab struct {
	loc      *l10n.Localizer
	pack     *content.Pack
	shown    []content.Term
	search   *focusEntry
	count    *widget.Label
	letters  *fyne.Container // the letter index, scrolling sideways
	list     *widget.List
	detail   *fyne.Container
	onChosen func(id string)
	onSearch func()
	content  fyne.CanvasObject
}

func newGlossaryTab(r Reader, selected string, onChosen func(string), onSearch func(), onFocus func(*focusEntry)) *glossaryTab {
	g := &glossaryTab{loc: r.Localizer(), pack: r.Pack(), onChosen: onChosen, onSearch: onSearch, detail: container.NewStack()}
	g.search = newFocusEntry(g.loc.T("GlossarySearch"), "", g.searchChanged, onFocus)
	g.count = widget.NewLabel("")
	g.list = newTextList(func() int { return len(g.shown) }, g.term, g.onSelected)
	g.letters = container.NewHBox()
	left := container.NewBorder(container.NewVBox(g.search, container.NewHScroll(g.letters), g.count), nil, nil, nil, g.list)
	split := container.NewHSplit(left, g.detail)
	split.Offset = 0.3
	g.content = split
	g.filter("")
	g.choose(selected)
	return g
}

func (g *glossaryTab) term(i int) string { return g.shown[i].Term }

func (g *glossaryTab) searchChanged(query string) {
	g.filter(query)
	g.onSearch()
}

// filter shows the terms matching query and says how many there are.
func (g *glossaryTab) filter(query string) {
	g.shown = g.pack.SearchGlossary(query)
	g.list.UnselectAll()
	g.list.Refresh()
	g.letters.Objects = nil
	for _, l := range g.pack.Letters(g.shown) {
		g.letters.Add(touchSized(widget.NewButton(l.Label, g.jumpTo(l.Index))))
	}
	g.letters.Refresh()
	if len(g.shown) == 0 {
		g.count.SetText(g.loc.T("GlossaryNoMatch"))
	} else {
		g.count.SetText(g.loc.Plural("GlossaryCount", len(g.shown)))
	}
	g.showDetail(nil)
}

// jumpTo scrolls the list to the first term of a letter.
func (g *glossaryTab) jumpTo(i int) func() {
	return func() {
		g.list.ScrollTo(i)
		g.onSearch()
	}
}

func (g *glossaryTab) choose(id string) {
	if i := slices.IndexFunc(g.shown, func(t content.Term) bool { return t.ID == id }); i >= 0 {
		g.list.Select(i)
	}
}

func (g *glossaryTab) onSelected(i widget.ListItemID) {
	term := g.shown[i]
	g.showDetail(&term)
	g.onChosen(term.ID)
}

// showDetail shows a term and its definition in large text, or a hint to
// choose one.
func (g *glossaryTab) showDetail(term *content.Term) {
	var detail fyne.CanvasObject
	if term == nil {
		hint := widget.NewLabel(g.loc.T("GlossaryChoose"))
		hint.Wrapping = fyne.TextWrapWord
		detail = hint
	} else {
		// Two rich texts: in one, Fyne would run the heading and the
		// definition together on a line.
		title := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleHeading, Text: term.Term})
		title.Wrapping = fyne.TextWrapWord
		definition := widget.NewRichText(&widget.TextSegment{Style: largeParagraph, Text: term.Definition})
		definition.Wrapping = fyne.TextWrapWord
		detail = container.NewVScroll(column(container.NewVBox(title, definition)))
	}
	g.detail.Objects = []fyne.CanvasObject{detail}
	g.detail.Refresh()
}

// largeParagraph is a paragraph in subheading size, readable at arm's length.
var largeParagraph = widget.RichTextStyle{
	ColorName: widget.RichTextStyleParagraph.ColorName,
	SizeName:  theme.SizeNameSubHeadingText,
}
