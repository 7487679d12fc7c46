package main

import (
	"fmt"
	"path/filepath"
	"time"
)

// process is the whole-process part: veininfo, Chromium and the bare Fyne
// window take turns, o.runs times.
func (b *bench) process() error {
	o := b.o
	programs := []program{
		b.veininfo("veininfo", "", "--kiosk", "--region", "US", "--lang", "en"),
		{name: "chromium", args: func(home string) []string {
			return []string{"chromium", "--kiosk", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + filepath.Join(home, "chromium"), "file://" + b.index}
		}},
		b.bareWindow(),
	}
	fmt.Printf("\nWhole processes (load average %s)\n", loadAverage())
	results := make(map[string][]sample)
	first := make(map[string]sample)
	for _, p := range programs {
		if p.cache == "" {
			continue
		}
		s, err := b.measure(p)
		if err != nil {
			return fmt.Errorf("%s, first start: %w", p.name, err)
		}
		first[p.name] = s
		fmt.Printf("  first start %-10s first frame %5d ms (shader cache empty; not counted below)\n", p.name, s.firstFrame.Milliseconds())
	}
	for i := range o.runs {
		for _, p := range programs {
			s, err := b.measure(p)
			if err != nil {
				return fmt.Errorf("%s, run %d: %w", p.name, i+1, err)
			}
			fmt.Printf("  run %d %-10s first frame %5d ms (CPU %4d ms, others %3.0f %%)  PSS %6.1f MiB  RSS %6.1f MiB  idle CPU %5.2f %% (others %3.0f %%)  (%d processes)\n",
				i+1, p.name, s.firstFrame.Milliseconds(), s.frameCPU.Milliseconds(), s.busyStart,
				mib(s.pssKiB), mib(s.rssKiB), s.cpuPercent, s.busyIdle, s.processes)
			results[p.name] = append(results[p.name], s)
		}
	}

	pss := func(s sample) float64 { return mib(s.pssKiB) }
	rss := func(s sample) float64 { return mib(s.rssKiB) }
	cpu := func(s sample) float64 { return s.cpuPercent }
	fmt.Printf("\nWhole process tree, %d runs each, alternating; median (min-max)\n", o.runs)
	fmt.Printf("%-22s %-24s %-24s %-24s %s\n", "", "first frame, ms", "PSS after "+o.settle.String()+", MiB", "RSS, MiB", "idle CPU over "+o.idle.String()+", % of a core")
	for _, p := range programs {
		rs := results[p.name]
		fmt.Printf("%-22s %-24s %-24s %-24s %s\n", p.name,
			spread(rs, frame, "%.0f"), spread(rs, pss, "%.1f"), spread(rs, rss, "%.1f"), spread(rs, cpu, "%.2f"))
	}
	v, c, h := results["veininfo"], results["chromium"], results["fyne hello"]
	fmt.Printf("%-22s %-24.2f %-24.2f %-24.2f %.2f\n", "veininfo / chromium",
		median(v, frame)/median(c, frame), median(v, pss)/median(c, pss),
		median(v, rss)/median(c, rss), median(v, cpu)/max(median(c, cpu), 0.01))

	fr := median(v, frame) / median(c, frame)
	b.check("first frame at most half of Chromium's", fr <= 0.5,
		fmt.Sprintf("%.0f ms vs %.0f ms: %.0f %% of Chromium's (very first start: %d ms)",
			median(v, frame), median(c, frame), 100*fr, first["veininfo"].firstFrame.Milliseconds()))
	b.checkFrameGap(v, h)
	pr := median(v, pss) / median(c, pss)
	b.check("tree PSS at most 40 % of Chromium's", pr <= 0.4,
		fmt.Sprintf("%.1f MiB vs %.1f MiB: %.0f %% of Chromium's", median(v, pss), median(c, pss), 100*pr))
	vc, hc := median(v, cpu), median(h, cpu)
	b.check("idle CPU at most bare Fyne's + 0.1 point", vc <= hc+0.1,
		fmt.Sprintf("%.2f %% vs %.2f %% for the bare window (Chromium %.2f %%)", vc, hc, median(c, cpu)))
	return nil
}

// maxFrameGap is how much later than the bare Fyne window veininfo may
// show its first frame (issue 16).
const maxFrameGap = 60 * time.Millisecond

func frame(s sample) float64 { return float64(s.firstFrame.Milliseconds()) }

func (b *bench) checkFrameGap(v, h []sample) {
	gap := median(v, frame) - median(h, frame)
	b.check(fmt.Sprintf("first frame within %d ms of the bare window's", maxFrameGap.Milliseconds()),
		gap <= float64(maxFrameGap.Milliseconds()),
		fmt.Sprintf("%.0f ms vs %.0f ms: %+.0f ms", median(v, frame), median(h, frame), gap))
}

// frames is the quick part for trying a start-up change: the first frame
// of veininfo and of the bare window, taking turns, o.runs times each,
// after one start each that fills the shader cache.
func (b *bench) frames() error {
	programs := []program{
		b.veininfo("veininfo", "", "--kiosk", "--region", "US", "--lang", "en"),
		b.bareWindow(),
	}
	results := make(map[string][]sample)
	fmt.Printf("\nFirst frames (load average %s)\n", loadAverage())
	for i := -1; i < b.o.runs; i++ {
		for _, p := range programs {
			l, err := b.launch(p)
			if err != nil {
				return err
			}
			s, err := l.firstFrame(b.o.deadline)
			l.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", p.name, err)
			}
			if i >= 0 {
				results[p.name] = append(results[p.name], s)
				fmt.Printf("  run %d %-10s first frame %5d ms (CPU %4d ms, others %3.0f %%)\n",
					i+1, p.name, s.firstFrame.Milliseconds(), s.frameCPU.Milliseconds(), s.busyStart)
			}
		}
	}
	fmt.Printf("%-22s %-24s %-24s %s\n", "median (min-max)", "first frame, ms", "CPU until then, ms", "others meanwhile, % of a core")
	for _, p := range programs {
		rs := results[p.name]
		fmt.Printf("%-22s %-24s %-24s %s\n", p.name, spread(rs, frame, "%.0f"), spread(rs, frameCPUms, "%.0f"), spread(rs, busyStart, "%.0f"))
	}
	b.checkFrameGap(results["veininfo"], results["fyne hello"])
	return nil
}

func frameCPUms(s sample) float64 { return float64(s.frameCPU.Microseconds()) / 1000 }

func busyStart(s sample) float64 { return s.busyStart }

// measure starts p alone on a fresh Xvfb display and takes one sample.
func (b *bench) measure(p program) (sample, error) {
	var s sample
	l, err := b.launch(p)
	if err != nil {
		return s, err
	}
	defer l.Close()
	if s, err = l.firstFrame(b.o.deadline); err != nil {
		return s, err
	}
	time.Sleep(time.Until(l.start.Add(b.o.settle)))
	pid := l.cmd.Process.Pid
	tree := processTree(pid)
	s.processes = len(tree)
	for _, pid := range tree {
		pss, rss := memory(pid)
		s.pssKiB += pss
		s.rssKiB += rss
	}
	before, busy := cpuTicks(tree), startOthers()
	time.Sleep(b.o.idle)
	after := cpuTicks(processTree(pid))
	var ticks int64
	for pid, t := range after {
		ticks += t - before[pid] // a process started meanwhile counts whole
	}
	s.cpuPercent = percent(ticks, b.o.idle)
	s.busyIdle = busy.percent(ticks)
	if err := l.alive(); err != nil {
		return s, fmt.Errorf("%w during the run", err)
	}
	return s, nil
}
