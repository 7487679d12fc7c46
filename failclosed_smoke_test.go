package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"veininfo/internal/kiosk"
)

// TestBrokenConfigKeepsTheKiosk starts the real binary, without --kiosk,
// on a configuration file with a syntax error, on one that cannot be read,
// and on one with a damaged PIN hash: each time the window is full screen,
// a window-manager close leaves it running, and the log names the problem
// with the file and line.
func TestBrokenConfigKeepsTheKiosk(t *testing.T) {
	if testing.Short() {
		t.Skip("smoke test skipped in -short mode")
	}
	requireTools(t, "Xvfb", "xdotool", "openbox", "wmctrl", "xprop")
	bin := buildBinary(t)
	hash, err := kiosk.HashPIN("2468")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	syntax := filepath.Join(dir, "syntax.toml")
	os.WriteFile(syntax, []byte("kiosk = true\nregion = \"DE\nadmin_pin_hash = '"+hash+"'\n"), 0o644)
	unreadable := filepath.Join(dir, "unreadable.toml")
	os.Mkdir(unreadable, 0o755) // a folder where the file should be: it exists and cannot be read
	badHash := filepath.Join(dir, "badhash.toml")
	os.WriteFile(badHash, []byte("kiosk = true\nadmin_pin_hash = '"+hash[:40]+"'\n"), 0o644)
	tests := []struct{ name, config, problem string }{
		{"syntax error", syntax, syntax + ":2: region: strings cannot contain newlines"},
		{"unreadable", unreadable, unreadable + ": cannot read: is a folder, not a file; kiosk mode is on"},
		{"damaged PIN hash", badHash, badHash + ":2: admin_pin_hash: the admin PIN hash is not a valid argon2id hash"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			display := startXvfb(t)
			env := desktopEnv(display, t.TempDir())
			startWM(t, env)
			app := startApp(t, env, bin, "--config", tt.config)
			win := waitForWindow(t, display, "Vein Info", 90*time.Second, app.logs)
			time.Sleep(2 * time.Second)
			if state := xprop(t, env, win, "_NET_WM_STATE"); !strings.Contains(state, "_NET_WM_STATE_FULLSCREEN") {
				t.Errorf("the window is not full screen: %s", state)
			}
			runIn(t, env, "wmctrl", "-c", "Vein Info")
			if app.hasExited() {
				t.Fatalf("a window-manager close ended the app; it said:\n%s", app.logs)
			}
			if !strings.Contains(app.logs.String(), tt.problem) {
				t.Errorf("the log does not name the problem %q:\n%s", tt.problem, app.logs)
			}
			if !strings.Contains(app.logs.String(), "kiosk on (") {
				t.Errorf("the start-up line should say kiosk on:\n%s", app.logs)
			}
		})
	}
}

// TestSIGTERMStopsWithinTwoSeconds sends SIGTERM to 50 runs of the real
// binary: 45 at some moment after their window appeared, and 5 in kiosk
// mode around the moment the idle warning runs out and the reset begins.
// Each must end within 2 seconds, with no panic in its output.
func TestSIGTERMStopsWithinTwoSeconds(t *testing.T) {
	if testing.Short() {
		t.Skip("smoke test skipped in -short mode")
	}
	requireTools(t, "Xvfb", "xdotool")
	bin := buildBinary(t)
	display := startXvfb(t)
	dir := t.TempDir()
	kioskConfig := filepath.Join(dir, "kiosk.toml")
	os.WriteFile(kioskConfig, []byte("kiosk = true\nidle_timeout_seconds = 10\nwarning_seconds = 20\n"), 0o644)
	var wg sync.WaitGroup
	results := make(chan string, 50)
	stop := func(i int, args []string, at func(*running)) {
		defer wg.Done()
		env := desktopEnv(display, filepath.Join(dir, fmt.Sprint(i)))
		app := startApp(t, env, bin, args...)
		at(app)
		start := time.Now()
		app.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-app.exited:
			app.exited <- err
			took := time.Since(start)
			if took > stopWithin || strings.Contains(app.logs.String(), "panic") {
				results <- fmt.Sprintf("run %d: stopped after %v: %v\n%s", i, took, err, app.logs)
			}
		case <-time.After(10 * time.Second):
			results <- fmt.Sprintf("run %d: still running 10 s after SIGTERM\n%s", i, app.logs)
		}
	}
	for i := range 5 { // around the idle reset, 30 s after start
		wg.Add(1)
		offset := time.Duration(i-2) * 150 * time.Millisecond
		go stop(i, []string{"--config", kioskConfig}, func(app *running) {
			waitLog(t, app, "kiosk: idle warning", 90*time.Second)
			time.Sleep(20*time.Second + offset)
		})
		time.Sleep(500 * time.Millisecond)
	}
	for batch := range 15 { // 45 more, three at a time, at different moments
		for j := range 3 {
			i := 5 + batch*3 + j
			wg.Add(1)
			go stop(i, []string{"--config", filepath.Join(dir, "none.toml"), "--region", "GB"}, func(app *running) {
				waitLog(t, app, "veininfo dev: config", 60*time.Second)
				time.Sleep(time.Duration(j*400) * time.Millisecond)
			})
		}
		time.Sleep(2 * time.Second)
	}
	wg.Wait()
	close(results)
	failed := 0
	for r := range results {
		failed++
		t.Error(r)
	}
	t.Logf("%d of 50 runs stopped within %v of SIGTERM", 50-failed, stopWithin)
}

// waitLog waits until the app has printed want.
func waitLog(t *testing.T, app *running, want string, timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	for !strings.Contains(app.logs.String(), want) {
		if time.Now().After(deadline) {
			t.Errorf("the app did not print %q within %v:\n%s", want, timeout, app.logs)
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func startWM(t *testing.T, env []string) {
	t.Helper()
	wm := exec.Command("openbox")
	wm.Env = env
	if err := wm.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wm.Process.Kill(); wm.Wait() })
	time.Sleep(500 * time.Millisecond)
}

func runIn(t *testing.T, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v %s", name, args, err, out)
	}
	return string(out)
}

func xprop(t *testing.T, env []string, win, property string) string {
	t.Helper()
	return runIn(t, env, "xprop", "-id", win, property)
}
