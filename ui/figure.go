package ui

import (
	"image"
	"image/color"
	"regexp"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"veininfo/assets"
	"veininfo/internal/content"
	"veininfo/internal/l10n"
)

// figureScheme marks an illustration in a topic: ![](figure:venoplasty-steps).
const figureScheme = "figure"

// figures makes the illustrations of topics: the drawing, scaled to the
// reading width and redrawn from its SVG at every size, its high-contrast
// version in the high-contrast theme, its caption and legend under it.
type figures struct {
	loc      *l10n.Localizer
	pack     *content.Pack
	contrast bool
	canvas   func() fyne.Canvas
}

// make is the figure with id, or nil when there is no such figure.
func (f figures) make(id string, host *swipeHost) fyne.CanvasObject {
	data, err := assets.Figure(id, f.contrast)
	if err != nil {
		return nil
	}
	text, _ := f.pack.Figure(id)
	key := id
	if f.contrast {
		key += "-hc"
	}
	v := &figureView{id: id, key: key, data: data, caption: text.Caption, legend: text.Legend, open: f.openFull, label: f.loc.T("FigureOpen")}
	v.host = host
	v.ExtendBaseWidget(v)
	return v
}

// openFull shows a figure over the whole window, with its caption and a
// Close button; a tap anywhere, Esc or the kiosk's reset close it.
func (f figures) openFull(v *figureView) {
	c := f.canvas()
	if c == nil {
		return
	}
	var popup *widget.PopUp
	closeBtn := newButton(f.loc.T("FigureClose"), func() { popup.Hide() })
	closeBtn.Importance = widget.HighImportance
	img := canvas.NewImageFromImage(nil)
	img.FillMode, img.ScaleMode = canvas.ImageFillContain, canvas.ImageScaleSmooth
	img.Image = raster(v.key, v.data, c.Size().Width*c.Scale(), func(drawn image.Image) {
		img.Image = drawn
		img.Refresh()
	})
	caption := newTextBlock(wordsOf(v.caption), textStyle{size: theme.SizeNameSubHeadingText, bold: true}, "", nil, nil)
	parts := []fyne.CanvasObject{caption}
	if v.legend != "" {
		parts = append(parts, newTextBlock(wordsOf(v.legend), bodyStyle, "", nil, nil))
	}
	parts = append(parts, container.NewHBox(closeBtn))
	body := container.NewBorder(nil, container.NewVBox(parts...), nil, nil, img)
	background := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	area := newTapArea(container.NewStack(background, container.NewPadded(body)), v.caption, func() { popup.Hide() })
	popup = widget.NewModalPopUp(area, c)
	popup.Resize(c.Size())
	popup.Show()
	c.Focus(closeBtn)
}

var viewBox = regexp.MustCompile(`viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"`)

// aspect is an SVG's height over its width, from its viewBox.
func aspect(data []byte) float32 {
	m := viewBox.FindSubmatch(data)
	if m == nil {
		return 0.75
	}
	w, _ := strconv.ParseFloat(string(m[1]), 32)
	h, _ := strconv.ParseFloat(string(m[2]), 32)
	if w <= 0 || h <= 0 {
		return 0.75
	}
	return float32(h / w)
}

// figureView is a figure in a topic: a tap, Space or Enter opens it over
// the whole window; a drag scrolls the topic.
type figureView struct {
	widget.BaseWidget
	swipeChild
	id, key, caption, legend, label string
	data                            []byte
	open                            func(*figureView)
	focused                         bool
}

func (v *figureView) Tapped(*fyne.PointEvent) { v.open(v) }

func (v *figureView) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		v.open(v)
	default:
		v.scrollKey(e)
	}
}

func (v *figureView) TypedRune(rune) {}

func (v *figureView) FocusGained() {
	v.focused = true
	v.show(v)
	v.Refresh()
}

func (v *figureView) FocusLost() {
	v.focused = false
	v.Refresh()
}

func (v *figureView) Dragged(e *fyne.DragEvent) { v.dragged(e) }
func (v *figureView) DragEnd()                  { v.dragEnd(func() { v.Tapped(nil) }) }

// AccessibilityLabel is the caption, which says what the picture shows.
func (v *figureView) AccessibilityLabel() string {
	caption := strings.TrimRight(strings.TrimSpace(v.caption), ".")
	return strings.TrimSpace(caption + ". " + v.label)
}

