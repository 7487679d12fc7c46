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

// termPopupWidth keeps a definition readable beside the article.
const termPopupWidth = 520

// showTermPopup shows a glossary term and its definition in a popup over
// the article, which closes with a tap outside it, its close button or Esc.
func showTermPopup(c fyne.Canvas, loc *l10n.Localizer, glossary []content.Term, id string) *widget.PopUp {
	i := slices.IndexFunc(glossary, func(t content.Term) bool { return t.ID == id })
	if i < 0 {
		return nil
	}
	term := glossary[i]
	title := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: term.Term})
	title.Wrapping = fyne.TextWrapWord
	definition := widget.NewLabel(term.Definition)
	definition.Wrapping = fyne.TextWrapWord
	text := container.NewVBox(title, definition)
	var popup *widget.PopUp
	closeBtn := widget.NewButton(loc.T("BannerDismiss"), func() { popup.Hide() })
	box := container.NewBorder(nil, container.NewHBox(closeBtn), nil, nil, text)
	popup = widget.NewPopUp(box, c)
	// The wrapped text's height depends on its width: measure it there.
	width := min(termPopupWidth*theme.TextSize()/normalTextSize(), c.Size().Width-40)
	inner := width - 4*theme.Padding()
	title.Resize(fyne.NewSize(inner, title.MinSize().Height))
	definition.Resize(fyne.NewSize(inner, definition.MinSize().Height))
	height := text.MinSize().Height + closeBtn.MinSize().Height + 4*theme.Padding()
	popup.Resize(fyne.NewSize(width, min(height, c.Size().Height-40)))
	popup.ShowAtPosition(fyne.NewPos(c.Size().Width-width-20, max(20, (c.Size().Height-height)/2)))
	return popup
}
