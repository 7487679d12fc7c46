package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"veininfo/internal/kiosk"
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
admin_pin_hash = '` + testHash(t) + `'
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
		AdminPINHash: testHash(t), TextSize: 150, Path: "c.toml"}
	if c.Kiosk != want.Kiosk || c.Region != want.Region || c.Language != want.Language ||
		strings.Join(c.AllowedRegions, ",") != "CH,DE" || c.IdleTimeout != want.IdleTimeout ||
		c.Warning != want.Warning || c.AttractScreen || !strings.HasPrefix(c.AdminPINHash, "$argon2id$v=19$m=19456,t=2,p=1$") || c.TextSize != 150 ||
		c.ContentDir != "/srv/veininfo/clinic" || !c.TouchKeyboard {
		t.Errorf("got %+v\nwant %+v", c, want)
	}
}

func TestUrgentHelpNote(t *testing.T) {
	tests := []struct {
		name, data string
		want       map[string]string
		problem    string
	}{
		{"one for all", `urgent_help_note = "In this building: tell the reception desk"`, map[string]string{"": "In this building: tell the reception desk"}, ""},
		{"by language", "urgent_help_note = { nl = \"Meld u aan de balie\", fr = \"Adressez-vous à l'accueil\" }", map[string]string{"nl": "Meld u aan de balie", "fr": "Adressez-vous à l'accueil"}, ""},
		{"bad tag", `urgent_help_note = { "x y" = "a" }`, nil, "c.toml:1: urgent_help_note: want a note for each language tag"},
		{"empty", `urgent_help_note = " "`, nil, "c.toml:1: urgent_help_note: the note"},
		{"number", `urgent_help_note = 5`, nil, "c.toml:1: urgent_help_note: want a short note"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, problems := Parse([]byte(tt.data), "c.toml")
			if tt.problem != "" {
				if len(problems) != 1 || !strings.HasPrefix(problems[0].Error(), tt.problem) {
					t.Fatalf("problems %v, want %q", problems, tt.problem)
				}
				return
			}
			if len(problems) > 0 || len(c.UrgentHelpNote) != len(tt.want) {
				t.Fatalf("notes %v, problems %v", c.UrgentHelpNote, problems)
			}
			for k, v := range tt.want {
				if c.UrgentHelpNote[k] != v {
					t.Errorf("note %q = %q, want %q", k, c.UrgentHelpNote[k], v)
				}
			}
		})
	}
}

func TestBadValuesFallBackOneByOne(t *testing.T) {
	data := `kiosk = "yes"
region = "Switzerland"
idle_timeout_seconds = 5
warning_seconds = 25
colour = "blue"
admin_pin_hash = "1234"
text_size_percent = 150
`
	c, problems := Parse([]byte(data), "/etc/veininfo/config.toml")
	want := []string{
		`/etc/veininfo/config.toml:1: kiosk: want true or false, got "yes"; kiosk mode is on, the safe choice`,
		`/etc/veininfo/config.toml:2: region: want a two-letter country code such as "DE", got "Switzerland"; using the default, the system's locale`,
		`/etc/veininfo/config.toml:3: idle_timeout_seconds: want a whole number of seconds from 10 to 86400, got 5; using the default, 90 s`,
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
	if !c.Kiosk || c.Region != "" || c.IdleTimeout != d.IdleTimeout || c.AdminPINHash != "" {
		t.Errorf("bad values should fall back to defaults, and kiosk to on: %+v", c)
	}
	if c.Warning != 25*time.Second || c.TextSize != 150 {
		t.Errorf("good values next to bad ones must be kept: %+v", c)
	}
}

// TestBrokenFileFailsClosed: a line that breaks the syntax is left out
// alone, and whatever happens to the kiosk line, kiosk mode stays on.
func TestBrokenFileFailsClosed(t *testing.T) {
	hash := testHash(t)
	tests := []struct {
		name, data string
		problem    string
		region     string // what the rest of the file still sets
	}{
		{"syntax after kiosk", "kiosk = true\nregion = \"CH\nlanguage = \"fr\"\nadmin_pin_hash = '" + hash + "'", "c.toml:2: region: strings cannot contain newlines; this line is left out", ""},
		{"syntax on the kiosk line", "kiosk = tru\nregion = \"CH\"\nadmin_pin_hash = '" + hash + "'", "c.toml:1: kiosk:", "CH"},
		{"late syntax", "kiosk = true\nregion = \"DE\"\nadmin_pin_hash = '" + hash + "'\ntext_size_percent = \n", "c.toml:4: text_size_percent:", "DE"},
		{"truncated list", "region = \"DE\"\nkiosk = true\nadmin_pin_hash = '" + hash + "'\nallowed_regions = [\"CH\",", "c.toml:4: allowed_regions:", "DE"},
		{"bad kiosk value", "kiosk = \"yes\"\nregion = \"DE\"\nadmin_pin_hash = '" + hash + "'", `c.toml:1: kiosk: want true or false, got "yes"`, "DE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, problems := Parse([]byte(tt.data), "c.toml")
			if len(problems) == 0 || !strings.HasPrefix(problems[0].Error(), tt.problem) {
				t.Errorf("problems = %v, want first %q", problems, tt.problem)
			}
			if !c.Kiosk {
				t.Error("a broken file that asked for a kiosk must leave kiosk mode on")
			}
			if c.AdminPINHash != hash {
				t.Error("the PIN hash on a good line must be kept")
			}
			if c.Region != tt.region {
				t.Errorf("region %q, want %q", c.Region, tt.region)
			}
		})
	}
	for name, data := range map[string]string{"binary": "\x00\x01\x02kiosk", "latin-1": "region = \"D\xc4\"\n"} {
		c, problems := Parse([]byte(data), "c.toml")
		if !c.Kiosk || len(problems) != 1 || !strings.Contains(problems[0].Error(), "kiosk mode is on") {
			t.Errorf("%s: an unreadable file must turn kiosk mode on and say so: %v", name, problems)
		}
	}
}

