package main

import (
	"encoding/binary"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jezek/xgb/xproto"
)

// pixels builds a w x h screen of 32-bit pixels from pixel values.
func pixels(w, h int, pixel func(x, y int) uint32) []byte {
	b := make([]byte, 0, 4*w*h)
	for y := range h {
		for x := range w {
			b = binary.LittleEndian.AppendUint32(b, pixel(x, y))
		}
	}
	return b
}

func TestCountColours(t *testing.T) {
	if n := countColours(pixels(40, 30, func(int, int) uint32 { return 0 })); n != 1 {
		t.Errorf("black screen: %d colours, want 1", n)
	}
	// The unused top byte must not count: 0x00ffffff and 0xffffffff are one white.
	window := pixels(40, 30, func(x, y int) uint32 {
		if x < 20 {
			return 0x00ffffff
		}
		return 0xffffffff
	})
	if n := countColours(window); n != 1 {
		t.Errorf("white window: %d colours, want 1", n)
	}
	if n := countColours(pixels(40, 30, func(x, y int) uint32 { return uint32(x%5) << 8 })); n != 5 {
		t.Errorf("five shades: %d colours, want 5", n)
	}
	// Counting stops once the screen has content: one more than contentColours.
	if n := countColours(pixels(40, 30, func(x, y int) uint32 { return uint32(x*6) << 8 })); n != contentColours+1 {
		t.Errorf("shaded screen: %d colours, want %d", n, contentColours+1)
	}
}

func TestTargetsFromGoOutput(t *testing.T) {
	dir := t.TempDir()
	bench := filepath.Join(dir, "go.txt")
	os.WriteFile(bench, []byte(`goos: linux
BenchmarkGlossarySearchKeystroke-2   	    2271	    512345 ns/op	  1234 B/op	  5 allocs/op
BenchmarkSearchKeystroke-2           	    1000	   6100000 ns/op
BenchmarkRegionSwitch-2              	     100	  12000000 ns/op	        24.50 p95-ms
PASS
`), 0o644)
	var lines []string
	check := func(name string, ok bool, detail string) {
		lines = append(lines, strings.Join([]string{name, map[bool]string{true: "met", false: "MISSED"}[ok], detail}, " | "))
	}
	n, err := goTargets(bench, check)
	if err != nil || n != 3 {
		t.Fatalf("found %d figures, %v; want 3", n, err)
	}
	want := []string{
		"GlossarySearchKeystroke under 5 ms | met | 0.51 ms per keystroke",
		"SearchKeystroke under 5 ms | MISSED | 6.10 ms per keystroke",
		"region switch p95 under 30 ms | met | 24.5 ms (mean 12.0 ms)",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}

	soak := filepath.Join(dir, "soak.txt")
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"    bench_test.go:71: soak: heap in use 10485760 -> 10800000 bytes, goroutines 4 -> 4", true},
		{"    bench_test.go:71: soak: heap in use 10485760 -> 20971520 bytes, goroutines 4 -> 4", false},
		{"    bench_test.go:71: soak: heap in use 10485760 -> 10485760 bytes, goroutines 4 -> 9", false},
	} {
		os.WriteFile(soak, []byte(c.line+"\n"), 0o644)
		var got bool
		if err := soakTarget(soak, func(_ string, ok bool, _ string) { got = ok }); err != nil || got != c.ok {
			t.Errorf("%q: target met %v (%v), want %v", c.line, got, err, c.ok)
		}
	}
	os.WriteFile(soak, []byte("--- SKIP: TestSoak\n"), 0o644)
	if err := soakTarget(soak, check); err == nil {
		t.Error("a soak output without figures gave no error")
	}
}

func TestThreadGroups(t *testing.T) {
	for comm, want := range map[string]string{
		"llvmpipe-0": "llvmpipe-*", "llvmpipe-11": "llvmpipe-*", "veininfo": "veininfo", "gdbus": "gdbus", "42": "42",
	} {
		if got := threadGroup(comm); got != want {
			t.Errorf("%s: %s, want %s", comm, got, want)
		}
	}
	threads := map[string]float64{"veininfo": 1.2, "llvmpipe-*": 5.75, "gmain": 0.01, "X": 1.2}
	if got, want := threadSummary(threads), "llvmpipe-* 5.75, X 1.20, veininfo 1.20"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	if got := threadSummary(nil); got != "-" {
		t.Errorf("empty summary %q", got)
	}
	samples := []cpuSample{{threads: map[string]float64{"a": 1, "b": 4}}, {threads: map[string]float64{"a": 3}}, {threads: map[string]float64{"a": 2, "b": 2}}}
	if got := medianThreads(samples); got["a"] != 2 || got["b"] != 2 {
		t.Errorf("median threads %v, want a 2, b 2", got)
	}
}

