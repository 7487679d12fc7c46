package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"veininfo/internal/content"
)

// welcomeTab shows the welcome topics one after another.
type welcomeTab struct {
	content fyne.CanvasObject
}

func newWelcomeTab(r Reader, a articles) *welcomeTab {
	box := container.NewVBox()
	for _, t := range r.Pack().Section(content.Welcome) {
		box.Add(a.body(t))
	}
	scroll := container.NewVScroll(column(box))
	scroll.OnScrolled = func(fyne.Position) { a.onScroll() }
	return &welcomeTab{content: scroll}
}
