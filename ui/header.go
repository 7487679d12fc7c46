package ui

import (
	"log"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"

	"veininfo/internal/l10n"
	"veininfo/internal/regions"
)

// header is the bar above the tabs: the app's name, and choosers for the
// region and the language.
type header struct {
	win       fyne.Window
	reader    Reader
	onChange  func()
	regions   []regions.Region // in the order of regionSel's options
	languages []language.Tag   // in the order of langSel's options
	regionSel *widget.Select
	langSel   *widget.Select
	content   fyne.CanvasObject
}

func newHeader(win fyne.Window, r Reader, onChange func()) *header {
	h := &header{win: win, reader: r, onChange: onChange, regions: r.Regions(), languages: r.Region().Languages}
	loc := r.Localizer()
	regionOptions := h.regionOptions(loc)
	h.regionSel = widget.NewSelect(regionOptions, nil)
	h.regionSel.SetSelectedIndex(h.regionIndex(r.Region().Code))
	h.regionSel.OnChanged = h.onRegionChosen
	langOptions := languageOptions(h.languages)
	h.langSel = widget.NewSelect(langOptions, nil)
	h.langSel.SetSelectedIndex(slices.Index(h.languages, r.Language()))
	h.langSel.OnChanged = h.onLanguageChosen
	name := widget.NewLabelWithStyle(loc.T("AppName"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.content = container.NewHBox(
		name, layout.NewSpacer(),
		widget.NewLabel(loc.T("HeaderRegion")), wideEnough(h.regionSel, regionOptions),
		widget.NewLabel(loc.T("HeaderLanguage")), wideEnough(h.langSel, langOptions),
	)
	return h
}

// regionOptions names each region in the reader's language and, where it
// differs, in the region's own language: "Switzerland (Schweiz)".
func (h *header) regionOptions(loc *l10n.Localizer) []string {
	options := make([]string, len(h.regions))
	for i, r := range h.regions {
		name := loc.RegionName(r.Code)
		own := h.ownName(r)
		if own == name {
			options[i] = name
			continue
		}
		options[i] = loc.Format("RegionOption", map[string]any{"Name": name, "OwnName": own})
	}
	return options
}

// ownName names a region in its own default language.
func (h *header) ownName(r regions.Region) string {
	return h.reader.LocalizerFor(r.DefaultLanguage()).RegionName(r.Code)
}

// languageOptions names each language in itself: "Deutsch", "English".
func languageOptions(tags []language.Tag) []string {
	options := make([]string, len(tags))
	for i, t := range tags {
		options[i] = l10n.SelfName(t)
	}
	return options
}

func (h *header) regionIndex(code string) int {
	return slices.IndexFunc(h.regions, func(r regions.Region) bool { return r.Code == code })
}

// onRegionChosen asks before changing the region; see regionDialog.
func (h *header) onRegionChosen(string) {
	i := h.regionSel.SelectedIndex()
	if i < 0 || h.regions[i].Code == h.reader.Region().Code {
		return
	}
	showRegionDialog(h.win, h.reader, h.regions[i], h.confirmRegion, h.cancelRegion)
}

func (h *header) confirmRegion(r regions.Region) {
	if err := h.reader.SetRegion(r.Code); err != nil {
		log.Printf("ui: %v", err)
		h.cancelRegion()
		return
	}
	h.onChange()
}

// cancelRegion puts the chooser back on the current region, without asking
// again.
func (h *header) cancelRegion() {
	h.regionSel.OnChanged = nil
	h.regionSel.SetSelectedIndex(h.regionIndex(h.reader.Region().Code))
	h.regionSel.OnChanged = h.onRegionChosen
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
