package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The kiosk states measured, by row name.
const (
	rowIdle     = "kiosk idle, US"
	rowWarning  = "idle warning countdown, US"
	rowAttract  = "attract screen, US (1 language)"
	rowAttract3 = "attract screen, BE (3 languages)"
	rowHello    = "bare Fyne window idle"
)

// maxKioskExtra is how much more CPU, in points of one core, the attract
// screen and the idle warning may take than the kiosk's own idle (issue 16).
const maxKioskExtra = 0.5

// cpuSample is the CPU a process tree took over a while, in % of one
// core, and how its main process's threads shared it.
type cpuSample struct {
	percent float64
	threads map[string]float64 // thread group -> % of one core
	others  float64            // what else the machine ran meanwhile, % of one core
}

// kiosk is the kiosk part. Each run starts veininfo twice and the bare
// window once: in the United States, its idle, then the idle warning,
// then the attract screen, one after the other in the same process; in
// Belgium, the attract screen, whose "Touch to start" takes turns in three
// languages.
func (b *bench) kiosk() error {
	t := b.o.kioskTime
	settle := b.o.settle
	// Long enough to measure the idle after settling, then the warning.
	us := kioskConfig(settle+t+5*time.Second, t+8*time.Second)
	be := kioskConfig(10*time.Second, 20*time.Second)
	rows := map[string][]cpuSample{}
	order := []string{rowIdle, rowWarning, rowAttract, rowAttract3, rowHello}
	fmt.Printf("\nKiosk states: CPU of the process tree over %s, %% of one core (threads of the main process; what else ran) (load average %s)\n", t, loadAverage())
	for i := range b.o.kioskRuns {
		record := func(row string, s cpuSample) {
			rows[row] = append(rows[row], s)
			fmt.Printf("  run %d %-34s %5.2f %%  (%s; others %.0f %%)\n", i+1, row, s.percent, threadSummary(s.threads), s.others)
		}
		if err := b.kioskUS(us, record); err != nil {
			return fmt.Errorf("US, run %d: %w", i+1, err)
		}
		if err := b.kioskAttract(be, "BE", record); err != nil {
			return fmt.Errorf("BE, run %d: %w", i+1, err)
		}
		l, err := b.launch(b.bareWindow())
		if err != nil {
			return err
		}
		s, err := settledCPU(l, settle, t)
		l.Close()
		if err != nil {
			return fmt.Errorf("bare window, run %d: %w", i+1, err)
		}
		record(rowHello, s)
	}

	pct := func(s cpuSample) float64 { return s.percent }
	fmt.Printf("\nKiosk states, %d runs each; CPU over %s, %% of one core, median (min-max); threads, median\n", b.o.kioskRuns, t)
	for _, row := range order {
		fmt.Printf("%-36s %-22s %s\n", row, spread(rows[row], pct, "%.2f"), threadSummary(medianThreads(rows[row])))
	}
	idle := median(rows[rowIdle], pct)
	for _, row := range []string{rowAttract, rowAttract3, rowWarning} {
		v := median(rows[row], pct)
		b.check(fmt.Sprintf("%s: at most idle + %.1f point", row, maxKioskExtra),
			v <= idle+maxKioskExtra,
			fmt.Sprintf("%.2f %% vs %.2f %% idle: %+.2f point (bare window %.2f %%)", v, idle, v-idle, median(rows[rowHello], pct)))
	}
	return nil
}

// kioskConfig is a kiosk configuration that warns after idle and resets
// warning later.
func kioskConfig(idle, warning time.Duration) string {
	return fmt.Sprintf("kiosk = true\nidle_timeout_seconds = %d\nwarning_seconds = %d\n",
		int(idle.Seconds()), int(warning.Seconds()))
}

// Log lines of veininfo's kiosk (ui/kiosk.go) that start the warning and
// the attract screen.
const (
	logWarning = "kiosk: idle warning"
	logReset   = "kiosk: idle reset"
)

// stateMargin is how long after a state begins its measurement starts:
// the screen has been drawn and the first change is over.
const stateMargin = 3 * time.Second

func (b *bench) kioskUS(config string, record func(string, cpuSample)) error {
	l, err := b.launch(b.veininfo("veininfo", config, "--kiosk", "--region", "US", "--lang", "en"))
	if err != nil {
		return err
	}
	defer l.Close()
	s, err := settledCPU(l, b.o.settle, b.o.kioskTime)
	if err != nil {
		return fmt.Errorf("idle: %w", err)
	}
	if strings.Contains(l.log(), logWarning) {
		return fmt.Errorf("idle: the warning came before the measurement ended")
	}
	record(rowIdle, s)

	if _, err := l.waitLog(logWarning, time.Minute); err != nil {
		return err
	}
	time.Sleep(stateMargin)
	s = measureCPU(l.cmd.Process.Pid, b.o.kioskTime)
	if strings.Contains(l.log(), logReset) {
		return fmt.Errorf("warning: the reset came before the measurement ended")
	}
	record(rowWarning, s)

	if _, err := l.waitLog(logReset, time.Minute); err != nil {
		return err
	}
	time.Sleep(stateMargin)
	record(rowAttract, measureCPU(l.cmd.Process.Pid, b.o.kioskTime))
	return l.alive()
}

