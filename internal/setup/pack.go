package setup

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"veininfo/internal/content"
)

// Pack is the clinic's content pack, as loaded.
type Pack struct {
	Dir       string   // "" when the configuration names none
	Loaded    bool     // used: it had no errors
	Topics    int      // topics in all its languages
	Terms     int      // glossary terms in all its languages
	Languages []string // its language folders
	Errors    []string // each with the file and line; any error means the pack is not used
}

// Summary says in one line whether the pack is used, for IT.
func (p Pack) Summary() string {
	switch {
	case p.Dir == "":
		return "no clinic content pack"
	case p.Loaded:
		return fmt.Sprintf("clinic content pack %s: loaded, %d topic(s) and %d glossary term(s) in %s",
			p.Dir, p.Topics, p.Terms, strings.Join(p.Languages, ", "))
	}
	return fmt.Sprintf("clinic content pack %s: NOT USED, %d error(s); the built-in content is shown", p.Dir, len(p.Errors))
}

// LoadPack reads the clinic's pack in dir: one folder per language,
// dir/<lang>/<section>/*.md and dir/<lang>/glossary.toml. A pack with any
// error is not used at all (nil), and each error names its file and line.
func LoadPack(dir string) (*content.Library, Pack) {
	p := Pack{Dir: dir}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		p.Errors = []string{fmt.Sprintf("%s: content pack not used: not a readable folder", dir)}
		return nil, p
	}
	if old := filepath.Join(dir, "content"); isDir(old) {
		p.Errors = []string{fmt.Sprintf("%s: content pack not used: the language folders belong in %s itself (%s/<lang>/<section>/*.md), not in a content/ folder: move them up one level", old, dir, dir)}
		return nil, p
	}
	lib, err := content.LoadClinicPack(os.DirFS(dir), ".")
	if err != nil {
		for _, e := range leaves(err) {
			p.Errors = append(p.Errors, packError(dir, e)+" (content pack not used)")
		}
		return nil, p
	}
	p.Loaded = true
	for _, tag := range lib.Languages() {
		p.Languages = append(p.Languages, tag.String())
		p.Topics += len(lib.Topics(tag))
		p.Terms += lib.TermCount(tag)
	}
	return lib, p
}

// leaves are the single errors in a joined one.
func leaves(err error) []error {
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var all []error
	for _, e := range joined.Unwrap() {
		all = append(all, leaves(e)...)
	}
	return all
}

// packError names the file of one of the pack's errors under dir. The
// content package names files relative to the pack, also inside a file
// system error ("open en/welcome/a.md: permission denied"), which would
// otherwise read "DIR/open en/welcome/a.md".
func packError(dir string, err error) string {
	var perr *fs.PathError
	if errors.As(err, &perr) {
		return fmt.Sprintf("%s: %v", filepath.Join(dir, filepath.FromSlash(perr.Path)), perr.Err)
	}
	return strings.TrimSuffix(dir, string(filepath.Separator)) + string(filepath.Separator) + err.Error()
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
