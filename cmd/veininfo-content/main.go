// Command veininfo-content is for the people who maintain veininfo's
// content: it checks a content pack, reports statistics and readability per
// language, and exports one language as a static HTML site or as one PDF
// booklet.
//
//	veininfo-content check [--release] [DIR]
//	veininfo-content check --pack DIR
//	veininfo-content stats [DIR]
//	veininfo-content export-html --lang LL [--region CC] OUT
//	veininfo-content export-pdf --lang LL [--region CC] [--config FILE] OUT
//
// Without DIR it works on the pack built into the app; check --pack checks
// a clinic's content pack on its own, as the app would load it over the
// built-in content. Exit status: 0 when clean, 1 with findings, 2 on usage
// errors.
package main

import (
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"veininfo/internal/audit"
	"veininfo/internal/config"
	"veininfo/internal/export"
	"veininfo/internal/handout"
	"veininfo/internal/session"
)

// version is set at build time with -ldflags "-X main.version=...", as the
// app's is; the booklet's footer names it.
var version = "dev"

const usage = `usage:
  veininfo-content check [--release] [DIR]
                                      find what is broken or missing in a content pack; with
                                      --release also topics without sources, without a clinical
                                      review of their current text, or past their next review
  veininfo-content check --pack DIR   check a clinic's content pack (DIR/<lang>/<section>/*.md,
                                      DIR/<lang>/glossary.toml) as the app loads it, and for
                                      what a kiosk must not show: links, web addresses, HTML,
                                      images, emoji
  veininfo-content stats [DIR]        completeness, review dates and readability per language
  veininfo-content export-html --lang LL [--region CC] OUT
                                      write one language as a static HTML site into OUT, with
                                      a page per topic, <section>/<topic>.html (handout_url)
  veininfo-content export-pdf --lang LL [--region CC] [--config FILE] OUT
                                      write one language as a PDF booklet OUT: every tab's
                                      topics in order, then the glossary; Letter paper for US
                                      and CA, else A4; clinic_name, clinic_contact and
                                      urgent_help_note from FILE
Without DIR, the pack built into veininfo is used.
`

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "check":
		return check(args[1:], stdout, stderr)
	case "stats":
		return stats(args[1:], stdout, stderr)
	case "export-html":
		return exportHTML(args[1:], stdout, stderr)
	case "export-pdf":
		return exportPDF(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "veininfo-content: unknown command %q\n%s", args[0], usage)
	return 2
}

// pack opens the folder named by args, or the embedded pack.
func pack(args []string, stderr io.Writer) (audit.Pack, bool) {
	switch len(args) {
	case 0:
		return audit.Embedded(), true
	case 1:
		p, err := audit.Dir(args[0])
		if err != nil {
			fmt.Fprintln(stderr, "veininfo-content:", err)
			return p, false
		}
		return p, true
	}
	fmt.Fprint(stderr, usage)
	return audit.Pack{}, false
}

func check(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	release := fs.Bool("release", false, "also fail on topics without sources, without a clinical review, or past their next review")
	clinic := fs.String("pack", "", "check this clinic content pack folder on its own")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *clinic != "" {
		if *release || fs.NArg() > 0 {
			fmt.Fprint(stderr, usage)
			return 2
		}
		return checkClinic(*clinic, stdout, stderr)
	}
	p, ok := pack(fs.Args(), stderr)
	if !ok {
		return 2
	}
	findings := audit.Check(p)
	if *release {
		findings = audit.CheckRelease(p, time.Now())
	}
	for _, f := range findings {
		fmt.Fprintln(stdout, f)
	}
	if len(findings) == 0 {
		fmt.Fprintf(stderr, "%s: no findings\n", p.Name)
		return 0
	}
	fmt.Fprintf(stderr, "%d findings in %s\n", len(findings), p.Name)
	if *release {
		writeReleaseSummary(stderr, findings)
	}
	return 1
}

// checkClinic checks a clinic's pack: the findings on stdout, one a
// line, and on stderr whether the app would use the pack.
func checkClinic(dir string, stdout, stderr io.Writer) int {
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		fmt.Fprintf(stderr, "veininfo-content: %s is not a folder: give the content pack's folder, the one that holds a folder per language (DIR/<lang>/<section>/*.md)\n", dir)
		return 2
	}
	r := audit.CheckClinic(dir)
	for _, f := range r.Findings {
		fmt.Fprintln(stdout, f)
	}
	fmt.Fprintln(stderr, r.Pack.Summary())
	if len(r.Findings) == 0 {
		fmt.Fprintf(stderr, "%s: no findings\n", dir)
		return 0
	}
	fmt.Fprintf(stderr, "%d findings in %s\n", len(r.Findings), dir)
	return 1
}

