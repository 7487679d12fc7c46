package main

import (
	"encoding/binary"
	"fmt"
	"image"
	"slices"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/xproto"
	"github.com/jezek/xgb/xtest"
)

// screen reads the pixels of an X display's root window and, once
// initInput has run, sends it key presses and pointer taps through XTEST,
// the extension xdotool uses, on procbench's own connection: a tap is
// timed from the moment it is sent, without a helper program's start.
type screen struct {
	conn  *xgb.Conn
	root  xproto.ScreenInfo
	keys  map[xproto.Keysym]xproto.Keycode
	input bool
}

func newScreen(disp string) (*screen, error) {
	c, err := xgb.NewConnDisplay(disp)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", disp, err)
	}
	root := xproto.Setup(c).DefaultScreen(c)
	if root.RootDepth != 24 {
		c.Close()
		return nil, fmt.Errorf("%s: depth %d, want 24", disp, root.RootDepth)
	}
	return &screen{conn: c, root: *root}, nil
}

func (s *screen) Close() { s.conn.Close() }

// grab reads the pixels of r, 32 bits each (depth 24, the top byte
// unused), row after row.
func (s *screen) grab(r image.Rectangle) ([]byte, error) {
	img, err := xproto.GetImage(s.conn, xproto.ImageFormatZPixmap, xproto.Drawable(s.root.Root),
		int16(r.Min.X), int16(r.Min.Y), uint16(r.Dx()), uint16(r.Dy()), 0xffffffff).Reply()
	if err != nil {
		return nil, fmt.Errorf("grabbing the screen: %w", err)
	}
	return img.Data, nil
}

// bounds is the whole screen.
func (s *screen) bounds() image.Rectangle {
	return image.Rect(0, 0, int(s.root.WidthInPixels), int(s.root.HeightInPixels))
}

// colours grabs the whole screen (about 6 ms for 1280x800, where xwd takes
// ten times as long and the CPU it uses would slow the program measured)
// and counts its colours.
func (s *screen) colours() (int, error) {
	data, err := s.grab(s.bounds())
	if err != nil {
		return 0, err
	}
	return countColours(data), nil
}

// countColours counts the distinct colours of 32-bit pixels (depth 24, the
// top byte unused), up to contentColours+1: it stops there, so that polling
// the screen while a program starts takes as little CPU as it can.
func countColours(pixels []byte) int {
	seen := make([]uint32, 0, contentColours+1)
	for i := 0; i+4 <= len(pixels); i += 4 {
		if c := binary.LittleEndian.Uint32(pixels[i:]) & 0xffffff; !slices.Contains(seen, c) {
			if seen = append(seen, c); len(seen) > contentColours {
				break
			}
		}
	}
	return len(seen)
}

// differing is the share of pixels that differ between two grabs of the
// same rectangle, the unused top byte aside.
func differing(a, b []byte) float64 {
	if len(a) != len(b) || len(a) < 4 {
		return 1
	}
	n := 0
	for i := 0; i+4 <= len(a); i += 4 {
		if binary.LittleEndian.Uint32(a[i:])&0xffffff != binary.LittleEndian.Uint32(b[i:])&0xffffff {
			n++
		}
	}
	return float64(n) / float64(len(a)/4)
}

// find is the bounding box of the pixels of colour rgb (0xRRGGBB) in a
// grab of r, and how many there are; an empty rectangle when none.
func find(pixels []byte, r image.Rectangle, rgb uint32) (image.Rectangle, int) {
	var box image.Rectangle
	n := 0
	for i := 0; i+4 <= len(pixels) && i/4 < r.Dx()*r.Dy(); i += 4 {
		if binary.LittleEndian.Uint32(pixels[i:])&0xffffff != rgb {
			continue
		}
		x, y := r.Min.X+(i/4)%r.Dx(), r.Min.Y+(i/4)/r.Dx()
		box = box.Union(image.Rect(x, y, x+1, y+1))
		n++
	}
	return box, n
}

