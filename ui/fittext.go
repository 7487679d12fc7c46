package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// fitText is the kiosk screens' big, centred text ("Touch to start"): it
// wraps between words where a line is too wide, and where even one word
// is wider than the screen (Polish, Dutch and French run a third longer
// than English) its size steps down until the word fits, never below the
// body text. It is as wide as it is given; its height follows its width.
type fitText struct {
	widget.BaseWidget
	text   string
	scale  float32 // times the heading size
	bold   bool
	shrink float32 // how much smaller a short screen needs it, 1 for none
	// others are texts shown in turn in the same place ("Touch to start"
	// in each of a region's languages): all are laid out once, and a turn
	// only shows another one's lines. Drawing new text objects every three
	// seconds made a resting kiosk spend a tenth of a core.
	others   []string
	current  int // 0 for text, i for others[i-1]
	renderer *fitTextRenderer
}

func newFitText(text string, scale float32, bold bool) *fitText {
	t := &fitText{text: text, scale: scale, bold: bold, shrink: 1}
	t.ExtendBaseWidget(t)
	return t
}

// SetText shows another text.
func (t *fitText) SetText(text string) {
	if t.text != text {
		t.text = text
		t.Refresh()
	}
}

// alternatives are the texts of a fitText that shows them in turn.
func (t *fitText) alternatives() []string { return append([]string{t.text}, t.others...) }

// showTurn shows alternative i, without laying anything out again.
func (t *fitText) showTurn(i int) {
	if i == t.current {
		return
	}
	t.current = i
	if t.renderer != nil {
		t.renderer.showCurrent()
	}
}

func (t *fitText) style() fyne.TextStyle { return fyne.TextStyle{Bold: t.bold} }

// lines wraps the text into lines no wider than width, at the largest size
// at which its longest word fits.
func (t *fitText) lines(width float32) ([]string, float32) {
	return t.linesOf(t.text, width)
}

// size is the text size at which every alternative fits width.
func (t *fitText) size(width float32) float32 {
	size := float32(1 << 20)
	for _, text := range t.alternatives() {
		_, s := t.linesOf(text, width)
		size = min(size, s)
	}
	return size
}

func (t *fitText) linesOf(text string, width float32) ([]string, float32) {
	floor := theme.TextSize()
	size := max(floor, theme.Size(theme.SizeNameHeadingText)*t.scale*t.shrink)
	words := strings.Fields(text)
	for size > floor {
		widest := float32(0)
		for _, w := range words {
			widest = max(widest, fyne.MeasureText(w, size, t.style()).Width)
		}
		if widest <= width {
			break
		}
		size = max(floor, size*0.9)
	}
	return t.wrap(text, width, size), size
}

