package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/content"
	"veininfo/internal/l10n"
)

// glossaryTab lists every term in the reader's alphabetical order, filtered
// by a search box, with a letter index above the list, and shows the
// chosen term's definition beside it.
type glossaryTab struct {
	loc      *l10n.Localizer
	pack     *content.Pack
	shown    []content.Term
	search   *focusEntry
	count    *widget.Label
	field    *fyne.Container // the search field at its width
	letters  *fyne.Container // the field, the count and every letter, in as many rows as it takes
	list     *rowList
	listSlot *fyne.Container
	detail   *fyne.Container
	view     *swipeScroll // the definition shown
	onChosen func(id string)
	onSearch func()
	content  fyne.CanvasObject
	// termBar is the Print row under a term's definition; nil for none
	termBar func(content.Term) fyne.CanvasObject
}

func newGlossaryTab(w fyne.Window, r Reader, selected string, onChosen func(string), onSearch func(), onFocus func(*focusEntry), termBar func(content.Term) fyne.CanvasObject) *glossaryTab {
	g := &glossaryTab{loc: r.Localizer(), pack: r.Pack(), onChosen: onChosen, onSearch: onSearch, detail: container.NewStack(), termBar: termBar}
	g.search = newFocusEntry(g.loc.T("GlossarySearch"), "", g.searchChanged, onFocus)
	g.count = widget.NewLabel("")
	// the field, then how many terms it shows, then the letters: one flow,
	// so that at large text they share rows rather than each taking one
	// wide enough for its placeholder, which is its label
	hint := fyne.MeasureText(g.search.PlaceHolder, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding() + 2*theme.InputBorderSize()
	g.field = &fyne.Container{Layout: boundedLayout{minWidth: max(hint, searchWidth*theme.TextSize()/normalTextSize())}, Objects: []fyne.CanvasObject{g.search}}
	g.letters = &fyne.Container{Layout: flowLayout{canvas: w.Canvas(), leading: true, within: g.width}}
	g.listSlot = container.NewStack()
	split := container.NewHSplit(g.listSlot, g.detail)
	split.Offset = 0.3
	// The search and the letters span the whole tab: at large text the
	// letters need two rows there, where the list's column would need seven.
	// The letters first among the objects: Tab goes from the search field
	// and letters to the list, as they stand on the screen.
	g.content = &fyne.Container{Layout: layout.NewBorderLayout(g.letters, nil, nil, nil), Objects: []fyne.CanvasObject{g.letters, split}}
	g.filter("")
	g.choose(selected)
	return g
}

// width is the room the letter index has: the tab's.
func (g *glossaryTab) width() float32 { return g.content.Size().Width }

func (g *glossaryTab) searchChanged(query string) {
	g.filter(query)
	// A search that names a term exactly shows its definition at once.
	if len(g.shown) > 0 && (len(g.shown) == 1 || content.SameWord(g.shown[0].Term, query)) {
		g.list.Select(0)
	}
	g.onSearch()
}

// filter shows the terms matching query and says how many there are.
func (g *glossaryTab) filter(query string) {
	g.shown = g.pack.SearchGlossary(query)
	terms := make([]string, len(g.shown))
	for i, t := range g.shown {
		terms[i] = t.Term
	}
	g.list = newRowList(terms, g.onSelected, g.onSearch)
	g.listSlot.Objects = []fyne.CanvasObject{g.list.scroll}
	g.listSlot.Refresh()
	g.letters.Objects = []fyne.CanvasObject{g.field, g.count}
	for _, l := range g.pack.Letters(g.shown) {
		addTo(g.letters, touchSized(newButton(l.Label, g.jumpTo(l.Index))))
	}
	g.letters.Refresh()
	if len(g.shown) == 0 {
		g.count.SetText(g.loc.T("GlossaryNoMatch"))
	} else {
		g.count.SetText(g.loc.Plural("GlossaryCount", len(g.shown)))
	}
	g.showDetail(nil)
}

// jumpTo puts the first term of a letter at the top of the list.
func (g *glossaryTab) jumpTo(i int) func() {
	return func() {
		g.list.ScrollTo(i)
		g.onSearch()
	}
}

func (g *glossaryTab) choose(id string) {
	if i := slices.IndexFunc(g.shown, func(t content.Term) bool { return t.ID == id }); i >= 0 {
		g.list.Select(i)
		g.list.ScrollTo(i)
	}
}

func (g *glossaryTab) onSelected(i int) {
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
		detail = newSwipeScroll(hint, nil, nil)
	} else {
		title := newTextBlock(wordsOf(term.Term), headingStyle, "", nil, nil)
		definition := newTextBlock(wordsOf(term.Definition), textStyle{size: theme.SizeNameSubHeadingText}, "", nil, nil)
		box := container.NewVBox(title, definition)
		if g.termBar != nil {
			if bar := g.termBar(*term); bar != nil {
				box.Add(bar)
			}
		}
		g.view = newSwipeScroll(column(box), nil, g.onSearch)
		detail = g.view
	}
	g.detail.Objects = []fyne.CanvasObject{detail}
	g.detail.Refresh()
}

func (g *glossaryTab) currentView() *swipeScroll { return g.view }
