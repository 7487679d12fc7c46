package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/regions"
)

// continentIDs are the message IDs of the continents in regions.Continents.
var continentIDs = map[string]string{
	"europe":        "ContinentEurope",
	"north-america": "ContinentNorthAmerica",
	"south-america": "ContinentSouthAmerica",
	"oceania":       "ContinentOceania",
}

// regionChooserSize fits every region in two columns on a 1280x800 screen
// at normal text size; it grows with the text, as far as the screen allows,
// and the list scrolls (by finger, wheel or keys) where it does not fit.
var regionChooserSize = fyne.NewSize(900, 700)

// regionChooser lists every region, grouped by continent and in the
// reader's alphabetical order, as large buttons that work on a touch screen.
type regionChooser struct {
	reader   Reader
	onChosen func(regions.Region)
	dialog   dialog.Dialog
}

func showRegionChooser(win fyne.Window, r Reader, onChosen func(regions.Region)) *regionChooser {
	c := &regionChooser{reader: r, onChosen: onChosen}
	loc := r.Localizer()
	hint := widget.NewLabel(loc.T("RegionChooserHint"))
	hint.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(hint)
	host := &swipeHost{}
	for _, g := range regions.ByContinent(r.Regions(), r.Language(), c.regionLabel, c.continentName) {
		addTo(body, widget.NewLabelWithStyle(c.continentName(g.Continent), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		grid := &fyne.Container{Layout: &columnsLayout{columns: 2}}
		for _, reg := range g.Regions {
			addTo(grid, c.regionButton(reg).inScroll(host))
		}
		addTo(body, grid)
	}
	c.dialog = dialog.NewCustom(loc.T("RegionChooserTitle"), loc.T("RegionDialogCancel"), newSwipeScroll(body, host, nil), win)
	fitDialog(c.dialog, win, regionChooserSize)
	c.dialog.Show()
	return c
}

func (c *regionChooser) regionButton(r regions.Region) *labelledButton {
	b := newButton(c.regionLabel(r), func() { c.choose(r) })
	if r.Code == c.reader.Region().Code {
		b.Importance = widget.HighImportance
	}
	return b
}

func (c *regionChooser) choose(r regions.Region) {
	c.dialog.Hide()
	if r.Code != c.reader.Region().Code {
		c.onChosen(r)
	}
}

func (c *regionChooser) continentName(continent string) string {
	return c.reader.Localizer().T(continentIDs[continent])
}

// regionLabel names a region in the reader's language and, where it
// differs, in the region's own language: "Switzerland (Schweiz)".
func (c *regionChooser) regionLabel(r regions.Region) string {
	loc := c.reader.Localizer()
	name := loc.RegionName(r.Code)
	own := c.reader.LocalizerFor(r.DefaultLanguage()).RegionName(r.Code)
	if own == name {
		return name
	}
	return loc.Format("RegionOption", map[string]any{"Name": name, "OwnName": own})
}
