package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseGoodFile(t *testing.T) {
	data := `# clinic defaults
kiosk = true
region = "ch"
language = "fr"
allowed_regions = ["CH", "de"]
idle_timeout_seconds = 120
warning_seconds = 20
attract_screen = false
admin_pin_hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"
text_size_percent = 150
content_dir = "/srv/veininfo/clinic"
touch_keyboard = true
`
	c, problems := Parse([]byte(data), "c.toml")
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	want := Config{Kiosk: true, Region: "CH", Language: "fr", AllowedRegions: []string{"CH", "DE"},
		IdleTimeout: 120 * time.Second, Warning: 20 * time.Second, AttractScreen: false,
		AdminPINHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", TextSize: 150, Path: "c.toml"}
	if c.Kiosk != want.Kiosk || c.Region != want.Region || c.Language != want.Language ||
		strings.Join(c.AllowedRegions, ",") != "CH,DE" || c.IdleTimeout != want.IdleTimeout ||
		c.Warning != want.Warning || c.AttractScreen || c.AdminPINHash != want.AdminPINHash || c.TextSize != 150 ||
		c.ContentDir != "/srv/veininfo/clinic" || !c.TouchKeyboard {
		t.Errorf("got %+v\nwant %+v", c, want)
	}
}

func TestBadValuesFallBackOneByOne(t *testing.T) {
	data := `kiosk = "yes"
region = "Switzerland"
idle_timeout_seconds = 5
warning_seconds = 15
colour = "blue"
admin_pin_hash = "1234"
text_size_percent = 150
`
	c, problems := Parse([]byte(data), "/etc/veininfo/config.toml")
	want := []string{
		`/etc/veininfo/config.toml:1: kiosk: want true or false, got "yes"; using the default`,
		`/etc/veininfo/config.toml:2: region: want a two-letter country code such as "DE", got "Switzerland"; using the default`,
		`/etc/veininfo/config.toml:3: idle_timeout_seconds: want a whole number of seconds from 10 to 86400, got 5; using the default`,
		`/etc/veininfo/config.toml:5: colour: unknown key, ignored`,
		"/etc/veininfo/config.toml:6: admin_pin_hash: want the output of `veininfo --hash-pin`",
	}
	if len(problems) != len(want) {
		t.Fatalf("problems %q, want %d", problems, len(want))
	}
	for i, p := range problems {
		if !strings.HasPrefix(p.Error(), want[i]) {
			t.Errorf("problem %d = %q, want %q", i, p.Error(), want[i])
		}
	}
	if !problems[3].Warning || problems[0].Warning {
		t.Error("an unknown key is a warning, a bad value is not")
	}
	d := Default()
	if c.Kiosk != d.Kiosk || c.Region != "" || c.IdleTimeout != d.IdleTimeout || c.AdminPINHash != "" {
		t.Errorf("bad values should fall back to defaults: %+v", c)
	}
	if c.Warning != 15*time.Second || c.TextSize != 150 {
		t.Errorf("good values next to bad ones must be kept: %+v", c)
	}
}

func TestBrokenFileUsesDefaults(t *testing.T) {
	for name, data := range map[string]string{
		"syntax":    "kiosk = true\nregion = \"CH\nidle = 1",
		"truncated": "kiosk = true\nallowed_regions = [\"CH\",",
		"binary":    "\x00\x01\x02kiosk",
	} {
		t.Run(name, func(t *testing.T) {
			c, problems := Parse([]byte(data), "c.toml")
			if len(problems) != 1 || !strings.HasPrefix(problems[0].Error(), "c.toml:") || !strings.Contains(problems[0].Error(), "using defaults") {
				t.Errorf("problems = %v", problems)
			}
			if c.Kiosk {
				t.Error("a broken file must not turn on anything")
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	if _, problems := Load(filepath.Join(dir, "none.toml"), false); len(problems) != 0 {
		t.Errorf("a missing default file is fine, got %v", problems)
	}
	if _, problems := Load(filepath.Join(dir, "none.toml"), true); len(problems) != 1 || !strings.Contains(problems[0].Error(), "no such file") {
		t.Errorf("a missing file that was asked for is a problem, got %v", problems)
	}
	big := filepath.Join(dir, "big.toml")
	if err := os.WriteFile(big, make([]byte, MaxSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if c, problems := Load(big, true); len(problems) != 1 || !strings.Contains(problems[0].Error(), "more than a configuration can be") || c.Kiosk {
		t.Errorf("an oversized file: %v", problems)
	}
	good := filepath.Join(dir, "good.toml")
	os.WriteFile(good, []byte("kiosk = true\n"), 0o644)
	if c, problems := Load(good, true); len(problems) != 0 || !c.Kiosk || c.Path != good {
		t.Errorf("good file: %+v %v", c, problems)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("kiosk = true\nregion = \"CH\"\nallowed_regions = [\"CH\"]\nidle_timeout_seconds = 90\n"))
	f.Add([]byte("[table]\nkiosk = 1\n"))
	f.Add([]byte("text_size_percent = 1e9\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, problems := Parse(data, "f.toml")
		for _, p := range problems {
			if !strings.HasPrefix(p.Error(), "f.toml") {
				t.Errorf("problem %q does not name the file", p.Error())
			}
		}
		if c.IdleTimeout < 10*time.Second || c.TextSize < 100 || c.TextSize > 200 {
			t.Errorf("out-of-range value accepted: %+v", c)
		}
	})
}
