// Package config owns the system-wide configuration that clinic IT rolls
// out (/etc/veininfo/config.toml): kiosk mode, default region and language,
// allowed regions, idle timing, the attract screen, the admin PIN hash and
// the default text size. A bad value falls back to its default alone and is
// reported with file, line and key; nothing else is lost.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/encoding/unicode"
)

// MaxSize is the largest configuration file read; a bigger one is refused
// rather than read into memory.
const MaxSize = 1 << 20

// Config is the configuration in force.
type Config struct {
	Kiosk          bool
	Region         string   // default region code, "" for none
	Language       string   // default language tag, "" for the region's
	AllowedRegions []string // empty: every region
	IdleTimeout    time.Duration
	Warning        time.Duration
	AttractScreen  bool
	TouchKeyboard  bool // kiosk: an on-screen keyboard for the search fields
	AdminPINHash   string
	BadPINHash     bool   // admin_pin_hash is set but cannot be used: staff must be told, not shown "no PIN"
	FailedClosed   bool   // kiosk mode is on because the file could not be read in full
	TextSize       int    // percent of the normal size
	ContentDir     string // a clinic's content pack folder, "" for none
	// UrgentHelpNote is the clinic's own line under the emergency number,
	// by language tag; the key "" is for every language.
	UrgentHelpNote map[string]string
	// The clinic on a handout: its name (also in the footer) and how to
	// reach it, which may run over a few lines.
	ClinicName    string
	ClinicContact string
	Printer       string // the printer handouts go to, "" for the system's default
	Printing      bool   // whether Print is offered at all
	// HandoutURL is the template of a topic's page on the clinic's copy of
	// the HTML site, for the QR code: "" for no QR code.
	HandoutURL string
	Path       string         // where it was read from, "" for defaults only
	Lines      map[string]int // the line that sets each key, for problems found later
}

// Default is the configuration without a file.
func Default() Config {
	return Config{
		IdleTimeout:   90 * time.Second,
		Warning:       30 * time.Second,
		AttractScreen: true,
		TextSize:      100,
		Printing:      true,
	}
}

// Problem is something wrong in a configuration file.
type Problem struct {
	File    string
	Line    int    // 0 when not known
	Key     string // "" for the whole file
	Message string
	Warning bool // true: ignored; false: the key fell back to its default
}

func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	if p.Key != "" {
		fmt.Fprintf(&b, ": %s", p.Key)
	}
	b.WriteString(": ")
	b.WriteString(p.Message)
	return b.String()
}

// DefaultPath is where clinic IT puts the file on this system.
func DefaultPath() string {
	if runtime.GOOS == "windows" {
		dir := os.Getenv("ProgramData")
		if dir == "" {
			dir = `C:\ProgramData`
		}
		return filepath.Join(dir, "veininfo", "config.toml")
	}
	return "/etc/veininfo/config.toml"
}

// Load reads the file at path. A missing file at the default path is not a
// problem (most laptops have none). A file that was asked for but is
// missing, or that exists but cannot be read, never lowers the protection:
// kiosk mode goes on, and the last good configuration (a copy that Load
// keeps at lastGood each time the file reads cleanly; "" for none) stands
// in for what cannot be read, so that the staff PIN still works.
func Load(path string, asked bool, lastGood string) (Config, []Problem) {
	data, problem := read(path, asked)
	if problem == nil && data == nil {
		return Default(), nil
	}
	if problem != nil {
		c, problems := fromLastGood(path, lastGood)
		c.Kiosk, c.FailedClosed = true, true
		problem.Message += "; kiosk mode is on, the safe choice"
		return c, append([]Problem{*problem}, problems...)
	}
	c, problems, whole := parse(data, path)
	if whole {
		c, more := fromLastGood(path, lastGood)
		c.Kiosk, c.FailedClosed = true, true
		return c, append(problems, more...)
	}
	if lost := lostKeys(problems); len(lost) > 0 {
		problems = append(problems, fillLost(&c, lost, path, lastGood)...)
	} else if !hasErrors(problems) {
		saveLastGood(lastGood, path, data)
	}
	return c, problems
}

