package ui

import (
	"os"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"veininfo/internal/content"
)

// BenchmarkRegionSwitch switches region and relabels the whole visible UI
// through the test driver, reporting the 95th percentile as p95-ms.
func BenchmarkRegionSwitch(b *testing.B) {
	t := &testing.T{}
	s, _, _ := newTestShell(t, "US", "en", nil)
	codes := []string{"DE", "FR", "PL", "SE", "US"}
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if err := s.reader.SetRegion(codes[i%len(codes)]); err != nil {
			b.Fatal(err)
		}
		s.build()
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "p95-ms")
}

// BenchmarkArticleRender turns the longest topic into widgets (Markdown,
// glossary links) and lays it out at a laptop's width, as opening it does.
func BenchmarkArticleRender(b *testing.B) {
	t := &testing.T{}
	s, _, _ := newTestShell(t, "DE", "de", nil)
	var longest content.Topic
	for _, sec := range content.Sections {
		for _, tp := range s.reader.Pack().Section(sec) {
			if len(tp.Body) > len(longest.Body) {
				longest = tp
			}
		}
	}
	a := s.articles()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := a.view(longest)
		v.Resize(fyne.NewSize(1000, 700))
	}
}

// TestSoak switches region and language VEININFO_SOAK times (10,000 in
// make bench) and resets the kiosk a tenth as often, then checks that the
// heap in use and the goroutines are back where they started (within 5%).
//
// Fyne keeps the renderers of widgets it drew in a cache and drops those
// unused for a while (a minute; FYNE_CACHE sets it, make bench uses 1s) when
// the driver next repaints, at most every 10 s. The GLFW driver repaints by
// itself; the test driver only when the canvas is captured, so the soak
// captures the canvas as often as the real driver would clean up, and both
// measurements wait out the cache time first, as an idle kiosk does.
func TestSoak(t *testing.T) {
	switches, _ := strconv.Atoi(os.Getenv("VEININFO_SOAK"))
	if switches <= 0 {
		t.Skip("set VEININFO_SOAK=10000 to run the soak (make bench does)")
	}
	life := time.Minute
	if d, err := time.ParseDuration(os.Getenv("FYNE_CACHE")); err == nil {
		life = d
	}
	f := newTestKiosk(t, "CH", "de-CH", "2468")
	s := f.shell
	lastClean := time.Now()
	repaint := func() {
		if time.Since(lastClean) > 10*time.Second {
			s.win.Canvas().Capture()
			lastClean = time.Now()
		}
	}
	// The heap is measured as the bytes of live objects after two
	// collections (HeapAlloc), which a leak makes grow; the spans they sit
	// in (HeapInuse) are logged beside it: their fragmentation varies with
	// which fonts and screens were made last, and the runtime reuses it.
	measure := func() (live, spans uint64, goroutines int) {
		time.Sleep(max(life, 10*time.Second) + time.Second)
		s.win.Canvas().Capture()
		lastClean = time.Now()
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc, m.HeapInuse, runtime.NumGoroutine()
	}
	// Warm up once so that what is filled on first use counts as the
	// start: the fonts of every text style, which tabs show first, every
	// language the soak shows (read when first needed; the app reads them
	// all a second after it starts) and the session's few recent packs.
	codes := []string{"DE", "FR", "BE", "CH"}
	for _, code := range codes {
		s.reader.SetRegion(code)
		for _, lang := range s.reader.Region().Languages {
			s.reader.SetLanguage(lang)
			s.build()
			for tab := range s.Tabs().Items {
				s.Tabs().SelectIndex(tab)
			}
		}
	}
	heap0, spans0, gor0 := measure()
	for i := range switches {
		if i%2 == 0 {
			s.reader.SetRegion(codes[(i/2)%len(codes)])
		} else if langs := s.reader.Region().Languages; len(langs) > 1 {
			s.reader.SetLanguage(langs[(i/2)%len(langs)])
		}
		s.build()
		s.Tabs().SelectIndex(i % len(s.Tabs().Items)) // built anew after each switch
		repaint()
	}
	for range switches / 10 {
		s.Tabs().SelectIndex(2)
		f.k.Reset()
		f.k.endAttract()
		repaint()
	}
	heap1, spans1, gor1 := measure()
	t.Logf("soak: heap in use %d -> %d bytes, goroutines %d -> %d; heap spans in use %d -> %d bytes", heap0, heap1, gor0, gor1, spans0, spans1)
	if float64(heap1) > float64(heap0)*1.05 || float64(gor1) > float64(gor0)*1.05 {
		t.Errorf("the soak grew: heap %d -> %d, goroutines %d -> %d", heap0, heap1, gor0, gor1)
	}
}
