package content

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// English is the reference language of the content.
var English = language.English

// GlossaryFile is the name of each language's glossary.
const GlossaryFile = "glossary.toml"

type topicKey struct {
	section Section
	id      string
}

func (k topicKey) String() string { return string(k.section) + "/" + k.id }

// texts is what one language's folder holds.
type texts struct {
	topics  map[topicKey]Topic
	terms   map[string]Term
	tiles   map[string]Tile
	figures map[string]Figure

	holdingsOnce sync.Once
	held         *holdings
}

// Library is the content of every language as read, before fallback. A
// clinic's pack may lie over it: its topics and terms are shown before the
// built-in ones, but do not change which languages count as complete.
//
// Load reads every language at once. Open reads a language only when it is
// first needed, and LoadNext reads the rest one by one, later; until a
// language is read, Missing counts what it has from a quick scan of its
// files. Either way a Library is safe for concurrent use.
type Library struct {
	fsys  fs.FS
	dirs  map[language.Tag]string    // every language folder; fixed once loaded or opened
	index map[language.Tag]*holdings // Open's quick scan; none where the scan gave up

	mu    sync.Mutex
	langs map[language.Tag]*texts // the languages read so far; each is never changed once read
	errs  []error                 // of languages read since Open, not yet given out by LoadNext

	overlay map[language.Tag]*texts
}

// MaxFileSize is the largest topic or glossary file read; a bigger one is
// refused rather than read into memory.
const MaxFileSize = 1 << 20

// Load reads every language folder under root in fsys. A file that cannot be
// read or parsed is left out and reported in the returned error, which names
// the file and line; the rest of the library is still usable.
func Load(fsys fs.FS, root string) (*Library, error) {
	lib, err := load(fsys, root)
	if lib.langs[English] == nil {
		err = errors.Join(err, fmt.Errorf("%s: no English content (folder en)", root))
	}
	return lib, err
}

// LoadClinicPack reads a clinic's pack: the same layout as the built-in
// content, with any languages, topics and terms.
func LoadClinicPack(fsys fs.FS, root string) (*Library, error) {
	return load(fsys, root)
}

func load(fsys fs.FS, root string) (*Library, error) {
	lib, errs := list(fsys, root)
	tags := slices.SortedFunc(maps.Keys(lib.dirs), func(a, b language.Tag) int { return strings.Compare(lib.dirs[a], lib.dirs[b]) })
	for _, tag := range tags {
		t, lerrs := loadLanguage(fsys, lib.dirs[tag])
		lib.langs[tag] = t
		errs = append(errs, lerrs...)
	}
	return lib, errors.Join(errs...)
}

// list finds the language folders under root.
func list(fsys fs.FS, root string) (*Library, []error) {
	lib := &Library{fsys: fsys, dirs: map[language.Tag]string{}, langs: map[language.Tag]*texts{}}
	entries, err := fs.ReadDir(fsys, root)
	if err != nil {
		return lib, []error{fmt.Errorf("content: %w", err)}
	}
	var errs []error
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		tag, err := language.Parse(e.Name())
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: folder name is not a language tag", path.Join(root, e.Name())))
			continue
		}
		lib.dirs[tag] = path.Join(root, e.Name())
	}
	return lib, errs
}

// Open finds the language folders under root in fsys and reads English;
// every other language is read when it is first needed, or by LoadNext.
// The error names the files English could not read; those of the other
// languages come from LoadNext.
func Open(fsys fs.FS, root string) (*Library, error) {
	lib, errs := list(fsys, root)
	lib.index = map[language.Tag]*holdings{}
	for tag, dir := range lib.dirs {
		if h, ok := scanHoldings(fsys, dir); ok {
			lib.index[tag] = h
		}
	}
	if lib.lang(English) == nil {
		errs = append(errs, fmt.Errorf("%s: no English content (folder en)", root))
	}
	errs = append(errs, lib.takeErrors()...)
	return lib, errors.Join(errs...)
}

