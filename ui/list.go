package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// newTextList is a list of texts that wrap onto more lines rather than
// being cut short: long German compounds and topic titles stay whole.
func newTextList(length func() int, text func(int) string, onSelected func(int)) *widget.List {
	list := &widget.List{Length: length, OnSelected: onSelected}
	list.CreateItem = func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	list.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		o.(*widget.Label).SetText(text(i))
		list.SetItemHeight(i, o.MinSize().Height)
	}
	list.ExtendBaseWidget(list)
	return list
}
