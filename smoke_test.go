package main

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestSmoke builds the real binary, starts it in a real X window under
// Xvfb, waits for its window and checks that a screenshot of it is not
// blank. Outside CI it is skipped when Xvfb, xdotool or ImageMagick are
// missing; in CI (CI=true) their absence is a failure.
func TestSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("smoke test skipped in -short mode")
	}
	requireTools(t, "Xvfb", "xdotool", "import", "xprop")
	bin := buildBinary(t)
	display := startXvfb(t)
	home := t.TempDir()
	// A corrupt preferences file: the app must start on defaults and leave
	// the file as it was.
	prefs := filepath.Join(home, ".config", "fyne", appID, "preferences.json")
	corrupt := []byte("{\"region\": \"DE\", \"language\": ")
	if err := os.MkdirAll(filepath.Dir(prefs), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(prefs, corrupt, 0o644); err != nil {
		t.Fatal(err)
	}
	app := startApp(t, desktopEnv(display, home), bin, "--region", "DE")

	win := waitForWindow(t, display, "Vein Info", 90*time.Second, app.logs)
	time.Sleep(2 * time.Second) // let the first frames paint
	shot := screenshot(t, display, win)
	if b := shot.Bounds(); b.Dx() < 800 || b.Dy() < 600 {
		t.Errorf("window is %dx%d, want at least 800x600", b.Dx(), b.Dy())
	}
	if n := colours(shot); n < 16 {
		t.Errorf("screenshot has only %d colours: the window looks blank", n)
	}
	// The desktop's task bar and window switcher show the app's icon; at
	// 128 pixels, not the 512 of the packages' icon (a 1 MiB property).
	if icon := xprop(t, desktopEnv(display, home), win, "_NET_WM_ICON"); !strings.Contains(icon, "Icon (128 x 128)") {
		t.Errorf("the window's icon is not the 128-pixel one: %.200s", icon)
	}
	if app.hasExited() {
		t.Errorf("app exited early: %s", app.logs)
	}
	if data, _ := os.ReadFile(prefs); !bytes.Equal(data, corrupt) {
		t.Errorf("the app changed a preferences file it could not read: %q", data)
	}
}

// running is the real app, started by a smoke test.
type running struct {
	cmd    *exec.Cmd
	logs   *lockedBuffer
	exited chan error
}

// startApp starts name with args and env, collecting what it prints, and
// stops it when the test ends.
func startApp(t *testing.T, env []string, name string, args ...string) *running {
	t.Helper()
	r := &running{cmd: exec.Command(name, args...), logs: &lockedBuffer{}, exited: make(chan error, 1)}
	r.cmd.Env = env
	r.cmd.Stdout, r.cmd.Stderr = r.logs, r.logs
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.exited <- r.cmd.Wait() }()
	t.Cleanup(func() {
		r.cmd.Process.Kill()
		<-r.exited
	})
	return r
}

// hasExited reports whether the app ended, waiting up to a second.
func (r *running) hasExited() bool {
	select {
	case err := <-r.exited:
		r.exited <- err // for the cleanup
		return true
	case <-time.After(time.Second):
		return false
	}
}

// desktopEnv is a session on display with a home of its own, so that no
// test touches the user's preferences.
func desktopEnv(display, home string) []string {
	return append(os.Environ(), "DISPLAY="+display, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"))
}

func requireTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is needed for the smoke test (scripts/deps.sh --test installs it)", tool)
			}
			t.Skipf("%s not installed; run scripts/deps.sh --test", tool)
		}
	}
}

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

// buildBinary builds the real binary once for all smoke tests.
func buildBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "veininfo-smoke")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "veininfo")
		// Built as make build builds it.
		if out, err := exec.Command("go", "build", "-tags", "no_emoji,no_animations", "-o", builtBin, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

// startXvfb starts a virtual X server on a free display and returns its name.
func startXvfb(t *testing.T) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("Xvfb did not report its display: %v", err)
	}
	return ":" + strings.TrimSpace(line)
}

func waitForWindow(t *testing.T, display, title string, timeout time.Duration, logs fmt.Stringer) string {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		cmd := exec.Command("xdotool", "search", "--name", title)
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		if out, err := cmd.Output(); err == nil {
			return strings.Fields(string(out))[0]
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("no window titled %q after %s; app said:\n%s", title, timeout, logs.String())
	return ""
}

func screenshot(t *testing.T, display, window string) image.Image {
	t.Helper()
	cmd := exec.Command("import", "-window", window, "png:-")
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	return img
}

func savePNG(t *testing.T, name string, img image.Image) {
	t.Helper()
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// colours counts the distinct colours in an image, stopping at 1000.
func colours(img image.Image) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) >= 1000 {
				return len(seen)
			}
		}
	}
	return len(seen)
}
