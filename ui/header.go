package ui

import (
	"time"

	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"

	"veininfo/internal/l10n"
	"veininfo/internal/regions"
)

// header is the bar above the tabs: the app's name and the urgent-help
// control, the search field, the current region (a button that opens the
// region chooser), the region's languages, and the reading aids. Every
// control says in words what it does.
type header struct {
	now       func() time.Time
	win       fyne.Window
	reader    Reader
	onChange  func()
	languages []language.Tag // in the order of langs
	regionBtn *labelledButton
	langs     []*labelledButton // one button a language; none when the region has one
	smaller   *labelledButton
	larger    *labelledButton
	contrast  *labelledButton
	urgent    *labelledButton
	content   fyne.CanvasObject
}

// viewControls are the actions and state of the header's text-size and
// contrast buttons.
type viewControls struct {
	smaller, larger, contrast, urgent func()
	smallest, largest, contrastOn     bool
	now                               func() time.Time // for the date the region dialog shows
}

func newHeader(win fyne.Window, r Reader, name, search fyne.CanvasObject, onChange func(), view viewControls) *header {
	h := &header{win: win, reader: r, onChange: onChange, languages: r.Region().Languages, now: view.now}
	loc := r.Localizer()
	region := loc.RegionName(r.Region().Code)
	h.regionBtn = newLabelledButton(region, theme.MenuDropDownIcon(), loc.T("HeaderRegion")+": "+region, h.openChooser)
	h.regionBtn.IconPlacement = widget.ButtonIconTrailingText
	h.smaller = newButton(loc.T("A11ySmallerText"), view.smaller)
	h.larger = newButton(loc.T("A11yLargerText"), view.larger)
	if view.smallest {
		h.smaller.Disable()
	}
	if view.largest {
		h.larger.Disable()
	}
	contrast := loc.T("ContrastOff")
	if view.contrastOn {
		contrast = loc.T("ContrastOn")
	}
	h.contrast = newLabelledButton(contrast, theme.ColorPaletteIcon(), contrast, view.contrast)
	// Urgent help is one tap away from every tab, marked by colour, icon
	// and word.
	h.urgent = newLabelledButton(loc.T("UrgentHelp"), theme.WarningIcon(), loc.T("UrgentHelp"), view.urgent)
	h.urgent.Importance = widget.DangerImportance
	// Groups that stay together when the header wraps into rows.
	groups := []fyne.CanvasObject{
		container.NewHBox(name, h.urgent),
		search,
		container.NewHBox(widget.NewLabel(loc.T("HeaderRegion")), h.regionBtn),
	}
	groups = append(groups, h.languageGroup(loc)...)
	groups = append(groups,
		// each its own: at 200 % the three side by side are wider than a
		// 1024 px screen
		touchSized(h.smaller), touchSized(h.larger), touchSized(h.contrast),
	)
	h.content = &fyne.Container{Layout: flowLayout{canvas: win.Canvas()}, Objects: groups}
	return h
}

// languageGroup offers the region's languages as buttons, each named in
// itself, the current one marked; a region with one language shows its
// name only: a chooser with one choice would be a puzzle. The label stays
// with the first language; the others may wrap onto the next row.
func (h *header) languageGroup(loc *l10n.Localizer) []fyne.CanvasObject {
	label := widget.NewLabel(loc.T("HeaderLanguage"))
	if len(h.languages) == 1 {
		return []fyne.CanvasObject{container.NewHBox(label, widget.NewLabelWithStyle(l10n.SelfName(h.languages[0]), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))}
	}
	var group []fyne.CanvasObject
	for i, tag := range h.languages {
		b := newButton(l10n.SelfName(tag), h.chooseLanguage(tag))
		if tag == h.reader.Language() {
			b.Importance = widget.HighImportance
		}
		h.langs = append(h.langs, b)
		if i == 0 {
			group = append(group, container.NewHBox(label, b))
		} else {
			group = append(group, b)
		}
	}
	return group
}

// minTouch is the smallest width and height of anything a finger taps.
const minTouch = 44

// touchSized gives a small button at least minTouch of width.
func touchSized(b fyne.CanvasObject) fyne.CanvasObject {
	return &fyne.Container{Layout: boundedLayout{minWidth: minTouch}, Objects: []fyne.CanvasObject{b}}
}

func (h *header) openChooser() { showRegionChooser(h.win, h.reader, h.askRegion) }

// askRegion confirms a change of region before making it; see regionDialog.
func (h *header) askRegion(r regions.Region) {
	showRegionDialog(h.win, h.reader, r, h.now(), h.confirmRegion)
}

func (h *header) confirmRegion(r regions.Region) {
	if err := h.reader.SetRegion(r.Code); err != nil {
		log.Printf("ui: %v", err)
		return
	}
	h.onChange()
}

// chooseLanguage switches language at once: the region, and so the
// products shown, stay the same.
func (h *header) chooseLanguage(tag language.Tag) func() {
	return func() {
		if tag == h.reader.Language() {
			return
		}
		if err := h.reader.SetLanguage(tag); err != nil {
			log.Printf("ui: %v", err)
			return
		}
		h.onChange()
	}
}

// setCompact keeps only the app name, Urgent help and the search field in
// the header while the on-screen keyboard is open: at large text on a
// small screen the region, language and reading-aid rows would leave the
// keyboard and the results no room. Hide keyboard brings them back.
func (h *header) setCompact(on bool) {
	for _, o := range h.content.(*fyne.Container).Objects[2:] {
		if on {
			o.Hide()
		} else {
			o.Show()
		}
	}
	h.content.Refresh()
}
