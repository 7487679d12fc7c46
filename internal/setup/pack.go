package setup

import (
	"fmt"
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
		for _, line := range strings.Split(err.Error(), "\n") {
			p.Errors = append(p.Errors, filepath.Join(dir, line)+" (content pack not used)")
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

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