// lang is a language's texts, read now if they were not yet; nil when
// the library has no folder for it.
func (lib *Library) lang(tag language.Tag) *texts {
	lib.mu.Lock()
	t, ok := lib.langs[tag]
	lib.mu.Unlock()
	dir := lib.dirs[tag]
	if ok || dir == "" {
		return t
	}
	// Read without holding the lock, so that a language read in the
	// background does not hold up one needed now; the first one read
	// stays.
	t, errs := loadLanguage(lib.fsys, dir)
	lib.mu.Lock()
	defer lib.mu.Unlock()
	if first, ok := lib.langs[tag]; ok {
		return first
	}
	lib.langs[tag] = t
	lib.errs = append(lib.errs, errs...)
	return t
}

func (lib *Library) takeErrors() []error {
	lib.mu.Lock()
	defer lib.mu.Unlock()
	errs := lib.errs
	lib.errs = nil
	return errs
}

// LoadNext reads one more language that has not been read yet and reports
// whether any are left; the error names the files that could not be read
// since the last call, in this language or in one read when needed.
func (lib *Library) LoadNext() (more bool, err error) {
	var next []language.Tag
	for _, tag := range lib.Languages() {
		lib.mu.Lock()
		_, done := lib.langs[tag]
		lib.mu.Unlock()
		if !done {
			next = append(next, tag)
		}
	}
	if len(next) > 0 {
		lib.lang(next[0])
	}
	return len(next) > 1, errors.Join(lib.takeErrors()...)
}

func loadLanguage(fsys fs.FS, dir string) (*texts, []error) {
	t := &texts{topics: map[topicKey]Topic{}, terms: map[string]Term{}, tiles: map[string]Tile{}, figures: map[string]Figure{}}
	errs := strays(fsys, dir)
	for _, s := range Sections {
		errs = append(errs, t.loadSection(fsys, dir, s)...)
	}
	if err := t.loadGlossary(fsys, path.Join(dir, GlossaryFile)); err != nil {
		errs = append(errs, err)
	}
	if err := t.loadStart(fsys, path.Join(dir, StartFile)); err != nil {
		errs = append(errs, err)
	}
	if err := t.loadFigures(fsys, path.Join(dir, FiguresFile)); err != nil {
		errs = append(errs, err)
	}
	return t, errs
}

func (t *texts) loadSection(fsys fs.FS, dir string, s Section) []error {
	files, _ := fs.Glob(fsys, path.Join(dir, string(s), "*.md"))
	var errs []error
	for _, file := range files {
		data, err := readFile(fsys, file)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		topic, err := ParseTopic(data, file)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		topic.ID = strings.TrimSuffix(path.Base(file), ".md")
		topic.Section = s
		t.topics[topicKey{s, topic.ID}] = topic
	}
	return errs
}

// strays finds what a language folder holds beyond its sections' topics
// and its glossary: a mistyped section folder or a stray file would
// otherwise be skipped without a word.
func strays(fsys fs.FS, dir string) []error {
	entries, _ := fs.ReadDir(fsys, dir)
	var errs []error
	for _, e := range entries {
		name := path.Join(dir, e.Name())
		switch {
		case !e.IsDir() && (e.Name() == GlossaryFile || e.Name() == StartFile || e.Name() == FiguresFile):
		case !e.IsDir():
			errs = append(errs, fmt.Errorf("%s: not part of a content pack: a language folder holds %s, %s, %s and the section folders %s", name, GlossaryFile, StartFile, FiguresFile, sectionList()))
		case !slices.Contains(Sections, Section(e.Name())):
			errs = append(errs, fmt.Errorf("%s: unknown section folder: use one of %s", name, sectionList()))
		default:
			errs = append(errs, strayFiles(fsys, name)...)
		}
	}
	return errs
}

func strayFiles(fsys fs.FS, dir string) []error {
	entries, _ := fs.ReadDir(fsys, dir)
	var errs []error
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".md" {
			errs = append(errs, fmt.Errorf("%s: not a topic: a section folder holds only .md files", path.Join(dir, e.Name())))
		}
	}
	return errs
}

