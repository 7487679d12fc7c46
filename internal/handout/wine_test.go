//go:build wine && !windows

package handout

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"veininfo/internal/content"
)

// TestWindowsPrintUnderWine runs the Windows print path (the spooler's
// RAW job, print_windows.go) in a Windows build under Wine, whose spooler
// hands the job to CUPS: the handout must arrive in cups-pdf's folder as
// it does from Linux. Behind the build tag "wine" (go test -tags wine
// ./internal/handout), like scripts/wintest: it needs wine64, MinGW (for
// the bcryptprimitives.dll Wine 8 lacks, from scripts/wintest/dll), the
// PDF printer of scripts/cups-pdf.sh, and a minute for a fresh prefix.
func TestWindowsPrintUnderWine(t *testing.T) {
	requireTools(t, "wine", "x86_64-w64-mingw32-gcc", "lpstat", "pdftotext")
	if err := exec.Command("lpstat", "-p", printQueue).Run(); err != nil {
		t.Fatalf("no %s printer: run scripts/cups-pdf.sh as root", printQueue)
	}
	dir := t.TempDir()
	exe := filepath.Join(dir, "winprint.exe")
	build := exec.Command("go", "build", "-o", exe, "./testdata/winprint")
	build.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	prefix := filepath.Join(dir, "prefix")
	env := append(os.Environ(), "WINEPREFIX="+prefix, "WINEDEBUG=-all", "WINEDLLOVERRIDES=bcryptprimitives=n;mscoree,mshtml=")
	t.Cleanup(func() {
		kill := exec.Command("wineserver", "-k")
		kill.Env = env
		_ = kill.Run()
	})
	wine(t, env, 3*time.Minute, "wineboot", "--init")
	_, here, _, _ := runtime.Caller(0)
	shim := filepath.Join(filepath.Dir(here), "..", "..", "scripts", "wintest", "dll")
	dll := filepath.Join(prefix, "drive_c", "windows", "system32", "bcryptprimitives.dll")
	if out, err := exec.Command("x86_64-w64-mingw32-gcc", "-O2", "-shared", "-s", "-o", dll,
		filepath.Join(shim, "bcryptprimitives.c"), filepath.Join(shim, "bcryptprimitives.def"), "-ladvapi32").CombinedOutput(); err != nil {
		t.Fatalf("bcryptprimitives.dll: %v\n%s", err, out)
	}

	r := readerIn(t, "AT", "de")
	tp := topic(t, r, content.Disease, "causes")
	pdf := writePDF(t, ForTopic(r, tp), "wine.pdf")
	out := cupsPDFOut(t)
	before := pdfsIn(out)
	if got := wine(t, env, time.Minute, exe, pdf, printQueue); !strings.Contains(got, "print: <nil>") {
		t.Fatalf("winprint: %s", got)
	}
	text := pdfText(t, waitForNewPDF(t, out, before, 90*time.Second))
	if !strings.Contains(text, tp.Title) || !strings.Contains(text, "Zuletzt aktualisiert") {
		t.Errorf("the job from Windows lacks the topic's text:\n%s", text)
	}
	if got := wine(t, env, time.Minute, exe, pdf, "veininfo-no-such-printer"); !strings.Contains(got, ErrNoPrinter.Error()) {
		t.Errorf("an unknown printer under Wine: %s, want %v", got, ErrNoPrinter)
	}
}

func wine(t *testing.T, env []string, limit time.Duration, args ...string) string {
	t.Helper()
	cmd := exec.Command("wine", args...)
	cmd.Env = env
	done := make(chan struct{})
	var out []byte
	go func() { out, _ = cmd.CombinedOutput(); close(done) }()
	select {
	case <-done:
	case <-time.After(limit):
		_ = cmd.Process.Kill()
		t.Fatalf("wine %s: no answer in %s", strings.Join(args, " "), limit)
	}
	return string(out)
}
