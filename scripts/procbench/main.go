// Command procbench measures whole processes the way a clinic would meet
// them: veininfo in kiosk mode, Chromium in kiosk mode showing the same
// content exported with `veininfo-content export-html`, and a bare Fyne
// window as the toolkit's floor. Each run starts alone in a fresh Xvfb of
// the same size; the programs take turns. Per run it records the time from
// start to the first frame with content on the screen, the PSS and RSS of
// the program's whole process tree after the settle time, and the CPU the
// tree uses while nobody touches it over the idle time that follows. It
// then prints medians, min-max and veininfo's ratio to Chromium, and checks
// the targets of issue 7, including the Go benchmark and soak figures that
// `make bench` wrote before it. Exit status 1 means a target was missed.
//
// Usage (make bench passes all of this):
//
//	procbench -veininfo BIN -hello BIN -site DIR [-runs 5] [-size 1280x800]
//	          [-gobench FILE] [-soak FILE]
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
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
	"github.com/jezek/xgb/xproto"
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
	runs                   int
	size                   string
	settle, idle, deadline time.Duration
	gobench, soak          string
}

// program is one contender: how to start it inside a fresh home folder.
// cache, when set, is its XDG cache folder kept from run to run.
type program struct {
	name  string
	args  func(home string) []string
	cache string
}

// sample is one run's figures.
type sample struct {
	firstFrame time.Duration
	pssKiB     int64
	rssKiB     int64
	cpuPercent float64 // of one core, over the idle time
	processes  int
}

func main() {
	var o options
	flag.StringVar(&o.veininfo, "veininfo", "", "the veininfo binary")
	flag.StringVar(&o.hello, "hello", "", "the bare Fyne window binary (scripts/procbench/hello)")
	flag.StringVar(&o.site, "site", "", "the folder written by veininfo-content export-html")
	flag.IntVar(&o.runs, "runs", 5, "runs of each program")
	flag.StringVar(&o.size, "size", "1280x800", "the Xvfb screen size")
	flag.DurationVar(&o.settle, "settle", 10*time.Second, "time after start before memory is read")
	flag.DurationVar(&o.idle, "idle", 30*time.Second, "time over which idle CPU is measured, after the settle time")
	flag.DurationVar(&o.deadline, "deadline", time.Minute, "longest wait for the first frame")
	flag.StringVar(&o.gobench, "gobench", "", "go test -bench output to take the region switch and search figures from")
	flag.StringVar(&o.soak, "soak", "", "TestSoak -v output to take the soak figures from")
	flag.Parse()
	if o.veininfo == "" || o.hello == "" || o.site == "" || o.runs < 1 {
		flag.Usage()
		os.Exit(2)
	}
	missed, err := run(o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "procbench:", err)
		os.Exit(2)
	}
	if missed > 0 {
		os.Exit(1)
	}
}

