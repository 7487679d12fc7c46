package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"veininfo/internal/kiosk"
)

// lockedBuffer collects a process's output while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestKioskSmoke starts the real binary in kiosk mode under Xvfb with a
// window manager, closes its window through the window manager and with
// Alt+F4, checks it is still running, and waits for the idle reset and the
// attract screen.
func TestKioskSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("smoke test skipped in -short mode")
	}
	requireTools(t, "Xvfb", "xdotool", "import", "openbox", "wmctrl")
	bin := buildBinary(t)
	display := startXvfb(t)
	home := t.TempDir()
	env := desktopEnv(display, home)
	wm := exec.Command("openbox")
	wm.Env = env
	if err := wm.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wm.Process.Kill(); wm.Wait() })

	hash, err := kiosk.HashPIN("2468")
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(home, "config.toml")
	os.WriteFile(cfg, []byte("kiosk = true\nidle_timeout_seconds = 10\nwarning_seconds = 20\nadmin_pin_hash = \""+hash+"\"\n"), 0o644)
	app := startApp(t, env, bin, "--config", cfg, "--region", "DE")
	logs := app.logs

	win := waitForWindow(t, display, "Vein Info", 90*time.Second, logs)
	time.Sleep(2 * time.Second)
	for _, closer := range [][]string{{"wmctrl", "-c", "Vein Info"}, {"xdotool", "key", "--window", win, "alt+F4"}} {
		cmd := exec.Command(closer[0], closer[1:]...)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v %s", closer, err, out)
		}
		if time.Sleep(time.Second); app.hasExited() {
			t.Fatalf("%v closed the kiosk; it said:\n%s", closer, logs.String())
		}
	}
	deadline := time.Now().Add(45 * time.Second)
	for !strings.Contains(logs.String(), "kiosk: idle reset") {
		if time.Now().After(deadline) {
			t.Fatalf("no idle reset within 45 s; the app said:\n%s", logs.String())
		}
		time.Sleep(500 * time.Millisecond)
	}
	time.Sleep(time.Second)
	shot := screenshot(t, display, "root")
	if n := colours(shot); n < 8 {
		t.Errorf("attract screen looks blank: %d colours", n)
	}
	if dir := os.Getenv("VEININFO_SHOTS"); dir != "" {
		savePNG(t, filepath.Join(dir, "kiosk-attract.png"), shot)
	}
}
