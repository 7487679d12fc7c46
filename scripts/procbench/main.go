// Command procbench measures whole processes the way a clinic would meet
// them, each program alone in a fresh Xvfb of the same size, in parts:
//
//   - process: veininfo in kiosk mode, Chromium in kiosk mode showing the
//     same content exported with `veininfo-content export-html`, and a bare
//     Fyne window as the toolkit's floor, taking turns. Per run: the time
//     from start to the first frame with content on the screen, the PSS and
//     RSS of the program's whole process tree after the settle time, and
//     the CPU the tree uses while nobody touches it over the idle time that
//     follows.
//   - kiosk: the CPU veininfo's kiosk spends in the states it rests in,
//     over -kiosk-time each: its own idle, the idle warning's countdown and
//     the attract screen in the United States (one language), the attract
//     screen in Belgium (three languages taking turns), and the bare Fyne
//     window's idle beside them; per state also which threads spent it.
//   - switch: region switches in the real window, from the tap on the
//     region dialog's "Change region" button to the new frame on screen.
//   - frames: only the first frame of veininfo and of the bare window, for
//     trying a start-up change quickly (not part of make bench).
//
// It prints medians and min-max, then checks the targets of issues 7 and
// 16, including the Go benchmark and soak figures that `make bench` wrote
// before it. Exit status 1 means a target was missed.
//
// Usage (make bench passes all of this):
//
//	procbench -veininfo BIN -hello BIN -site DIR [-parts process,kiosk,switch]
//	          [-runs 5] [-kiosk-runs 3] [-switches 50] [-size 1280x800]
//	          [-gobench FILE] [-soak FILE]
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jezek/xgb"
)

// clockTicks is the kernel's USER_HZ, the unit of utime and stime in
// /proc/PID/stat: 100 on every Linux for x86-64 and arm64.
const clockTicks = 100

// contentColours is how many distinct colours make a frame "with content":
// an empty or single-colour window on the black root shows one or two;
// rendered text brings dozens of anti-aliased shades.
const contentColours = 8

type options struct {
	veininfo, hello, site  string
	parts                  string
	runs                   int
	size                   string
	settle, idle, deadline time.Duration
	gobench, soak          string
	kioskRuns              int
	kioskTime              time.Duration
	switches               int
	env                    []string // more of veininfo's environment, such as VEININFO_CPUPROFILE=FILE
}

// program is one contender: how to start it inside a fresh home folder.
// cache, when set, is its XDG cache folder kept from run to run.
type program struct {
	name  string
	args  func(home string) []string
	cache string
	env   []string
}

// sample is one run's figures.
type sample struct {
	firstFrame time.Duration
	frameCPU   time.Duration // the program's threads' time on a CPU until the first frame
	busyStart  float64       // what else the machine ran meanwhile, % of one core
	pssKiB     int64
	rssKiB     int64
	cpuPercent float64 // of one core, over the idle time
	busyIdle   float64 // what else the machine ran meanwhile, % of one core
	processes  int
}

