package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/l10n"
)

// adminPanelSize leaves room for a few configuration problems.
var adminPanelSize = fyne.NewSize(720, 520)

// showAdminPanel shows staff the version, the configuration file and its
// problems, lets them make the current region and language the start for
// new patients, and exit the app.
func showAdminPanel(win fyne.Window, loc *l10n.Localizer, info AdminInfo, useCurrent, exit func()) dialog.Dialog {
	path := info.ConfigPath
	if path == "" {
		path = loc.T("AdminNoConfigFile")
	}
	box := container.NewVBox(
		wrapped(loc.Format("AdminVersion", map[string]any{"Version": info.Version})),
		wrapped(loc.Format("AdminContentVersion", map[string]any{"Date": loc.LongDate(info.Content)})),
		wrapped(loc.Format("AdminConfigFile", map[string]any{"Path": path})),
	)
	if len(info.Problems) == 0 {
		box.Add(wrapped(loc.T("AdminNoProblems")))
	} else {
		box.Add(wrapped(loc.T("AdminProblems")))
		for _, p := range info.Problems {
			box.Add(wrapped("• " + p))
		}
	}
	box.Add(widget.NewSeparator())
	box.Add(wrapped(loc.T("AdminDefaults")))
	box.Add(widget.NewButton(loc.T("AdminUseCurrent"), useCurrent))
	box.Add(&widget.Button{Text: loc.T("AdminExit"), Importance: widget.DangerImportance, OnTapped: exit})
	d := dialog.NewCustom(loc.T("AdminTitle"), loc.T("AdminClose"), container.NewVScroll(box), win)
	d.Resize(adminPanelSize)
	d.Show()
	return d
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
