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

	"veininfo/internal/content"
	"veininfo/internal/handout"
)

// The Welcome tab starts with tiles for the situations patients come with;
// a tile opens its reading path: the topics that answer it, one after the
// other, with Previous, Next and a way back to the start. The path stands
// over the tab like the urgent-help topic, so the header and the tabs stay
// in reach, and it stays open across a change of language.

// tile is one start-screen tile: a large button whose text wraps.
type tile struct {
	widget.BaseWidget
	swipeChild
	text    string
	onTap   func()
	focused bool
	hovered bool
}

func newTile(text string, host *swipeHost, onTap func()) *tile {
	t := &tile{text: text, onTap: onTap}
	t.host = host
	t.ExtendBaseWidget(t)
	return t
}

func (t *tile) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameButton))
	bg.CornerRadius = theme.InputRadiusSize()
	bg.StrokeWidth = 2
	label := newTextBlock(wordsOf(t.text), textStyle{size: theme.SizeNameSubHeadingText, bold: true}, "", nil, nil)
	r := &tileRenderer{tile: t, bg: bg, label: label, ring: newFocusRing()}
	r.Refresh()
	return r
}

func (t *tile) Tapped(*fyne.PointEvent) { t.onTap() }

func (t *tile) FocusGained() {
	t.focused = true
	t.show(t)
	t.Refresh()
}

func (t *tile) FocusLost() {
	t.focused = false
	t.Refresh()
}

func (t *tile) TypedRune(rune) {}

// TypedKey opens the tile with Space or Enter; other keys scroll the page.
func (t *tile) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		t.onTap()
	default:
		t.scrollKey(e)
	}
}

func (t *tile) Dragged(e *fyne.DragEvent) { t.dragged(e) }
func (t *tile) DragEnd()                  { t.dragEnd(func() { t.Tapped(nil) }) }

func (t *tile) MouseIn(*desktop.MouseEvent) {
	t.hovered = true
	t.Refresh()
}
func (t *tile) MouseMoved(*desktop.MouseEvent) {}
func (t *tile) MouseOut() {
	t.hovered = false
	t.Refresh()
}

// AccessibilityLabel is the tile's text.
func (t *tile) AccessibilityLabel() string { return t.text }

// AccessibilityRole: a tile works like a button.
func (t *tile) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

type tileRenderer struct {
	tile  *tile
	bg    *canvas.Rectangle
	label *textBlock
	ring  *canvas.Rectangle
}

// tilePadding is the room around a tile's text, in text sizes.
const tilePadding = 1.0

func (r *tileRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.ring.Resize(size)
	pad := tilePadding * theme.TextSize()
	width := max(0, size.Width-2*pad)
	r.label.Resize(fyne.NewSize(width, 0))
	h := r.label.MinSize().Height
	r.label.Resize(fyne.NewSize(width, h))
	r.label.Move(fyne.NewPos(pad, max(pad, (size.Height-h)/2)))
}

func (r *tileRenderer) MinSize() fyne.Size {
	pad := tilePadding * theme.TextSize()
	m := r.label.MinSize().AddWidthHeight(2*pad, 2*pad)
	return m.Max(fyne.NewSize(2*minTouch, 2*minTouch))
}

func (r *tileRenderer) Refresh() {
	r.bg.FillColor = theme.Color(theme.ColorNameButton)
	if r.tile.hovered {
		r.bg.FillColor = theme.Color(theme.ColorNameHover)
	}
	r.bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	r.bg.Refresh()
	r.ring.StrokeColor = theme.Color(theme.ColorNameFocus)
	r.ring.Hidden = !r.tile.focused
	r.ring.Refresh()
	r.label.Refresh()
}

func (r *tileRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.label, r.ring}
}

func (r *tileRenderer) Destroy() {}