// read gives the file's bytes, nil and no problem for a missing default
// file, or the problem that keeps it from being read.
func read(path string, asked bool) ([]byte, *Problem) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !asked:
		return nil, nil
	case err != nil:
		return nil, &Problem{File: path, Message: "cannot read: " + unwrap(err)}
	case info.IsDir():
		return nil, &Problem{File: path, Message: "cannot read: is a folder, not a file"}
	case info.Size() > MaxSize:
		return nil, &Problem{File: path, Message: fmt.Sprintf("is %d bytes, more than a configuration can be (%d)", info.Size(), MaxSize)}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Problem{File: path, Message: "cannot read: " + unwrap(err)}
	}
	return data, nil
}

// lastGoodHeader starts the saved copy and names the file it is a copy of.
const lastGoodHeader = "# veininfo: last good copy of "

// saveLastGood keeps a copy of a configuration that read cleanly. It is
// best effort: a kiosk user may have no writable home.
func saveLastGood(lastGood, path string, data []byte) {
	if lastGood == "" {
		return
	}
	text := lastGoodHeader + path + "\n" + string(data)
	if old, err := os.ReadFile(lastGood); err == nil && string(old) == text {
		return
	}
	if err := os.MkdirAll(filepath.Dir(lastGood), 0o700); err != nil {
		return
	}
	tmp := lastGood + ".new"
	if os.WriteFile(tmp, []byte(text), 0o600) == nil {
		_ = os.Rename(tmp, lastGood)
	}
}

// readLastGood reads the saved copy of path, if there is one.
func readLastGood(lastGood, path string) ([]byte, bool) {
	if lastGood == "" {
		return nil, false
	}
	data, err := os.ReadFile(lastGood)
	first, rest, _ := strings.Cut(string(data), "\n")
	if err != nil || first != lastGoodHeader+path {
		return nil, false
	}
	return []byte(rest), true
}

// fromLastGood is the last good configuration of path, or the defaults.
func fromLastGood(path, lastGood string) (Config, []Problem) {
	if data, ok := readLastGood(lastGood, path); ok {
		c, _ := Parse(data, lastGood)
		c.Path = path
		return c, []Problem{{File: path, Warning: true, Message: "using the last good configuration, saved at " + lastGood}}
	}
	c := Default()
	c.Path = path
	return c, nil
}

// fillLost takes the keys on lines a syntax error cost from the last good
// configuration, so that one typo does not undo a setting such as the PIN.
func fillLost(c *Config, lost []string, path, lastGood string) []Problem {
	data, ok := readLastGood(lastGood, path)
	if !ok {
		return nil
	}
	raw, _ := salvage(data, lastGood)
	var problems []Problem
	for _, key := range lost {
		f, known := fields[key]
		value, saved := raw[key]
		if !known || !saved || key == "kiosk" || f.set(c, value) != nil {
			continue
		}
		problems = append(problems, Problem{File: path, Key: key, Warning: true,
			Message: "taken from the last good configuration (" + lastGood + "): " + f.show(*c)})
	}
	return problems
}

// lostKeys are the keys on lines that salvage left out.
func lostKeys(problems []Problem) []string {
	var keys []string
	for _, p := range problems {
		if p.Key != "" && strings.HasSuffix(p.Message, lineLeftOut) {
			keys = append(keys, p.Key)
		}
	}
	return keys
}

func hasErrors(problems []Problem) bool {
	for _, p := range problems {
		if !p.Warning {
			return true
		}
	}
	return false
}

func unwrap(err error) string {
	var perr *fs.PathError
	if errors.As(err, &perr) {
		return perr.Err.Error()
	}
	return err.Error()
}

// Parse reads a configuration from data; name is used in problems. A
// line that breaks the TOML syntax is left out and reported, and the rest
// of the file still counts: one typo must not undo the others, least of
// all kiosk mode and the staff PIN.
func Parse(data []byte, name string) (Config, []Problem) {
	c, problems, _ := parse(data, name)
	return c, problems
}

