// Command veininfo is the patient-information app about deep venous
// obstruction and its treatment. main parses flags, reads the clinic's
// configuration, loads the embedded catalogues, wires the session to the
// window and starts the app, in laptop or kiosk mode.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"veininfo/assets"
	"veininfo/internal/config"
	"veininfo/internal/content"
	"veininfo/internal/kiosk"
	"veininfo/internal/l10n"
	"veininfo/internal/session"
	"veininfo/internal/settings"
	"veininfo/ui"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

const appID = "org.veininfo.app"

// windowSize suits the 1280x800 screens of waiting rooms and laptops.
var windowSize = fyne.NewSize(1280, 800)

type options struct {
	choice      session.Choice
	configPath  string
	contentDir  string
	kiosk       bool
	version     bool
	listRegions bool
	hashPIN     bool
}

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, err := parseFlags(args, stderr)
	if err != nil {
		return 2
	}
	switch {
	case opts.version:
		fmt.Fprintln(stdout, "veininfo", version)
		return 0
	case opts.hashPIN:
		return hashPIN(stdin, stdout, stderr)
	}
	cfg, problems := loadConfig(opts)
	if opts.contentDir != "" {
		cfg.ContentDir = opts.contentDir
	}
	sess, packRejected, problems := newSession(cfg, problems)
	if opts.listRegions {
		listRegions(stdout, sess)
		return 0
	}
	if err := sess.Check(opts.choice); err != nil {
		fmt.Fprintln(stderr, "veininfo:", err)
		return 2
	}
	start, problems := startChoice(sess, opts.choice, cfg, problems)
	for _, p := range problems {
		fmt.Fprintln(stderr, "veininfo:", p)
	}
	runApp(sess, start, cfg, opts.kiosk || cfg.Kiosk, packRejected, problems)
	return 0
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("veininfo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.choice.Region, "region", "", "start in this region (a country code such as DE; see --list-regions)")
	fs.StringVar(&o.choice.Language, "lang", "", "start in this language (such as de-CH; it must be offered by the region)")
	fs.StringVar(&o.configPath, "config", "", "read the configuration from this file instead of "+config.DefaultPath())
	fs.StringVar(&o.contentDir, "content", "", "lay the clinic's content pack in this folder over the built-in content")
	fs.BoolVar(&o.kiosk, "kiosk", false, "run in kiosk mode: full screen, idle reset, leaving needs the staff PIN")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.BoolVar(&o.listRegions, "list-regions", false, "print every region's code, name and languages, and exit")
	fs.BoolVar(&o.hashPIN, "hash-pin", false, "read a PIN on standard input and print its hash for admin_pin_hash")
	err := fs.Parse(args)
	if err == nil && fs.NArg() > 0 {
		err = fmt.Errorf("unexpected argument %q", fs.Arg(0))
		fmt.Fprintln(stderr, "veininfo:", err)
	}
	return o, err
}

func loadConfig(opts options) (config.Config, []string) {
	path := opts.configPath
	if path == "" {
		path = config.DefaultPath()
	}
	cfg, problems := config.Load(path, opts.configPath != "")
	var lines []string
	for _, p := range problems {
		lines = append(lines, p.Error())
	}
	return cfg, lines
}

// newSession loads the embedded catalogues, limited to the configuration's
// allowed regions, with the clinic's content pack over them. A broken part
// is reported and left out; the app runs on the rest. packRejected tells
// that a clinic pack was given but had errors, and so was not used at all.
func newSession(cfg config.Config, problems []string) (sess *session.Session, packRejected bool, _ []string) {
	c, err := session.LoadEmbedded()
	if err != nil {
		log.Print(err)
	}
	if cfg.ContentDir != "" {
		packProblems := overlayClinicPack(c, cfg.ContentDir)
		packRejected = len(packProblems) > 0
		problems = append(problems, packProblems...)
	}
	regs, unknown := c.Regions.Only(cfg.AllowedRegions)
	if len(unknown) > 0 || len(regs.All()) == 0 {
		problems = append(problems, fmt.Sprintf("%s: allowed_regions: unknown or no regions %v; allowing every region", cfg.Path, unknown))
	} else {
		c.Regions = regs
	}
	return session.New(c, nil), packRejected, problems
}

