package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"frobnicate"}, {"check", "a", "b"}, {"export-html", "out"}, {"export-html", "--lang", "de"}} {
		var out, errOut bytes.Buffer
		if code := run(args, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "usage:") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut.String())
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"check", filepath.Join(t.TempDir(), "missing")}, &out, &errOut); code != 2 {
		t.Errorf("a missing folder is a usage error, exit %d", code)
	}
}

func TestCheckEmbeddedAndBroken(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"check"}, &out, &errOut); code != 0 {
		t.Fatalf("embedded pack: exit %d\n%s", code, out.String())
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "content/en/disease"), 0o755)
	os.MkdirAll(filepath.Join(dir, "locales"), 0o755)
	os.WriteFile(filepath.Join(dir, "regions.toml"), []byte("[[region]]\ncode = \"US\"\ncontinent = \"north-america\"\nlanguages = [\"en\"]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "locales/en.toml"), []byte("AppName = \"Vein Info\"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content/en/disease/a.md"), []byte("+++\ntitle = \"A\"\n"), 0o644)
	out.Reset()
	if code := run([]string{"check", dir}, &out, &errOut); code != 1 || !strings.Contains(out.String(), "content/en/disease/a.md:3: the front matter is never closed") {
		t.Errorf("broken pack: exit %d\n%s", code, out.String())
	}
}

func TestStatsUsesTheFormulaOfEachLanguage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"stats"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{
		"en  complete 100%  topics 17  terms 77  oldest review 2026-11-25  readability: Flesch-Kincaid grade",
		"de  complete 100%", "Flesch-Amstad", "fr  complete 100%", "Kandel-Moles", "es  complete 100%", "Fernandez Huerta",
		"sv  complete 100%", "LIX", "disease/deep-veins",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("stats lack %q", want)
		}
	}
}

func TestExportHTML(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if code := run([]string{"export-html", "--lang", "de-CH", dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	pages := map[string]string{"index.html": "Willkommen", "disease.html": "Die tiefen Venen Ihrer Beine",
		"treatment.html": "Ballondilatation", "products.html": "Nicht alle Produkte", "glossary.html": "Bluterguss"}
	external := regexp.MustCompile(`(src|href)="(https?:)?//`)
	for name, want := range pages {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		html := string(data)
		if !strings.Contains(html, want) || !strings.Contains(html, `lang="de-CH"`) {
			t.Errorf("%s lacks %q", name, want)
		}
		if strings.Contains(html, "ß") {
			t.Errorf("%s: Swiss text with ß", name)
		}
		if external.MatchString(html) || strings.Contains(html, "<script") {
			t.Errorf("%s is not self-contained", name)
		}
	}
	data, _ := os.ReadFile(filepath.Join(dir, "treatment.html"))
	if !strings.Contains(string(data), "Zuletzt geprüft am 25. November 2026") {
		t.Error("topics need their review date")
	}
	if code := run([]string{"export-html", "--lang", "xx", dir}, &out, &errOut); code != 2 {
		t.Errorf("unknown language: exit %d", code)
	}
}
