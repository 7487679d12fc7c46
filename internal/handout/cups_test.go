//go:build !windows

package handout

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"veininfo/internal/content"
)

// printQueue is the cups-pdf printer scripts/cups-pdf.sh makes, which
// .ci/run starts with cupsd.
const printQueue = "PDF"

// TestPrintReachesCUPS sends a handout to a real cupsd with a PDF printer
// (cups-pdf) and reads the job back from cups-pdf's output folder.
func TestPrintReachesCUPS(t *testing.T) {
	requireTools(t, "lp", "lpstat", "pdftotext")
	if out, err := exec.Command("lpstat", "-p", printQueue).CombinedOutput(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no %s printer (.ci/run runs scripts/cups-pdf.sh): %s", printQueue, out)
		}
		t.Skipf("no %s printer: run scripts/cups-pdf.sh as root: %s", printQueue, strings.TrimSpace(string(out)))
	}
	dir := cupsPDFOut(t)
	before := pdfsIn(dir)
	// German: CUPS sends the job through PostScript to cups-pdf, which
	// keeps Latin-1 letters (ä ö ü ß) as text but prints letters beyond it
	// (ą ł ż) as shapes without their text; see scripts/cups-pdf.sh.
	r := readerIn(t, "DE", "de")
	tp := topic(t, r, content.Treatment, "venoplasty-and-stenting")
	pdf, err := ForTopic(r, tp).PDF()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := NewPrinter(printQueue).Print(ctx, "de/treatment/venoplasty-and-stenting", pdf); err != nil {
		t.Fatal(err)
	}
	file := waitForNewPDF(t, dir, before, 90*time.Second)
	text := pdfText(t, file)
	for _, want := range []string{tp.Title, "Zuletzt aktualisiert", "Vor dem Eingriff", "Führungsdraht", "Notruf"} {
		if !strings.Contains(text, want) {
			t.Errorf("the printed PDF %s lacks %q:\n%s", file, want, text)
		}
	}
}

// cupsPDFOut is where cups-pdf writes this user's jobs: Out in its
// configuration, ${HOME}/PDF by default, HOME being the home the user
// database gives (cups-pdf looks there, not at the environment).
func cupsPDFOut(t *testing.T) string {
	t.Helper()
	u, err := user.Current()
	if err != nil {
		t.Fatal(err)
	}
	home := u.HomeDir
	out := "${HOME}/PDF"
	if f, err := os.Open("/etc/cups/cups-pdf.conf"); err == nil {
		defer f.Close()
		s := bufio.NewScanner(f)
		for s.Scan() {
			if v, ok := strings.CutPrefix(strings.TrimSpace(s.Text()), "Out "); ok {
				out = strings.TrimSpace(v)
			}
		}
	}
	return strings.ReplaceAll(out, "${HOME}", home)
}

func pdfsIn(dir string) map[string]bool {
	files, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	seen := map[string]bool{}
	for _, f := range files {
		seen[f] = true
	}
	return seen
}

// waitForNewPDF waits for a PDF that was not in dir before, and for the
// queue to be empty: cups-pdf has then finished writing it.
func waitForNewPDF(t *testing.T, dir string, before map[string]bool, limit time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		time.Sleep(500 * time.Millisecond)
		queue, _ := exec.Command("lpstat", "-o", printQueue).Output()
		if strings.TrimSpace(string(queue)) != "" {
			continue
		}
		for f := range pdfsIn(dir) {
			if !before[f] {
				return f
			}
		}
	}
	log, _ := exec.Command("tail", "-20", "/var/log/cups/error_log").CombinedOutput()
	t.Fatalf("no new PDF in %s after %s; CUPS error_log:\n%s", dir, limit, log)
	return ""
}