// overlayClinicPack lays the pack in dir over the built-in content, all of
// it or, when any file has an error, none of it.
func overlayClinicPack(c session.Catalogues, dir string) []string {
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return []string{fmt.Sprintf("%s: content pack not used: not a readable folder", dir)}
	}
	clinic, err := content.LoadClinicPack(os.DirFS(dir), assets.ContentDir)
	if err != nil {
		var problems []string
		for _, line := range strings.Split(err.Error(), "\n") {
			problems = append(problems, filepath.Join(dir, line)+" (content pack not used)")
		}
		return problems
	}
	c.Content.Overlay(clinic)
	return nil
}

// startChoice is the command line's choice, else the configuration's
// default region and language when they are valid.
func startChoice(sess *session.Session, flags session.Choice, cfg config.Config, problems []string) (session.Choice, []string) {
	if flags != (session.Choice{}) {
		return flags, problems
	}
	fromConfig := session.Choice{Region: cfg.Region, Language: cfg.Language}
	if err := sess.Check(fromConfig); fromConfig != (session.Choice{}) && err != nil {
		return session.Choice{}, append(problems, fmt.Sprintf("%s: region/language: %v; using the defaults", cfg.Path, err))
	}
	return fromConfig, problems
}

func runApp(sess *session.Session, start session.Choice, cfg config.Config, kioskMode, packRejected bool, problems []string) {
	a := app.NewWithID(appID)
	if kioskMode {
		sess.UseStore(&session.MemoryStore{}) // never remember a patient's choice
	} else {
		sess.UseStore(settings.New(a.Preferences()))
	}
	locale, _ := l10n.SystemLocale(os.Getenv)
	if err := sess.Start(start, locale); err != nil {
		log.Print(err)
	}
	w := a.NewWindow("")
	w.SetIcon(fyne.NewStaticResource("icon.png", mustRead(assets.IconFile)))
	shell := ui.NewShell(w, sess)
	shell.SetStartTextSize(cfg.TextSize)
	w.Resize(windowSize)
	if kioskMode {
		startKiosk(a, w, shell, sess, cfg, problems)
	} else if packRejected {
		shell.ShowNotice("ContentPackRejected")
	}
	// Start-up (parsing every language, building the first tab, loading
	// fonts) leaves garbage behind; once the window is up, collect it and
	// give the memory back to the system at once rather than letting the
	// runtime return it bit by bit in the background.
	a.Lifecycle().SetOnStarted(func() {
		time.AfterFunc(3*time.Second, debug.FreeOSMemory)
	})
	w.ShowAndRun()
}

func startKiosk(a fyne.App, w fyne.Window, shell *ui.Shell, sess *session.Session, cfg config.Config, problems []string) {
	w.SetFullScreen(true)
	a.Driver().SetDisableScreenBlanking(true)
	k := ui.NewKiosk(w, shell, ui.KioskOptions{
		IdleTimeout: cfg.IdleTimeout,
		Warning:     cfg.Warning,
		Attract:     cfg.AttractScreen,
		Keyboard:    cfg.TouchKeyboard,
		Gate:        kiosk.NewGate(cfg.AdminPINHash),
		Info:        ui.AdminInfo{Version: version, Content: sess.Pack().LastReviewed(), ConfigPath: cfg.Path, Problems: problems},
		Quit:        a.Quit,
	})
	k.Run()
}

// hashPIN reads one line from stdin and prints the hash of the PIN on it.
func hashPIN(stdin io.Reader, stdout, stderr io.Writer) int {
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && err != io.EOF {
		fmt.Fprintln(stderr, "veininfo:", err)
		return 2
	}
	hash, err := kiosk.HashPIN(strings.TrimSpace(line))
	if err != nil {
		fmt.Fprintln(stderr, "veininfo:", err)
		return 2
	}
	fmt.Fprintln(stdout, hash)
	return 0
}

// listRegions prints one region a line: code, English name, languages.
func listRegions(w io.Writer, sess *session.Session) {
	loc := sess.LocalizerFor(l10n.English)
	for _, r := range sess.Regions() {
		tags := make([]string, len(r.Languages))
		for i, t := range r.Languages {
			tags[i] = t.String()
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", r.Code, loc.RegionName(r.Code), strings.Join(tags, " "))
	}
}

func mustRead(name string) []byte {
	data, err := assets.FS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return data
}
