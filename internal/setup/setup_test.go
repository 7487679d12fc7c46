package setup

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"veininfo/internal/content"
	"veininfo/internal/kiosk"
	"veininfo/internal/session"
)

// samplePack copies docs/sample-pack into a folder a test may break.
func samplePack(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../docs/sample-pack")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func write(t *testing.T, path, text string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestSamplePackLoads(t *testing.T) {
	st := Load(Options{ConfigPath: writeConfig(t, ""), ContentDir: "../../docs/sample-pack"})
	if !st.Pack.Loaded || st.Pack.Topics != 2 || st.Pack.Terms != 2 || strings.Join(st.Pack.Languages, " ") != "de en" {
		t.Fatalf("sample pack: %+v", st.Pack)
	}
	if err := st.Session.Start(session.Choice{Region: "US"}, language.Und); err != nil {
		t.Fatal(err)
	}
	welcome := st.Session.Pack().Section(content.Welcome)
	if len(welcome) < 2 || welcome[0].Title != "Our vein clinic" {
		t.Errorf("the clinic's page should come first on the Welcome tab: %+v", welcome)
	}
	var ok bool
	for _, term := range st.Session.Pack().Glossary() {
		ok = ok || term.Term == "Referral letter"
	}
	if !ok {
		t.Error("the clinic's glossary term is missing")
	}
}

// TestBrokenPacks: a pack with any error is not used, and each error
// names its file and line; the layout of older docs gets a clear answer.
func TestBrokenPacks(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(dir string)
		want   string
	}{
		{"syntax", func(d string) { write(t, d+"/en/welcome/our-clinic.md", "+++\ntitle = \"Our\nclinic\"\n+++\n") }, "en/welcome/our-clinic.md:2:"},
		{"section typo", func(d string) { write(t, d+"/en/opening/hours.md", "x") }, "en/opening: unknown section folder"},
		{"stray file", func(d string) { write(t, d+"/en/welcome/notes.txt", "x") }, "en/welcome/notes.txt: not a topic"},
		{"old layout", func(d string) { os.MkdirAll(d+"/content/en", 0o755) }, "the language folders belong in"},
		{"not a language", func(d string) { os.MkdirAll(d+"/deutsch", 0o755) }, "deutsch: folder name is not a language tag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := samplePack(t)
			tt.break_(dir)
			lib, pack := LoadPack(dir)
			if lib != nil || pack.Loaded {
				t.Error("a broken pack must not be used")
			}
			if !strings.Contains(strings.Join(pack.Errors, "\n"), tt.want) {
				t.Errorf("errors %q lack %q", pack.Errors, tt.want)
			}
			if !strings.Contains(pack.Summary(), "NOT USED") {
				t.Errorf("summary %q", pack.Summary())
			}
		})
	}
}

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.toml")
	write(t, path, text)
	return path
}

// TestKioskDecision: a broken file never lowers the protection.
func TestKioskDecision(t *testing.T) {
	hash, _ := kiosk.HashPIN("2468")
	tests := []struct {
		name, config string
		flag, kiosk  bool
		reason       string
	}{
		{"no file", "", false, false, "kiosk = false (or not set)"},
		{"flag", "", true, true, "--kiosk on the command line"},
		{"file", "kiosk = true\n", false, true, "kiosk = true in"},
		{"file says no", "kiosk = false\n", false, false, "kiosk = false"},
		{"syntax error", "kiosk = true\nregion = \"DE\nadmin_pin_hash = '" + hash + "'\n", false, true, "kiosk = true in"},
		{"syntax error on the kiosk line", "kiosk = tru\nregion = \"DE\"\n", false, true, "could not be read in full"},
		{"broken, not mentioning kiosk", "region = \"DE\nlanguage = \"de\"\n", false, true, "could not be read in full"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := Load(Options{ConfigPath: writeConfig(t, tt.config), Kiosk: tt.flag})
			if st.Kiosk != tt.kiosk || !strings.Contains(st.Reason, tt.reason) {
				t.Errorf("kiosk %v (%s), want %v (%s)", st.Kiosk, st.Reason, tt.kiosk, tt.reason)
			}
		})
	}
}

func TestReport(t *testing.T) {
	hash, _ := kiosk.HashPIN("2468")
	path := writeConfig(t, "kiosk = true\nallowed_regions = [\"GB\", \"US\"]\nadmin_pin_hash = '"+hash[:30]+"'\nregion = \"CA\"\n")
	st := Load(Options{ConfigPath: path, ContentDir: "../../docs/sample-pack"})
	if got := st.StartChoice(session.Choice{}); got.Region != "GB" {
		t.Errorf("a region that is not allowed starts in the first allowed one, got %q", got.Region)
	}
	var out bytes.Buffer
	st.Report(&out, "1.2.3")
	for _, want := range []string{
		"veininfo 1.2.3", "kiosk", "on (kiosk = true in " + path, "allowed_regions       GB, US",
		"content pack          clinic content pack ../../docs/sample-pack: loaded, 2 topic(s) and 2 glossary term(s) in de, en",
		path + ":3: admin_pin_hash: the admin PIN hash is not a valid argon2id hash",
		path + `:4: region: unknown region "CA": choose one of GB, US; starting in GB`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	if st.OK() {
		t.Error("a set-up with a broken PIN hash is not OK")
	}
}

// TestPackErrorNamesTheFile: a file system error inside the pack names
// the file under the pack's folder, not "DIR/open en/...".
func TestPackErrorNamesTheFile(t *testing.T) {
	dir := filepath.Join("etc", "veininfo", "content")
	err := fmt.Errorf("content: %w", &fs.PathError{Op: "open", Path: "en/welcome/a.md", Err: fs.ErrPermission})
	if got, want := packError(dir, err), filepath.Join(dir, "en", "welcome", "a.md")+": permission denied"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := packError(dir+"/", errors.New("en/glossary.toml:3: x")), filepath.Join(dir, "en")+"/glossary.toml:3: x"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
