// Command veininfo is the patient-information app about deep venous
// obstruction and its treatment. main parses flags, reads the clinic's
// set-up, wires the session to the window and starts the app, in laptop or
// kiosk mode.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"veininfo/assets"
	"veininfo/internal/config"
	"veininfo/internal/content"
	"veininfo/internal/display"
	"veininfo/internal/handout"
	"veininfo/internal/kiosk"
	"veininfo/internal/l10n"
	"veininfo/internal/logs"
	"veininfo/internal/session"
	"veininfo/internal/settings"
	"veininfo/internal/setup"
	"veininfo/ui"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

const appID = "org.veininfo.app"

// windowSize suits the 1280x800 screens of waiting rooms and laptops.
var windowSize = fyne.NewSize(1280, 800)

// stopWithin is how long a SIGTERM or SIGINT may take to end the app.
const stopWithin = 2 * time.Second

// forceStopAfter is when a stop that Fyne has not finished is forced:
// early enough to stay within stopWithin on a busy machine.
const forceStopAfter = time.Second

type options struct {
	choice      session.Choice
	setup       setup.Options
	version     bool
	listRegions bool
	hashPIN     bool
	check       bool
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
	case opts.listRegions:
		listRegions(stdout)
		return 0
	}
	if opts.check {
		st := setup.Load(opts.setup)
		st.StartChoice(opts.choice)
		st.Report(stdout, version)
		if !st.OK() {
			return 1
		}
		return 0
	}
	// The graphics driver's start (GLFW and OpenGL, about 110 ms here) is
	// the longest step before the first frame: the configuration and the
	// content are read meanwhile. Nothing is shown before both are done.
	loaded := make(chan *setup.Setup, 1)
	go func() { loaded <- setup.Load(opts.setup) }()
	var g *gui
	if display.Check(os.Getenv) == nil {
		g = startGUI()
		defer g.stopProfile()
	}
	st := <-loaded
	if err := st.Session.Check(opts.choice); err != nil {
		fmt.Fprintln(stderr, "veininfo:", err)
		return 2
	}
	if err := display.Check(os.Getenv); err != nil {
		fmt.Fprintln(stderr, "veininfo:", err)
		return 1
	}
	runApp(g, st, st.StartChoice(opts.choice))
	return 0
}

// gui is the app and its window, made before the configuration is known.
type gui struct {
	app         fyne.App
	win         fyne.Window
	fonts       chan struct{} // closed once Fyne's fonts are read
	logFile     string
	stopProfile func()
}