// TestUTF16File: PowerShell's > writes UTF-16 with a byte-order mark.
func TestUTF16File(t *testing.T) {
	text := "\ufeffkiosk = false\r\nregion = \"CH\"\r\n"
	var data []byte
	for _, r := range text {
		data = append(data, byte(r), byte(r>>8))
	}
	c, problems := Parse(data, "c.toml")
	if len(problems) != 0 || c.Kiosk || c.Region != "CH" {
		t.Errorf("UTF-16 file: %+v, problems %v", c, problems)
	}
}

// TestMalformedPINHash: a hash cut short or mangled by a shell is an
// error with file, line and key, and the app knows a hash was meant.
func TestMalformedPINHash(t *testing.T) {
	hash := testHash(t)
	for name, bad := range map[string]string{
		"cut short":      hash[:40],
		"shell expanded": "=19=19456,t=2,p=1/8vnQ",
		"bad base64":     hash[:len(hash)-4] + "!!!!",
	} {
		c, problems := Parse([]byte("kiosk = true\nadmin_pin_hash = '"+bad+"'\n"), "c.toml")
		if len(problems) != 1 || !strings.HasPrefix(problems[0].Error(), "c.toml:2: admin_pin_hash: ") {
			t.Errorf("%s: problems %v", name, problems)
		}
		if !c.BadPINHash || c.AdminPINHash != "" {
			t.Errorf("%s: the config should know the hash is unusable", name)
		}
	}
}

func TestSettingsInForce(t *testing.T) {
	c, _ := Parse([]byte("kiosk = true\nallowed_regions = [\"CH\", \"DE\"]\nurgent_help_note = \"Reception\""), "c.toml")
	got := map[string]string{}
	for _, kv := range c.InForce() {
		got[kv[0]] = kv[1]
	}
	for key, want := range map[string]string{"kiosk": "true", "allowed_regions": "CH, DE", "idle_timeout_seconds": "90 s",
		"warning_seconds": "30 s", "admin_pin_hash": "none: kiosk mode cannot be left from the screen", "urgent_help_note": `all: "Reception"`} {
		if got[key] != want {
			t.Errorf("%s in force = %q, want %q", key, got[key], want)
		}
	}
}

