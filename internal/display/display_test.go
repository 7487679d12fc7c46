package display

import (
	"errors"
	"runtime"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("Linux only")
	}
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	if err := Check(env(nil)); !errors.Is(err, ErrNone) {
		t.Errorf("no DISPLAY: %v", err)
	}
	if err := Check(env(map[string]string{"DISPLAY": ":4711"})); err == nil || !strings.HasPrefix(err.Error(), "cannot open display :4711") {
		t.Errorf("a display nobody serves: %v", err)
	}
	if err := Check(env(map[string]string{"WAYLAND_DISPLAY": "wayland-77", "XDG_RUNTIME_DIR": t.TempDir()})); err == nil || !strings.Contains(err.Error(), "wayland-77") {
		t.Errorf("a Wayland socket that is not there: %v", err)
	}
}
