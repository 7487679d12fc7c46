package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// readingWidth is the widest a column of running text gets: wider lines
// are hard to follow back to their start.
const readingWidth = 880

// normalTextSize is the text size at 100%, which readingWidth is for.
func normalTextSize() float32 { return baseTheme.Size(theme.SizeNameText) * textScale }

// boundedLayout gives its content at least minWidth and at most maxWidth
// (when set), placed at the top left, keeping rightMargin free. maxWidth
// grows with the text size, so that large text keeps as many words a line.
type boundedLayout struct{ minWidth, maxWidth, rightMargin float32 }

func (l boundedLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	size.Width -= l.rightMargin
	if l.maxWidth > 0 {
		size.Width = min(size.Width, l.maxWidth*theme.TextSize()/normalTextSize())
	}
	for _, o := range objects {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (l boundedLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	size := fyne.NewSize(l.minWidth, 0)
	for _, o := range objects {
		size = size.Max(o.MinSize())
	}
	return size
}

// column keeps running text narrow enough to read. Its right margin makes
// room for what Fyne's rich text wraps too late: a list item's text is
// wrapped to the full width and then moved right by the list marker.
func column(o fyne.CanvasObject) fyne.CanvasObject {
	margin := 2 * theme.TextSize()
	return &fyne.Container{Layout: boundedLayout{maxWidth: readingWidth, rightMargin: margin}, Objects: []fyne.CanvasObject{o}}
}

// wideEnough gives a chooser the width of its longest option, so that no
// name is cut short.
func wideEnough(sel fyne.CanvasObject, options []string) fyne.CanvasObject {
	var widest float32
	for _, o := range options {
		widest = max(widest, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	width := widest + theme.IconInlineSize() + 3*theme.InnerPadding() + theme.Padding()
	return &fyne.Container{Layout: boundedLayout{minWidth: width}, Objects: []fyne.CanvasObject{sel}}
}
