package main

import (
	"fmt"
	"image"
	"os"
	"os/exec"
	"testing"
	"time"
)

// TestTouchAndKeysMoveThroughTheRealWindow drives the real binary as a
// patient would: Ctrl+3 and "a" open "After your procedure" from the
// keyboard, then a finger's drag (a pointer drag, which is how a touch
// screen reaches the app through X11) scrolls the topic, while the topic
// list beside it stays where it was.
func TestTouchAndKeysMoveThroughTheRealWindow(t *testing.T) {
	if testing.Short() {
		t.Skip("smoke test skipped in -short mode")
	}
	requireTools(t, "Xvfb", "xdotool", "import")
	bin := buildBinary(t)
	display := startXvfb(t)
	env := desktopEnv(display, t.TempDir())
	app := startApp(t, env, bin, "--config", os.DevNull, "--region", "US", "--lang", "en")
	win := waitForWindow(t, display, "Vein Info", 90*time.Second, app.logs)
	xdo := func(args ...string) {
		t.Helper()
		cmd := exec.Command("xdotool", args...)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("xdotool %v: %v %s", args, err, out)
		}
	}
	xdo("windowmove", win, "0", "0")
	xdo("windowsize", win, "1024", "768")
	time.Sleep(2 * time.Second)
	xdo("mousemove", "512", "100") // X gives the keys to the window under the pointer
	xdo("key", "ctrl+3")
	time.Sleep(500 * time.Millisecond)
	xdo("type", "a")
	time.Sleep(time.Second)
	before := screenshot(t, display, win)
	if !hasColour(before, "#1F5FD6", image.Rect(0, 200, 310, 768)) {
		savePNG(t, "shot-keys.png", before)
		t.Error("after Ctrl+3 and a, no focus outline in the topic list (shot-keys.png)")
	}

	// a finger drags the topic up by 330 px and lets go
	xdo("mousemove", "650", "650")
	xdo("mousedown", "1")
	for y := 620; y >= 320; y -= 30 {
		xdo("mousemove", "650", fmt.Sprint(y))
		time.Sleep(15 * time.Millisecond)
	}
	xdo("mouseup", "1")
	time.Sleep(1500 * time.Millisecond)
	after := screenshot(t, display, win)
	list, topic := image.Rect(0, 250, 290, 700), image.Rect(330, 250, 990, 700)
	// The topic's text moved; the list only lost its focus outline (the
	// touch went elsewhere), a few per cent of its pixels.
	t.Logf("after the drag: %.1f%% of the topic and %.1f%% of the list changed", 100*differs(before, after, topic), 100*differs(before, after, list))
	if d := differs(before, after, topic); d < 0.2 {
		savePNG(t, "shot-drag.png", after)
		t.Errorf("a drag on the topic did not scroll it: %.0f%% changed (shot-drag.png)", 100*d)
	}
	if d := differs(before, after, list); d > 0.05 {
		savePNG(t, "shot-drag.png", after)
		t.Errorf("a drag on the topic changed the topic list: %.0f%% changed (shot-drag.png)", 100*d)
	}
	if app.hasExited() {
		t.Fatalf("the app ended: %s", app.logs)
	}
}

// differs is the share of pixels inside r where two screenshots differ.
func differs(a, b image.Image, r image.Rectangle) float64 {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 {
				n++
			}
		}
	}
	return float64(n) / float64(r.Dx()*r.Dy())
}

// hasColour reports whether the colour (#RRGGBB) appears inside r.
func hasColour(img image.Image, hex string, r image.Rectangle) bool {
	var want [3]uint32
	fmt.Sscanf(hex, "#%02x%02x%02x", &want[0], &want[1], &want[2])
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if cr>>8 == want[0] && cg>>8 == want[1] && cb>>8 == want[2] {
				return true
			}
		}
	}
	return false
}
