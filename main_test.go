package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"veininfo/internal/kiosk"
	"veininfo/internal/setup"
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
		{[]string{"--lang", "xx"}, 2, "", `unknown language "xx": choose one of en, fr-CA, en-GB,`},
		{[]string{"--region", "US", "--lang", "de"}, 2, "", "region US does not offer language de"},
		{[]string{"--colour"}, 2, "", "flag provided but not defined: -colour"},
		{[]string{"extra"}, 2, "", `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, strings.NewReader(""), &stdout, &stderr)
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
	run([]string{"--list-regions"}, nil, &stdout, &bytes.Buffer{})
	want := `US	United States	en
CA	Canada	en fr-CA
GB	United Kingdom	en-GB
IE	Ireland	en-GB
AU	Australia	en-GB
NZ	New Zealand	en-GB
DE	Germany	de
AT	Austria	de-AT
CH	Switzerland	de-CH fr it
FR	France	fr
BE	Belgium	nl-BE fr de
NL	Netherlands	nl
LU	Luxembourg	fr de
ES	Spain	es
IT	Italy	it
PT	Portugal	pt-PT
BR	Brazil	pt-BR
PL	Poland	pl
SE	Sweden	sv
FI	Finland	fi sv-FI
DK	Denmark	da
NO	Norway	nb
`
	if stdout.String() != want {
		t.Errorf("--list-regions printed\n%s\nwant\n%s", stdout.String(), want)
	}
}

func TestEveryRegionAndLanguageIsAccepted(t *testing.T) {
	var list bytes.Buffer
	run([]string{"--list-regions"}, nil, &list, &bytes.Buffer{})
	for _, line := range strings.Split(strings.TrimSpace(list.String()), "\n") {
		f := strings.Split(line, "\t")
		for _, lang := range strings.Fields(f[2]) {
			opts, err := parseFlags([]string{"--region", f[0], "--lang", lang}, &bytes.Buffer{})
			if err != nil {
				t.Fatal(err)
			}
			sess := setup.Load(setup.Options{ConfigPath: filepath.Join(t.TempDir(), "none.toml")}).Session
			if err := sess.Check(opts.choice); err != nil {
				t.Errorf("--region %s --lang %s: %v", f[0], lang, err)
			}
		}
	}
}

func TestHashPIN(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--hash-pin"}, strings.NewReader("2468\n"), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	hash := strings.TrimSpace(stdout.String())
	if ok, err := kiosk.VerifyPIN(hash, "2468"); !ok || err != nil {
		t.Errorf("printed hash %q does not verify: %v", hash, err)
	}
	if code := run([]string{"--hash-pin"}, strings.NewReader("12\n"), &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "4 to 12 digits") {
		t.Errorf("a too-short PIN: exit %d, %q", code, stderr.String())
	}
}

func TestConfigLimitsRegions(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/config.toml"
	if err := os.WriteFile(path, []byte("allowed_regions = [\"CH\", \"DE\"]\ncolour = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--config", path, "--region", "US"}, nil, &stdout, &stderr); code != 2 {
		t.Errorf("a region outside allowed_regions must be refused, exit %d", code)
	}
	stdout.Reset()
	if code := run([]string{"--config", path, "--check"}, nil, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "allowed_regions       CH, DE") ||
		!strings.Contains(stdout.String(), path+":2: colour: unknown key, ignored") {
		t.Errorf("--check: exit %d\n%s", code, stdout.String())
	}
}

// TestCheck: --check needs no display, prints what is in force and every
// problem with its file and line, and exits 1 when something is wrong.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	good, bad := dir+"/good.toml", dir+"/bad.toml"
	os.WriteFile(good, []byte("kiosk = true\nregion = \"GB\"\n"), 0o644)
	os.WriteFile(bad, []byte("kiosk = true\nregion = \"GB\ntext_size_percent = 900\n"), 0o644)
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	tests := []struct {
		args []string
		code int
		want []string
	}{
		{[]string{"--config", good, "--check"}, 0, []string{"kiosk", "on (kiosk = true in " + good, "no problems", "no clinic content pack"}},
		{[]string{"--config", bad, "--check"}, 1, []string{bad + ":2: region: strings cannot contain newlines", bad + ":3: text_size_percent: want a whole percentage from 100 to 200, got 900"}},
		{[]string{"--config", good, "--content", "docs/sample-pack", "--check"}, 0, []string{"clinic content pack docs/sample-pack: loaded, 2 topic(s)"}},
		{[]string{"--config", good, "--content", dir, "--check"}, 0, []string{"loaded, 0 topic(s)"}},
		{[]string{"--config", good, "--content", dir + "/none", "--check"}, 1, []string{"NOT USED", dir + "/none: content pack not used: not a readable folder"}},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, nil, &stdout, &stderr); code != tt.code {
			t.Errorf("%v: exit %d, want %d\n%s%s", tt.args, code, tt.code, stdout.String(), stderr.String())
		}
		for _, w := range tt.want {
			if !strings.Contains(stdout.String(), w) {
				t.Errorf("%v: output lacks %q:\n%s", tt.args, w, stdout.String())
			}
		}
	}
}

// TestNoDisplay: without a display the app says so in one line and exits 1.
func TestNoDisplay(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	var stdout, stderr bytes.Buffer
	code := run([]string{"--config", filepath.Join(t.TempDir(), "none.toml")}, nil, &stdout, &stderr)
	if code != 1 || strings.Count(stderr.String(), "\n") != 1 || !strings.HasPrefix(stderr.String(), "veininfo: no display") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}
