package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestCommandLine(t *testing.T) {
	tests := []struct {
		args           []string
		code           int
		stdout, stderr string
	}{
		{[]string{"--version"}, 0, "veininfo dev", ""},
		{[]string{"--list-regions"}, 0, "CH\tSwitzerland\tde-CH", ""},
		{[]string{"--region", "XX"}, 2, "", `unknown region "XX": choose one of US, GB, DE, AT, CH`},
		{[]string{"--lang", "xx"}, 2, "", `unknown language "xx": choose one of en, en-GB, de, de-CH`},
		{[]string{"--region", "US", "--lang", "de"}, 2, "", "region US does not offer language de"},
		{[]string{"--colour"}, 2, "", "flag provided but not defined: -colour"},
		{[]string{"extra"}, 2, "", `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit status %d, want %d (stderr %q)", code, tt.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout %q lacks %q", stdout.String(), tt.stdout)
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.stderr)
			}
		})
	}
}

func TestListRegionsListsEveryRegion(t *testing.T) {
	var stdout bytes.Buffer
	run([]string{"--list-regions"}, &stdout, &bytes.Buffer{})
	want := "US\tUnited States\ten\nGB\tUnited Kingdom\ten-GB\nDE\tGermany\tde\nAT\tAustria\tde\nCH\tSwitzerland\tde-CH\n"
	if stdout.String() != want {
		t.Errorf("--list-regions printed\n%s\nwant\n%s", stdout.String(), want)
	}
}
