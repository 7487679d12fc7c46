// Command veininfo is the patient-information app about deep venous
// obstruction and its treatment. main parses flags, loads the embedded
// catalogues, wires the session to the window and starts the app.
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"veininfo/assets"
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
	version     bool
	listRegions bool
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	opts, err := parseFlags(args, stderr)
	if err != nil {
		return 2
	}
	if opts.version {
		fmt.Fprintln(stdout, "veininfo", version)
		return 0
	}
	sess := newSession()
	if opts.listRegions {
		listRegions(stdout, sess)
		return 0
	}
	if err := sess.Check(opts.choice); err != nil {
		fmt.Fprintln(stderr, "veininfo:", err)
		return 2
	}
	a := app.NewWithID(appID)
	a.Settings().SetTheme(ui.Theme())
	sess.UseStore(settings.New(a.Preferences()))
	locale, _ := l10n.SystemLocale(os.Getenv)
	if err := sess.Start(opts.choice, locale); err != nil {
		fmt.Fprintln(stderr, "veininfo:", err)
		return 2
	}
	w := a.NewWindow("")
	w.SetIcon(fyne.NewStaticResource("icon.png", mustRead(assets.IconFile)))
	ui.NewShell(w, sess)
	w.Resize(windowSize)
	w.ShowAndRun()
	return 0
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("veininfo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.choice.Region, "region", "", "start in this region (a country code such as DE; see --list-regions)")
	fs.StringVar(&o.choice.Language, "lang", "", "start in this language (such as de-CH; it must be offered by the region)")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.BoolVar(&o.listRegions, "list-regions", false, "print every region's code, name and languages, and exit")
	err := fs.Parse(args)
	if err == nil && fs.NArg() > 0 {
		err = fmt.Errorf("unexpected argument %q", fs.Arg(0))
		fmt.Fprintln(stderr, "veininfo:", err)
	}
	return o, err
}

// newSession loads the embedded catalogues. A broken part is logged and
// left out; the app runs on the rest.
func newSession() *session.Session {
	c, err := session.LoadEmbedded()
	if err != nil {
		log.Print(err)
	}
	return session.New(c, nil)
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