// wrap breaks text into lines no wider than width at size.
func (t *fitText) wrap(text string, width, size float32) []string {
	words := strings.Fields(text)
	space := fyne.MeasureText(" ", size, t.style()).Width
	var lines []string
	line, used := "", float32(0)
	for _, w := range words {
		ww := fyne.MeasureText(w, size, t.style()).Width
		if line != "" && used+space+ww > width {
			lines, line, used = append(lines, line), "", 0
		}
		if line != "" {
			line += " "
			used += space
		}
		line += w
		used += ww
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// heightFor is how tall the text is at width: the tallest alternative,
// so that the screen does not move when the text changes.
func (t *fitText) heightFor(width float32) float32 {
	size := t.size(width)
	most := 0
	for _, text := range t.alternatives() {
		most = max(most, len(t.wrap(text, width, size)))
	}
	return float32(most) * fyne.MeasureText("Mg", size, t.style()).Height
}

func (t *fitText) CreateRenderer() fyne.WidgetRenderer {
	t.renderer = &fitTextRenderer{text: t}
	return t.renderer
}

type fitTextRenderer struct {
	text    *fitText
	objects []fyne.CanvasObject
	turns   [][]fyne.CanvasObject // each alternative's lines
	width   float32
}

func (r *fitTextRenderer) Layout(size fyne.Size) {
	r.width = size.Width
	textSize := r.text.size(size.Width)
	lineHeight := fyne.MeasureText("Mg", textSize, r.text.style()).Height
	r.objects, r.turns = r.objects[:0], nil
	for _, text := range r.text.alternatives() {
		var turn []fyne.CanvasObject
		for i, l := range r.text.wrap(text, size.Width, textSize) {
			c := canvas.NewText(l, theme.Color(theme.ColorNameForeground))
			c.TextSize, c.TextStyle, c.Alignment = textSize, r.text.style(), fyne.TextAlignCenter
			c.Move(fyne.NewPos(0, float32(i)*lineHeight))
			c.Resize(fyne.NewSize(size.Width, lineHeight))
			turn = append(turn, c)
		}
		r.turns = append(r.turns, turn)
		r.objects = append(r.objects, turn...)
	}
	r.showCurrent()
}

// showCurrent shows the current alternative's lines and hides the rest.
func (r *fitTextRenderer) showCurrent() {
	for i, turn := range r.turns {
		for _, o := range turn {
			if i == r.text.current {
				o.Show()
			} else {
				o.Hide()
			}
		}
	}
}

// MinSize is one word at the body text size wide, so that the text never
// makes a screen wider; tall enough for its lines at the width it has.
func (r *fitTextRenderer) MinSize() fyne.Size {
	width := r.width
	if width <= 0 {
		width = fyne.MeasureText(r.text.text, theme.Size(theme.SizeNameHeadingText)*r.text.scale, r.text.style()).Width
	}
	return fyne.NewSize(4*theme.TextSize(), r.text.heightFor(width))
}

// Refresh shows a new text. Where it takes as many lines at the same size
// (the countdown's "… in 14 seconds"), only the lines' words change: new
// text objects would have the whole window drawn again every second,
// which under software rendering costs a fifth of a core.
func (r *fitTextRenderer) Refresh() {
	if r.width > 0 && len(r.turns) > 0 {
		size := r.text.size(r.width)
		lines := r.text.wrap(r.text.text, r.width, size)
		turn := r.turns[0]
		if len(lines) == len(turn) && turn[0].(*canvas.Text).TextSize == size {
			for i, l := range lines {
				if c := turn[i].(*canvas.Text); c.Text != l {
					c.Text = l
					c.Color = theme.Color(theme.ColorNameForeground)
					c.Refresh()
				}
			}
			return
		}
	}
	r.Layout(fyne.NewSize(r.width, r.text.heightFor(r.width)))
	canvas.Refresh(r.text)
}

func (r *fitTextRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *fitTextRenderer) Destroy()                     {}

// middleLayout stacks its objects, each as wide as the screen allows and as
// tall as it needs there, in the middle of the height: the kiosk screens.
type middleLayout struct{}

func (middleLayout) height(o fyne.CanvasObject, width float32) float32 {
	if t, ok := o.(interface{ heightFor(float32) float32 }); ok {
		return t.heightFor(width)
	}
	return o.MinSize().Height
}

func (l middleLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	width := size.Width - 4*pad
	total := func() float32 {
		sum := float32(0)
		for i, o := range objects {
			if i > 0 {
				sum += pad
			}
			sum += l.height(o, width)
		}
		return sum
	}
	// too tall for the screen (large text in a long language): the big
	// texts step down together until it fits, or reach the body size
	for _, o := range objects {
		if t, ok := o.(*fitText); ok {
			t.shrink = 1
		}
	}
	for step := 0; total() > size.Height && step < 10; step++ {
		for _, o := range objects {
			if t, ok := o.(*fitText); ok {
				t.shrink *= 0.9
			}
		}
	}
	y := max(0, (size.Height-total())/2)
	for _, o := range objects {
		h := l.height(o, width)
		o.Resize(fyne.NewSize(width, h))
		o.Move(fyne.NewPos(2*pad, y))
		y += h + pad
	}
}

func (l middleLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var size fyne.Size
	for i, o := range objects {
		m := o.MinSize()
		size.Width = max(size.Width, m.Width+4*theme.Padding())
		if i > 0 {
			size.Height += theme.Padding()
		}
		size.Height += m.Height
	}
	return size
}