func main() {
	var o options
	flag.StringVar(&o.veininfo, "veininfo", "", "the veininfo binary")
	flag.StringVar(&o.hello, "hello", "", "the bare Fyne window binary (scripts/procbench/hello)")
	flag.StringVar(&o.site, "site", "", "the folder written by veininfo-content export-html (the process part)")
	flag.StringVar(&o.parts, "parts", "process,kiosk,switch", "the parts to run, comma-separated: process, kiosk, switch, frames")
	flag.IntVar(&o.runs, "runs", 5, "runs of each program (process and frames parts)")
	flag.StringVar(&o.size, "size", "1280x800", "the Xvfb screen size")
	flag.DurationVar(&o.settle, "settle", 10*time.Second, "time after start before memory is read")
	flag.DurationVar(&o.idle, "idle", 30*time.Second, "time over which idle CPU is measured, after the settle time")
	flag.DurationVar(&o.deadline, "deadline", time.Minute, "longest wait for the first frame")
	flag.IntVar(&o.kioskRuns, "kiosk-runs", 3, "runs of each kiosk state (kiosk part)")
	flag.DurationVar(&o.kioskTime, "kiosk-time", time.Minute, "time over which the CPU of each kiosk state is measured")
	flag.IntVar(&o.switches, "switches", 50, "region switches measured (switch part)")
	flag.Func("env", "KEY=VALUE to add to veininfo's environment, such as VEININFO_CPUPROFILE=FILE for a profile (repeatable)", func(s string) error {
		if !strings.Contains(s, "=") {
			return fmt.Errorf("want KEY=VALUE")
		}
		o.env = append(o.env, s)
		return nil
	})
	flag.StringVar(&o.gobench, "gobench", "", "go test -bench output to take the region switch and search figures from")
	flag.StringVar(&o.soak, "soak", "", "TestSoak -v output to take the soak figures from")
	flag.Parse()
	parts, err := parseParts(o.parts)
	if err != nil || o.veininfo == "" || o.hello == "" || (parts["process"] && o.site == "") ||
		o.runs < 1 || o.kioskRuns < 1 || o.switches < 1 {
		if err != nil {
			fmt.Fprintln(os.Stderr, "procbench:", err)
		}
		flag.Usage()
		os.Exit(2)
	}
	missed, err := run(o, parts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "procbench:", err)
		os.Exit(2)
	}
	if missed > 0 {
		os.Exit(1)
	}
}

// allParts are the parts in the order they run.
var allParts = []string{"frames", "process", "kiosk", "switch"}

func parseParts(s string) (map[string]bool, error) {
	parts := make(map[string]bool)
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if !slices.Contains(allParts, p) {
			return nil, fmt.Errorf("-parts: unknown part %q: use %s", p, strings.Join(allParts, ", "))
		}
		parts[p] = true
	}
	return parts, nil
}

// bench is one procbench run: the programs, the display numbers handed
// out so far, and the targets checked.
type bench struct {
	o       options
	vein    string // absolute paths
	hello   string
	index   string // the exported site's index.html
	caches  string // the Fyne programs' cache folders, kept from run to run
	display int
	targets []target
}

type target struct {
	name, detail string
	ok           bool
}

func run(o options, parts map[string]bool) (missed int, err error) {
	xgb.Logger = log.New(io.Discard, "", 0) // it reports the missing .Xauthority Xvfb does not need
	tools := []string{"Xvfb"}
	if parts["process"] {
		tools = append(tools, "chromium")
	}
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			return 0, fmt.Errorf("%s is needed (scripts/deps.sh --bench installs it)", tool)
		}
	}
	b := &bench{o: o, display: 90}
	if b.vein, err = filepath.Abs(o.veininfo); err != nil {
		return 0, err
	}
	if b.hello, err = filepath.Abs(o.hello); err != nil {
		return 0, err
	}
	if parts["process"] {
		if b.index, err = filepath.Abs(filepath.Join(o.site, "index.html")); err != nil {
			return 0, err
		}
		if _, err := os.Stat(b.index); err != nil {
			return 0, err
		}
	}
	// Fyne draws with OpenGL, here Mesa's software renderer, which compiles
	// its shaders on a program's first start and keeps them in the user's
	// cache folder (~/.cache/mesa_shader_cache), as any machine does after
	// the first start. The Fyne programs keep that folder between runs; one
	// first start each, with the folder empty, is measured and shown apart.
	// Chromium (--disable-gpu) draws without OpenGL and starts with a fresh
	// profile every run, as the issue sets.
	if b.caches, err = os.MkdirTemp("", "procbench-cache-"); err != nil {
		return 0, err
	}
	defer os.RemoveAll(b.caches)

	fmt.Println(machine(o.size))
	steps := []struct {
		part string
		run  func() error
	}{
		{"frames", b.frames},
		{"process", b.process},
		{"kiosk", b.kiosk},
		{"switch", b.regionSwitch},
	}
	for _, s := range steps {
		if parts[s.part] {
			if err := s.run(); err != nil {
				return 0, fmt.Errorf("%s: %w", s.part, err)
			}
		}
	}
	if parts["process"] {
		if err := b.fileTargets(); err != nil {
			return 0, err
		}
	}

	fmt.Println("\nTargets (issues 7 and 16)")
	for _, t := range b.targets {
		mark := "met"
		if !t.ok {
			mark = "MISSED"
			missed++
		}
		fmt.Printf("  %-6s  %-50s %s\n", mark, t.name, t.detail)
	}
	return missed, nil
}