// writeReleaseSummary says in one line per kind what stops a release, so
// that "not clinically reviewed" is not lost in a long list.
func writeReleaseSummary(w io.Writer, findings []audit.Finding) {
	kinds := map[string]int{}
	other := 0
	for _, f := range findings {
		_, kind, ok := strings.Cut(f.Text, ": release: ")
		if !ok {
			other++
			continue
		}
		kind, _, _ = strings.Cut(kind, " (")
		if strings.HasPrefix(kind, "changed on") {
			kind = "changed after its clinical review"
		} else if strings.HasPrefix(kind, "overdue") {
			kind = "overdue for review"
		}
		kinds[kind]++
	}
	fmt.Fprintln(w, "not ready for release:")
	for _, kind := range slices.Sorted(maps.Keys(kinds)) {
		fmt.Fprintf(w, "  %d topic texts: %s\n", kinds[kind], kind)
	}
	if other > 0 {
		fmt.Fprintf(w, "  %d other findings (see above)\n", other)
	}
}

func stats(args []string, stdout, stderr io.Writer) int {
	p, ok := pack(args, stderr)
	if !ok {
		return 2
	}
	s, findings := audit.Stats(p, time.Now())
	audit.WriteStats(stdout, s)
	for _, f := range findings {
		fmt.Fprintln(stderr, f)
	}
	if len(findings) > 0 {
		return 1
	}
	return 0
}

func exportHTML(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export-html", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "", "the language to export, such as de-CH")
	region := fs.String("region", "", "show only the products approved in this region (default: the first region offering the language)")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 || *lang == "" {
		fmt.Fprint(stderr, usage)
		return 2
	}
	sess, code := startSession(*lang, *region, stderr)
	if sess == nil {
		return code
	}
	site := export.Site{Loc: sess.Localizer(), Pack: sess.Pack(), Products: sess.Products(),
		Region: sess.Localizer().RegionName(sess.Region().Code), Emergency: sess.EmergencyNumber()}
	if err := export.Write(site, fs.Arg(0)); err != nil {
		fmt.Fprintln(stderr, "veininfo-content:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s (%s, %s)\n", fs.Arg(0), sess.Language(), sess.Region().Code)
	return 0
}

// startSession is the reader's session in a language and region, as the
// app would show them; nil and the exit status when they are not offered.
func startSession(lang, region string, stderr io.Writer) (*session.Session, int) {
	c, err := session.LoadEmbedded()
	if err != nil {
		fmt.Fprintln(stderr, "veininfo-content:", err)
		return nil, 1
	}
	sess := session.New(c, nil)
	if err := sess.Start(session.Choice{Region: region, Language: lang}, language.Und); err != nil {
		fmt.Fprintln(stderr, "veininfo-content:", err)
		return nil, 2
	}
	return sess, 0
}

func exportPDF(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export-pdf", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "", "the language to export, such as pl")
	region := fs.String("region", "", "the region: its products, emergency number and paper (default: the first region offering the language)")
	configFile := fs.String("config", "", "take clinic_name, clinic_contact and urgent_help_note from this configuration file")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 || *lang == "" {
		fmt.Fprint(stderr, usage)
		return 2
	}
	clinic, ok := clinicFrom(*configFile, stderr)
	if !ok {
		return 2
	}
	sess, code := startSession(*lang, *region, stderr)
	if sess == nil {
		return code
	}
	r := handout.Reader{Loc: sess.Localizer(), Pack: sess.Pack(), Region: sess.Region().Code,
		Emergency: sess.EmergencyNumber(), Clinic: clinic, Version: version}
	if err := writePDF(fs.Arg(0), handout.Booklet(r, sess.Products())); err != nil {
		fmt.Fprintln(stderr, "veininfo-content:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s (%s, %s, %s)\n", fs.Arg(0), sess.Language(), sess.Region().Code, handout.Paper(sess.Region().Code))
	return 0
}

// clinicFrom reads the clinic's name, contact and urgent-help note from a
// configuration file; a problem with any key of it is reported and stops
// the export, since the booklet is printed for the clinic.
func clinicFrom(file string, stderr io.Writer) (handout.Clinic, bool) {
	if file == "" {
		return handout.Clinic{}, true
	}
	c, problems := config.Load(file, true, "")
	for _, p := range problems {
		fmt.Fprintln(stderr, "veininfo-content:", p)
	}
	for _, p := range problems {
		if !p.Warning {
			return handout.Clinic{}, false
		}
	}
	return handout.ClinicOf(c), true
}

func writePDF(name string, h handout.Handout) error {
	data, err := h.PDF()
	if err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}
