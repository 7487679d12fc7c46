// Command hello is the bare Fyne window the process benchmark measures as
// the toolkit's floor: one full-screen window with one label, nothing else.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("org.veininfo.bench.hello")
	w := a.NewWindow("Hello")
	w.SetContent(widget.NewLabel("Hello, world"))
	w.SetFullScreen(true)
	w.ShowAndRun()
}