// parse is Parse, and tells whether the whole file was lost.
func parse(data []byte, name string) (Config, []Problem, bool) {
	c := Default()
	c.Path = name
	data, err := utf8Text(data)
	if err != nil {
		c.Kiosk, c.FailedClosed = true, true // the file may have asked for a kiosk
		return c, []Problem{{File: name, Message: err.Error() + "; every key is left out, and kiosk mode is on, the safe choice"}}, true
	}
	raw, problems := salvage(data, name)
	if raw == nil {
		c.Kiosk, c.FailedClosed = true, true // the file may have asked for a kiosk
		return c, problems, true
	}
	seen := map[string]bool{}
	c.Lines = map[string]int{}
	for key, value := range raw {
		seen[key] = true
		c.Lines[key] = keyLine(data, key)
		f, ok := fields[key]
		if !ok {
			problems = append(problems, Problem{File: name, Line: keyLine(data, key), Key: key, Message: "unknown key, ignored", Warning: true})
			continue
		}
		if err := f.set(&c, value); err != nil {
			fallback := f.fallback()
			if key == "kiosk" {
				c.Kiosk, c.FailedClosed, fallback = true, true, "kiosk mode is on, the safe choice" // IT wrote something about kiosk mode
			}
			problems = append(problems, Problem{File: name, Line: keyLine(data, key), Key: key, Message: err.Error() + "; " + fallback})
		}
	}
	// A line lost to a syntax error may have been the kiosk line: unless a
	// readable line says kiosk = false, a broken file means kiosk mode.
	if lost := lostLines(problems); lost > 0 && !seen["kiosk"] {
		c.Kiosk, c.FailedClosed = true, true
		problems = append(problems, Problem{File: name, Line: keyLine(data, "kiosk"), Key: "kiosk",
			Message: fmt.Sprintf("not readable, %d line(s) were left out; kiosk mode is on, the safe choice", lost)})
	}
	sortProblems(problems)
	return c, problems, false
}

// lostLines counts the lines salvage left out.
func lostLines(problems []Problem) int {
	n := 0
	for _, p := range problems {
		if strings.HasSuffix(p.Message, lineLeftOut) {
			n++
		}
	}
	return n
}

const lineLeftOut = "this line is left out, the rest of the file is used"

// utf8Text gives the file as UTF-8: as it is, or decoded from UTF-16 with
// a byte-order mark, which Windows tools (PowerShell's >) write.
func utf8Text(data []byte) ([]byte, error) {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(data)
		if err != nil {
			return nil, fmt.Errorf("cannot be read as UTF-16 text: %v", err)
		}
		return out, nil
	}
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return nil, errors.New("is not UTF-8 text (save it as UTF-8)")
	}
	return data, nil
}

// maxSalvage bounds how many broken lines are left out before the file is
// given up as a whole.
const maxSalvage = 20

// salvage decodes data, leaving out each line that breaks the syntax (a
// value that spans lines goes from the line the error names to the end
// of that value) until the rest decodes, and reports each left-out line.
func salvage(data []byte, name string) (map[string]any, []Problem) {
	lines := strings.Split(strings.TrimPrefix(string(data), "\ufeff"), "\n")
	var problems []Problem
	for range maxSalvage {
		var raw map[string]any
		_, err := toml.Decode(strings.Join(lines, "\n"), &raw)
		if err == nil {
			return raw, problems
		}
		var perr toml.ParseError
		if !errors.As(err, &perr) || perr.Position.Line < 1 || perr.Position.Line > len(lines) {
			break
		}
		n := perr.Position.Line - 1
		if lines[n] == "" {
			break // the line is already out: the error lies elsewhere
		}
		problems = append(problems, Problem{File: name, Line: n + 1, Key: lineKey(lines[n]),
			Message: perr.Message + "; " + lineLeftOut})
		lines[n] = ""
	}
	return nil, []Problem{{File: name, Message: "cannot be read as TOML; every key is left out, and kiosk mode is on, the safe choice"}}
}

// lineKey is the key a line sets, or "".
func lineKey(line string) string {
	k, _, ok := strings.Cut(line, "=")
	if !ok {
		return ""
	}
	return strings.Trim(strings.TrimSpace(k), `"'`)
}

// keyLine finds the line that sets a top-level key.
func keyLine(data []byte, key string) int {
	for i, line := range strings.Split(string(data), "\n") {
		k, _, ok := strings.Cut(line, "=")
		if ok && strings.Trim(strings.TrimSpace(k), `"'`) == key {
			return i + 1
		}
	}
	return 0
}

func sortProblems(ps []Problem) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].Line < ps[j-1].Line; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}