// startTiles is the top of the Welcome tab: a heading, a hint and the
// tiles, two a row where they fit.
func (s *Shell) startTiles(host *swipeHost) fyne.CanvasObject {
	loc := s.reader.Localizer()
	tiles := s.reader.Pack().Tiles()
	if len(tiles) == 0 {
		return container.NewVBox()
	}
	grid := &fyne.Container{Layout: &columnsLayout{columns: 2}}
	for _, t := range tiles {
		addTo(grid, newTile(t.Text, host, func() { s.openPath(t.ID, 0) }))
	}
	heading := newTextBlock(wordsOf(loc.T("StartHeading")), headingStyle, "", nil, nil)
	hint := newTextBlock(wordsOf(loc.T("StartHint")), bodyStyle, "", nil, nil)
	return container.NewVBox(heading, hint, grid, spacer(theme.TextSize()))
}

// spacer is empty room of height h.
func spacer(h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(0, h))
	return r
}

// pathPanel shows the topics of a start tile over the tabs.
type pathPanel struct {
	shell *Shell
	panel *fyne.Container
	view  *swipeScroll // the topic in view; nil while closed
}

func newPathPanel(s *Shell) *pathPanel {
	p := &pathPanel{shell: s, panel: container.NewStack()}
	if s.path != "" {
		p.show()
	} else {
		p.panel.Hide()
	}
	return p
}

// tileFor is the reader's tile with id.
func (s *Shell) tileFor(id string) (content.Tile, bool) {
	for _, t := range s.reader.Pack().Tiles() {
		if t.ID == id {
			return t, true
		}
	}
	return content.Tile{}, false
}

func (p *pathPanel) show() {
	s := p.shell
	loc := s.reader.Localizer()
	tile, ok := s.tileFor(s.path)
	if !ok {
		s.path = ""
		p.panel.Hide()
		return
	}
	step := min(max(s.pathStep, 0), len(tile.Path)-1)
	sec, id, _ := strings.Cut(tile.Path[step], "/")
	topic, _ := s.reader.Pack().Topic(content.Section(sec), id)
	a := s.articles()
	a.handout = nil // the path prints as a whole, from its own bar
	p.view = a.view(topic)

	back := newLabelledButton(loc.T("PathBack"), theme.NavigateBackIcon(), loc.T("PathBack"), s.closePath)
	prev := newLabelledButton(loc.T("PathPrevious"), nil, loc.T("PathPrevious"), func() { s.openPath(tile.ID, step-1) })
	next := newLabelledButton(loc.T("PathNext"), nil, loc.T("PathNext"), func() { s.openPath(tile.ID, step+1) })
	next.Importance = widget.HighImportance
	if step == 0 {
		prev.Disable()
	}
	if step == len(tile.Path)-1 {
		next.Disable()
	}
	where := widget.NewLabel(loc.Format("PathStep", map[string]any{"Step": step + 1, "Count": len(tile.Path)}))
	bar := &fyne.Container{Layout: flowLayout{canvas: s.win.Canvas(), leading: true}, Objects: []fyne.CanvasObject{back, prev, where, next}}
	if len(tile.Path) == 1 {
		bar.Objects = []fyne.CanvasObject{back}
	}
	top := fyne.CanvasObject(bar)
	if print := s.handoutBar(func(r handout.Reader) handout.Handout { return handout.ForPath(r, tile) }); print != nil {
		top = container.NewVBox(bar, print)
	}
	background := canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	p.panel.Objects = []fyne.CanvasObject{background, container.NewBorder(top, nil, nil, nil, p.view)}
	p.panel.Show()
	p.panel.Refresh()
	s.coverChanged()
}

// openPath shows topic step of tile id's path.
func (s *Shell) openPath(id string, step int) {
	s.touch()
	s.path, s.pathStep = id, step
	s.search.hide()
	if s.urgentOpen {
		s.closeUrgentHelp()
	}
	s.paths.show()
}

func (s *Shell) closePath() {
	s.path, s.pathStep = "", 0
	s.paths.panel.Hide()
	s.paths.panel.Objects, s.paths.view = nil, nil
	s.coverChanged()
	s.touch()
}
