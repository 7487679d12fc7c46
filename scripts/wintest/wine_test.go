//go:build wine

package wintest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"veininfo/internal/content"
	"veininfo/internal/kiosk"
	"veininfo/internal/l10n"
	"veininfo/internal/session"
)

// The PIN the kiosk run is given, hashed by the Windows exe itself.
const staffPIN = "2468"

// TestWindowsPackageUnderWine runs the exe of the Windows package under
// Wine as a clinic's PC would: the command-line options, the window in
// German on a laptop, the remembered choice after a restart, and the kiosk
// set up by C:\ProgramData\veininfo\config.toml in Polish, which a window
// manager cannot close and the staff PIN can.
func TestWindowsPackageUnderWine(t *testing.T) {
	w := setUp(t)
	linux := w.linuxBinary(t)

	t.Run("the accessible build", func(t *testing.T) { w.accessible(t) })
	t.Run("version", func(t *testing.T) {
		got, code := w.run(t, "", "--version")
		want := w.runLinux(t, linux, "--version")
		if code != 0 || got != want {
			t.Fatalf("--version: %q (exit %d), the Linux build says %q", got, code, want)
		}
		if got != "veininfo "+w.version+"\n" {
			t.Errorf("--version: %q, want the package's version %s", got, w.version)
		}
	})
	t.Run("list-regions", func(t *testing.T) {
		got, code := w.run(t, "", "--list-regions")
		want := w.runLinux(t, linux, "--list-regions")
		if code != 0 || got != want || strings.Count(got, "\n") < 20 {
			t.Fatalf("--list-regions (exit %d) differs from the Linux build's:\n%s\nLinux:\n%s", code, got, want)
		}
		if !strings.Contains(got, "PL\tPoland\tpl\n") {
			t.Errorf("--list-regions lacks Poland:\n%s", got)
		}
	})
	var hash string
	t.Run("hash-pin", func(t *testing.T) {
		out, code := w.run(t, staffPIN+"\r\n", "--hash-pin")
		hash = strings.TrimSpace(out)
		ok, err := kiosk.VerifyPIN(hash, staffPIN)
		if code != 0 || err != nil || !ok {
			t.Fatalf("--hash-pin: %q (exit %d): does not verify: %v", out, code, err)
		}
	})
	t.Run("laptop in German", func(t *testing.T) { w.laptopGerman(t) })
	t.Run("laptop remembers the choice", func(t *testing.T) { w.laptopRemembers(t) })
	t.Run("kiosk from ProgramData in Polish", func(t *testing.T) {
		if hash == "" {
			t.Fatal("no PIN hash: the hash-pin test failed")
		}
		w.kiosk(t, hash)
	})
}

// accessible checks that the exe under test is the package's accessible
// build (-tags accessibility): it asks Windows for the UI Automation call
// that Wine 8 lacks. Run once with Wine's own uiautomationcore.dll, it
// shows why the test puts its own in front: Wine 8 aborts the program.
func (w *wine) accessible(t *testing.T) {
	data, err := os.ReadFile(w.exe)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte("UiaRaiseStructureChangedEvent")) {
		t.Fatal("the exe does not use UI Automation: it is not the package's accessible build (-tags accessibility)")
	}
	saved := w.env
	defer func() { w.env = saved }()
	// b: Wine's own DLL, not the test's that sits in system32.
	w.env = append(slices.Clone(saved), "WINEDLLOVERRIDES=bcryptprimitives=n;uiautomationcore=b;mscoree,mshtml=")
	a := w.start(t, "--region", "DE")
	code, ended := a.wait(time.Minute)
	switch {
	case ended && strings.Contains(a.logs.String(), "unimplemented function uiautomationcore.dll.UiaRaiseStructureChangedEvent"):
		t.Logf("with Wine's own uiautomationcore.dll the exe aborts (exit %d) at UiaRaiseStructureChangedEvent, as Wine 8 does: the test's DLL is needed", code)
	case ended:
		t.Fatalf("with Wine's own uiautomationcore.dll the exe ended (exit %d) for another reason:\n%s", code, a.logs)
	default:
		t.Log("this Wine runs the accessible exe with its own uiautomationcore.dll: the test's DLL is no longer needed")
	}
}