func (b *bench) kioskAttract(config, region string, record func(string, cpuSample)) error {
	l, err := b.launch(b.veininfo("veininfo", config, "--kiosk", "--region", region))
	if err != nil {
		return err
	}
	defer l.Close()
	if _, err := l.firstFrame(b.o.deadline); err != nil {
		return err
	}
	if _, err := l.waitLog(logReset, 2*time.Minute); err != nil {
		return err
	}
	time.Sleep(stateMargin)
	record(rowAttract3, measureCPU(l.cmd.Process.Pid, b.o.kioskTime))
	return l.alive()
}

// settledCPU waits for the first frame and the settle time from the
// start, then measures the CPU over d.
func settledCPU(l *launched, settle, d time.Duration) (cpuSample, error) {
	if _, err := l.firstFrame(time.Minute); err != nil {
		return cpuSample{}, err
	}
	time.Sleep(time.Until(l.start.Add(settle)))
	s := measureCPU(l.cmd.Process.Pid, d)
	return s, l.alive()
}

// measureCPU is the CPU of pid's process tree over d, and of its threads.
func measureCPU(pid int, d time.Duration) cpuSample {
	before, threadsBefore, busy := cpuTicks(processTree(pid)), threadTimes(pid), startOthers()
	time.Sleep(d)
	after, threadsAfter := cpuTicks(processTree(pid)), threadTimes(pid)
	var ticks int64
	for p, t := range after {
		ticks += t - before[p] // a process started meanwhile counts whole
	}
	s := cpuSample{percent: percent(ticks, d), threads: map[string]float64{}, others: busy.percent(ticks)}
	byGroup := map[string]time.Duration{}
	addThreadTimes(byGroup, threadsBefore, threadsAfter)
	for g, t := range byGroup {
		s.threads[g] = 100 * t.Seconds() / d.Seconds()
	}
	return s
}

func percent(ticks int64, d time.Duration) float64 {
	return 100 * float64(ticks) / clockTicks / d.Seconds()
}

// threadTimes is the time each thread of pid has run, to the nanosecond,
// by thread.
func threadTimes(pid int) map[int]taskTime {
	dir := fmt.Sprintf("/proc/%d/task", pid)
	entries, _ := os.ReadDir(dir)
	times := make(map[int]taskTime)
	for _, e := range entries {
		tid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		comm, err := os.ReadFile(filepath.Join(dir, e.Name(), "comm"))
		if err != nil {
			continue
		}
		sched, err := os.ReadFile(filepath.Join(dir, e.Name(), "schedstat"))
		if err != nil {
			continue
		}
		times[tid] = taskTime{threadGroup(strings.TrimSpace(string(comm))), parseSchedstat(string(sched))}
	}
	return times
}

// taskTime is one thread's time on a CPU and the group its name puts it in.
type taskTime struct {
	group string
	cpu   time.Duration
}

// addThreadTimes adds what each thread group ran between two readings to sum.
func addThreadTimes(sum map[string]time.Duration, before, after map[int]taskTime) {
	for tid, t := range after {
		sum[t.group] += t.cpu - before[tid].cpu // a thread started meanwhile counts whole
	}
}

// threadGroup puts numbered threads of one kind together: llvmpipe-0 and
// llvmpipe-1 are both "llvmpipe-*", Mesa's software rasterizer.
func threadGroup(comm string) string {
	trimmed := strings.TrimRight(comm, "0123456789")
	if trimmed == comm || trimmed == "" {
		return comm
	}
	return trimmed + "*"
}

// threadSummary lists thread groups by the CPU they took, largest first;
// those under 0.05 % are left out.
func threadSummary(threads map[string]float64) string {
	return listGroups(threads, "%s %.2f", 0.05)
}

// listGroups lists thread groups by their figure, largest first, each
// written with format (name, figure); those under least are left out.
func listGroups(threads map[string]float64, format string, least float64) string {
	groups := make([]string, 0, len(threads))
	for g, v := range threads {
		if v >= least {
			groups = append(groups, g)
		}
	}
	slices.SortFunc(groups, func(a, b string) int {
		if threads[a] != threads[b] {
			if threads[a] > threads[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = fmt.Sprintf(format, g, threads[g])
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ", ")
}

// medianThreads is each thread group's median over samples (0 where a
// sample lacks the group).
func medianThreads(samples []cpuSample) map[string]float64 {
	out := map[string]float64{}
	for _, s := range samples {
		for g := range s.threads {
			out[g] = 0
		}
	}
	for g := range out {
		out[g] = median(samples, func(s cpuSample) float64 { return s.threads[g] })
	}
	return out
}
