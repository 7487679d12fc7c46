package ui

import (
	"log"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"

	"veininfo/internal/l10n"
	"veininfo/internal/regions"
)

// header is the bar above the tabs: the app's name, the current region
// (a button that opens the region chooser) and the language chooser.
type header struct {
	win       fyne.Window
	reader    Reader
	onChange  func()
	languages []language.Tag // in the order of langSel's options
	regionBtn *widget.Button
	langSel   *widget.Select
	smaller   *labelledButton
	larger    *labelledButton
	contrast  *labelledButton
	urgent    *widget.Button
	content   fyne.CanvasObject
}

// viewControls are the actions of the header's text-size and contrast
// buttons.
type viewControls struct {
	smaller, larger, contrast, urgent func()
}

func newHeader(win fyne.Window, r Reader, name, search fyne.CanvasObject, onChange func(), view viewControls) *header {
	h := &header{win: win, reader: r, onChange: onChange, languages: r.Region().Languages}
	loc := r.Localizer()
	h.regionBtn = &widget.Button{
		Text: loc.RegionName(r.Region().Code), Icon: theme.MenuDropDownIcon(),
		IconPlacement: widget.ButtonIconTrailingText, OnTapped: h.openChooser,
	}
	h.regionBtn.ExtendBaseWidget(h.regionBtn)
	langOptions := languageOptions(h.languages)
	h.langSel = widget.NewSelect(langOptions, nil)
	h.langSel.SetSelectedIndex(slices.Index(h.languages, r.Language()))
	h.langSel.OnChanged = h.onLanguageChosen
	// The view buttons show "A" in two sizes and a contrast icon, which
	// need no translation; screen readers say what they do.
	h.smaller = newLabelledButton("A−", nil, loc.T("A11ySmallerText"), view.smaller)
	h.larger = newLabelledButton("A+", nil, loc.T("A11yLargerText"), view.larger)
	h.contrast = newLabelledButton("", theme.ColorPaletteIcon(), loc.T("A11yContrast"), view.contrast)
	// Urgent help is one tap away from every tab, marked by colour, icon
	// and word.
	h.urgent = &widget.Button{Text: loc.T("UrgentHelp"), Icon: theme.WarningIcon(), Importance: widget.DangerImportance, OnTapped: view.urgent}
	h.urgent.ExtendBaseWidget(h.urgent)
	// Groups that stay together when the header wraps into rows.
	groups := []fyne.CanvasObject{
		container.NewHBox(name, h.urgent),
		search,
		container.NewHBox(widget.NewLabel(loc.T("HeaderRegion")), h.regionBtn),
		container.NewHBox(widget.NewLabel(loc.T("HeaderLanguage")), wideEnough(h.langSel, langOptions)),
		container.NewHBox(touchSized(h.smaller), touchSized(h.larger), touchSized(h.contrast)),
	}
	h.content = &fyne.Container{Layout: flowLayout{canvas: win.Canvas()}, Objects: groups}
	return h
}

// minTouch is the smallest width and height of anything a finger taps.
const minTouch = 44

// touchSized gives a small button at least minTouch of width.
func touchSized(b fyne.CanvasObject) fyne.CanvasObject {
	return &fyne.Container{Layout: boundedLayout{minWidth: minTouch}, Objects: []fyne.CanvasObject{b}}
}

// languageOptions names each language in itself: "Deutsch", "English".
func languageOptions(tags []language.Tag) []string {
	options := make([]string, len(tags))
	for i, t := range tags {
		options[i] = l10n.SelfName(t)
	}
	return options
}

func (h *header) openChooser() { showRegionChooser(h.win, h.reader, h.askRegion) }

// askRegion confirms a change of region before making it; see regionDialog.
func (h *header) askRegion(r regions.Region) {
	showRegionDialog(h.win, h.reader, r, h.confirmRegion)
}

func (h *header) confirmRegion(r regions.Region) {
	if err := h.reader.SetRegion(r.Code); err != nil {
		log.Printf("ui: %v", err)
		return
	}
	h.onChange()
}

// onLanguageChosen switches language at once: the region, and so the
// products shown, stay the same.
func (h *header) onLanguageChosen(string) {
	i := h.langSel.SelectedIndex()
	if i < 0 || h.languages[i] == h.reader.Language() {
		return
	}
	if err := h.reader.SetLanguage(h.languages[i]); err != nil {
		log.Printf("ui: %v", err)
		return
	}
	h.onChange()
}
