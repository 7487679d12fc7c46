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

// showAdminPanel shows staff the version, the content's state, the
// configuration file with the settings in force and every problem, and
// where the log is. In kiosk mode (useCurrent and exit given) it also lets
// them make the current region and language the start for new patients,
// and exit the app.
func showAdminPanel(win fyne.Window, loc *l10n.Localizer, info AdminInfo, useCurrent, exit func()) dialog.Dialog {
	box := adminInfoBox(loc, info)
	if useCurrent != nil {
		box.Add(widget.NewSeparator())
		box.Add(wrapped(loc.T("AdminDefaults")))
		box.Add(widget.NewButton(loc.T("AdminUseCurrent"), useCurrent))
		box.Add(&widget.Button{Text: loc.T("AdminExit"), Importance: widget.DangerImportance, OnTapped: exit})
	}
	d := dialog.NewCustom(loc.T("AdminTitle"), loc.T("AdminClose"), container.NewVScroll(box), win)
	d.Resize(adminPanelSize)
	d.Show()
	return d
}

// adminInfoBox is what the staff panel says of the installation.
func adminInfoBox(loc *l10n.Localizer, info AdminInfo) *fyne.Container {
	path := info.ConfigPath
	if path == "" {
		path = loc.T("AdminNoConfigFile")
	}
	box := container.NewVBox(
		wrapped(loc.Format("AdminVersion", map[string]any{"Version": info.Version})),
		wrapped(loc.Format("AdminContentVersion", map[string]any{"Date": loc.LongDate(info.Content)})),
		wrapped(loc.Plural("AdminUnreviewed", info.Unreviewed)),
		wrapped(loc.Plural("AdminOverdue", info.Overdue)),
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
	if len(info.Settings) > 0 {
		box.Add(wrapped(loc.T("AdminSettings")))
		for _, kv := range info.Settings {
			box.Add(wrapped(kv[0] + ": " + kv[1]))
		}
	}
	box.Add(wrapped(loc.T("AdminRestartNote")))
	if info.LogFile != "" {
		box.Add(wrapped(loc.Format("AdminLogFile", map[string]any{"Path": info.LogFile})))
	}
	return box
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
