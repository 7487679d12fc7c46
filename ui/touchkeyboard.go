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

// keyboardColumns is how many letter keys stand in a row.
const keyboardColumns = 12

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
	grid := container.NewGridWithColumns(keyboardColumns)
	for _, l := range letters {
		grid.Add(newButton(l, k.typeRune([]rune(l)[0])))
	}
	words := container.NewGridWithColumns(4,
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
