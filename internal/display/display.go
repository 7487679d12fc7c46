// Package display owns the one question the app asks before it opens a
// window: is there a screen to open it on? Without one, Fyne's GLFW driver
// panics; the app says so in one line instead.
package display

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"

	"github.com/jezek/xgb"
)

// ErrNone means there is no display to open a window on.
var ErrNone = errors.New("no display: this program needs a screen (DISPLAY or WAYLAND_DISPLAY is not set); `veininfo --check` checks the set-up without one")

// Check reports whether a window can be opened. getenv reads the
// environment (os.Getenv).
func Check(getenv func(string) string) error {
	if runtime.GOOS != "linux" && runtime.GOOS != "freebsd" {
		return nil // Windows and macOS always have their desktop
	}
	if w := getenv("WAYLAND_DISPLAY"); w != "" {
		return checkWayland(w, getenv("XDG_RUNTIME_DIR"))
	}
	d := getenv("DISPLAY")
	if d == "" {
		return ErrNone
	}
	xgb.Logger = log.New(io.Discard, "", 0) // it reports a missing .Xauthority, which Xvfb does not need
	conn, err := xgb.NewConnDisplay(d)
	if err != nil {
		return fmt.Errorf("cannot open display %s: %v", d, err)
	}
	conn.Close()
	return nil
}

func checkWayland(name, runtimeDir string) error {
	socket := name
	if !filepath.IsAbs(socket) {
		socket = filepath.Join(runtimeDir, name)
	}
	if _, err := os.Stat(socket); err != nil {
		return fmt.Errorf("cannot open Wayland display %s: %v", name, err)
	}
	return nil
}
