package audit

import (
	"cmp"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"veininfo/internal/content"
	"veininfo/internal/l10n"
	"veininfo/internal/session"
	"veininfo/internal/setup"
)

// ClinicReport is what CheckClinic finds in a clinic's content pack.
type ClinicReport struct {
	// Pack is the pack as the app loads it: when it has Errors, the app
	// does not use it and shows its built-in content.
	Pack setup.Pack
	// Findings are the pack's errors (the app's own words) and then what
	// the app would show but a kiosk must not, or what no reader would
	// see: each starts with the file and line.
	Findings []Finding
}

// CheckClinic checks a clinic's content pack in dir on its own: the
// layout DIR/<lang>/<section>/*.md and DIR/<lang>/glossary.toml exactly as
// the app loads it (setup.LoadPack), then, in every file that parses, what
// a waiting-room kiosk must not show (web links and addresses, raw HTML,
// images, emoji), glossary links and placeholders as in the built-in
// topics, languages no reader is offered, product texts no region shows, files the kiosk
// user may not be able to read, and characters the app's fonts cannot draw.
func CheckClinic(dir string) ClinicReport {
	_, pack := setup.LoadPack(dir)
	r := ClinicReport{Pack: pack}
	for _, e := range pack.Errors {
		r.Findings = append(r.Findings, Finding{Text: e})
	}
	if !isDir(dir) || isDir(filepath.Join(dir, "content")) {
		return r // nothing more can be read in the right place
	}
	lib, _ := content.LoadClinicPack(os.DirFS(dir), ".") // its errors are in pack.Errors
	cat, err := session.LoadEmbedded()
	if err != nil {
		r.Findings = append(r.Findings, findingf("built-in content: %v", err))
	}
	c := clinic{dir: dir, lib: lib, cat: cat}
	var found []Finding
	found = append(found, c.strays()...)
	found = append(found, c.languages()...)
	found = append(found, c.kioskText()...)
	found = append(found, c.builtinChecks()...)
	found = append(found, c.products()...)
	found = append(found, c.permissions()...)
	found = append(found, c.glyphs()...)
	r.Findings = append(r.Findings, byPlace(found)...)
	return r
}

// place is where a finding points: "file:line:col: ..." or "file: ...".
var place = regexp.MustCompile(`^(.*?):(\d+)(?::(\d+))?: `)

// byPlace sorts findings by file, then line and column as numbers.
func byPlace(findings []Finding) []Finding {
	key := func(f Finding) (string, int, int) {
		m := place.FindStringSubmatch(f.Text)
		if m == nil {
			file, _, _ := strings.Cut(f.Text, ": ")
			return file, 0, 0
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		return m[1], line, col
	}
	slices.SortStableFunc(findings, func(a, b Finding) int {
		fa, la, ca := key(a)
		fb, lb, cb := key(b)
		return cmp.Or(strings.Compare(fa, fb), cmp.Compare(la, lb), cmp.Compare(ca, cb), strings.Compare(a.Text, b.Text))
	})
	return slices.Compact(findings)
}

// clinic is a clinic's pack beside the built-in catalogues.
type clinic struct {
	dir string
	lib *content.Library
	cat session.Catalogues
}

// at names a file of the pack as the app's errors do: under dir. (Not
// filepath.Join: it would tidy "https://" in the message after it.)
func (c clinic) at(f Finding) Finding {
	return Finding{Text: strings.TrimSuffix(c.dir, string(filepath.Separator)) + string(filepath.Separator) + filepath.FromSlash(f.Text)}
}

// strays reports files at the top of the pack, which the app passes
// over without a word: a topic or glossary put there by mistake. A README
// is welcome.
func (c clinic) strays() []Finding {
	entries, _ := os.ReadDir(c.dir)
	var out []Finding
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(strings.ToUpper(e.Name()), "README") {
			out = append(out, c.at(findingf("%s: not part of a content pack, and the app does not read it: the top level holds only the language folders (DIR/<lang>/<section>/*.md, DIR/<lang>/glossary.toml) and a README", e.Name())))
		}
	}
	return out
}

// shownLanguages are the languages whose texts some reader sees: the
// languages the regions offer and those they fall back to.
func (c clinic) shownLanguages() []language.Tag {
	var shown []language.Tag
	for _, offered := range c.cat.Regions.Languages() {
		for _, tag := range chain(offered) {
			if !slices.Contains(shown, tag) {
				shown = append(shown, tag)
			}
		}
	}
	slices.SortFunc(shown, func(a, b language.Tag) int { return strings.Compare(a.String(), b.String()) })
	return shown
}