// stable waits until two grabs of r in a row, interval apart, are the same
// and differ from not (when given) in at least share of their pixels, and
// returns the last; it gives up after timeout.
func (s *screen) stable(r image.Rectangle, not []byte, share float64, interval, timeout time.Duration) ([]byte, error) {
	deadline := time.Now().Add(timeout)
	prev, err := s.grab(r)
	if err != nil {
		return nil, err
	}
	for time.Now().Before(deadline) {
		time.Sleep(interval)
		cur, err := s.grab(r)
		if err != nil {
			return nil, err
		}
		if differing(prev, cur) == 0 && (not == nil || differing(cur, not) >= share) {
			return cur, nil
		}
		prev = cur
	}
	return nil, fmt.Errorf("the screen did not settle within %s", timeout)
}

// X keysyms of the keys the benchmark presses.
const (
	keyTab    xproto.Keysym = 0xff09
	keyReturn xproto.Keysym = 0xff0d
	keyEscape xproto.Keysym = 0xff1b
)

// initInput readies XTEST and finds the keycodes of Tab, Return and Escape.
func (s *screen) initInput() error {
	if s.input {
		return nil
	}
	if err := xtest.Init(s.conn); err != nil {
		return fmt.Errorf("XTEST: %w", err)
	}
	setup := xproto.Setup(s.conn)
	count := byte(setup.MaxKeycode - setup.MinKeycode + 1)
	m, err := xproto.GetKeyboardMapping(s.conn, setup.MinKeycode, count).Reply()
	if err != nil {
		return fmt.Errorf("keyboard mapping: %w", err)
	}
	s.keys = keycodes(m.Keysyms, int(m.KeysymsPerKeycode), setup.MinKeycode)
	for _, k := range []xproto.Keysym{keyTab, keyReturn, keyEscape} {
		if _, ok := s.keys[k]; !ok {
			return fmt.Errorf("no key for keysym %#x", k)
		}
	}
	s.input = true
	return nil
}

// keycodes maps each keysym to the first keycode that gives it unshifted.
func keycodes(keysyms []xproto.Keysym, perKeycode int, first xproto.Keycode) map[xproto.Keysym]xproto.Keycode {
	codes := make(map[xproto.Keysym]xproto.Keycode)
	if perKeycode < 1 {
		return codes
	}
	for i := 0; i < len(keysyms); i += perKeycode {
		if sym := keysyms[i]; sym != 0 {
			if _, ok := codes[sym]; !ok {
				codes[sym] = first + xproto.Keycode(i/perKeycode)
			}
		}
	}
	return codes
}

// holdTime is how long a key or button stays down, as a finger's would:
// a press and release that reach the program at once are sometimes
// taken as nothing.
const holdTime = 20 * time.Millisecond

// press presses and releases a key n times, pausing between presses so
// that the program handles each before the next.
func (s *screen) press(sym xproto.Keysym, n int) error {
	code := byte(s.keys[sym])
	for range n {
		if err := xtest.FakeInputChecked(s.conn, xproto.KeyPress, code, 0, s.root.Root, 0, 0, 0).Check(); err != nil {
			return fmt.Errorf("XTEST key: %w", err)
		}
		time.Sleep(holdTime)
		if err := xtest.FakeInputChecked(s.conn, xproto.KeyRelease, code, 0, s.root.Root, 0, 0, 0).Check(); err != nil {
			return fmt.Errorf("XTEST key: %w", err)
		}
		time.Sleep(30 * time.Millisecond)
	}
	return nil
}

// move puts the pointer at p.
func (s *screen) move(p image.Point) error {
	return xtest.FakeInputChecked(s.conn, xproto.MotionNotify, 0, 0, s.root.Root, int16(p.X), int16(p.Y), 0).Check()
}

// tap presses and releases the first button where the pointer is, held
// as a finger would; it returns when the X server has the release, the
// moment a tap is complete and the program acts on it.
func (s *screen) tap() (released time.Time, err error) {
	if err := xtest.FakeInputChecked(s.conn, xproto.ButtonPress, 1, 0, s.root.Root, 0, 0, 0).Check(); err != nil {
		return time.Time{}, err
	}
	time.Sleep(holdTime)
	released = time.Now()
	return released, xtest.FakeInputChecked(s.conn, xproto.ButtonRelease, 1, 0, s.root.Root, 0, 0, 0).Check()
}
