package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"veininfo/internal/config"
	"veininfo/internal/content"
	"veininfo/internal/kiosk"
	"veininfo/internal/session"
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
	run([]string{"--list-regions"}, nil, &list, &bytes.Buffer{})
	for _, line := range strings.Split(strings.TrimSpace(list.String()), "\n") {
		f := strings.Split(line, "\t")
		for _, lang := range strings.Fields(f[2]) {
			opts, err := parseFlags([]string{"--region", f[0], "--lang", lang}, &bytes.Buffer{})
			if err != nil {
				t.Fatal(err)
			}
			sess, _, _ := newSession(config.Default(), nil)
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
	if code := run([]string{"--config", path, "--list-regions"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if got := stdout.String(); got != "DE\tGermany\tde\nCH\tSwitzerland\tde-CH fr it\n" {
		t.Errorf("allowed regions not applied:\n%s", got)
	}
	if code := run([]string{"--config", path, "--region", "US"}, nil, &stdout, &stderr); code != 2 {
		t.Errorf("a region outside allowed_regions must be refused, exit %d", code)
	}
	if code := run([]string{"--config", dir + "/missing.toml", "--list-regions"}, nil, &stdout, &stderr); code != 0 {
		t.Errorf("a missing config file is reported, not fatal: exit %d", code)
	}
}

func TestClinicPack(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(dir+"/content/de/welcome", 0o755)
	os.WriteFile(dir+"/content/de/welcome/your-clinic.md", []byte("+++\ntitle = \"Ihre Praxis\"\norder = 2\nreviewed = 2026-11-20\n+++\nMo-Fr 8-17 Uhr.\n"), 0o644)
	cfg := config.Default()
	cfg.ContentDir = dir
	sess, rejected, problems := newSession(cfg, nil)
	if rejected || len(problems) > 0 {
		t.Fatalf("a good pack was rejected: %v", problems)
	}
	if err := sess.Start(session.Choice{Region: "DE"}, language.Und); err != nil {
		t.Fatal(err)
	}
	if got := sess.Pack().Section(content.Welcome); len(got) != 2 || got[1].Title != "Ihre Praxis" {
		t.Errorf("the clinic's topic is not shown: %+v", got)
	}

	os.WriteFile(dir+"/content/de/disease/broken.md", nil, 0o644)
	os.MkdirAll(dir+"/content/de/disease", 0o755)
	os.WriteFile(dir+"/content/de/disease/broken.md", []byte("title = oops\n"), 0o644)
	sess, rejected, problems = newSession(cfg, nil)
	if !rejected || len(problems) != 1 || !strings.Contains(problems[0], filepath.Join(dir, "content/de/disease/broken.md")+":1:") {
		t.Fatalf("a broken pack: rejected %v, problems %v", rejected, problems)
	}
	sess.Start(session.Choice{Region: "DE"}, language.Und)
	if got := sess.Pack().Section(content.Welcome); len(got) != 1 {
		t.Error("a broken pack must not be applied in part")
	}
	if _, rejected, problems := newSession(config.Config{ContentDir: dir + "/nope"}, nil); !rejected || !strings.Contains(problems[0], "not a readable folder") {
		t.Errorf("a missing pack folder: %v", problems)
	}
}
