package main

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestOffline starts the real app in a network namespace with no network
// interfaces at all (unshare -n), checks that it starts and renders, and
// that it opens no internet socket: only the local display's.
func TestOffline(t *testing.T) {
	if testing.Short() {
		t.Skip("smoke test skipped in -short mode")
	}
	requireTools(t, "Xvfb", "xdotool", "import", "unshare")
	if err := exec.Command("unshare", "-n", "true").Run(); err != nil {
		t.Skipf("cannot make a network namespace here (unshare -n: %v); the offline test needs root or user namespaces", err)
	}
	bin := buildBinary(t)
	display := startXvfb(t)
	home := t.TempDir()
	app := startApp(t, desktopEnv(display, home), "unshare", "-n", bin, "--region", "FR")

	win := waitForWindow(t, display, "Vein Info", 90*time.Second, app.logs)
	time.Sleep(2 * time.Second)
	if n := colours(screenshot(t, display, win)); n < 16 {
		t.Errorf("offline window looks blank: %d colours", n)
	}
	proc := "/proc/" + strconv.Itoa(app.cmd.Process.Pid) + "/net/"
	for _, table := range []string{"tcp", "tcp6", "udp", "udp6", "raw", "raw6"} {
		data, err := os.ReadFile(proc + table)
		if err != nil {
			t.Fatal(err)
		}
		if lines := strings.Split(strings.TrimSpace(string(data)), "\n"); len(lines) > 1 {
			t.Errorf("the app opened %s sockets:\n%s", table, data)
		}
	}
	data, err := os.ReadFile(proc + "unix")
	if err != nil {
		t.Fatal(err)
	}
	displaySockets := 0
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n")[1:] {
		fields := strings.Fields(line)
		if len(fields) == 8 && strings.Contains(fields[7], ".X11-unix/X") {
			displaySockets++
		}
		if len(fields) == 8 && !strings.Contains(fields[7], ".X11-unix/X") {
			t.Errorf("the app opened a local socket that is not the display's: %s", fields[7])
		}
	}
	if displaySockets == 0 {
		t.Errorf("no socket to the display seen: the check reads the wrong namespace\n%s", data)
	}
}