// check records a target and whether it was met.
func (b *bench) check(name string, ok bool, detail string) {
	b.targets = append(b.targets, target{name: name, ok: ok, detail: detail})
}

// nextDisplay is a free X display number for the next run.
func (b *bench) nextDisplay() int {
	b.display = freeDisplay(b.display + 1)
	return b.display
}

// veininfo is veininfo started with args and a configuration file holding
// config (empty: the machine's own must not change the run).
func (b *bench) veininfo(name, config string, args ...string) program {
	return program{name: name, cache: filepath.Join(b.caches, "veininfo"), env: b.o.env, args: func(home string) []string {
		cfg := filepath.Join(home, "config.toml")
		_ = os.WriteFile(cfg, []byte(config), 0o644)
		return append([]string{b.vein, "--config", cfg}, args...)
	}}
}

func (b *bench) bareWindow() program {
	return program{name: "fyne hello", cache: filepath.Join(b.caches, "hello"), args: func(string) []string { return []string{b.hello} }}
}

// fileTargets checks the figures make bench wrote before procbench ran.
func (b *bench) fileTargets() error {
	if fi, err := os.Stat(b.vein); err == nil {
		size := float64(fi.Size()) / 1e6
		b.check("stripped binary under 40 MB, every language", size < 40, fmt.Sprintf("%.1f MB (%s)", size, filepath.Base(b.vein)))
	}
	if b.o.gobench != "" {
		n, err := goTargets(b.o.gobench, b.check)
		if err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("%s: no region switch or search benchmarks in it", b.o.gobench)
		}
	}
	if b.o.soak != "" {
		if err := soakTarget(b.o.soak, b.check); err != nil {
			return err
		}
	}
	return nil
}

// launched is a program started alone on a fresh Xvfb display, in its own
// session, so that helpers which leave the tree are still found.
type launched struct {
	cmd    *exec.Cmd
	home   string
	screen *screen
	start  time.Time
	others others // the rest of the machine's CPU since the start
	exited chan error
	undo   []func()
}

func (b *bench) launch(p program) (*launched, error) {
	l := &launched{exited: make(chan error, 1)}
	ok := false
	defer func() {
		if !ok {
			l.Close()
		}
	}()
	var err error
	if l.home, err = os.MkdirTemp("", "procbench-"); err != nil {
		return nil, err
	}
	l.undo = append(l.undo, func() { os.RemoveAll(l.home) })
	disp := fmt.Sprintf(":%d", b.nextDisplay())
	stopX, err := startXvfb(disp, b.o.size)
	if err != nil {
		return nil, err
	}
	l.undo = append(l.undo, stopX)
	args := p.args(l.home)
	cmd := exec.Command(args[0], args[1:]...)
	cache := filepath.Join(l.home, ".cache")
	if p.cache != "" {
		cache = p.cache
	}
	cmd.Env = []string{"DISPLAY=" + disp, "HOME=" + l.home, "PATH=" + os.Getenv("PATH"),
		"XDG_CONFIG_HOME=" + filepath.Join(l.home, ".config"), "XDG_CACHE_HOME=" + cache,
		"LANG=C.UTF-8"}
	cmd.Env = append(cmd.Env, p.env...)
	logFile, err := os.Create(filepath.Join(l.home, "log"))
	if err != nil {
		return nil, err
	}
	l.undo = append(l.undo, func() { logFile.Close() })
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if l.screen, err = newScreen(disp); err != nil {
		return nil, err
	}
	l.undo = append(l.undo, l.screen.Close)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	l.start, l.others = time.Now(), startOthers()
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	l.cmd = cmd
	go func() { l.exited <- cmd.Wait() }()
	l.undo = append(l.undo, func() { stop(cmd.Process.Pid, l.exited) })
	ok = true
	return l, nil
}

// Close ends the program, then its display, and removes its home.
func (l *launched) Close() {
	for i := len(l.undo) - 1; i >= 0; i-- {
		l.undo[i]()
	}
	l.undo = nil
}