// laptopGerman starts the app in Germany in German and reads the window:
// the German tabs and the Welcome tab's own text, then closes it through
// the window manager, which on a laptop ends the app.
func (w *wine) laptopGerman(t *testing.T) {
	a := w.start(t, "--region", "DE", "--lang", "de")
	w.waitForWindow(t, a)
	want := w.expected(t, "DE", "de")
	w.waitForText(t, a, "laptop-de", "deu", want.labels, want.welcome)
	if wd, ht := w.geometry(t); wd < 1024 || ht < 700 {
		t.Errorf("the window is %dx%d, want at least 1024x700", wd, ht)
	}
	w.wm(t, "wmctrl", "-c", windowTitle)
	if code, ok := a.wait(30 * time.Second); !ok || code != 0 {
		t.Fatalf("a window-manager close on a laptop should end the app with 0: ended %v, exit %d\n%s", ok, code, a.logs)
	}
}

// laptopRemembers starts the app in Belgium in German, switches to Dutch
// with the header's language button, as a reader would (a choice given by
// options is not remembered; one made in the window is), closes it and
// starts it again without options, in a locale that would give the United
// States in English: it comes back in Belgium in Dutch, from Fyne's
// preferences in the Wine user's AppData.
func (w *wine) laptopRemembers(t *testing.T) {
	german, dutch := w.expected(t, "BE", "de"), w.expected(t, "BE", "nl-BE")
	a := w.start(t, "--region", "BE", "--lang", "de")
	w.waitForWindow(t, a)
	w.waitForText(t, a, "laptop-be-de", "deu", german.labels, nil)
	w.click(t, "laptop-be-de", "deu", dutch.selfName)
	w.waitForText(t, a, "laptop-be-nl", "deu", dutch.labels, nil)
	w.wm(t, "wmctrl", "-c", windowTitle)
	if code, ok := a.wait(30 * time.Second); !ok || code != 0 {
		t.Fatalf("a window-manager close on a laptop should end the app with 0: ended %v, exit %d\n%s", ok, code, a.logs)
	}
	prefs, _ := filepath.Glob(filepath.Join(w.prefix, "drive_c/users/*/AppData/Roaming/fyne/org.veininfo.app/preferences.json"))
	if len(prefs) != 1 {
		t.Fatalf("no Fyne preferences under the Wine user's AppData: %v", prefs)
	}
	if data, _ := os.ReadFile(prefs[0]); !bytes.Contains(data, []byte(`"BE"`)) || !bytes.Contains(data, []byte(`"nl-BE"`)) {
		t.Errorf("%s does not hold BE and nl-BE: %s", prefs[0], data)
	}

	a = w.start(t)
	w.waitForWindow(t, a)
	w.waitForText(t, a, "laptop-be-nl-restart", "deu", dutch.labels, dutch.welcome)
	line := w.lastStartLine(t)
	if !strings.Contains(line, "config none; kiosk off") || !strings.Contains(line, "region BE, language nl-BE") {
		t.Errorf("after a restart the log says %q, want laptop mode in BE, nl-BE", line)
	}
	w.wm(t, "wmctrl", "-c", windowTitle)
	if code, ok := a.wait(30 * time.Second); !ok || code != 0 {
		t.Fatalf("the restarted app did not end with 0 on a close: ended %v, exit %d", ok, code)
	}
}

