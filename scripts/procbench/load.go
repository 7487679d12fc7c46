package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// The machine is shared: what else runs while a program is measured is
// measured beside it, so that a figure taken on a busy machine says so.

// machineTicks is the CPU time all cores have spent busy and in all, in
// clock ticks, from the first line of /proc/stat.
func machineTicks() (busy, total int64) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return parseCPULine(line)
}

// parseCPULine reads "cpu user nice system idle iowait irq softirq steal
// ...": busy is all but idle and iowait (guest time is already in user).
func parseCPULine(line string) (busy, total int64) {
	f := strings.Fields(line)
	if len(f) < 5 || f[0] != "cpu" {
		return 0, 0
	}
	for i, s := range f[1:min(len(f), 9)] {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, 0
		}
		total += n
		if i != 3 && i != 4 { // idle, iowait
			busy += n
		}
	}
	return busy, total
}

// others is the machine's busy time over a measurement less the measured
// program's own, in % of one core: what else ran meanwhile (Xvfb, which
// draws for the program, counts here too).
type others struct {
	busy0 int64
	start time.Time
}

func startOthers() others {
	busy, _ := machineTicks()
	return others{busy, time.Now()}
}

// percent is the others' share since start, given the program's own ticks.
func (o others) percent(ownTicks int64) float64 {
	busy, _ := machineTicks()
	return max(0, percent(busy-o.busy0-ownTicks, time.Since(o.start)))
}

// onCPU is the time the threads of pids have run, to the nanosecond, from
// /proc/PID/task/TID/schedstat (clock ticks of 10 ms are too coarse for a
// start-up of half a second).
func onCPU(pids []int) time.Duration {
	var sum time.Duration
	for _, pid := range pids {
		dir := fmt.Sprintf("/proc/%d/task", pid)
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			b, err := os.ReadFile(filepath.Join(dir, e.Name(), "schedstat"))
			if err != nil {
				continue
			}
			sum += parseSchedstat(string(b))
		}
	}
	return sum
}

// parseSchedstat reads the time on the CPU, the first of its three numbers.
func parseSchedstat(s string) time.Duration {
	f := strings.Fields(s)
	if len(f) == 0 {
		return 0
	}
	ns, _ := strconv.ParseInt(f[0], 10, 64)
	return time.Duration(ns)
}

// loadAverage is the one-minute load average, as a word for the output.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	avg, _, _ := strings.Cut(string(b), " ")
	return avg
}
