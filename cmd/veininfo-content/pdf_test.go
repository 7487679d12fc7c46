package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportPDF(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(conf, []byte("clinic_name = \"Szpital Świętej Łucji\"\nclinic_contact = \"Oddział 3, tel. 22 000 00 00\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "booklet.pdf")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export-pdf", "--lang", "pl", "--region", "PL", "--config", conf, out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "(pl, PL, A4)") {
		t.Errorf("stdout: %s", stdout.String())
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %v", err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is needed (scripts/deps.sh --test installs it)")
		}
		t.Skip("pdftotext not installed")
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// the clinic, every tab in order, then the glossary
	at := 0
	for _, want := range []string{"Szpital Świętej Łucji", "Witamy", "Choroba", "Metody leczenia", "Produkty", "Słowniczek", "Żyła"} {
		i := strings.Index(string(text[at:]), want)
		if i < 0 {
			t.Errorf("%q missing, or out of order", want)
			continue
		}
		at += i
	}
}

func TestExportPDFUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"export-pdf", "out.pdf"}, 2},
		{[]string{"export-pdf", "--lang", "xx", filepath.Join(t.TempDir(), "x.pdf")}, 2},
		{[]string{"export-pdf", "--lang", "de", "--config", filepath.Join(t.TempDir(), "missing.toml"), "x.pdf"}, 2},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(c.args, &stdout, &stderr); code != c.code {
			t.Errorf("%v: exit %d, want %d: %s", c.args, code, c.code, stderr.String())
		}
	}
}