func TestMachineLoad(t *testing.T) {
	busy, total := parseCPULine("cpu  1077720 3 169941 853643 6207 0 4119 3565 0 0")
	if busy != 1077720+3+169941+4119+3565 || total != busy+853643+6207 {
		t.Errorf("busy %d of %d", busy, total)
	}
	if busy, total := parseCPULine("cpu0 1 2 3 4 5"); busy != 0 || total != 0 {
		t.Errorf("a single core's line counted: %d %d", busy, total)
	}
	if d := parseSchedstat("380213771 7370114 100\n"); d != 380213771*time.Nanosecond {
		t.Errorf("schedstat %v", d)
	}
	if got := percent(150, 60*time.Second); got != 2.5 {
		t.Errorf("150 ticks in a minute: %.2f %%, want 2.5", got)
	}
}

func TestKioskConfig(t *testing.T) {
	if got, want := kioskConfig(75*time.Second, 68*time.Second), "kiosk = true\nidle_timeout_seconds = 75\nwarning_seconds = 68\n"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

func TestPercentile(t *testing.T) {
	var times []time.Duration
	for i := 50; i >= 1; i-- {
		times = append(times, time.Duration(i)*time.Millisecond)
	}
	for p, want := range map[float64]time.Duration{0.95: 48 * time.Millisecond, 0.5: 25 * time.Millisecond, 1: 50 * time.Millisecond, 0.01: time.Millisecond} {
		if got := percentile(times, p); got != want {
			t.Errorf("p%.0f of 1..50 ms: %v, want %v", 100*p, got, want)
		}
	}
	if got := percentile(times[:40], 0.95); got != 48*time.Millisecond { // the 38th of 11..50 ms
		t.Errorf("p95 of 40: %v", got)
	}
	if percentile(nil, 0.95) != 0 {
		t.Error("p95 of nothing")
	}
}

func TestScreenPixels(t *testing.T) {
	r := image.Rect(0, 0, 40, 30)
	blue := pixels(40, 30, func(x, y int) uint32 {
		if x >= 10 && x < 20 && y >= 5 && y < 8 {
			return primary
		}
		return 0xffffff
	})
	box, n := find(blue, r, primary)
	if box != image.Rect(10, 5, 20, 8) || n != 30 {
		t.Errorf("found %v (%d pixels), want (10,5)-(20,8) (30)", box, n)
	}
	white := pixels(40, 30, func(int, int) uint32 { return 0xffffff })
	if d := differing(blue, white); d != 30.0/1200 {
		t.Errorf("differing %.4f, want %.4f", d, 30.0/1200)
	}
	if d := differing(white, pixels(40, 30, func(int, int) uint32 { return 0xff000000 | 0xffffff })); d != 0 {
		t.Errorf("the unused top byte counted: %.4f", d)
	}
	if got := crop(blue, r, image.Rect(0, 0, 40, 8)); len(got) != 4*40*8 {
		t.Errorf("cropped %d bytes", len(got))
	}
}

func TestKeycodes(t *testing.T) {
	// Two keysyms per keycode from keycode 8: Tab on 23, Return on 36.
	syms := make([]xproto.Keysym, 2*(40-8))
	syms[2*(23-8)] = keyTab
	syms[2*(36-8)] = keyReturn
	syms[2*(37-8)+1] = keyTab // shifted only: not the one to press
	codes := keycodes(syms, 2, 8)
	if codes[keyTab] != 23 || codes[keyReturn] != 36 {
		t.Errorf("Tab %d, Return %d; want 23, 36", codes[keyTab], codes[keyReturn])
	}
}

// TestChooserTabs: the presses of Tab that reach a region in the chooser
// follow its order (by continent, then by name in the reader's language):
// Belgium is second in English, after Austria.
func TestChooserTabs(t *testing.T) {
	tabs, err := chooserTabs("US", "BE")
	if err != nil {
		t.Fatal(err)
	}
	if tabs["BE"] != 2 {
		t.Errorf("Belgium after %d presses in English, want 2", tabs["BE"])
	}
	if tabs["US"] <= 17 {
		t.Errorf("the United States after %d presses in Flemish, want it after the 17 European regions", tabs["US"])
	}
	if got := continentID("north-america"); got != "ContinentNorthAmerica" {
		t.Errorf("continent ID %q", got)
	}
}

func TestParts(t *testing.T) {
	parts, err := parseParts("process, kiosk")
	if err != nil || !parts["process"] || !parts["kiosk"] || parts["switch"] {
		t.Errorf("%v %v", parts, err)
	}
	if _, err := parseParts("process,speed"); err == nil {
		t.Error("an unknown part was taken")
	}
}
