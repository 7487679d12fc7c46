package ui

import (
	"image/color"

	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/cases"
)

// rowList is a list of texts that wrap onto more lines rather than being
// cut short (long German compounds stay whole), in a swipeScroll: a finger
// drags it, the arrow keys move between its rows, typing a letter goes to
// the next row that starts with it, and Space or Enter chooses a row.
// Lists here are short (ten topics, some eighty terms), so every row is a
// widget of its own, with its own focus outline.
type rowList struct {
	rows     []*listRow
	box      *fyne.Container
	host     *swipeHost
	scroll   *swipeScroll
	selected int
	onChosen func(int)
	// tail is empty room after the last row, grown when a jump needs it:
	// so that a row near the end can still be put at the top.
	tail *canvas.Rectangle
	fold cases.Caser
}

func newRowList(texts []string, onChosen func(int), onScroll func()) *rowList {
	return newDetailList(texts, nil, onChosen, onScroll)
}

// newDetailList is a rowList whose rows have a second, smaller line:
// search results with the words around the match.
func newDetailList(texts, details []string, onChosen func(int), onScroll func()) *rowList {
	l := &rowList{host: &swipeHost{}, selected: -1, onChosen: onChosen, fold: cases.Fold()}
	l.box = container.NewVBox()
	l.rows = make([]*listRow, len(texts))
	for i, t := range texts {
		l.rows[i] = newListRow(t, l, i)
		if i < len(details) {
			l.rows[i].detail = details[i]
		}
		addTo(l.box, l.rows[i])
	}
	l.tail = canvas.NewRectangle(color.Transparent)
	addTo(l.box, l.tail)
	l.scroll = newSwipeScroll(l.box, l.host, onScroll)
	return l
}

// Select chooses row i, as a tap would.
func (l *rowList) Select(i int) {
	if i < 0 || i >= len(l.rows) {
		return
	}
	if l.selected >= 0 && l.selected < len(l.rows) {
		l.rows[l.selected].setSelected(false)
	}
	l.selected = i
	l.rows[i].setSelected(true)
	// bold text may take another line, or one less: the rows move
	l.box.Refresh()
	if l.onChosen != nil {
		l.onChosen(i)
	}
}

// ScrollTo puts row i at the top of the view.
func (l *rowList) ScrollTo(i int) {
	if i < 0 || i >= len(l.rows) {
		return
	}
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(l.rows[i]).Y - d.AbsolutePositionForObject(l.box).Y
	rows := l.box.MinSize().Height - l.tail.MinSize().Height
	if room := top + l.scroll.Size().Height - rows; room != l.tail.MinSize().Height {
		l.tail.SetMinSize(fyne.NewSize(0, max(0, room)))
		l.scroll.scroll.Refresh()
	}
	l.scroll.scrollTo(top)
}

// focusRow moves the keyboard focus to row i.
func (l *rowList) focusRow(i int) {
	if i < 0 || i >= len(l.rows) {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(l.box); c != nil {
		c.Focus(l.rows[i])
	}
}

// jump goes to the next row after from that starts with r.
func (l *rowList) jump(from int, r rune) {
	prefix := l.fold.String(string(r))
	for n := 1; n <= len(l.rows); n++ {
		i := (from + n) % len(l.rows)
		if strings.HasPrefix(l.fold.String(l.rows[i].text), prefix) {
			l.focusRow(i)
			l.Select(i)
			return
		}
	}
}

// listRow is one row of a rowList.
type listRow struct {
	widget.BaseWidget
	swipeChild
	text     string
	detail   string // a second line, "" for none
	list     *rowList
	index    int
	selected bool
	focused  bool
	hovered  bool
}

func newListRow(text string, l *rowList, i int) *listRow {
	r := &listRow{text: text, list: l, index: i}
	r.host = l.host
	r.ExtendBaseWidget(r)
	return r
}

func (r *listRow) setSelected(on bool) {
	r.selected = on
	r.Refresh()
}

func (r *listRow) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	// our text layout: a long word breaks between syllables, with a
	// hyphen ("Abflussbehinde-rung"), where a Label would cut it anywhere
	label := newTextBlock(wordsOf(r.text), bodyStyle, "", nil, nil)
	var detail *widget.Label
	if r.detail != "" {
		label.style.bold = true
		detail = widget.NewLabel(r.detail)
		detail.Wrapping = fyne.TextWrapWord
	}
	ring := newFocusRing()
	rr := &rowRenderer{row: r, bg: bg, label: label, detail: detail, ring: ring}
	rr.Refresh()
	return rr
}

