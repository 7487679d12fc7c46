package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/regions"
)

// regionDialogSize keeps the dialog's wrapped text readable.
var regionDialogSize = fyne.NewSize(560, 380)

// showRegionDialog asks the reader to confirm a change of region, saying in
// the current language what will change. Nothing changes unless the reader
// confirms.
func showRegionDialog(win fyne.Window, r Reader, to regions.Region, today time.Time, confirm func(regions.Region)) {
	loc := r.Localizer()
	name := loc.RegionName(to.Code)
	after := r.LanguageAfter(to)
	lines := []string{
		loc.Format("RegionDialogIntro", map[string]any{"Region": name}),
		loc.T("RegionDialogChanges"),
		"• " + loc.Format("RegionDialogLanguage", map[string]any{"Language": loc.LanguageName(after)}),
		"• " + loc.Format("RegionDialogDates", map[string]any{"Date": r.LocalizerFor(after).LongDate(today)}),
		"• " + loc.Format("RegionDialogProducts", map[string]any{"Region": name}),
	}
	box := container.NewVBox()
	for _, line := range lines {
		l := widget.NewLabel(line)
		l.Wrapping = fyne.TextWrapWord
		addTo(box, l)
	}
	d := dialog.NewCustomConfirm(loc.T("RegionDialogTitle"), loc.T("RegionDialogConfirm"), loc.T("RegionDialogCancel"),
		newSwipeScroll(box, &swipeHost{}, nil), func(ok bool) {
			if ok {
				confirm(to)
			}
		}, win)
	fitDialog(d, win, regionDialogSize)
	d.Show()
}
