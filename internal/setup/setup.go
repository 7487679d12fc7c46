// Package setup owns what an installation starts with: the clinic's
// configuration file (read so that a broken file never lowers the
// protection), the clinic's content pack, the decision for kiosk or laptop
// mode, and the report of all of it that --check, the log and the staff
// panel give.
package setup

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"veininfo/internal/config"
	"veininfo/internal/content"
	"veininfo/internal/session"
)

// Options are what the command line says about the set-up.
type Options struct {
	ConfigPath string // "" for the system file
	ContentDir string // overrides content_dir
	Kiosk      bool   // --kiosk
	LastGood   string // where the last good copy of the configuration is kept; "" for none
}

// Setup is the set-up in force.
type Setup struct {
	Config   config.Config
	Problems []config.Problem
	Kiosk    bool   // kiosk mode, decided by KioskReason
	Reason   string // why kiosk mode is on or off, for IT
	Pack     Pack
	Session  *session.Session
}

// Load reads the configuration and the content pack and builds the
// session over the built-in catalogues. It never fails: every problem is
// in Problems or Pack.Errors, and the app runs on what is good.
func Load(o Options) *Setup {
	path, asked := o.ConfigPath, o.ConfigPath != ""
	if !asked {
		path = config.DefaultPath()
	}
	s := &Setup{}
	s.Config, s.Problems = config.Load(path, asked, o.LastGood)
	if o.ContentDir != "" {
		s.Config.ContentDir = o.ContentDir
	}
	s.Kiosk, s.Reason = decide(o.Kiosk, s.Config)
	var more []config.Problem
	s.Session, s.Pack, more = newSession(s.Config)
	s.Problems = append(s.Problems, more...)
	return s
}

// decide turns kiosk mode on when the command line or the file asks for
// it, or when the file is there but could not be read in full (config.Load
// has then already set Kiosk).
func decide(flag bool, c config.Config) (bool, string) {
	switch {
	case flag:
		return true, "--kiosk on the command line"
	case c.FailedClosed:
		return true, c.Path + " could not be read in full, so kiosk mode is on (the safe choice)"
	case c.Kiosk:
		return true, "kiosk = true in " + c.Path
	case c.Path != "":
		return false, "kiosk = false (or not set) in " + c.Path
	}
	return false, "no configuration file, no --kiosk"
}

func hasErrors(problems []config.Problem) bool {
	for _, p := range problems {
		if !p.Warning {
			return true
		}
	}
	return false
}

// LastGoodPath is where this user's last good copy of the configuration is
// kept, or "" when the user has no configuration folder.
func LastGoodPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "veininfo", "last-good-config.toml")
}

// OK reports whether nothing is wrong: no configuration error (warnings
// such as an unknown key do not count) and no rejected content pack.
func (s *Setup) OK() bool { return !hasErrors(s.Problems) && len(s.Pack.Errors) == 0 }

// ProblemLines are the configuration and pack problems, one a line, each
// naming file and line.
func (s *Setup) ProblemLines() []string {
	var lines []string
	for _, p := range s.Problems {
		lines = append(lines, p.Error())
	}
	return append(lines, s.Pack.Errors...)
}

// StartLine is the one line the log gets at start-up.
func (s *Setup) StartLine(version string) string {
	path := s.Config.Path
	if path == "" {
		path = "none"
	}
	return fmt.Sprintf("veininfo %s: config %s; kiosk %s (%s); region %s, language %s; %s; %d problem(s)",
		version, path, onOff(s.Kiosk), s.Reason, s.Session.Region().Code, s.Session.Language(), s.Pack.Summary(), len(s.ProblemLines()))
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// Settings are the settings in force as key and value, for --check and
// the staff panel.
func (s *Setup) Settings() [][2]string {
	settings := [][2]string{{"kiosk", onOff(s.Kiosk) + " (" + s.Reason + ")"}}
	for _, kv := range s.Config.InForce() {
		if kv[0] != "kiosk" {
			settings = append(settings, kv)
		}
	}
	return append(settings, [2]string{"content pack", s.Pack.Summary()})
}

// Report writes what --check prints: the settings in force, the content
// pack, and every problem with its file and line.
func (s *Setup) Report(w interface{ Write([]byte) (int, error) }, version string) {
	fmt.Fprintf(w, "veininfo %s\n", version)
	width := 0
	for _, kv := range s.Settings() {
		width = max(width, len(kv[0]))
	}
	for _, kv := range s.Settings() {
		fmt.Fprintf(w, "  %-*s  %s\n", width, kv[0], kv[1])
	}
	lines := s.ProblemLines()
	if len(lines) == 0 {
		fmt.Fprintln(w, "no problems")
		return
	}
	fmt.Fprintf(w, "%d problem(s):\n", len(lines))
	for _, l := range lines {
		fmt.Fprintln(w, "  "+l)
	}
}

// newSession builds the session over the built-in catalogues, limited to
// the configuration's allowed regions, with the clinic's pack over them
// when it has no errors.
func newSession(c config.Config) (*session.Session, Pack, []config.Problem) {
	cat, err := session.LoadEmbedded()
	if err != nil {
		fmt.Fprintln(os.Stderr, "veininfo:", err)
	}
	pack := Pack{Dir: c.ContentDir}
	if c.ContentDir != "" {
		var lib *content.Library
		lib, pack = LoadPack(c.ContentDir)
		if lib != nil {
			cat.Content.Overlay(lib)
		}
	}
	all := cat.Regions
	regs, unknown := all.Only(c.AllowedRegions)
	if len(unknown) > 0 {
		return session.New(cat, nil), pack, []config.Problem{allowedProblem(c, fmt.Sprintf("unknown region(s) %s", strings.Join(unknown, ", ")))}
	}
	cat.Regions = regs
	sess := session.New(cat, nil)
	if len(sess.Regions()) == 0 {
		cat.Regions = all
		return session.New(cat, nil), pack, []config.Problem{allowedProblem(c, "none of these regions has a complete language")}
	}
	return sess, pack, nil
}

func allowedProblem(c config.Config, why string) config.Problem {
	return config.Problem{File: c.Path, Line: c.Lines["allowed_regions"], Key: "allowed_regions", Message: why + "; allowing every region"}
}

// StartChoice is where the first patient starts: the command line's
// choice, else the configuration's region and language when the session
// offers them, else nothing (the session then matches the system locale).
func (s *Setup) StartChoice(flags session.Choice) session.Choice {
	if flags != (session.Choice{}) {
		return flags
	}
	c := s.Config
	fromConfig := session.Choice{Region: c.Region, Language: c.Language}
	if fromConfig == (session.Choice{}) {
		return fromConfig
	}
	if err := s.Session.Check(fromConfig); err != nil {
		line := c.Lines["region"]
		if c.Region == "" {
			line = c.Lines["language"]
		}
		s.Problems = append(s.Problems, config.Problem{File: c.Path, Line: line, Key: "region",
			Message: err.Error() + "; starting in " + s.Session.Regions()[0].Code})
		return session.Choice{Region: s.Session.Regions()[0].Code}
	}
	return fromConfig
}
