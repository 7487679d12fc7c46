package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/content"
)

// productsTab shows the kinds of device approved in the reader's region,
// under a notice that approvals differ between jurisdictions.
type productsTab struct {
	topics  *topicsTab // nil when the region shows no products
	content fyne.CanvasObject
}

func newProductsTab(s *Shell) *productsTab {
	loc := s.reader.Localizer()
	region := loc.RegionName(s.reader.Region().Code)
	notice := widget.NewLabel(loc.Format("ProductsNotice", map[string]any{"Region": region}))
	notice.Wrapping = fyne.TextWrapWord
	banner := container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, notice)
	products := s.reader.Products()
	if len(products) == 0 {
		none := widget.NewLabel(loc.Format("ProductsNone", map[string]any{"Region": region}))
		none.Wrapping = fyne.TextWrapWord
		return &productsTab{content: container.NewVBox(banner, none)}
	}
	t := s.topicsTab(content.Products, products, banner)
	return &productsTab{topics: t, content: t.content}
}
