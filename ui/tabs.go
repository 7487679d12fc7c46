package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// sectionTabs are the app's sections: a row of tab buttons over the chosen
// section's content. Unlike Fyne's AppTabs the buttons are in the Tab
// order, the arrow keys, Home and End move between them, they wrap onto a
// second row instead of folding into a "•••" menu, and each is a touch
// target of at least 44x44.
type sectionTabs struct {
	widget.BaseWidget
	Items      []*container.TabItem
	OnSelected func(*container.TabItem)
	overlays   []fyne.CanvasObject // over the content, under the tabs: search results, urgent help
	buttons    []*tabButton
	bar        *fyne.Container
	body       *fyne.Container
	// page holds the body: it scrolls only when the screen is too short
	// for the section, which happens only while the on-screen keyboard
	// takes room at a large text size (the fit tests hold this).
	page     *swipeScroll
	selected int
}

func newSectionTabs(win fyne.Window, items ...*container.TabItem) *sectionTabs {
	t := &sectionTabs{Items: items, body: container.NewStack()}
	t.page = newSwipeScroll(t.body, nil, nil)
	t.bar = &fyne.Container{Layout: flowLayout{canvas: win.Canvas(), leading: true}}
	for i, item := range items {
		b := newTabButton(item.Text, t, i)
		t.buttons = append(t.buttons, b)
		t.bar.Objects = append(t.bar.Objects, b)
	}
	t.ExtendBaseWidget(t)
	t.show(0)
	return t
}

func (t *sectionTabs) CreateRenderer() fyne.WidgetRenderer {
	line := canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))
	line.SetMinSize(fyne.NewSize(0, 1))
	// The bar first among the objects: Tab reaches the tabs before the
	// section's content (container.NewBorder would put the content first).
	top := container.NewVBox(t.bar, line)
	return widget.NewSimpleRenderer(&fyne.Container{Layout: layout.NewBorderLayout(top, nil, nil, nil), Objects: []fyne.CanvasObject{top, t.page}})
}

// SelectIndex shows section i.
func (t *sectionTabs) SelectIndex(i int) {
	if !t.show(i) {
		return
	}
	t.body.Refresh()
	if t.OnSelected != nil {
		t.OnSelected(t.Items[i])
	}
}

// show makes section i the one shown, without drawing it: for tabs that
// are not on the screen yet, which draw it when they first are.
func (t *sectionTabs) show(i int) bool {
	if i < 0 || i >= len(t.Items) {
		return false
	}
	t.selected = i
	for j, b := range t.buttons {
		b.setSelected(j == i)
	}
	t.body.Objects = append([]fyne.CanvasObject{t.Items[i].Content}, t.overlays...)
	t.cover()
	return true
}

// cover hides the section's content while a panel (search results, urgent
// help) stands over it: hidden, nothing in it takes the keyboard focus.
func (t *sectionTabs) cover() {
	covered := false
	for _, o := range t.overlays {
		covered = covered || o.Visible()
	}
	if c := t.Items[t.selected].Content; covered {
		c.Hide()
	} else {
		c.Show()
	}
}

// SelectedIndex is the section shown.
func (t *sectionTabs) SelectedIndex() int { return t.selected }

// Refresh shows the chosen section's content again, when it was made anew.
func (t *sectionTabs) Refresh() {
	if t.selected < len(t.Items) {
		t.body.Objects = append([]fyne.CanvasObject{t.Items[t.selected].Content}, t.overlays...)
		t.cover()
	}
	t.body.Refresh()
	t.BaseWidget.Refresh()
}

// focusTab chooses section i and gives its button the keyboard focus.
func (t *sectionTabs) focusTab(i int) {
	n := len(t.buttons)
	i = (i + n) % n
	t.SelectIndex(i)
	if c := fyne.CurrentApp().Driver().CanvasForObject(t.bar); c != nil {
		c.Focus(t.buttons[i])
	}
}

// tabButton is one section's button.
type tabButton struct {
	labelledButton
	tabs     *sectionTabs
	index    int
	selected bool
	mark     *canvas.Rectangle
}

func newTabButton(text string, tabs *sectionTabs, i int) *tabButton {
	b := &tabButton{tabs: tabs, index: i}
	b.Text, b.label, b.OnTapped = text, text, func() { tabs.SelectIndex(i) }
	b.Importance = widget.LowImportance
	b.ExtendBaseWidget(b)
	return b
}

func (b *tabButton) setSelected(on bool) {
	b.selected = on
	b.Refresh()
}

// CreateRenderer draws the button with a bar under the chosen section's
// name, and the focus outline.
func (b *tabButton) CreateRenderer() fyne.WidgetRenderer {
	b.mark = canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	inner := b.labelledButton.CreateRenderer()
	return &tabRenderer{WidgetRenderer: inner, mark: b.mark, button: b}
}

// TypedKey moves between the sections with the arrows, Home and End.
func (b *tabButton) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyRight, fyne.KeyDown:
		b.tabs.focusTab(b.index + 1)
	case fyne.KeyLeft, fyne.KeyUp:
		b.tabs.focusTab(b.index - 1)
	case fyne.KeyHome:
		b.tabs.focusTab(0)
	case fyne.KeyEnd:
		b.tabs.focusTab(len(b.tabs.buttons) - 1)
	default:
		b.labelledButton.TypedKey(e)
	}
}

// markHeight is the thickness of the bar under the chosen section.
const markHeight = 4

type tabRenderer struct {
	fyne.WidgetRenderer
	mark   *canvas.Rectangle
	button *tabButton
}

func (r *tabRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.mark.Resize(fyne.NewSize(size.Width, markHeight))
	r.mark.Move(fyne.NewPos(0, size.Height-markHeight))
}

func (r *tabRenderer) MinSize() fyne.Size {
	return r.WidgetRenderer.MinSize().Max(fyne.NewSize(minTouch, minTouch))
}

func (r *tabRenderer) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.mark)
}

func (r *tabRenderer) Refresh() {
	r.mark.FillColor = theme.Color(theme.ColorNamePrimary)
	r.mark.Hidden = !r.button.selected
	r.mark.Refresh()
	r.WidgetRenderer.Refresh()
}

// AccessibilityRole: a tab.
func (b *tabButton) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }
