package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/content"
	"veininfo/internal/l10n"
)

// urgentPanel shows the urgent-help topic over the tabs, from any tab, with
// a button back to where the reader was. It is not a popup, so the header
// and its urgent-help control stay in reach. Its content is made when it
// opens, so that a region switch does not pay for a topic nobody reads.
type urgentPanel struct {
	shell *Shell
	panel *fyne.Container
	view  *swipeScroll // nil while closed
}

func newUrgentPanel(s *Shell) *urgentPanel {
	p := &urgentPanel{shell: s, panel: container.NewStack()}
	if s.urgentOpen {
		p.show()
	} else {
		p.panel.Hide()
	}
	return p
}

func (p *urgentPanel) show() {
	s := p.shell
	back := newLabelledButton(s.reader.Localizer().T("UrgentBack"), theme.NavigateBackIcon(), s.reader.Localizer().T("UrgentBack"), s.closeUrgentHelp)
	var view fyne.CanvasObject = widget.NewLabel("")
	if t, ok := s.reader.Pack().Topic(content.Welcome, content.UrgentHelp); ok {
		p.view = s.articles().view(t)
		view = p.view
	}
	background := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	p.panel.Objects = []fyne.CanvasObject{background, container.NewBorder(container.NewHBox(back), nil, nil, nil, view)}
	p.panel.Show()
	p.panel.Refresh()
	s.coverChanged()
}

// OpenUrgentHelp shows the urgent-help topic over whatever tab is open.
func (s *Shell) OpenUrgentHelp() {
	s.urgentOpen = true
	s.search.hide()
	s.urgent.show()
	s.touch()
}

func (s *Shell) closeUrgentHelp() {
	s.urgentOpen = false
	s.urgent.panel.Hide()
	s.urgent.panel.Objects, s.urgent.view = nil, nil
	s.coverChanged()
	s.touch()
}

// SetUrgentHelpNote sets the clinic's own line under the emergency number:
// notes by language tag, "" for every language.
func (s *Shell) SetUrgentHelpNote(notes map[string]string) {
	s.urgentNote = notes
	s.build()
}

// urgentNoteFor is the clinic's note in the reader's language, falling
// back along the language's chain, then the note for every language.
func urgentNoteFor(notes map[string]string, loc *l10n.Localizer) string {
	for _, tag := range loc.Chain() {
		if n, ok := notes[tag.String()]; ok {
			return n
		}
	}
	return notes[""]
}

// urgentBox stands at the top of the urgent-help topic: the region's
// emergency number, large, and the clinic's own note under it.
func (a articles) urgentBox() fyne.CanvasObject {
	number := newTextBlock(wordsOf(a.loc.Format("UrgentNumber", map[string]any{"Number": a.emergency})),
		textStyle{size: theme.SizeNameHeadingText, bold: true, color: theme.ColorNameError}, "", nil, nil)
	box := container.NewVBox(number)
	if a.urgentNote != "" {
		box.Add(wrapped(a.urgentNote))
	}
	border := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	border.StrokeColor, border.StrokeWidth = theme.Color(theme.ColorNameError), 3
	return container.NewStack(border, container.NewPadded(box))
}

// coverChanged tells the tabs that a panel over them opened or closed.
func (s *Shell) coverChanged() {
	if s.tabs != nil {
		s.tabs.cover()
	}
}
