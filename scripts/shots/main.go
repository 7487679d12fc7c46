// Command shots renders every tab of veininfo in every offered language
// with Fyne's software painter and writes one PNG per tab, for people
// checking translations and layout (make shots). It needs no display.
//
//	go run ./scripts/shots [-out DIR] [-size 1280x800]
package main

import (
	"flag"
	"fmt"
	"image/png"
	"log"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"golang.org/x/text/language"

	"veininfo/internal/session"
	"veininfo/ui"
)

func main() {
	out := flag.String("out", "build/shots", "folder for the PNG files")
	size := flag.String("size", "1280x800", "window size, WIDTHxHEIGHT")
	flag.Parse()
	var w, h float32
	if _, err := fmt.Sscanf(*size, "%fx%f", &w, &h); err != nil {
		log.Fatalf("-size %q: want WIDTHxHEIGHT", *size)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	test.NewApp().Settings().SetTheme(ui.Theme())
	c, err := session.LoadEmbedded()
	if err != nil {
		log.Print(err)
	}
	seen := map[language.Tag]bool{}
	for _, r := range session.New(c, nil).Regions() {
		for _, tag := range r.Languages {
			if !seen[tag] {
				seen[tag] = true
				shoot(c, r.Code, tag, fyne.NewSize(w, h), *out)
			}
		}
	}
}

func shoot(c session.Catalogues, region string, tag language.Tag, size fyne.Size, dir string) {
	sess := session.New(c, nil)
	if err := sess.Start(session.Choice{Region: region, Language: tag.String()}, language.Und); err != nil {
		log.Fatal(err)
	}
	win := test.NewWindow(nil)
	defer win.Close()
	shell := ui.NewShell(win, sess)
	win.Resize(size)
	for i := range shell.Tabs().Items {
		shell.Tabs().SelectIndex(i)
		name := filepath.Join(dir, fmt.Sprintf("%s_%d.png", tag, i+1))
		f, err := os.Create(name)
		if err != nil {
			log.Fatal(err)
		}
		if err := png.Encode(f, win.Canvas().Capture()); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
	fmt.Println(tag, region, "->", dir)
}
