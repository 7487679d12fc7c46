package ui

import (
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Fyne's desktop driver scrolls only with a wheel and the scrollbar: a
// finger on a touch screen reaches it as a pointer drag, which nothing
// scrolls. swipeScroll is a vertical scroll area that follows a drag and
// carries on with momentum when the finger lets go. The controls inside it
// (links, rows, buttons) forward a drag that starts on them through a
// swipeHost, and take a drag that moves less than tapSlop as the tap it
// was: a finger is never perfectly still.

// tapSlop is how far a finger may move during a tap, in pixels.
const tapSlop = 12

// friction slows a fling, in pixels per second per second.
const friction = 3000

// minFling is the slowest release that keeps the page moving, in pixels
// per second.
const minFling = 150

// swipeScroll scrolls its content vertically by drags, wheel, keys and
// the scrollbar.
type swipeScroll struct {
	widget.BaseWidget
	scroll   *container.Scroll
	onScroll func() // hears every scroll: kiosk activity

	samples []dragSample // the last drags, for the release velocity
	fling   *fyne.Animation
	now     func() time.Time
}

type dragSample struct {
	at time.Time
	dy float32
}

// newSwipeScroll scrolls content; host, when given, lets the controls in
// content pass their drags on to it.
func newSwipeScroll(content fyne.CanvasObject, host *swipeHost, onScroll func()) *swipeScroll {
	s := &swipeScroll{scroll: container.NewVScroll(content), onScroll: onScroll, now: time.Now}
	s.scroll.OnScrolled = func(fyne.Position) { s.scrolled() }
	s.ExtendBaseWidget(s)
	if host != nil {
		host.scroll = s
	}
	return s
}

func (s *swipeScroll) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(s.scroll) }

func (s *swipeScroll) scrolled() {
	if s.onScroll != nil {
		s.onScroll()
	}
}

// Offset is how far the content is scrolled.
func (s *swipeScroll) Offset() float32 { return s.scroll.Offset.Y }

// maxOffset is the furthest the content scrolls.
func (s *swipeScroll) maxOffset() float32 {
	return max(0, s.scroll.Content.MinSize().Height-s.scroll.Size().Height)
}

// scrollTo moves to offset y, within bounds, and reports whether it moved.
func (s *swipeScroll) scrollTo(y float32) bool {
	y = min(max(0, y), s.maxOffset())
	if y == s.scroll.Offset.Y {
		return false
	}
	s.scroll.ScrollToOffset(fyne.NewPos(s.scroll.Offset.X, y))
	s.scrolled()
	return true
}

// Dragged follows the finger: content moves with it.
func (s *swipeScroll) Dragged(e *fyne.DragEvent) {
	s.stopFling()
	s.scrollTo(s.scroll.Offset.Y - e.Dragged.DY)
	now := s.now()
	s.samples = append(s.samples, dragSample{now, e.Dragged.DY})
	for len(s.samples) > 0 && now.Sub(s.samples[0].at) > 100*time.Millisecond {
		s.samples = s.samples[1:]
	}
}

// DragEnd lets a quick swipe carry on and slow down.
func (s *swipeScroll) DragEnd() {
	v := s.velocity()
	s.samples = nil
	if math.Abs(float64(v)) >= minFling {
		s.startFling(-v)
	}
}

// velocity is the finger's speed over the last tenth of a second, in
// pixels per second, positive downwards.
func (s *swipeScroll) velocity() float32 {
	if len(s.samples) < 2 {
		return 0
	}
	var dy float32
	for _, d := range s.samples[1:] {
		dy += d.dy
	}
	dt := s.samples[len(s.samples)-1].at.Sub(s.samples[0].at).Seconds()
	if dt <= 0 {
		return 0
	}
	return dy / float32(dt)
}

