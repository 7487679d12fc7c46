package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

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
}

// Library is the content of every language as read, before fallback. A
// clinic's pack may lie over it: its topics and terms are shown before the
// built-in ones, but do not change which languages count as complete.
type Library struct {
	langs   map[language.Tag]*texts
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
	entries, err := fs.ReadDir(fsys, root)
	if err != nil {
		return &Library{langs: map[language.Tag]*texts{}}, fmt.Errorf("content: %w", err)
	}
	lib := &Library{langs: map[language.Tag]*texts{}}
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
		t, lerrs := loadLanguage(fsys, path.Join(root, e.Name()))
		lib.langs[tag] = t
		errs = append(errs, lerrs...)
	}
	return lib, errors.Join(errs...)
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
	tags := make([]language.Tag, 0, len(lib.langs))
	for t := range lib.langs {
		tags = append(tags, t)
	}
	slices.SortFunc(tags, func(a, b language.Tag) int { return strings.Compare(a.String(), b.String()) })
	return tags
}

// Missing lists what English has that none of the given languages has:
// topics as "section/id", glossary terms as "glossary/id". Pass a language
// and the languages it may borrow from (a variant and its language).
func (lib *Library) Missing(langs ...language.Tag) []string {
	en := lib.langs[English]
	if en == nil {
		return nil
	}
	var missing []string
	for k := range en.topics {
		if !lib.anyHas(langs, func(t *texts) bool { _, ok := t.topics[k]; return ok }) {
			missing = append(missing, k.String())
		}
	}
	for id := range en.terms {
		if !lib.anyHas(langs, func(t *texts) bool { _, ok := t.terms[id]; return ok }) {
			missing = append(missing, "glossary/"+id)
		}
	}
	for id, tile := range en.tiles {
		if tile.Text != "" && !lib.anyHas(langs, func(t *texts) bool { return t.tiles[id].Text != "" }) {
			missing = append(missing, "start/"+id)
		}
	}
	for id := range en.figures {
		if !lib.anyHas(langs, func(t *texts) bool { _, ok := t.figures[id]; return ok }) {
			missing = append(missing, "figures/"+id)
		}
	}
	slices.Sort(missing)
	return missing
}

// Extra lists what a language has that English lacks.
func (lib *Library) Extra(tag language.Tag) []string {
	en, t := lib.langs[English], lib.langs[tag]
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

func (lib *Library) anyHas(langs []language.Tag, has func(*texts) bool) bool {
	for _, tag := range langs {
		if t := lib.langs[tag]; t != nil && has(t) {
			return true
		}
	}
	return false
}

// Topics lists the topics a language's own folder holds, in no order.
func (lib *Library) Topics(tag language.Tag) []Topic {
	t := lib.langs[tag]
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
	if t := lib.langs[tag]; t != nil {
		return len(t.terms)
	}
	return 0
}

// HasTerm reports whether English, the reference, has a glossary term.
func (lib *Library) HasTerm(id string) bool {
	en := lib.langs[English]
	if en == nil {
		return false
	}
	_, ok := en.terms[id]
	return ok
}

// Products lists the product ids English has texts for.
func (lib *Library) Products() []string {
	var ids []string
	if en := lib.langs[English]; en != nil {
		for k := range en.topics {
			if k.section == Products {
				ids = append(ids, k.id)
			}
		}
	}
	slices.Sort(ids)
	return ids
}