// kiosk writes the system-wide configuration, with a key it does not
// know, and checks that --check and the log name it with its Windows path
// and line; then the window manager's close brings up the PIN pad, and the
// PIN typed on the keyboard ends the app.
func (w *wine) kiosk(t *testing.T, hash string) {
	const unknownLine = 7
	cfg := fmt.Sprintf("# veininfo, set by clinic IT\r\nkiosk = true\r\nregion = \"PL\"\r\nlanguage = \"pl\"\r\nidle_timeout_seconds = 600\r\nadmin_pin_hash = '%s'\r\ncolour = \"blue\"\r\n", hash)
	dir := filepath.Join(w.prefix, "drive_c", "ProgramData", "veininfo")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	problem := fmt.Sprintf(`C:\ProgramData\veininfo\config.toml:%d: colour: unknown key, ignored`, unknownLine)

	report, code := w.run(t, "", "--check")
	for _, want := range []string{`C:\ProgramData\veininfo\config.toml`, "PL", problem} {
		if !strings.Contains(report, want) {
			t.Errorf("--check does not say %q:\n%s", want, report)
		}
	}
	if code != 0 {
		t.Errorf("--check: exit %d for a warning only\n%s", code, report)
	}

	a := w.start(t)
	w.waitForWindow(t, a)
	line := w.lastStartLine(t)
	for _, want := range []string{`config C:\ProgramData\veininfo\config.toml; kiosk on`, "region PL, language pl"} {
		if !strings.Contains(line, want) {
			t.Errorf("the log's start line %q does not say %q", line, want)
		}
	}
	if log := w.log(t); !strings.Contains(log, problem) {
		t.Errorf("the log does not report the unknown key as %q:\n%s", problem, log)
	}
	want := w.expected(t, "PL", "pl")
	w.waitForText(t, a, "kiosk-pl", "pol", want.labels, nil)
	if wd, ht := w.geometry(t); wd != screenW || ht != screenH {
		t.Errorf("the kiosk window is %dx%d, not full screen (%dx%d)", wd, ht, screenW, screenH)
	}

	w.wm(t, "wmctrl", "-c", windowTitle)
	if _, ended := a.wait(3 * time.Second); ended {
		t.Fatalf("a window-manager close ended the kiosk:\n%s", a.logs)
	}
	w.waitForText(t, a, "kiosk-pl-pin-pad", "pol", nil, []string{want.enterPIN})
	w.wm(t, "xdotool", "type", "--delay", "150", "1357")
	w.wm(t, "xdotool", "key", "Return")
	if _, ended := a.wait(3 * time.Second); ended {
		t.Fatalf("a wrong PIN ended the kiosk:\n%s", a.logs)
	}
	w.waitForText(t, a, "kiosk-pl-wrong-pin", "pol", nil, []string{want.wrongPIN})
	w.wm(t, "xdotool", "type", "--delay", "150", staffPIN[:1])
	time.Sleep(time.Second)
	w.screenshot(t, "kiosk-pl-pin-pad-one-digit")
	w.wm(t, "xdotool", "type", "--delay", "150", staffPIN[1:])
	w.wm(t, "xdotool", "key", "Return")
	code, ended := a.wait(30 * time.Second)
	if !ended || code != 0 {
		t.Fatalf("the right PIN should end the kiosk with 0: ended %v, exit %d\n%s", ended, code, a.logs)
	}
	if log := w.log(t); !strings.Contains(log, "kiosk: staff exit") {
		t.Errorf("the log does not record the staff exit:\n%s", log)
	}
}

// expectedText is what a reader should see: the tab labels (each must be
// read), the Welcome tab's texts (some of which must be read: tiles and
// topics may scroll out of view) and the PIN pad's prompt.
type expectedText struct {
	labels   []string
	welcome  []string
	enterPIN string
	wrongPIN string // after the first wrong PIN
	selfName string // the language's name in itself, on its header button
}

