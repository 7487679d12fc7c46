// Package audit owns what content editors, translators and medical
// reviewers run over a content pack: the checks that find what is broken or
// missing, and the statistics (completeness, review dates, readability).
package audit

import (
	"fmt"
	"io/fs"
	"os"
	"strings"

	"veininfo/assets"
	"veininfo/internal/content"
	"veininfo/internal/l10n"
	"veininfo/internal/regions"
	"veininfo/locales"
)

// Pack is a content pack: regions.toml and content/ in Assets, message
// files in Locales. The embedded default is one; a folder in the same
// layout (regions.toml, content/, locales/) is another.
type Pack struct {
	Assets  fs.FS
	Locales fs.FS
	Name    string // how messages name the pack's root
}

// Embedded is the pack built into the app.
func Embedded() Pack {
	return Pack{Assets: assets.FS, Locales: locales.FS, Name: "embedded"}
}

// Dir is the pack in a folder.
func Dir(path string) (Pack, error) {
	info, err := os.Stat(path)
	if err != nil {
		return Pack{}, err
	}
	if !info.IsDir() {
		return Pack{}, fmt.Errorf("%s is not a folder", path)
	}
	fsys := os.DirFS(path)
	loc, err := fs.Sub(fsys, "locales")
	if err != nil {
		return Pack{}, err
	}
	return Pack{Assets: fsys, Locales: loc, Name: path}, nil
}

// loaded is a pack read into the app's own types.
type loaded struct {
	regions  *regions.Catalogue
	messages *l10n.Catalog
	content  *content.Library
	findings []Finding
}

func (p Pack) load() loaded {
	var l loaded
	var err error
	l.regions, err = regions.Load(p.Assets, assets.RegionsFile)
	l.findings = append(l.findings, p.fromError(err, "")...)
	if l.regions == nil {
		l.regions = regions.New()
	}
	l.messages, err = l10n.Load(p.Locales)
	l.findings = append(l.findings, p.fromError(err, "locales/")...)
	l.content, err = content.Load(p.Assets, assets.ContentDir)
	l.findings = append(l.findings, p.fromError(err, "")...)
	return l
}

// fromError splits a joined error into one finding per line; prefix is
// put before file names relative to a sub-folder (the locales).
func (p Pack) fromError(err error, prefix string) []Finding {
	if err == nil {
		return nil
	}
	var out []Finding
	for _, e := range flatten(err) {
		out = append(out, Finding{Text: under(prefix, e.Error())})
	}
	return out
}

// under puts the sub-folder before a message that starts with a file
// name ("de.toml:3: ..." gives "locales/de.toml:3: ..."), and before one
// about the folder as a whole with a colon ("locales: no usable English
// message file"), not run into its first word.
func under(prefix, text string) string {
	if prefix == "" {
		return text
	}
	first, _, _ := strings.Cut(text, ":")
	if strings.Contains(first, ".") && !strings.Contains(first, " ") {
		return prefix + text
	}
	return strings.TrimSuffix(prefix, "/") + ": " + text
}

func flatten(err error) []error {
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		var all []error
		for _, e := range joined.Unwrap() {
			all = append(all, flatten(e)...)
		}
		return all
	}
	return []error{err}
}

// Finding is one thing wrong or missing, starting with where it is:
// "content/de/glossary.toml:12:3: ..." or "content/fr: ...".
type Finding struct {
	Text string
}

func (f Finding) String() string { return f.Text }

func findingf(format string, args ...any) Finding {
	return Finding{Text: fmt.Sprintf(format, args...)}
}

// lineOf is the first line (from 1) of file that contains needle, or 0.
func lineOf(fsys fs.FS, file, needle string) int {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return 0
	}
	for i, line := range strings.Split(string(data), "\n") {
		if strings.Contains(line, needle) {
			return i + 1
		}
	}
	return 0
}