func run(o options) (missed int, err error) {
	xgb.Logger = log.New(io.Discard, "", 0) // it reports the missing .Xauthority Xvfb does not need
	for _, tool := range []string{"Xvfb", "chromium"} {
		if _, err := exec.LookPath(tool); err != nil {
			return 0, fmt.Errorf("%s is needed (scripts/deps.sh --bench installs it)", tool)
		}
	}
	index, err := filepath.Abs(filepath.Join(o.site, "index.html"))
	if err != nil {
		return 0, err
	}
	if _, err := os.Stat(index); err != nil {
		return 0, err
	}
	vein, err := filepath.Abs(o.veininfo)
	if err != nil {
		return 0, err
	}
	hello, err := filepath.Abs(o.hello)
	if err != nil {
		return 0, err
	}
	// Fyne draws with OpenGL, here Mesa's software renderer, which compiles
	// its shaders on a program's first start and keeps them in the user's
	// cache folder (~/.cache/mesa_shader_cache), as any machine does after
	// the first start. The Fyne programs keep that folder between runs; one
	// first start each, with the folder empty, is measured and shown apart.
	// Chromium (--disable-gpu) draws without OpenGL and starts with a fresh
	// profile every run, as the issue sets.
	caches, err := os.MkdirTemp("", "procbench-cache-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(caches)
	programs := []program{
		{name: "veininfo", cache: filepath.Join(caches, "veininfo"), args: func(home string) []string {
			// An empty configuration: the machine's own must not change the run.
			cfg := filepath.Join(home, "config.toml")
			_ = os.WriteFile(cfg, nil, 0o644)
			return []string{vein, "--kiosk", "--config", cfg, "--region", "US", "--lang", "en"}
		}},
		{name: "chromium", args: func(home string) []string {
			return []string{"chromium", "--kiosk", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + filepath.Join(home, "chromium"), "file://" + index}
		}},
		{name: "fyne hello", cache: filepath.Join(caches, "hello"), args: func(string) []string { return []string{hello} }},
	}

	fmt.Println(machine(o.size))
	results := make(map[string][]sample)
	display := 90
	first := make(map[string]sample)
	for _, p := range programs {
		if p.cache == "" {
			continue
		}
		display = freeDisplay(display + 1)
		s, err := measure(o, p, display)
		if err != nil {
			return 0, fmt.Errorf("%s, first start: %w", p.name, err)
		}
		first[p.name] = s
		fmt.Printf("  first start %-10s first frame %5d ms (shader cache empty; not counted below)\n", p.name, s.firstFrame.Milliseconds())
	}
	for i := range o.runs {
		for _, p := range programs {
			display = freeDisplay(display + 1)
			s, err := measure(o, p, display)
			if err != nil {
				return 0, fmt.Errorf("%s, run %d: %w", p.name, i+1, err)
			}
			fmt.Printf("  run %d %-10s first frame %5d ms  PSS %6.1f MiB  RSS %6.1f MiB  idle CPU %5.2f %%  (%d processes)\n",
				i+1, p.name, s.firstFrame.Milliseconds(), mib(s.pssKiB), mib(s.rssKiB), s.cpuPercent, s.processes)
			results[p.name] = append(results[p.name], s)
		}
	}

	frame := func(s sample) float64 { return float64(s.firstFrame.Milliseconds()) }
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

	fmt.Println("\nTargets (issue 7)")
	check := func(name string, ok bool, detail string) {
		mark := "met"
		if !ok {
			mark = "MISSED"
			missed++
		}
		fmt.Printf("  %-6s  %-44s %s\n", mark, name, detail)
	}
	fr := median(v, frame) / median(c, frame)
	check("first frame at most half of Chromium's", fr <= 0.5,
		fmt.Sprintf("%.0f ms vs %.0f ms: %.0f %% of Chromium's (very first start: %d ms)",
			median(v, frame), median(c, frame), 100*fr, first["veininfo"].firstFrame.Milliseconds()))
	pr := median(v, pss) / median(c, pss)
	check("tree PSS at most 40 % of Chromium's", pr <= 0.4,
		fmt.Sprintf("%.1f MiB vs %.1f MiB: %.0f %% of Chromium's", median(v, pss), median(c, pss), 100*pr))
	vc, hc := median(v, cpu), median(h, cpu)
	check("idle CPU at most bare Fyne's + 0.1 point", vc <= hc+0.1,
		fmt.Sprintf("%.2f %% vs %.2f %% for the bare window (Chromium %.2f %%)", vc, hc, median(c, cpu)))
	if fi, err := os.Stat(vein); err == nil {
		size := float64(fi.Size()) / 1e6
		check("stripped binary under 40 MB, every language", size < 40, fmt.Sprintf("%.1f MB (%s)", size, filepath.Base(vein)))
	}
	if o.gobench != "" {
		n, err := goTargets(o.gobench, check)
		if err != nil {
			return missed, err
		}
		if n == 0 {
			return missed, fmt.Errorf("%s: no region switch or search benchmarks in it", o.gobench)
		}
	}
	if o.soak != "" {
		if err := soakTarget(o.soak, check); err != nil {
			return missed, err
		}
	}
	return missed, nil
}

// measure starts p alone on a fresh Xvfb display and takes one sample.
func measure(o options, p program, display int) (sample, error) {
	var s sample
	home, err := os.MkdirTemp("", "procbench-")
	if err != nil {
		return s, err
	}
	defer os.RemoveAll(home)

	disp := fmt.Sprintf(":%d", display)
	stopX, err := startXvfb(disp, o.size)
	if err != nil {
		return s, err
	}
	defer stopX()

	args := p.args(home)
	cmd := exec.Command(args[0], args[1:]...)
	cache := filepath.Join(home, ".cache")
	if p.cache != "" {
		cache = p.cache
	}
	cmd.Env = []string{"DISPLAY=" + disp, "HOME=" + home, "PATH=" + os.Getenv("PATH"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, ".config"), "XDG_CACHE_HOME=" + cache,
		"LANG=C.UTF-8"}
	logFile, err := os.Create(filepath.Join(home, "log"))
	if err != nil {
		return s, err
	}
	defer logFile.Close()
	cmd.Stdout, cmd.Stderr = logFile, logFile
	screen, err := newScreen(disp)
	if err != nil {
		return s, err
	}
	defer screen.Close()
	// Its own session, so that helpers which leave the tree are still found.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}

	start := time.Now()
	if err := cmd.Start(); err != nil {
		return s, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer stop(cmd.Process.Pid, exited)

	for {
		colours, err := screen.colours()
		if err != nil {
			return s, err
		}
		if colours > contentColours {
			s.firstFrame = time.Since(start)
			break
		}
		select {
		case err := <-exited:
			out, _ := os.ReadFile(filepath.Join(home, "log"))
			return s, fmt.Errorf("exited before showing anything (%v):\n%s", err, out)
		default:
		}
		if time.Since(start) > o.deadline {
			return s, fmt.Errorf("nothing on the screen after %s", o.deadline)
		}
		time.Sleep(10 * time.Millisecond) // leave the CPU to the program
	}

	time.Sleep(time.Until(start.Add(o.settle)))
	tree := processTree(cmd.Process.Pid)
	s.processes = len(tree)
	for _, pid := range tree {
		pss, rss := memory(pid)
		s.pssKiB += pss
		s.rssKiB += rss
	}
	before := cpuTicks(tree)
	time.Sleep(o.idle)
	after := cpuTicks(processTree(cmd.Process.Pid))
	var ticks int64
	for pid, t := range after {
		ticks += t - before[pid] // a process started meanwhile counts whole
	}
	s.cpuPercent = 100 * float64(ticks) / clockTicks / o.idle.Seconds()
	select {
	case err := <-exited:
		return s, fmt.Errorf("exited during the run: %v", err)
	default:
	}
	return s, nil
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

// screen reads the pixels of an X display's root window.
type screen struct {
	conn *xgb.Conn
	root xproto.ScreenInfo
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
	return &screen{c, *root}, nil
}

func (s *screen) Close() { s.conn.Close() }

// colours grabs the whole screen (about 6 ms for 1280x800, where xwd takes
// ten times as long and the CPU it uses would slow the program measured)
// and counts its colours.
func (s *screen) colours() (int, error) {
	img, err := xproto.GetImage(s.conn, xproto.ImageFormatZPixmap, xproto.Drawable(s.root.Root),
		0, 0, s.root.WidthInPixels, s.root.HeightInPixels, 0xffffffff).Reply()
	if err != nil {
		return 0, fmt.Errorf("grabbing the screen: %w", err)
	}
	return countColours(img.Data), nil
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

func median(rs []sample, f func(sample) float64) float64 {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

func spread(rs []sample, f func(sample) float64, format string) string {
	lo, hi := f(rs[0]), f(rs[0])
	for _, r := range rs {
		lo, hi = min(lo, f(r)), max(hi, f(r))
	}
	return fmt.Sprintf(format+" ("+format+"-"+format+")", median(rs, f), lo, hi)
}
