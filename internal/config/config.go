// Package config owns the system-wide configuration that clinic IT rolls
// out (/etc/veininfo/config.toml): kiosk mode, default region and language,
// allowed regions, idle timing, the attract screen, the admin PIN hash and
// the default text size. A bad value falls back to its default alone and is
// reported with file, line and key; nothing else is lost.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
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
	TextSize       int    // percent of the normal size
	ContentDir     string // a clinic's content pack folder, "" for none
	Path           string // where it was read from, "" for defaults only
}

// Default is the configuration without a file.
func Default() Config {
	return Config{
		IdleTimeout:   90 * time.Second,
		Warning:       15 * time.Second,
		AttractScreen: true,
		TextSize:      100,
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
// problem (most laptops have none); a missing file that was asked for is.
func Load(path string, asked bool) (Config, []Problem) {
	c := Default()
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !asked:
		return c, nil
	case err != nil:
		return c, []Problem{{File: path, Message: "cannot read: " + unwrap(err)}}
	case info.Size() > MaxSize:
		return c, []Problem{{File: path, Message: fmt.Sprintf("is %d bytes, more than a configuration can be (%d); using defaults", info.Size(), MaxSize)}}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return c, []Problem{{File: path, Message: "cannot read: " + unwrap(err)}}
	}
	return Parse(data, path)
}

func unwrap(err error) string {
	var perr *fs.PathError
	if errors.As(err, &perr) {
		return perr.Err.Error()
	}
	return err.Error()
}

// Parse reads a configuration from data; name is used in problems.
func Parse(data []byte, name string) (Config, []Problem) {
	c := Default()
	c.Path = name
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		p := Problem{File: name, Message: err.Error() + "; using defaults"}
		var perr toml.ParseError
		if errors.As(err, &perr) {
			p.Line, p.Message = perr.Position.Line, perr.Message+"; using defaults"
		}
		return c, []Problem{p}
	}
	var problems []Problem
	for key, value := range raw {
		f, ok := fields[key]
		if !ok {
			problems = append(problems, Problem{File: name, Line: keyLine(data, key), Key: key, Message: "unknown key, ignored", Warning: true})
			continue
		}
		if err := f.set(&c, value); err != nil {
			problems = append(problems, Problem{File: name, Line: keyLine(data, key), Key: key, Message: err.Error() + "; using the default"})
		}
	}
	sortProblems(problems)
	return c, problems
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