// Tapped chooses the row.
func (r *listRow) Tapped(*fyne.PointEvent) { r.list.Select(r.index) }

func (r *listRow) FocusGained() {
	r.focused = true
	r.show(r)
	r.Refresh()
}

func (r *listRow) FocusLost() {
	r.focused = false
	r.Refresh()
}

// TypedKey moves between rows with the arrows, Home and End, chooses with
// Space or Enter, and passes page keys to the scroll area.
func (r *listRow) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyDown:
		r.list.focusRow(r.index + 1)
	case fyne.KeyUp:
		r.list.focusRow(r.index - 1)
	case fyne.KeyHome:
		r.list.focusRow(0)
	case fyne.KeyEnd:
		r.list.focusRow(len(r.list.rows) - 1)
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		r.list.Select(r.index)
	case fyne.KeyEscape:
		closeOverlayOf(r)
	default:
		r.scrollKey(e)
	}
}

// TypedRune goes to the next row starting with the letter typed.
func (r *listRow) TypedRune(ch rune) {
	if ch != ' ' {
		r.list.jump(r.index, ch)
	}
}

func (r *listRow) Dragged(e *fyne.DragEvent) { r.dragged(e) }
func (r *listRow) DragEnd()                  { r.dragEnd(func() { r.Tapped(nil) }) }

func (r *listRow) MouseIn(*desktop.MouseEvent) {
	r.hovered = true
	r.Refresh()
}
func (r *listRow) MouseMoved(*desktop.MouseEvent) {}
func (r *listRow) MouseOut() {
	r.hovered = false
	r.Refresh()
}

// AccessibilityLabel is the row's text.
func (r *listRow) AccessibilityLabel() string { return strings.TrimSpace(r.text + " " + r.detail) }

// AccessibilityRole: a row is chosen like a button.
func (r *listRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

type rowRenderer struct {
	row    *listRow
	bg     *canvas.Rectangle
	label  *textBlock
	detail *widget.Label // nil for a one-line row
	ring   *canvas.Rectangle
}

func (rr *rowRenderer) Layout(size fyne.Size) {
	for _, o := range []fyne.CanvasObject{rr.bg, rr.ring} {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
	in := theme.InnerPadding()
	width := max(0, size.Width-2*in)
	rr.label.Resize(fyne.NewSize(width, 0))
	h := rr.label.MinSize().Height
	rr.label.Resize(fyne.NewSize(width, h))
	rr.label.Move(fyne.NewPos(in, in))
	if rr.detail != nil {
		rr.detail.Resize(fyne.NewSize(size.Width, size.Height-h-in))
		rr.detail.Move(fyne.NewPos(0, h+in-theme.Padding()))
	}
}

func (rr *rowRenderer) MinSize() fyne.Size {
	in := theme.InnerPadding()
	min := rr.label.MinSize().AddWidthHeight(2*in, 2*in)
	if rr.detail != nil {
		d := rr.detail.MinSize()
		min = fyne.NewSize(max(min.Width, d.Width), min.Height+d.Height-theme.Padding())
	}
	return min.Max(fyne.NewSize(minTouch, minTouch))
}

func (rr *rowRenderer) Refresh() {
	r := rr.row
	switch {
	case r.selected:
		rr.bg.FillColor = theme.Color(theme.ColorNameSelection)
	case r.hovered:
		rr.bg.FillColor = theme.Color(theme.ColorNameHover)
	default:
		rr.bg.FillColor = color.Transparent
	}
	if bold := r.selected || rr.detail != nil; bold != rr.label.style.bold {
		rr.label.style.bold = bold
		rr.label.Refresh()
	}
	rr.bg.Refresh()
	rr.ring.StrokeColor = theme.Color(theme.ColorNameFocus)
	rr.ring.Hidden = !r.focused
	rr.ring.Refresh()
}

func (rr *rowRenderer) Objects() []fyne.CanvasObject {
	if rr.detail != nil {
		return []fyne.CanvasObject{rr.bg, rr.label, rr.detail, rr.ring}
	}
	return []fyne.CanvasObject{rr.bg, rr.label, rr.ring}
}

func (rr *rowRenderer) Destroy() {}
