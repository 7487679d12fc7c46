package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"veininfo/internal/content"
)

// welcomeTab shows the welcome topics one after another.
type welcomeTab struct {
	view    *swipeScroll
	content fyne.CanvasObject
}

// newWelcomeTab starts with the tiles of the start screen, then the
// welcome topics.
func newWelcomeTab(r Reader, a articles, tiles func(*swipeHost) fyne.CanvasObject) *welcomeTab {
	host := &swipeHost{}
	box := container.NewVBox(tiles(host))
	for _, t := range r.Pack().Section(content.Welcome) {
		addTo(box, a.body(t, host))
	}
	view := newSwipeScroll(column(box), host, a.onScroll)
	return &welcomeTab{view: view, content: view}
}

func (w *welcomeTab) currentView() *swipeScroll { return w.view }