// firstFrame waits for the first frame with content: how long after the
// start it came, how much CPU the program had used by then, and how busy
// the rest of the machine was meanwhile.
func (l *launched) firstFrame(deadline time.Duration) (sample, error) {
	for {
		colours, err := l.screen.colours()
		if err != nil {
			return sample{}, err
		}
		if colours > contentColours {
			s := sample{firstFrame: time.Since(l.start)}
			tree := processTree(l.cmd.Process.Pid)
			s.frameCPU = onCPU(tree)
			var own int64
			for _, t := range cpuTicks(tree) {
				own += t
			}
			s.busyStart = l.others.percent(own)
			return s, nil
		}
		if err := l.alive(); err != nil {
			return sample{}, fmt.Errorf("%w before showing anything:\n%s", err, l.log())
		}
		if time.Since(l.start) > deadline {
			return sample{}, fmt.Errorf("nothing on the screen after %s", deadline)
		}
		time.Sleep(10 * time.Millisecond) // leave the CPU to the program
	}
}

// alive is an error once the program has ended.
func (l *launched) alive() error {
	select {
	case err := <-l.exited:
		l.exited <- err // for stop, which waits on it too
		return fmt.Errorf("exited (%v)", err)
	default:
		return nil
	}
}

// log is what the program wrote to its standard output and error.
func (l *launched) log() string {
	out, _ := os.ReadFile(filepath.Join(l.home, "log"))
	return string(out)
}

// waitLog waits until the program's log holds line, and returns when it
// found it; it gives up after timeout.
func (l *launched) waitLog(line string, timeout time.Duration) (time.Time, error) {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if strings.Contains(l.log(), line) {
			return time.Now(), nil
		}
		if err := l.alive(); err != nil {
			return time.Time{}, fmt.Errorf("%w before logging %q:\n%s", err, line, l.log())
		}
		time.Sleep(200 * time.Millisecond)
	}
	return time.Time{}, fmt.Errorf("no %q in the log within %s:\n%s", line, timeout, l.log())
}

// freeDisplay is the first X display number from n on without a socket.
func freeDisplay(n int) int {
	for {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err != nil {
			return n
		}
		n++
	}
}

func startXvfb(disp, size string) (func(), error) {
	socket := "/tmp/.X11-unix/X" + strings.TrimPrefix(disp, ":")
	x := exec.Command("Xvfb", disp, "-screen", "0", size+"x24", "-nolisten", "tcp")
	if err := x.Start(); err != nil {
		return nil, err
	}
	stopX := func() {
		_ = x.Process.Signal(syscall.SIGTERM) // lets Xvfb remove its socket
		_ = x.Wait()
	}
	for i := 0; ; i++ {
		if _, err := os.Stat(socket); err == nil {
			return stopX, nil
		}
		if i == 100 {
			stopX()
			return nil, fmt.Errorf("Xvfb %s did not start", disp)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop ends the whole tree: SIGTERM, then SIGKILL for what is left.
func stop(pid int, exited <-chan error) {
	tree := processTree(pid)
	for _, p := range tree {
		_ = syscall.Kill(p, syscall.SIGTERM)
	}
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
	}
	for _, p := range processTree(pid) {
		_ = syscall.Kill(p, syscall.SIGKILL)
	}
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
	}
}

// processTree is pid, its descendants, and anything else in its session.
func processTree(root int) []int {
	entries, _ := os.ReadDir("/proc")
	parent := make(map[int]int)
	session := make(map[int]int)
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		f := statFields(pid)
		if len(f) < 4 {
			continue
		}
		parent[pid], _ = strconv.Atoi(f[1])
		session[pid], _ = strconv.Atoi(f[3])
	}
	var tree []int
	for pid := range parent {
		for p := pid; p > 1; p = parent[p] {
			if p == root {
				tree = append(tree, pid)
				break
			}
		}
		if !slices.Contains(tree, pid) && session[pid] == root {
			tree = append(tree, pid)
		}
	}
	slices.Sort(tree)
	return tree
}

// statFields are the fields of /proc/PID/stat after the command name,
// starting with the state (field 3).
func statFields(pid int) []string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return nil
	}
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return nil
	}
	return strings.Fields(string(b[i+1:]))
}

