package ui

import (
	"bytes"
	"container/list"
	"image"
	"sync"

	"fyne.io/fyne/v2"
	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
)

// A figure's SVG is drawn into pixels once per size it is shown at: Fyne's
// canvas.Image would draw it again at every resize, and a detailed
// drawing takes tens of milliseconds, which a region switch or a
// keystroke must not wait for. Sizes are rounded up to a step, so that
// neighbouring widths share one drawing (the image is scaled down the
// last few pixels), and the drawings last used are kept.

// rasterStep is the width step, in pixels, figures are drawn at.
const rasterStep = 64

// rasterKept is how many drawings are kept: the figures of a few topics at
// one text size.
const rasterKept = 12

type rasterKey struct {
	id    string // the figure, with its -hc for the high-contrast version
	width int
}

var rasters = struct {
	sync.Mutex
	order *list.List // of rasterKey, the last used first
	kept  map[rasterKey]*list.Element
	image map[rasterKey]image.Image
}{order: list.New(), kept: map[rasterKey]*list.Element{}, image: map[rasterKey]image.Image{}}

// drawing says how figures are drawn: in the background (the app), at
// once (tests that look at a figure), or not at all (other tests, which
// would spend most of their time drawing).
type drawing int

const (
	drawInBackground drawing = iota
	drawAtOnce
	drawNever
)

var figureDrawing = drawInBackground

func rasterKeyFor(id string, width float32) rasterKey {
	w := (int(width) + rasterStep - 1) / rasterStep * rasterStep
	return rasterKey{id, max(w, rasterStep)}
}

// cached is the drawing for key, if it was made.
func cached(key rasterKey) (image.Image, bool) {
	rasters.Lock()
	defer rasters.Unlock()
	e, ok := rasters.kept[key]
	if !ok {
		return nil, false
	}
	rasters.order.MoveToFront(e)
	return rasters.image[key], true
}

// raster is the figure's SVG drawn at least width pixels wide (rounded
// up to rasterStep), its height by the drawing's own proportions: at once
// when it was drawn before or figureDrawing says so; otherwise nil, and
// done gets it on Fyne's goroutine once drawn in the background.
func raster(id string, data []byte, width float32, done func(image.Image)) image.Image {
	key := rasterKeyFor(id, width)
	if img, ok := cached(key); ok {
		return img
	}
	switch figureDrawing {
	case drawNever:
		return nil
	case drawAtOnce:
		return keep(key, drawSVG(data, key.width))
	}
	go func() {
		img := keep(key, drawSVG(data, key.width))
		fyne.Do(func() { done(img) })
	}()
	return nil
}

// keep remembers a drawing, forgetting the one used longest ago.
func keep(key rasterKey, img image.Image) image.Image {
	rasters.Lock()
	defer rasters.Unlock()
	if _, ok := rasters.kept[key]; !ok {
		rasters.kept[key] = rasters.order.PushFront(key)
		rasters.image[key] = img
		for rasters.order.Len() > rasterKept {
			last := rasters.order.Back()
			k := last.Value.(rasterKey)
			rasters.order.Remove(last)
			delete(rasters.kept, k)
			delete(rasters.image, k)
		}
	}
	return rasters.image[key]
}

// drawSVG draws an SVG w pixels wide; an SVG it cannot read or draw gives
// an empty picture rather than stopping the app.
func drawSVG(data []byte, w int) image.Image {
	icon, err := oksvg.ReadIconStream(bytes.NewReader(data))
	if err != nil || icon.ViewBox.W <= 0 || icon.ViewBox.H <= 0 {
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	}
	h := max(1, int(float64(w)*icon.ViewBox.H/icon.ViewBox.W))
	icon.SetTarget(0, 0, float64(w), float64(h))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	scanner := rasterx.NewScannerGV(w, h, img, img.Bounds())
	func() {
		defer func() { _ = recover() }() // oksvg panics on some malformed paths
		icon.Draw(rasterx.NewDasher(w, h, scanner), 1)
	}()
	return img
}