// AccessibilityRole: a figure opens larger, like a button.
func (v *figureView) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

func (v *figureView) CreateRenderer() fyne.WidgetRenderer {
	img := canvas.NewImageFromImage(nil)
	img.FillMode, img.ScaleMode = canvas.ImageFillContain, canvas.ImageScaleSmooth
	r := &figureRenderer{view: v, img: img, ratio: aspect(v.data), ring: newFocusRing()}
	r.frame = canvas.NewRectangle(color.Transparent)
	r.frame.StrokeWidth = 1
	r.caption = newTextBlock(wordsOf(v.caption), textStyle{size: theme.SizeNameText, bold: true}, "", nil, nil)
	if v.legend != "" {
		r.legend = newTextBlock(wordsOf(v.legend), bodyStyle, "", nil, nil)
	}
	r.Refresh()
	return r
}

type figureRenderer struct {
	view    *figureView
	img     *canvas.Image
	frame   *canvas.Rectangle
	ring    *canvas.Rectangle
	caption *textBlock
	legend  *textBlock // nil without one
	ratio   float32    // height over width
	width   float32
	want    rasterKey // the drawing the figure's size asks for
}

// figureWidth is the widest a figure gets at normal text: about two
// thirds of the reading width, so the text around it stays in view.
const figureWidth = 560

func (r *figureRenderer) imageSize(width float32) fyne.Size {
	w := min(width, figureWidth*theme.TextSize()/normalTextSize())
	return fyne.NewSize(w, w*r.ratio)
}

func (r *figureRenderer) Layout(size fyne.Size) {
	r.width = size.Width
	pad := theme.Padding()
	img := r.imageSize(size.Width)
	// drawn at the screen's pixels, from a cache (see raster)
	scale := float32(1)
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.view); c != nil {
		scale = c.Scale()
	}
	key := rasterKeyFor(r.view.key, img.Width*scale)
	if key != r.want {
		r.want = key
		drawn := raster(r.view.key, r.view.data, img.Width*scale, func(drawn image.Image) {
			if r.want == key {
				r.img.Image = drawn
				r.img.Refresh()
			}
		})
		if drawn != nil {
			r.img.Image = drawn
			r.img.Refresh()
		}
	}
	r.img.Resize(img)
	r.img.Move(fyne.NewPos(0, pad))
	r.frame.Resize(img)
	r.frame.Move(fyne.NewPos(0, pad))
	y := pad + img.Height + pad
	for _, t := range r.texts() {
		t.Resize(fyne.NewSize(size.Width, 0))
		h := t.MinSize().Height
		t.Resize(fyne.NewSize(size.Width, h))
		t.Move(fyne.NewPos(0, y))
		y += h
	}
	r.ring.Resize(fyne.NewSize(img.Width+2*pad, y))
	r.ring.Move(fyne.NewPos(-pad, 0))
}

func (r *figureRenderer) texts() []*textBlock {
	if r.legend != nil {
		return []*textBlock{r.caption, r.legend}
	}
	return []*textBlock{r.caption}
}

func (r *figureRenderer) MinSize() fyne.Size {
	width := r.width
	if width <= 0 {
		width = figureWidth * theme.TextSize() / normalTextSize()
	}
	pad := theme.Padding()
	h := 2*pad + r.imageSize(width).Height + pad
	for _, t := range r.texts() {
		h += t.MinSize().Height
	}
	return fyne.NewSize(4*theme.TextSize(), h)
}

func (r *figureRenderer) Refresh() {
	r.frame.StrokeColor = theme.Color(theme.ColorNameSeparator)
	r.ring.StrokeColor = theme.Color(theme.ColorNameFocus)
	r.ring.Hidden = !r.view.focused
	r.frame.Refresh()
	r.ring.Refresh()
	r.img.Refresh()
	for _, t := range r.texts() {
		t.Refresh()
	}
}

func (r *figureRenderer) Objects() []fyne.CanvasObject {
	objects := []fyne.CanvasObject{r.img, r.frame}
	for _, t := range r.texts() {
		objects = append(objects, t)
	}
	return append(objects, r.ring)
}

func (r *figureRenderer) Destroy() {}
