package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"veininfo/internal/l10n"
)

// focusEntry is an Entry that reports when it gets the keyboard focus, so
// that kiosk mode can open the on-screen keyboard for it.
type focusEntry struct {
	widget.Entry
	onFocus func(*focusEntry)
}

func newFocusEntry(placeholder, text string, onChanged func(string), onFocus func(*focusEntry)) *focusEntry {
	e := &focusEntry{onFocus: onFocus}
	e.PlaceHolder, e.Text, e.OnChanged = placeholder, text, onChanged
	e.ExtendBaseWidget(e)
	return e
}

// FocusGained tells the shell, then does what an Entry does.
func (e *focusEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.onFocus != nil {
		e.onFocus(e)
	}
}

// keyboardColumns is how many letter keys stand in a row at most: 16
// keeps most alphabets to two rows, with keys still over 60 px wide on a
// 1024 px screen.
const keyboardColumns = 16

// touchKeyboard types into a search field on a screen without a keyboard:
// the letters of the reader's language (with its accented letters), and
// keys that say in words what they do: Space, Delete (the last letter),
// Clear (everything) and Hide keyboard.
type touchKeyboard struct {
	target  *focusEntry
	content *fyne.Container
}

func newTouchKeyboard(loc *l10n.Localizer, letters []string, onClose func()) *touchKeyboard {
	k := &touchKeyboard{}
	grid := &fyne.Container{Layout: &keysLayout{columns: keyboardColumns}}
	for _, l := range letters {
		addTo(grid, newButton(l, k.typeRune([]rune(l)[0])))
	}
	words := container.New(&columnsLayout{columns: 4},
		newLabelledButton(loc.T("KeySpace"), nil, loc.T("KeySpace"), k.typeRune(' ')),
		newLabelledButton(loc.T("KeyDelete"), theme.NavigateBackIcon(), loc.T("KeyDelete"), k.backspace),
		newLabelledButton(loc.T("KeyClear"), theme.ContentClearIcon(), loc.T("KeyClear"), k.clear),
		newLabelledButton(loc.T("KeyHide"), theme.CancelIcon(), loc.T("KeyHide"), onClose),
	)
	k.content = container.NewVBox(widget.NewSeparator(), grid, words)
	return k
}

// clear empties the search field.
func (k *touchKeyboard) clear() {
	if k.target != nil {
		k.target.SetText("")
	}
}

func (k *touchKeyboard) typeRune(r rune) func() {
	return func() {
		if k.target != nil {
			k.target.TypedRune(r)
		}
	}
}

func (k *touchKeyboard) backspace() {
	if k.target != nil {
		k.target.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
}

// keysLayout puts the letter keys in rows of equal keys, up to columns a
// row, fewer where the screen is too narrow for them at a large text size.
// Its minimum is one key wide, so the keyboard never makes the window
// wider; its height is for the rows the width it last had needs.
type keysLayout struct {
	columns int
	width   float32
}

func (l *keysLayout) count(objects []fyne.CanvasObject, width float32) int {
	key := float32(0)
	for _, o := range objects {
		key = max(key, o.MinSize().Width)
	}
	n := int((width + theme.Padding()) / (key + theme.Padding()))
	return max(1, min(l.columns, n))
}

func (l *keysLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
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

func (l *keysLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	if len(objects) == 0 {
		return fyne.Size{}
	}
	key := fyne.Size{}
	for _, o := range objects {
		key = key.Max(o.MinSize())
	}
	n := l.columns
	if l.width > 0 {
		n = l.count(objects, l.width)
	}
	rows := (len(objects) + n - 1) / n
	return fyne.NewSize(key.Width, float32(rows)*key.Height+float32(rows-1)*theme.Padding())
}
