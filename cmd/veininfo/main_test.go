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
		{[]string{"--list-regions"}, 0, "CH\tSwitzerland\tde-CH fr it", ""},
		{[]string{"--region", "XX"}, 2, "", `unknown region "XX": choose one of US, CA, GB,`},
		{[]string{"--lang", "xx"}, 2, "", `unknown language "xx": choose one of en, fr, en-GB,`},
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
	want := `US	United States	en
CA	Canada	en fr
GB	United Kingdom	en-GB
IE	Ireland	en-GB
AU	Australia	en-GB
NZ	New Zealand	en-GB
DE	Germany	de
AT	Austria	de
CH	Switzerland	de-CH fr it
FR	France	fr
BE	Belgium	nl fr de
NL	Netherlands	nl
LU	Luxembourg	fr de
ES	Spain	es
IT	Italy	it
PT	Portugal	pt-PT
BR	Brazil	pt-BR
PL	Poland	pl
SE	Sweden	sv
FI	Finland	fi sv
DK	Denmark	da
NO	Norway	nb
`
	if stdout.String() != want {
		t.Errorf("--list-regions printed\n%s\nwant\n%s", stdout.String(), want)
	}
}

func TestEveryRegionAndLanguageIsAccepted(t *testing.T) {
	var list bytes.Buffer
	run([]string{"--list-regions"}, &list, &bytes.Buffer{})
	for _, line := range strings.Split(strings.TrimSpace(list.String()), "\n") {
		f := strings.Split(line, "\t")
		for _, lang := range strings.Fields(f[2]) {
			opts, err := parseFlags([]string{"--region", f[0], "--lang", lang}, &bytes.Buffer{})
			if err != nil {
				t.Fatal(err)
			}
			if err := newSession().Check(opts.choice); err != nil {
				t.Errorf("--region %s --lang %s: %v", f[0], lang, err)
			}
		}
	}
}