// startFling moves the content on at v pixels per second, slowing down.
func (s *swipeScroll) startFling(v float32) {
	duration := time.Duration(math.Abs(float64(v)) / friction * float64(time.Second))
	start, moved := s.scroll.Offset.Y, float32(0)
	sign := float32(1)
	if v < 0 {
		sign = -1
	}
	s.fling = fyne.NewAnimation(duration, func(f float32) {
		t := f * float32(duration.Seconds())
		moved = sign * (float32(math.Abs(float64(v)))*t - friction*t*t/2)
		if !s.scrollTo(start + moved) {
			s.stopFling()
		}
	})
	s.fling.Curve = fyne.AnimationLinear
	s.fling.Start()
}

func (s *swipeScroll) stopFling() {
	if s.fling != nil {
		s.fling.Stop()
		s.fling = nil
	}
}

// scrollKeys are the keys that scroll the content in view.
var scrollKeys = map[fyne.KeyName]bool{
	fyne.KeyPageDown: true, fyne.KeyPageUp: true, fyne.KeyDown: true, fyne.KeyUp: true,
	fyne.KeyHome: true, fyne.KeyEnd: true, fyne.KeySpace: true,
}

// lineStep is how far an arrow key scrolls: about two lines.
const lineStep = 60

// typedKey scrolls for PgUp, PgDn, the arrows, Home, End and Space, and
// reports whether the key was one of them.
func (s *swipeScroll) typedKey(e *fyne.KeyEvent) bool {
	page := s.scroll.Size().Height * 0.9
	y := s.scroll.Offset.Y
	switch e.Name {
	case fyne.KeyPageDown, fyne.KeySpace:
		y += page
	case fyne.KeyPageUp:
		y -= page
	case fyne.KeyDown:
		y += lineStep
	case fyne.KeyUp:
		y -= lineStep
	case fyne.KeyHome:
		y = 0
	case fyne.KeyEnd:
		y = s.maxOffset()
	default:
		return false
	}
	s.stopFling()
	s.scrollTo(y)
	return true
}

// showObject scrolls so that o, which stands somewhere in the content, is
// in view with a little room around it: focus never lands out of sight.
func (s *swipeScroll) showObject(o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.scroll.Content).Y
	bottom := top + o.Size().Height
	view := s.scroll.Size().Height
	margin := min(float32(lineStep), view/4)
	switch y := s.scroll.Offset.Y; {
	case top < y+margin:
		s.scrollTo(top - margin)
	case bottom > y+view-margin:
		s.scrollTo(bottom - view + margin)
	}
}

// swipeHost links the controls inside a swipeScroll to it; they are made
// before it.
type swipeHost struct {
	scroll *swipeScroll
}

// swipeChild is what a tappable control inside a swipeScroll embeds: a
// drag that moves further than tapSlop scrolls the page, anything less is
// the tap it was.
type swipeChild struct {
	host     *swipeHost
	moved    float32
	scrolled bool
}

func (c *swipeChild) dragged(e *fyne.DragEvent) {
	c.moved += float32(math.Abs(float64(e.Dragged.DX)) + math.Abs(float64(e.Dragged.DY)))
	if c.host == nil || c.host.scroll == nil {
		return
	}
	if !c.scrolled && c.moved >= tapSlop {
		c.scrolled = true
	}
	if c.scrolled {
		c.host.scroll.Dragged(e)
	}
}

// dragEnd ends a swipe, or taps when the finger hardly moved.
func (c *swipeChild) dragEnd(tap func()) {
	if c.scrolled {
		c.host.scroll.DragEnd()
	} else if tap != nil {
		tap()
	}
	c.moved, c.scrolled = 0, false
}

// show brings o into view in the host, when there is one.
func (c *swipeChild) show(o fyne.CanvasObject) {
	if c.host != nil && c.host.scroll != nil {
		c.host.scroll.showObject(o)
	}
}

// scrollKey passes a scrolling key on to the host.
func (c *swipeChild) scrollKey(e *fyne.KeyEvent) bool {
	return c.host != nil && c.host.scroll != nil && e.Name != fyne.KeySpace && c.host.scroll.typedKey(e)
}
