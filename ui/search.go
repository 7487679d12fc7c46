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
const searchWidth = 170

// searchBox is the header's search field: as the reader types, the
// matching topics and glossary terms take the place of the tab's content
// (the tabs stay in view; not a popup, which would take the keyboard away
// from the field). Each result is a card a tap opens; Back or the field's
// × button goes back to the tab; when nothing is found, a button opens
// the glossary.
type searchBox struct {
	shell   *Shell
	entry   *focusEntry
	results *fyne.Container
	panel   *fyne.Container // the results over the tab's content, hidden until used
	list    *rowList
}

func newSearchBox(s *Shell) *searchBox {
	b := &searchBox{shell: s, results: container.NewStack()}
	loc := s.reader.Localizer()
	back := newLabelledButton(loc.T("SearchBack"), theme.NavigateBackIcon(), loc.T("SearchBack"), b.clear)
	background := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	b.panel = container.NewStack(background, container.NewBorder(container.NewHBox(back), nil, nil, nil, b.results))
	b.panel.Hide()
	// The text is set before OnChanged, so a rebuild does not reopen the
	// results.
	// The field's label stands beside it, where it stays while the reader
	// types: a placeholder would vanish, and would be too faint to read.
	b.entry = newFocusEntry("", s.query, b.changed, s.entryFocused)
	// × shows only when there is something to clear: an empty field's ×
	// would be a Tab stop that does nothing.
	clearBtn := newLabelledButton("", theme.CancelIcon(), loc.T("SearchClear"), b.clear)
	clearBtn.Hidden = s.query == ""
	b.entry.ActionItem = clearBtn
	return b
}

// field is the entry at its width in the header.
func (b *searchBox) field() fyne.CanvasObject {
	width := searchWidth * theme.TextSize() / normalTextSize()
	field := &fyne.Container{Layout: boundedLayout{minWidth: width}, Objects: []fyne.CanvasObject{b.entry}}
	return container.NewHBox(widget.NewLabel(b.shell.reader.Localizer().T("SearchPlaceholder")), field)
}

func (b *searchBox) changed(query string) {
	b.shell.query = query
	b.shell.touch()
	if (query == "") == b.entry.ActionItem.Visible() {
		if query == "" {
			b.entry.ActionItem.Hide()
		} else {
			b.entry.ActionItem.Show()
		}
	}
	if query == "" {
		b.hide()
		return
	}
	b.show(b.shell.reader.Pack().Search(query))
}

// show lists results from the top: a new search never starts scrolled.
func (b *searchBox) show(results []content.Result) {
	loc := b.shell.reader.Localizer()
	if len(results) == 0 {
		glossary := newLabelledButton(loc.T("SearchInGlossary"), theme.SearchIcon(), loc.T("SearchInGlossary"), b.openGlossary)
		b.results.Objects = []fyne.CanvasObject{column(container.NewVBox(wrapped(loc.T("SearchNoResults")), container.NewHBox(glossary)))}
	} else {
		titles, snippets := make([]string, len(results)), make([]string, len(results))
		for i, r := range results {
			titles[i] = loc.T(sectionTabIDs[r.Section]) + ": " + r.Title
			snippets[i] = r.Snippet
		}
		b.list = newDetailList(titles, snippets, func(i int) { b.open(results[i]) }, b.shell.touch)
		count := widget.NewLabel(loc.Plural("SearchResults", len(results)))
		b.results.Objects = []fyne.CanvasObject{container.NewBorder(count, nil, nil, nil, b.list.scroll)}
	}
	b.results.Refresh()
	b.shell.closeUrgentHelp()
	if b.shell.path != "" {
		b.shell.closePath()
	}
	b.panel.Show()
	b.shell.coverChanged()
}

func (b *searchBox) open(r content.Result) {
	b.hide()
	b.shell.openResult(r)
}

// clear empties the field and goes back to the tab.
func (b *searchBox) clear() {
	b.entry.SetText("")
	b.hide()
}

// openGlossary goes to the glossary with the query in its search field.
func (b *searchBox) openGlossary() {
	query := b.shell.query
	b.clear()
	b.shell.openGlossary(query)
}

func (b *searchBox) hide() {
	b.panel.Hide()
	b.shell.coverChanged()
}

// sectionTabIDs name each section by its tab's message; "" is the glossary.
var sectionTabIDs = map[content.Section]string{
	content.Welcome:   "TabWelcome",
	content.Disease:   "TabDisease",
	content.Treatment: "TabTreatment",
	content.Products:  "TabProducts",
	"":                "TabGlossary",
}