func (w *wine) expected(t *testing.T, region, lang string) expectedText {
	t.Helper()
	cat, err := session.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	s := session.New(cat, &session.MemoryStore{})
	if err := s.Start(session.Choice{Region: region, Language: lang}, language.Und); err != nil {
		t.Fatal(err)
	}
	loc := s.Localizer()
	e := expectedText{
		enterPIN: loc.T("AdminEnterPIN"),
		wrongPIN: loc.Plural("AdminWrongPIN", kiosk.MaxFailures-1),
		selfName: l10n.SelfName(s.Language()),
	}
	for _, id := range []string{"TabWelcome", "TabDisease", "TabTreatment", "TabProducts", "TabGlossary"} {
		e.labels = append(e.labels, loc.T(id))
	}
	e.labels = append(e.labels, loc.RegionName(region))
	for _, tile := range s.Pack().Tiles() {
		e.welcome = append(e.welcome, tile.Text)
	}
	for _, topic := range s.Pack().Section(content.Welcome) {
		e.welcome = append(e.welcome, topic.Title, firstSentence(topic.Body))
	}
	return e
}

// markup is what Markdown and glossary links add to the words.
var markup = regexp.MustCompile(`\]\([^)]*\)|[*_#\[\]]|\{\{[^}]*\}\}`)

// firstSentence is the first sentence of a topic's first paragraph,
// without its markup.
func firstSentence(body string) string {
	para, _, _ := strings.Cut(strings.TrimSpace(body), "\n\n")
	s := markup.ReplaceAllString(para, "")
	if i := strings.Index(s, ". "); i > 0 {
		s = s[:i+1]
	}
	return s
}