func cpuTicks(pids []int) map[int]int64 {
	ticks := make(map[int]int64)
	for _, pid := range pids {
		f := statFields(pid)
		if len(f) < 13 {
			continue
		}
		u, _ := strconv.ParseInt(f[11], 10, 64) // utime, field 14
		s, _ := strconv.ParseInt(f[12], 10, 64) // stime, field 15
		ticks[pid] = u + s
	}
	return ticks
}

// memory is a process's PSS and RSS in KiB, from smaps_rollup.
func memory(pid int) (pss, rss int64) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/smaps_rollup", pid))
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		n, _ := strconv.ParseInt(fields[1], 10, 64)
		switch fields[0] {
		case "Pss:":
			pss = n
		case "Rss:":
			rss = n
		}
	}
	return pss, rss
}

var (
	benchLine = regexp.MustCompile(`^Benchmark(\w+?)(?:-\d+)?\s+\d+\s+(.*)$`)
	soakLine  = regexp.MustCompile(`soak: heap in use (\d+) -> (\d+) bytes, goroutines (\d+) -> (\d+)`)
)

// goTargets checks the region switch p95 and the per-keystroke searches
// in go test -bench output; it returns how many figures it found.
func goTargets(path string, check func(string, bool, string)) (int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	found := 0
	for _, line := range strings.Split(string(b), "\n") {
		m := benchLine.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil {
			continue
		}
		metrics := benchMetrics(m[2])
		switch name := m[1]; {
		case name == "RegionSwitch":
			found++
			p95 := metrics["p95-ms"]
			check("region switch p95 under 30 ms", p95 < 30, fmt.Sprintf("%.1f ms (mean %.1f ms)", p95, metrics["ns/op"]/1e6))
		case strings.HasSuffix(name, "SearchKeystroke"):
			found++
			ms := metrics["ns/op"] / 1e6
			check(name+" under 5 ms", ms < 5, fmt.Sprintf("%.2f ms per keystroke", ms))
		}
	}
	return found, nil
}

// benchMetrics reads "123 ns/op  4.5 p95-ms ..." into unit -> value.
func benchMetrics(s string) map[string]float64 {
	metrics := make(map[string]float64)
	f := strings.Fields(s)
	for i := 0; i+1 < len(f); i += 2 {
		if v, err := strconv.ParseFloat(f[i], 64); err == nil {
			metrics[f[i+1]] = v
		}
	}
	return metrics
}

func soakTarget(path string, check func(string, bool, string)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	m := soakLine.FindStringSubmatch(string(b))
	if m == nil {
		return fmt.Errorf("%s: no soak line in it", path)
	}
	n := make([]float64, 4)
	for i := range n {
		n[i], _ = strconv.ParseFloat(m[i+1], 64)
	}
	ok := n[1] <= n[0]*1.05 && n[3] <= n[2]*1.05
	check("no growth in the soak (within 5 %)", ok,
		fmt.Sprintf("heap in use %.1f -> %.1f MiB (%+.1f %%), goroutines %.0f -> %.0f",
			n[0]/(1<<20), n[1]/(1<<20), 100*(n[1]/n[0]-1), n[2], n[3]))
	return nil
}

func machine(size string) string {
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	kernel, _ := os.ReadFile("/proc/sys/kernel/osrelease")
	chromium, _ := exec.Command("chromium", "--version").Output()
	return fmt.Sprintf("Machine: %s, %d cores, Linux %s; %s; Xvfb %sx24; %s",
		model, runtime.NumCPU(), strings.TrimSpace(string(kernel)), strings.TrimSpace(string(chromium)), size, runtime.Version())
}

func mib(kib int64) float64 { return float64(kib) / 1024 }

func median[T any](rs []T, f func(T) float64) float64 {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	slices.Sort(v)
	if len(v) == 0 {
		return 0
	}
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func spread[T any](rs []T, f func(T) float64, format string) string {
	if len(rs) == 0 {
		return "-"
	}
	lo, hi := f(rs[0]), f(rs[0])
	for _, r := range rs {
		lo, hi = min(lo, f(r)), max(hi, f(r))
	}
	return fmt.Sprintf(format+" ("+format+"-"+format+")", median(rs, f), lo, hi)
}
