package ui

import (
	"os"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"
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

// TestSoak switches region and language VEININFO_SOAK times (10,000 in
// make bench) and resets the kiosk a tenth as often, then checks that the heap in use and the goroutines are back
// where they started (within 5%). It runs with VEININFO_SOAK=1 (make bench).
func TestSoak(t *testing.T) {
	switches, _ := strconv.Atoi(os.Getenv("VEININFO_SOAK"))
	if switches <= 0 {
		t.Skip("set VEININFO_SOAK=10000 to run the soak (make bench does)")
	}
	f := newTestKiosk(t, "CH", "de-CH", "2468")
	s := f.shell
	measure := func() (uint64, int) {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse, runtime.NumGoroutine()
	}
	// Warm up once so that caches filled on first use count as the start.
	for _, code := range []string{"DE", "FR", "CH"} {
		s.reader.SetRegion(code)
		s.build()
	}
	heap0, gor0 := measure()
	codes := []string{"DE", "FR", "BE", "CH"}
	for i := range switches {
		if i%2 == 0 {
			s.reader.SetRegion(codes[(i/2)%len(codes)])
		} else if langs := s.reader.Region().Languages; len(langs) > 1 {
			s.reader.SetLanguage(langs[(i/2)%len(langs)])
		}
		s.build()
	}
	for range switches / 10 {
		s.Tabs().SelectIndex(2)
		f.k.Reset()
		f.k.endAttract()
	}
	heap1, gor1 := measure()
	t.Logf("soak: heap in use %d -> %d bytes, goroutines %d -> %d", heap0, heap1, gor0, gor1)
	if float64(heap1) > float64(heap0)*1.05 || float64(gor1) > float64(gor0)*1.05 {
		t.Errorf("the soak grew: heap %d -> %d, goroutines %d -> %d", heap0, heap1, gor0, gor1)
	}
}
