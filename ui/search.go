package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/content"
)

// searchWidth is the search field's width at the normal text size; it
// grows with the text.
const searchWidth = 160

// searchBox is the header's search field: as the reader types, a list of
// matching topics and glossary terms takes the place of the tabs (not a
// popup, which would take the keyboard away from the field); choosing one
// opens it.
type searchBox struct {
	shell   *Shell
	entry   *focusEntry
	results *fyne.Container
	panel   *fyne.Container // the results over the tabs, hidden until used
}

func newSearchBox(s *Shell) *searchBox {
	b := &searchBox{shell: s, results: container.NewVBox()}
	background := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	b.panel = container.NewStack(background, container.NewVScroll(column(b.results)))
	b.panel.Hide()
	// The text is set before OnChanged, so a rebuild does not reopen the
	// results.
	b.entry = newFocusEntry(s.reader.Localizer().T("SearchPlaceholder"), s.query, b.changed, s.entryFocused)
	return b
}

// field is the entry at its width in the header.
func (b *searchBox) field() fyne.CanvasObject {
	width := searchWidth * theme.TextSize() / normalTextSize()
	return &fyne.Container{Layout: boundedLayout{minWidth: width}, Objects: []fyne.CanvasObject{b.entry}}
}

func (b *searchBox) changed(query string) {
	b.shell.query = query
	b.shell.touch()
	if query == "" {
		b.hide()
		return
	}
	b.show(b.shell.reader.Pack().Search(query))
}

func (b *searchBox) show(results []content.Result) {
	loc := b.shell.reader.Localizer()
	b.results.Objects = nil
	if len(results) == 0 {
		b.results.Add(wrapped(loc.T("SearchNoResults")))
	} else {
		b.results.Add(widget.NewLabel(loc.Plural("SearchResults", len(results))))
	}
	for _, r := range results {
		b.results.Add(b.resultRow(r))
	}
	b.results.Refresh()
	b.panel.Show()
}

// resultRow is a result's section and title as a button, and the words
// around the match under it.
func (b *searchBox) resultRow(r content.Result) fyne.CanvasObject {
	loc := b.shell.reader.Localizer()
	section := loc.T(sectionTabIDs[r.Section])
	open := &widget.Button{Text: section + ": " + r.Title, Alignment: widget.ButtonAlignLeading, OnTapped: func() { b.open(r) }}
	open.ExtendBaseWidget(open)
	return container.NewVBox(open, wrapped(r.Snippet))
}

func (b *searchBox) open(r content.Result) {
	b.hide()
	b.shell.openResult(r)
}

func (b *searchBox) hide() { b.panel.Hide() }

// sectionTabIDs name each section by its tab's message; "" is the glossary.
var sectionTabIDs = map[content.Section]string{
	content.Welcome:   "TabWelcome",
	content.Disease:   "TabDisease",
	content.Treatment: "TabTreatment",
	content.Products:  "TabProducts",
	"":                "TabGlossary",
}