// read reports whether the OCR'd text holds phrase: every word of a short
// phrase, four in five of a longer one (OCR misreads a letter now and then).
func read(ocr map[string]bool, phrase string) bool {
	words := wordsOf(phrase)
	found := 0
	for _, word := range words {
		if ocr[word] {
			found++
		}
	}
	if len(words) <= 3 {
		return found == len(words)
	}
	return found*5 >= len(words)*4
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}]+`)

// wordsOf splits text into words, in lower case and without accents:
// OCR in one language's model may read "België" as "Belgie".
func wordsOf(s string) []string {
	folded, _, _ := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), strings.ToLower(s))
	return wordRE.FindAllString(folded, -1)
}

// waitForText takes screenshots until OCR reads every label and, when
// some are given, at least two of the optional texts (or the one), and
// returns the last screenshot; each is kept in build/wintest/shots.
func (w *wine) waitForText(t *testing.T, a *app, name, lang string, labels, some []string) image.Image {
	t.Helper()
	need := min(2, len(some))
	deadline := time.Now().Add(90 * time.Second)
	for {
		if code, ended := a.wait(0); ended {
			t.Fatalf("the app ended (exit %d) before showing %s:\n%s", code, name, a.logs)
		}
		shot, file := w.screenshot(t, name)
		text := w.ocr(t, file, lang)
		words := map[string]bool{}
		for _, word := range wordsOf(text) {
			words[word] = true
		}
		var missing []string
		for _, l := range labels {
			if !read(words, l) {
				missing = append(missing, l)
			}
		}
		var seen []string
		for _, s := range some {
			if read(words, s) {
				seen = append(seen, s)
			}
		}
		if n := colours(shot); n >= 16 && len(missing) == 0 && len(seen) >= need {
			t.Logf("%s: %s reads %q", name, file, append(labels, seen...))
			return shot
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %s lacks %q and has %d of the texts %q (want %d); OCR read:\n%s\nthe app said:\n%s",
				name, file, missing, len(seen), some, need, text, a.logs)
		}
		time.Sleep(2 * time.Second)
	}
}

// click clicks the first word of text where OCR finds it on the
// screenshot NAME just taken.
func (w *wine) click(t *testing.T, name, lang, text string) {
	t.Helper()
	file := filepath.Join(w.shots, name+".png")
	out, err := exec.Command("tesseract", file, "-", "-l", lang, "tsv").Output()
	if err != nil {
		t.Fatalf("tesseract %s: %v", file, err)
	}
	word := wordsOf(text)[0]
	for _, line := range strings.Split(string(out), "\n") {
		// level page block paragraph line word left top width height conf text
		f := strings.Split(line, "\t")
		if len(f) != 12 || !slices.Equal(wordsOf(f[11]), []string{word}) {
			continue
		}
		var left, top, width, height int
		fmt.Sscan(f[6]+" "+f[7]+" "+f[8]+" "+f[9], &left, &top, &width, &height)
		x, y := left+width/2, top+height/2
		w.wm(t, "xdotool", "mousemove", "--sync", strconv.Itoa(x), strconv.Itoa(y), "click", "1")
		t.Logf("clicked %q at %d,%d", f[11], x, y)
		return
	}
	t.Fatalf("%s: OCR does not find %q to click:\n%s", file, text, out)
}

// colours counts the distinct colours of an image, up to 1000.
func colours(img image.Image) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y && len(seen) < 1000; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, al := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, al}] = true
		}
	}
	return len(seen)
}

// The virtual screen, and the title Wine gives the app's X window.
const (
	screenW, screenH = 1280, 800
	windowTitle      = "Vein Info"
)

// wine is a fresh Wine prefix with the test's DLLs, on a virtual screen
// with a window manager.
type wine struct {
	root    string // the repository
	exe     string
	version string
	out     string // build/wintest
	shots   string
	prefix  string
	env     []string
}

// setUp checks the tools, starts Xvfb and openbox, makes a fresh prefix
// and puts the test's DLLs into it.
func setUp(t *testing.T) *wine {
	t.Helper()
	for _, tool := range []string{"wine", "wineserver", "x86_64-w64-mingw32-gcc", "Xvfb", "openbox", "wmctrl", "xdotool", "import", "tesseract"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed (scripts/deps.sh --windows-test installs it): %v", tool, err)
		}
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	w := &wine{root: root, exe: os.Getenv("VEININFO_WINE_EXE"), version: os.Getenv("VERSION"), out: filepath.Join(root, "build", "wintest")}
	if w.exe == "" || w.version == "" {
		t.Fatal("VEININFO_WINE_EXE and VERSION are not set: run make test-windows, which builds the exe as make package does")
	}
	if _, err := os.Stat(w.exe); err != nil {
		t.Fatal(err)
	}
	w.shots, w.prefix = filepath.Join(w.out, "shots"), filepath.Join(w.out, "prefix")
	for _, dir := range []string{w.shots, w.prefix} {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(w.shots, 0o755); err != nil {
		t.Fatal(err)
	}
	display := startXvfb(t)
	w.env = append(os.Environ(), "DISPLAY="+display, "WINEPREFIX="+w.prefix, "WINEARCH=win64",
		"WINEDEBUG="+orDefault(os.Getenv("WINEDEBUG"), "-all"),
		// Our ProcessPrng and UI Automation DLLs before Wine's; no Mono or
		// Gecko (their installers would ask on screen).
		"WINEDLLOVERRIDES=bcryptprimitives=n;uiautomationcore=n;mscoree,mshtml=",
		// A locale that gives no region: a remembered choice must show.
		"LANG=C.UTF-8", "LC_ALL=")
	w.background(t, "openbox")
	start := time.Now()
	w.must(t, 5*time.Minute, "wine", "wineboot", "--init")
	w.must(t, 5*time.Minute, "wineserver", "-w")
	t.Cleanup(func() { w.command(context.Background(), "wineserver", "-k").Run() })
	w.installShims(t)
	t.Logf("fresh Wine prefix with the test DLLs in %s", time.Since(start).Round(time.Second))
	return w
}

// installShims builds the test's DLLs with MinGW and puts them into the
// prefix's system32: bcryptprimitives.dll, and uiautomationcore.dll
// forwarding to Wine's own, copied beside it as uiacore_wine.dll.
func (w *wine) installShims(t *testing.T) {
	t.Helper()
	sys32 := filepath.Join(w.prefix, "drive_c", "windows", "system32")
	shims := filepath.Join(w.out, "shims")
	if err := os.MkdirAll(shims, 0o755); err != nil {
		t.Fatal(err)
	}
	wineUIA := filepath.Join(sys32, "uiautomationcore.dll")
	exports, err := Exports(wineUIA)
	if err != nil {
		t.Fatal(err)
	}
	def := "LIBRARY uiautomationcore.dll\nEXPORTS\n"
	for _, name := range exports {
		if name != "UiaRaiseStructureChangedEvent" {
			def += fmt.Sprintf("\t%s=uiacore_wine.%s\n", name, name)
		}
	}
	def += "\tUiaRaiseStructureChangedEvent\n"
	if err := os.WriteFile(filepath.Join(shims, "uiautomationcore.def"), []byte(def), 0o644); err != nil {
		t.Fatal(err)
	}
	copyFile(t, wineUIA, filepath.Join(sys32, "uiacore_wine.dll"))
	for _, dll := range []struct{ name, def, lib string }{
		{"bcryptprimitives", filepath.Join("dll", "bcryptprimitives.def"), "-ladvapi32"},
		{"uiautomationcore", filepath.Join(shims, "uiautomationcore.def"), ""},
	} {
		out := filepath.Join(shims, dll.name+".dll")
		args := []string{"-O2", "-shared", "-s", "-o", out, filepath.Join("dll", dll.name+".c"), dll.def}
		if dll.lib != "" {
			args = append(args, dll.lib)
		}
		if b, err := exec.Command("x86_64-w64-mingw32-gcc", args...).CombinedOutput(); err != nil {
			t.Fatalf("building %s.dll: %v\n%s", dll.name, err, b)
		}
		copyFile(t, out, filepath.Join(sys32, dll.name+".dll"))
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func orDefault(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

// linuxBinary builds the Linux program of the same source and version, as
// make package builds it, for the options whose output must match.
func (w *wine) linuxBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(w.out, "veininfo-linux")
	cmd := exec.Command("go", "build", "-tags", "no_emoji,no_animations", "-trimpath", "-ldflags", "-X main.version="+w.version, "-o", bin, ".")
	cmd.Dir = w.root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build (Linux): %v\n%s", err, out)
	}
	return bin
}

func (w *wine) runLinux(t *testing.T, bin string, args ...string) string {
	t.Helper()
	out, err := exec.Command(bin, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", bin, args, err)
	}
	return string(out)
}

func (w *wine) command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = w.env
	cmd.Dir = w.out
	return cmd
}

// must runs a command to its end and fails the test if it fails.
func (w *wine) must(t *testing.T, timeout time.Duration, name string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if out, err := w.command(ctx, name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

// wm runs an X tool (wmctrl, xdotool) on the test's screen.
func (w *wine) wm(t *testing.T, name string, args ...string) {
	t.Helper()
	w.must(t, 30*time.Second, name, args...)
}

func (w *wine) background(t *testing.T, name string, args ...string) {
	t.Helper()
	cmd := w.command(context.Background(), name, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
}

// run runs the exe with args to its end, stdin given, and returns what it
// wrote to standard output (Windows line ends made Unix ones) and its
// exit status.
func (w *wine) run(t *testing.T, stdin string, args ...string) (string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := w.command(ctx, "wine", append([]string{w.exe}, args...)...)
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("wine veininfo.exe %v: %v\n%s", args, err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Logf("wine veininfo.exe %v said on standard error:\n%s", args, stderr.String())
	}
	return strings.ReplaceAll(stdout.String(), "\r\n", "\n"), cmd.ProcessState.ExitCode()
}

// app is the exe running in its window.
type app struct {
	cmd   *exec.Cmd
	logs  *lockedBuffer
	done  chan struct{}
	code  int
	ended bool
}

func (w *wine) start(t *testing.T, args ...string) *app {
	t.Helper()
	a := &app{logs: &lockedBuffer{}, done: make(chan struct{})}
	a.cmd = w.command(context.Background(), "wine", append([]string{w.exe}, args...)...)
	a.cmd.Stdout, a.cmd.Stderr = a.logs, a.logs
	if err := a.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		a.cmd.Wait()
		a.code = a.cmd.ProcessState.ExitCode()
		close(a.done)
	}()
	t.Cleanup(func() {
		if _, ended := a.wait(0); !ended {
			a.cmd.Process.Kill()
			<-a.done
		}
	})
	return a
}

// wait waits up to d for the app to end and returns its exit status.
func (a *app) wait(d time.Duration) (int, bool) {
	select {
	case <-a.done:
		return a.code, true
	default:
	}
	select {
	case <-a.done:
		return a.code, true
	case <-time.After(d):
		return 0, false
	}
}

// geometry is the size of the app's window as the X server has it.
func (w *wine) geometry(t *testing.T) (width, height int) {
	t.Helper()
	out, err := w.command(context.Background(), "xdotool", "search", "--onlyvisible", "--name", "^"+windowTitle+"$", "getwindowgeometry", "--shell").Output()
	if err != nil {
		t.Fatalf("xdotool getwindowgeometry: %v", err)
	}
	for _, line := range strings.Fields(string(out)) {
		fmt.Sscanf(line, "WIDTH=%d", &width)
		fmt.Sscanf(line, "HEIGHT=%d", &height)
	}
	return width, height
}

func (w *wine) waitForWindow(t *testing.T, a *app) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if code, ended := a.wait(0); ended {
			t.Fatalf("the app ended (exit %d) before its window appeared:\n%s", code, a.logs)
		}
		if err := w.command(context.Background(), "xdotool", "search", "--onlyvisible", "--name", "^"+windowTitle+"$").Run(); err == nil {
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("no window %q after 2 minutes; the app said:\n%s", windowTitle, a.logs)
}

// screenshot saves the whole screen as build/wintest/shots/NAME.png.
func (w *wine) screenshot(t *testing.T, name string) (image.Image, string) {
	t.Helper()
	file := filepath.Join(w.shots, name+".png")
	if out, err := w.command(context.Background(), "import", "-window", "root", file).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return img, file
}

// ocr reads the text of a screenshot with Tesseract in lang (deu, pol).
func (w *wine) ocr(t *testing.T, file, lang string) string {
	t.Helper()
	out, err := exec.Command("tesseract", file, "-", "-l", lang).Output()
	if err != nil {
		t.Fatalf("tesseract %s -l %s: %v (scripts/deps.sh --windows-test installs the languages)", file, lang, err)
	}
	return string(out)
}

// log is the app's log file in the prefix, %ProgramData%\veininfo\logs.
func (w *wine) log(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(w.prefix, "drive_c", "ProgramData", "veininfo", "logs", "veininfo.log"))
	if err != nil {
		t.Fatalf("the app's log: %v", err)
	}
	return strings.ReplaceAll(string(data), "\r\n", "\n")
}

// lastStartLine is the newest start-up line of the log, waiting for it a
// little: the window may be up before the log is flushed.
func (w *wine) lastStartLine(t *testing.T) string {
	t.Helper()
	var last string
	sc := bufio.NewScanner(strings.NewReader(w.log(t)))
	for sc.Scan() {
		if strings.Contains(sc.Text(), "veininfo "+w.version+": config ") {
			last = sc.Text()
		}
	}
	if last == "" {
		t.Fatalf("the log has no start-up line:\n%s", w.log(t))
	}
	return last
}

// startXvfb starts a virtual screen on a free display.
func startXvfb(t *testing.T) string {
	t.Helper()
	r, wr, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", fmt.Sprintf("%dx%dx24", screenW, screenH), "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{wr}
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	wr.Close()
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("Xvfb did not report its display: %v", err)
	}
	return ":" + strings.TrimSpace(line)
}

// lockedBuffer collects a process's output while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
