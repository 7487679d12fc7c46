package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
