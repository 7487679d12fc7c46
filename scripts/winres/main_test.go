package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestFixedVersion(t *testing.T) {
	for _, tt := range []struct{ version, want string }{
		{"1.2.3", "1.2.3.0"},
		{"1.2.3-4-gabc1234", "1.2.3.4"},
		{"1.2.3-4-gabc1234-dirty", "1.2.3.4"},
		{"0.1.0-gcfcc44d", "0.1.0.0"},
		{"0.1.0-gcfcc44d-dirty", "0.1.0.0"},
		{"dev", ""},
		{"0.0.0", ""},
		{"1.2", ""},
	} {
		v, err := fixedVersion(tt.version)
		if got := v.GetVersionString(); (err == nil) != (tt.want != "") || err == nil && got != tt.want {
			t.Errorf("%s: %s (%v), want %q", tt.version, got, err, tt.want)
		}
	}
}

// TestResourceSaysTheVersion: the version strings in the resource are
// the app's own version, as Windows stores them (UTF-16).
func TestResourceSaysTheVersion(t *testing.T) {
	out := filepath.Join(t.TempDir(), "v.syso")
	if err := write(options{version: "1.2.3-4-gabc1234", icon: "../../assets/icons/256.png", out: out, arch: "amd64"}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// FileVersion and ProductVersion, each a UTF-16 string ending in NUL
	if n := strings.Count(string(data), utf16le("1.2.3-4-gabc1234\x00")); n != 2 {
		t.Errorf("the version string is in the resource %d times, want 2 (FileVersion, ProductVersion)", n)
	}
	if !strings.Contains(string(data), utf16le("veininfo.exe")) {
		t.Error("the resource lacks OriginalFilename")
	}
}

func utf16le(s string) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}