// startGUI starts the log, the app and its window (not yet shown), and reads
// Fyne's fonts beside them.
func startGUI() *gui {
	defer noWindow()
	g := &gui{logFile: logs.Start(), stopProfile: profile()}
	g.app = app.NewWithID(appID)
	// Fyne reads its fonts the first time it measures text; that is done
	// here while the window is created, which measures none.
	g.fonts = make(chan struct{})
	go func() {
		defer close(g.fonts)
		ui.PreloadFonts()
	}()
	g.win = g.app.NewWindow("")
	g.win.SetIcon(fyne.NewStaticResource("icon-128.png", mustRead(assets.WindowIconFile)))
	return g
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("veininfo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.choice.Region, "region", "", "start in this region (a country code such as DE; see --list-regions)")
	fs.StringVar(&o.choice.Language, "lang", "", "start in this language (such as de-CH; it must be offered by the region)")
	fs.StringVar(&o.setup.ConfigPath, "config", "", "read the configuration from this file instead of "+config.DefaultPath())
	fs.StringVar(&o.setup.ContentDir, "content", "", "lay the clinic's content pack in this folder over the built-in content")
	fs.BoolVar(&o.setup.Kiosk, "kiosk", false, "run in kiosk mode: full screen, idle reset, leaving needs the staff PIN")
	fs.BoolVar(&o.check, "check", false, "print the settings in force and every problem with the configuration and content pack, then exit 0 (none) or 1; needs no display")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.BoolVar(&o.listRegions, "list-regions", false, "print every region's code, name and languages, and exit")
	fs.BoolVar(&o.hashPIN, "hash-pin", false, "read a PIN on standard input and print its hash for admin_pin_hash")
	err := fs.Parse(args)
	if err == nil && fs.NArg() > 0 {
		err = fmt.Errorf("unexpected argument %q", fs.Arg(0))
		fmt.Fprintln(stderr, "veininfo:", err)
	}
	o.setup.LastGood = setup.LastGoodPath()
	return o, err
}

// preloadAfter is how long after the window is up the languages it does
// not show are read.
const preloadAfter = time.Second

func runApp(g *gui, st *setup.Setup, start session.Choice) {
	a, w := g.app, g.win
	sess := st.Session
	if st.Kiosk {
		sess.UseStore(&session.MemoryStore{}) // never remember a patient's choice
	} else {
		sess.UseStore(settings.New(a.Preferences()))
	}
	locale, _ := l10n.SystemLocale(os.Getenv)
	if err := sess.Start(start, locale); err != nil {
		log.Print(err)
	}
	log.Print(st.StartLine(version))
	for _, p := range st.ProblemLines() {
		log.Print("veininfo: ", p)
	}
	<-g.fonts
	info := adminInfo(st, g.logFile)
	// Everything the configuration sets is given to the shell before it is
	// first built, so that the first frame waits for one build only.
	var k *ui.Kiosk
	ui.NewShell(w, sess, func(shell *ui.Shell) {
		shell.SetStartTextSize(st.Config.TextSize)
		if len(st.Config.UrgentHelpNote) > 0 {
			shell.SetUrgentHelpNote(st.Config.UrgentHelpNote)
		}
		shell.SetHandouts(ui.HandoutOptions{Printing: st.Config.Printing, Printer: handout.NewPrinter(st.Config.Printer),
			URL: st.Config.HandoutURL, Clinic: handout.ClinicOf(st.Config), Version: version})
		if st.Kiosk {
			k = newKiosk(a, w, shell, st, info)
		} else {
			shell.EnableStaffPanel(info)
			if len(st.Pack.Errors) > 0 {
				shell.ShowNotice("ContentPackRejected")
			}
		}
	})
	w.Resize(windowSize)
	if k != nil {
		stop := make(chan struct{})
		a.Lifecycle().SetOnStopped(func() { close(stop) })
		k.Run(stop)
	}
	stopOnSignal(a)
	// The first frame waits only for the languages it shows; the others
	// are read off the UI goroutine a second after the window is up, once
	// its first frame is drawn (started comes before it, and on a
	// two-core machine reading them at once would slow the drawing down);
	// a language asked for before then is read when it is asked for.
	// Start-up (reading the languages, building the first tab, loading
	// fonts) leaves garbage behind; once the window is up, collect it and
	// give the memory back to the system at once rather than letting the
	// runtime return it bit by bit in the background.
	a.Lifecycle().SetOnStarted(func() {
		time.AfterFunc(preloadAfter, func() {
			for sess.Preload() {
			}
		})
		time.AfterFunc(3*time.Second, debug.FreeOSMemory)
	})
	defer noWindow()
	w.ShowAndRun()
	log.Print("veininfo: stopped")
}

// noWindow turns the graphics driver's panic when it cannot open a window
// (no usable display, no OpenGL) into one line and exit status 1.
func noWindow() {
	r := recover()
	if r == nil {
		return
	}
	if msg := fmt.Sprint(r); strings.Contains(msg, "GLFW") || strings.Contains(msg, "OpenGL") {
		log.Printf("veininfo: cannot open a window: the graphics driver did not start (%s); check the display and OpenGL 2.1 support", msg)
		os.Exit(1)
	}
	panic(r)
}

// stopOnSignal ends the app on SIGTERM or SIGINT: through Fyne, so the
// screen is given back, and for certain within stopWithin.
func stopOnSignal(a fyne.App) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		sig := <-signals
		log.Printf("veininfo: stopping on %v", sig)
		pprof.StopCPUProfile()
		time.AfterFunc(forceStopAfter, func() {
			log.Print("veininfo: stopped without waiting for the window")
			os.Exit(0)
		})
		fyne.Do(a.Quit)
	}()
}

func newKiosk(a fyne.App, w fyne.Window, shell *ui.Shell, st *setup.Setup, info ui.AdminInfo) *ui.Kiosk {
	w.SetFullScreen(true)
	a.Driver().SetDisableScreenBlanking(true)
	return ui.NewKiosk(w, shell, ui.KioskOptions{
		IdleTimeout: st.Config.IdleTimeout,
		Warning:     st.Config.Warning,
		Attract:     st.Config.AttractScreen,
		Keyboard:    st.Config.TouchKeyboard,
		Gate:        kiosk.NewGate(st.Config.AdminPINHash, st.Config.BadPINHash),
		Info:        info,
		Quit:        a.Quit,
	})
}

// adminInfo is what the staff panel says of this installation: version,
// content, review status, the settings in force and every problem.
func adminInfo(st *setup.Setup, logFile string) ui.AdminInfo {
	pack := st.Session.Pack()
	status := pack.Statuses(time.Now())
	return ui.AdminInfo{
		Version: version, Content: pack.LastUpdated(), ConfigPath: st.Config.Path, Problems: st.ProblemLines(),
		Unreviewed: status[content.StatusUnreviewed] + status[content.StatusChanged],
		Overdue:    status[content.StatusOverdue],
		Settings:   st.Settings(),
		LogFile:    logFile,
	}
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

// listRegions prints every region the app knows, one a line: code,
// English name, languages. The configuration's allowed_regions does not
// limit it (--check shows what a machine allows).
func listRegions(w io.Writer) {
	c, err := session.LoadEmbedded()
	if err != nil {
		log.Print(err)
	}
	sess := session.New(c, nil)
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

// profile writes a CPU profile of the whole run to the file named by
// VEININFO_CPUPROFILE, for finding where a screen spends its time (see
// docs/performance.md); it returns what stops it.
func profile() func() {
	name := os.Getenv("VEININFO_CPUPROFILE")
	if name == "" {
		return func() {}
	}
	f, err := os.Create(name)
	if err != nil {
		log.Printf("veininfo: VEININFO_CPUPROFILE: %v", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		log.Printf("veininfo: VEININFO_CPUPROFILE: %v", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}