func sectionList() string {
	names := make([]string, len(Sections))
	for i, s := range Sections {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}

// readFile reads a file no bigger than MaxFileSize.
func readFile(fsys fs.FS, file string) ([]byte, error) {
	info, err := fs.Stat(fsys, file)
	if err != nil {
		return nil, err
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s: %d bytes, more than a content file can be (%d)", file, info.Size(), MaxFileSize)
	}
	return fs.ReadFile(fsys, file)
}

func (t *texts) loadGlossary(fsys fs.FS, file string) error {
	data, err := readFile(fsys, file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // a variant may take its whole glossary from its language
	}
	if err != nil {
		return err
	}
	terms, err := ParseGlossary(data, file)
	for _, term := range terms {
		t.terms[term.ID] = term
	}
	return err
}

// Overlay lays a clinic's pack over the library: its topics replace or add
// to the built-in ones language by language, and so do its glossary terms.
func (lib *Library) Overlay(clinic *Library) {
	lib.overlay = clinic.langs
}

// Languages lists the languages that have a content folder.
func (lib *Library) Languages() []language.Tag {
	tags := make([]language.Tag, 0, len(lib.dirs))
	for t := range lib.dirs {
		tags = append(tags, t)
	}
	slices.SortFunc(tags, func(a, b language.Tag) int { return strings.Compare(a.String(), b.String()) })
	return tags
}

// holdingsOf is what a language has, from its texts once read, else from
// Open's quick scan; nil when the library has no folder for it.
func (lib *Library) holdingsOf(tag language.Tag) *holdings {
	lib.mu.Lock()
	t, read := lib.langs[tag]
	lib.mu.Unlock()
	if h := lib.index[tag]; !read && h != nil {
		return h
	}
	if t = lib.lang(tag); t == nil {
		return nil
	}
	return t.holdings()
}

// Missing lists what English has that none of the given languages has:
// topics as "section/id", glossary terms as "glossary/id". Pass a language
// and the languages it may borrow from (a variant and its language).
func (lib *Library) Missing(langs ...language.Tag) []string {
	en := lib.holdingsOf(English)
	if en == nil {
		return nil
	}
	var have []*holdings
	for _, tag := range langs {
		if h := lib.holdingsOf(tag); h != nil {
			have = append(have, h)
		}
	}
	var missing []string
	for _, kind := range []struct {
		prefix string
		ids    func(*holdings) map[string]bool
	}{
		{"", func(h *holdings) map[string]bool { return h.topics }},
		{"glossary/", func(h *holdings) map[string]bool { return h.terms }},
		{"start/", func(h *holdings) map[string]bool { return h.tiles }},
		{"figures/", func(h *holdings) map[string]bool { return h.figures }},
	} {
		for id := range kind.ids(en) {
			if !slices.ContainsFunc(have, func(h *holdings) bool { return kind.ids(h)[id] }) {
				missing = append(missing, kind.prefix+id)
			}
		}
	}
	slices.Sort(missing)
	return missing
}

// Extra lists what a language has that English lacks.
func (lib *Library) Extra(tag language.Tag) []string {
	en, t := lib.lang(English), lib.lang(tag)
	if en == nil || t == nil {
		return nil
	}
	var extra []string
	for k := range t.topics {
		if _, ok := en.topics[k]; !ok {
			extra = append(extra, k.String())
		}
	}
	for id := range t.terms {
		if _, ok := en.terms[id]; !ok {
			extra = append(extra, "glossary/"+id)
		}
	}
	for id := range t.tiles {
		if _, ok := en.tiles[id]; !ok {
			extra = append(extra, "start/"+id)
		}
	}
	for id := range t.figures {
		if _, ok := en.figures[id]; !ok {
			extra = append(extra, "figures/"+id)
		}
	}
	slices.Sort(extra)
	return extra
}

// Topics lists the topics a language's own folder holds, in no order.
func (lib *Library) Topics(tag language.Tag) []Topic {
	t := lib.lang(tag)
	if t == nil {
		return nil
	}
	topics := make([]Topic, 0, len(t.topics))
	for _, topic := range t.topics {
		topics = append(topics, topic)
	}
	return topics
}

// TermCount is how many glossary terms a language's own folder holds.
func (lib *Library) TermCount(tag language.Tag) int {
	if t := lib.lang(tag); t != nil {
		return len(t.terms)
	}
	return 0
}

// HasTerm reports whether English, the reference, has a glossary term.
func (lib *Library) HasTerm(id string) bool {
	en := lib.lang(English)
	if en == nil {
		return false
	}
	_, ok := en.terms[id]
	return ok
}

// Products lists the product ids English has texts for.
func (lib *Library) Products() []string {
	var ids []string
	if en := lib.lang(English); en != nil {
		for k := range en.topics {
			if k.section == Products {
				ids = append(ids, k.id)
			}
		}
	}
	slices.Sort(ids)
	return ids
}
