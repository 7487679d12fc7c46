package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
)

// readingWidth is the widest a column of running text gets: wider lines
// are hard to follow back to their start.
const readingWidth = 880

// normalTextSize is the text size at 100%, which readingWidth is for.
func normalTextSize() float32 { return baseTheme.Size(theme.SizeNameText) * textScale }

// boundedLayout gives its content at least minWidth and at most maxWidth
// (when set), placed at the top left, keeping leftMargin and rightMargin
// free. maxWidth grows with the text size, so that large text keeps as
// many words a line.
type boundedLayout struct{ minWidth, maxWidth, leftMargin, rightMargin float32 }

func (l boundedLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	size.Width -= l.leftMargin + l.rightMargin
	if l.maxWidth > 0 {
		size.Width = min(size.Width, l.maxWidth*theme.TextSize()/normalTextSize())
	}
	for _, o := range objects {
		o.Resize(size)
		o.Move(fyne.NewPos(l.leftMargin, 0))
	}
}

func (l boundedLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	size := fyne.NewSize(l.minWidth, 0)
	for _, o := range objects {
		size = size.Max(o.MinSize().AddWidthHeight(l.leftMargin, 0))
	}
	return size
}

// column keeps running text narrow enough to read. Its right margin makes
// room for what Fyne's rich text wraps too late: a list item's text is
// wrapped to the full width and then moved right by the list marker.
func column(o fyne.CanvasObject) fyne.CanvasObject {
	margin := 2 * theme.TextSize()
	return &fyne.Container{Layout: boundedLayout{maxWidth: readingWidth, leftMargin: theme.InnerPadding(), rightMargin: margin}, Objects: []fyne.CanvasObject{o}}
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

// flowLayout lays out groups of controls in rows, as many to a row as the
// window's width allows: the header keeps every control on the screen at
// every text size, on a small landscape screen and a portrait one alike.
// The first group (the app's name) starts the first row at the left;
// every other group keeps to the right of its row. It reads the width
// from the canvas so that its height is right before it is first laid
// out at a new width.
type flowLayout struct {
	canvas  fyne.Canvas
	leading bool           // every row starts at the left, as the section tabs do
	within  func() float32 // the room it has, when not the window's width
}

// rows splits objects into rows that fit width, each at least one object.
func (l flowLayout) rows(objects []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	gap := theme.Padding()
	var rows [][]fyne.CanvasObject
	var row []fyne.CanvasObject
	used := float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		w := o.MinSize().Width
		if len(row) > 0 && used+gap+w > width {
			rows, row, used = append(rows, row), nil, 0
		}
		if len(row) > 0 {
			used += gap
		}
		row, used = append(row, o), used+w
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

// width is the room the layout has: the window's content, or a column.
func (l flowLayout) width() float32 {
	if l.within != nil {
		if w := l.within(); w > 0 {
			return w
		}
	}
	if l.canvas == nil || l.canvas.Size().Width == 0 {
		return 1 << 20 // not shown yet: one row
	}
	return l.canvas.Size().Width - 2*theme.Padding()
}

func (l flowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	gap := theme.Padding()
	y := float32(0)
	for i, row := range l.rows(objects, size.Width) {
		height := rowHeight(row)
		x := float32(0)
		for j, o := range row {
			w := o.MinSize().Width
			if !l.leading && (i > 0 || j > 0) {
				x = max(x, size.Width-rowWidth(row[j:]))
			}
			o.Resize(fyne.NewSize(w, height))
			o.Move(fyne.NewPos(x, y))
			x += w + gap
		}
		y += height + gap
	}
}

func (l flowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	gap := theme.Padding()
	var size fyne.Size
	for i, row := range l.rows(objects, l.width()) {
		if i > 0 {
			size.Height += gap
		}
		size.Height += rowHeight(row)
		for _, o := range row {
			size.Width = max(size.Width, o.MinSize().Width)
		}
	}
	return size
}

func rowHeight(row []fyne.CanvasObject) float32 {
	var h float32
	for _, o := range row {
		h = max(h, o.MinSize().Height)
	}
	return h
}

func rowWidth(row []fyne.CanvasObject) float32 {
	w := float32(len(row)-1) * theme.Padding()
	for _, o := range row {
		w += o.MinSize().Width
	}
	return w
}

// columnsLayout puts its objects in up to columns equal columns, fewer
// where the widest would not fit: at large text, one region per row.
type columnsLayout struct {
	columns int
	width   float32 // the width it was last laid out at
}

func (l *columnsLayout) count(objects []fyne.CanvasObject, width float32) int {
	widest := float32(0)
	for _, o := range objects {
		widest = max(widest, o.MinSize().Width)
	}
	for n := l.columns; n > 1; n-- {
		if float32(n)*widest+float32(n-1)*theme.Padding() <= width {
			return n
		}
	}
	return 1
}

func (l *columnsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	n := l.count(objects, size.Width)
	pad := theme.Padding()
	w := (size.Width - float32(n-1)*pad) / float32(n)
	y := float32(0)
	for i := 0; i < len(objects); i += n {
		row := objects[i:min(i+n, len(objects))]
		h := rowHeight(row)
		for j, o := range row {
			o.Move(fyne.NewPos(float32(j)*(w+pad), y))
			o.Resize(fyne.NewSize(w, h))
		}
		y += h + pad
	}
}

// MinSize is one column wide, so that it never widens a window, and as
// tall as the rows it needs at the width it last had (before it has one,
// all columns: a first guess too tall would make the window grow for good).
func (l *columnsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	n := l.columns
	if l.width > 0 {
		n = l.count(objects, l.width)
	}
	var size fyne.Size
	for i := 0; i < len(objects); i += n {
		row := objects[i:min(i+n, len(objects))]
		if i > 0 {
			size.Height += theme.Padding()
		}
		size.Height += rowHeight(row)
		for _, o := range row {
			size.Width = max(size.Width, o.MinSize().Width)
		}
	}
	return size
}

// fitDialog sizes a dialog to want, grown with the text size, but never
// larger than the window: its content scrolls instead.
func fitDialog(d dialog.Dialog, win fyne.Window, want fyne.Size) {
	scale := theme.TextSize() / normalTextSize()
	clampDialog(d, win, fyne.NewSize(want.Width*scale, want.Height*scale))
}

// clampDialog sizes a dialog to size, but never larger than the window.
func clampDialog(d dialog.Dialog, win fyne.Window, size fyne.Size) {
	room := win.Canvas().Size()
	margin := 2 * theme.Padding()
	if room.Width > 0 && room.Height > 0 {
		size = fyne.NewSize(min(size.Width, room.Width-margin), min(size.Height, room.Height-margin))
	}
	d.Resize(size)
}

// addTo adds objects to a container that is still being built and not yet
// shown. Container.Add lays the container out after each object, which
// measures every object added before it again: building a topic of n
// blocks that way measured n²/2 of them (a quarter of a region switch,
// docs/performance.md). The container is laid out when it is first sized.
func addTo(box *fyne.Container, objects ...fyne.CanvasObject) {
	for _, o := range objects {
		if o != nil {
			box.Objects = append(box.Objects, o)
		}
	}
}