func testHash(t *testing.T) string {
	t.Helper()
	h, err := kiosk.HashPIN("2468")
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	if _, problems := Load(filepath.Join(dir, "none.toml"), false, ""); len(problems) != 0 {
		t.Errorf("a missing default file is fine, got %v", problems)
	}
	if c, problems := Load(filepath.Join(dir, "none.toml"), true, ""); len(problems) != 1 || !strings.Contains(problems[0].Error(), "no such file") || !c.Kiosk {
		t.Errorf("a missing file that was asked for is a problem, and kiosk mode goes on: %v", problems)
	}
	big := filepath.Join(dir, "big.toml")
	if err := os.WriteFile(big, make([]byte, MaxSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if c, problems := Load(big, true, ""); len(problems) != 1 || !strings.Contains(problems[0].Error(), "more than a configuration can be") || !c.Kiosk {
		t.Errorf("an oversized file: %v", problems)
	}
	if c, problems := Load(dir, false, ""); len(problems) != 1 || !strings.Contains(problems[0].Error(), "is a folder") || !c.Kiosk {
		t.Errorf("a folder: %v", problems)
	}
	good := filepath.Join(dir, "good.toml")
	os.WriteFile(good, []byte("kiosk = true\n"), 0o644)
	if c, problems := Load(good, true, ""); len(problems) != 0 || !c.Kiosk || c.Path != good {
		t.Errorf("good file: %+v %v", c, problems)
	}
}

// TestLastGoodConfiguration: a file that read cleanly is kept; when the
// file later cannot be read, or a typo costs a line, the copy stands in
// for what is lost, and kiosk mode stays on.
func TestLastGoodConfiguration(t *testing.T) {
	dir := t.TempDir()
	path, lastGood := filepath.Join(dir, "config.toml"), filepath.Join(dir, "state", "last-good.toml")
	hash := testHash(t)
	os.WriteFile(path, []byte("kiosk = true\nregion = \"DE\"\nadmin_pin_hash = '"+hash+"'\n"), 0o644)
	if _, problems := Load(path, false, lastGood); len(problems) != 0 {
		t.Fatalf("problems %v", problems)
	}
	// a typo on the PIN line: the PIN comes from the last good copy
	os.WriteFile(path, []byte("kiosk = true\nregion = \"AT\"\nadmin_pin_hash = '"+hash+"\n"), 0o644)
	c, problems := Load(path, false, lastGood)
	if c.AdminPINHash != hash || c.Region != "AT" || !c.Kiosk {
		t.Errorf("after a typo on the PIN line: %+v %v", c, problems)
	}
	if !strings.Contains(problems[len(problems)-1].Error(), "admin_pin_hash: taken from the last good configuration") {
		t.Errorf("problems should say the PIN came from the last good copy: %v", problems)
	}
	// unreadable: the whole last good copy, with kiosk mode on
	os.WriteFile(path, []byte("kiosk = true\nregion = \"IT\"\n"), 0o644)
	Load(path, false, lastGood)
	os.WriteFile(path, []byte("\x00\x00"), 0o644)
	c, problems = Load(path, false, lastGood)
	if !c.Kiosk || c.Region != "IT" || len(problems) != 2 {
		t.Errorf("a file that cannot be read: kiosk %v, problems %v", c.Kiosk, problems)
	}
	if os.Getuid() != 0 { // root reads any file
		os.WriteFile(path, []byte("kiosk = true\nregion = \"CH\"\n"), 0o644)
		Load(path, false, lastGood)
		os.Chmod(path, 0)
		c, problems = Load(path, false, lastGood)
		if !c.Kiosk || c.Region != "CH" || len(problems) != 2 || !strings.Contains(problems[0].Error(), "permission denied") {
			t.Errorf("an unreadable file: %+v %v", c, problems)
		}
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

func TestHandoutKeys(t *testing.T) {
	c, problems := Parse([]byte(`clinic_name = "Vascular clinic, St Mary's"
clinic_contact = """
Ward 7, 2nd floor
Phone 020 7946 0000"""
printer = "Reception-Laser"
printing = false
handout_url = "https://clinic.example/veininfo/{lang}/{section}/{topic}.html"
`), "c.toml")
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	if c.ClinicName != "Vascular clinic, St Mary's" || c.ClinicContact != "Ward 7, 2nd floor\nPhone 020 7946 0000" ||
		c.Printer != "Reception-Laser" || c.Printing || c.HandoutURL != "https://clinic.example/veininfo/{lang}/{section}/{topic}.html" {
		t.Errorf("got %+v", c)
	}
	d := Default()
	if !d.Printing || d.Printer != "" || d.HandoutURL != "" || d.ClinicName != "" {
		t.Errorf("defaults: printing on, the default printer, no QR code, no clinic; got %+v", d)
	}
	got := map[string]string{}
	for _, kv := range d.InForce() {
		got[kv[0]] = kv[1]
	}
	if got["printing"] != "true" || got["printer"] != "the system's default printer" || got["handout_url"] != "none: no QR code" {
		t.Errorf("in force: %v", got)
	}
}

func TestBadHandoutKeys(t *testing.T) {
	tests := []struct{ line, problem string }{
		{`clinic_name = ""`, "c.toml:1: clinic_name: want a text of 1 to 80 characters"},
		{`clinic_name = "` + strings.Repeat("x", 81) + `"`, "c.toml:1: clinic_name: want a text of 1 to 80"},
		{`clinic_name = "A\nB"`, "c.toml:1: clinic_name: want text without control characters"},
		{`clinic_contact = 42`, "c.toml:1: clinic_contact: want a text of 1 to 300"},
		{`printer = "-d"`, "c.toml:1: printer: want a printer's name"},
		{`printer = ""`, "c.toml:1: printer: want a printer's name"},
		{`printing = "no"`, "c.toml:1: printing: want true or false"},
		{`handout_url = "https://clinic.example/{lang}/index.html"`, "c.toml:1: handout_url: the address needs {topic}"},
		{`handout_url = "https://clinic.example/{language}/{topic}.html"`, "c.toml:1: handout_url: unknown placeholder {language}"},
		{`handout_url = "file:///srv/site/{topic}.html"`, "c.toml:1: handout_url: want a whole http or https address"},
		{`handout_url = "clinic.example/{topic}.html"`, "c.toml:1: handout_url: want a whole http or https address"},
	}
	for _, tt := range tests {
		c, problems := Parse([]byte(tt.line), "c.toml")
		if len(problems) != 1 || !strings.HasPrefix(problems[0].Error(), tt.problem) {
			t.Errorf("%s: problems %v, want %q", tt.line, problems, tt.problem)
		}
		if !c.Printing || c.HandoutURL != "" || c.Printer != "" || c.ClinicName != "" {
			t.Errorf("%s: a bad value must leave the default: %+v", tt.line, c)
		}
	}
}