// chain is where a reader of tag finds a text: tag, its language, English.
func chain(tag language.Tag) []language.Tag {
	out := []language.Tag{tag}
	for _, t := range []language.Tag{l10n.Base(tag), l10n.English} {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

func (c clinic) languages() []Finding {
	shown := c.shownLanguages()
	var out []Finding
	for _, tag := range c.lib.Languages() {
		if !slices.Contains(shown, tag) {
			names := make([]string, len(shown))
			for i, t := range shown {
				names[i] = t.String()
			}
			out = append(out, c.at(findingf("%s: no region offers %s, so no reader sees these texts: name the folder after one of %s",
				tag, tag, strings.Join(names, ", "))))
		}
	}
	return out
}

// kioskText scans every title, body and glossary entry of the pack.
func (c clinic) kioskText() []Finding {
	var out []Finding
	for _, tag := range c.lib.Languages() {
		for _, t := range c.lib.Topics(tag) {
			raw := c.lines(t.File)
			out = append(out, c.scan(t.File, raw, t.Title, 1)...)
			for i, line := range strings.Split(t.Body, "\n") {
				out = append(out, c.scan(t.File, raw, line, t.BodyLine+i)...)
			}
		}
		for _, term := range c.lib.Resolve([]language.Tag{tag}, nil, nil).Glossary() {
			raw := c.lines(term.File)
			for _, text := range append([]string{term.Term, term.Definition}, term.Forms...) {
				for _, line := range strings.Split(text, "\n") {
					out = append(out, c.scan(term.File, raw, line, term.Line)...)
				}
			}
		}
	}
	return out
}

// lines reads a file of the pack, for the lines findings point to.
func (c clinic) lines(file string) []string {
	data, _ := os.ReadFile(filepath.Join(c.dir, filepath.FromSlash(file)))
	return strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
}

// scan reports what a kiosk must not show in text, at the first line of
// the file from hint on that holds it.
func (c clinic) scan(file string, raw []string, text string, hint int) []Finding {
	var out []Finding
	for _, k := range scanKioskLine(text) {
		line, col := hint, k.col
		for i := max(hint, 1) - 1; i < len(raw); i++ {
			if j := strings.Index(raw[i], k.text); j >= 0 {
				line, col = i+1, len([]rune(raw[i][:j]))+1
				break
			}
		}
		out = append(out, c.at(findingf("%s:%d:%d: %s", file, line, col, k.msg)))
	}
	return out
}

// builtinChecks runs over the pack the checks of the built-in topics
// that hold for a clinic's too: glossary links must reach a term the
// reader has (the pack's or the built-in glossary's), and placeholders
// must be ones the app fills in, the same in every language. (Numbers
// written in the text are left alone: a clinic's page is for its own
// region and names its own phone numbers and times.)
func (c clinic) builtinChecks() []Finding {
	l := loaded{regions: c.cat.Regions, messages: c.cat.Messages, content: c.lib}
	var out []Finding
	for _, f := range l.contentPlaceholders() {
		out = append(out, c.at(f))
	}
	combined := c.combined()
	terms := map[language.Tag]map[string]bool{}
	has := func(tag language.Tag, id string) bool {
		if terms[tag] == nil {
			terms[tag] = map[string]bool{}
			for _, t := range combined.Resolve(chain(tag), nil, nil).Glossary() {
				terms[tag][t.ID] = true
			}
		}
		return terms[tag][id]
	}
	for _, f := range glossaryLinks(c.lib, has) {
		out = append(out, c.at(f))
	}
	return out
}

// combined is the built-in content with the pack over it, as the app
// shows it.
func (c clinic) combined() *content.Library {
	c.cat.Content.Overlay(c.lib)
	return c.cat.Content
}

// products reports a pack's product text that replaces none of the
// built-in ones: a region shows only the products regions.toml names.
func (c clinic) products() []Finding {
	var out []Finding
	builtin := c.cat.Content.Products()
	for _, tag := range c.lib.Languages() {
		for _, t := range c.lib.Topics(tag) {
			if t.Section == content.Products && !slices.Contains(builtin, t.ID) {
				out = append(out, c.at(findingf("%s: no region shows a product %q, so no reader sees this text: a pack may replace the text of one of %s",
					t.File, t.ID, strings.Join(builtin, ", "))))
			}
		}
	}
	return out
}

// permissions reports files and folders that only their owner may read:
// the kiosk runs as its own user, and a pack it cannot read is not used.
func (c clinic) permissions() []Finding {
	if runtime.GOOS == "windows" {
		return nil // ACLs, not mode bits, decide there
	}
	var out []Finding
	filepath.WalkDir(c.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		need := fs.FileMode(0o004)
		if d.IsDir() {
			need = 0o005
		}
		if info.Mode().Perm()&need != need {
			out = append(out, findingf("%s: mode %v: other users cannot read it, so the kiosk user may not either (chmod -R a+rX %s)",
				path, info.Mode().Perm(), c.dir))
		}
		return nil
	})
	return out
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
