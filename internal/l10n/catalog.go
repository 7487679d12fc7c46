// Package l10n owns the app's localization: the go-i18n message bundle, the
// fallback from a regional variant to its language to English, the spelling
// rules of regional variants, long dates, and region and language names.
package l10n

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// English is the reference language: every message and text exists in it.
var English = language.English

// Catalog holds every message file and spelling rule that was loaded.
//
// Load reads every file at once. Open reads a language's files only when
// they are first needed, and LoadNext reads the rest one by one, later;
// until a language is read, Missing counts its messages from a quick scan
// of its file. Either way a Catalog is safe for concurrent use.
type Catalog struct {
	fsys          fs.FS
	files         map[language.Tag]string          // every message file; fixed once loaded or opened
	spellingFiles map[language.Tag]string          // every spelling file
	index         map[language.Tag]map[string]bool // Open's quick scan of message IDs; none where it gave up

	mu       sync.Mutex
	langs    map[language.Tag]*messages // the message files read so far; each never changed once read
	spelling map[language.Tag]*Spelling // the spelling files read so far; nil for one that could not be
	errs     []error                    // of files read since Open, not yet given out by LoadNext
}

// messages is what one message file holds. A file that could not be read
// holds nothing and does not count as the language's file.
type messages struct {
	ok      bool
	name    string
	defined map[string]bool
	texts   map[string][]string // every plural form of each message
	forms   map[string][]string // the plural categories each message has
	bundle  *i18n.Bundle        // this file's messages alone
}

// Load reads the message files "<tag>.toml" at the root of fsys and the
// spelling rules "spelling/<tag>.toml". A broken file is left out and
// reported in the returned error; everything else still loads, so the app
// runs on what is good.
func Load(fsys fs.FS) (*Catalog, error) {
	c := newCatalog(fsys)
	names, err := fs.Glob(fsys, "*.toml")
	if err != nil {
		return c, err
	}
	var errs []error
	for _, name := range names {
		tag, err := fileTag(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.files[tag] = name
		m, err := readMessages(fsys, tag, name)
		c.langs[tag] = m
		if err != nil {
			errs = append(errs, err)
		}
	}
	spellings, _ := fs.Glob(fsys, "spelling/*.toml")
	for _, name := range spellings {
		tag, err := fileTag(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.spellingFiles[tag] = name
		s, err := LoadSpelling(fsys, name)
		c.spelling[tag] = s
		if err != nil {
			errs = append(errs, err)
		}
	}
	if !c.usable(English) {
		errs = append(errs, fmt.Errorf("no usable English message file (en.toml)"))
	}
	return c, errors.Join(errs...)
}

// Open finds the message and spelling files in fsys, as Load does, and
// reads English; every other language is read when it is first needed,
// or by LoadNext. The error names the files that are wrongly named or
// could not be read so far; those of the other languages come from
// LoadNext.
func Open(fsys fs.FS) (*Catalog, error) {
	c := newCatalog(fsys)
	c.index = map[language.Tag]map[string]bool{}
	var errs []error
	for _, files := range []struct {
		pattern string
		into    map[language.Tag]string
	}{{"*.toml", c.files}, {"spelling/*.toml", c.spellingFiles}} {
		names, _ := fs.Glob(fsys, files.pattern)
		for _, name := range names {
			tag, err := fileTag(name)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			files.into[tag] = name
		}
	}
	for tag, name := range c.files {
		if data, err := readSmallFile(fsys, name); err == nil {
			if ids, ok := scanMessageIDs(data); ok {
				c.index[tag] = ids
			}
		}
	}
	if !c.usable(English) {
		errs = append(errs, fmt.Errorf("no usable English message file (en.toml)"))
	}
	errs = append(errs, c.takeErrors()...)
	return c, errors.Join(errs...)
}

func newCatalog(fsys fs.FS) *Catalog {
	return &Catalog{
		fsys:          fsys,
		files:         map[language.Tag]string{},
		spellingFiles: map[language.Tag]string{},
		langs:         map[language.Tag]*messages{},
		spelling:      map[language.Tag]*Spelling{},
	}
}

func fileTag(name string) (language.Tag, error) {
	tag, err := language.Parse(strings.TrimSuffix(path.Base(name), ".toml"))
	if err != nil {
		return language.Und, fmt.Errorf("%s: file name is not a language tag", name)
	}
	return tag, nil
}

// read is a language's message file, read now if it was not yet; nil when
// the language has none.
func (c *Catalog) read(tag language.Tag) *messages {
	c.mu.Lock()
	m, ok := c.langs[tag]
	c.mu.Unlock()
	name := c.files[tag]
	if ok || name == "" {
		return m
	}
	// Read without holding the lock, so that a file read in the
	// background does not hold up one needed now; the first one read stays.
	m, err := readMessages(c.fsys, tag, name)
	c.mu.Lock()
	defer c.mu.Unlock()
	if first, ok := c.langs[tag]; ok {
		return first
	}
	c.langs[tag] = m
	if err != nil {
		c.errs = append(c.errs, err)
	}
	return m
}

// usable reports whether a language has a message file that was read
// without error.
func (c *Catalog) usable(tag language.Tag) bool {
	m := c.read(tag)
	return m != nil && m.ok
}

// defined is the set of IDs a language's file defines: read, or until it
// is, from Open's quick scan; nil when it has no usable file.
func (c *Catalog) defined(tag language.Tag) map[string]bool {
	c.mu.Lock()
	_, read := c.langs[tag]
	c.mu.Unlock()
	if ids, ok := c.index[tag]; ok && !read {
		return ids
	}
	if m := c.read(tag); m != nil {
		return m.defined
	}
	return nil
}

func (c *Catalog) takeErrors() []error {
	c.mu.Lock()
	defer c.mu.Unlock()
	errs := c.errs
	c.errs = nil
	return errs
}

// LoadNext reads one more language's message or spelling file that has
// not been read yet and reports whether any are left; the error names the
// files that could not be read since the last call.
func (c *Catalog) LoadNext() (more bool, err error) {
	var next []func()
	for _, tag := range sortedTags(c.files) {
		c.mu.Lock()
		_, done := c.langs[tag]
		c.mu.Unlock()
		if !done {
			next = append(next, func() { c.read(tag) })
		}
	}
	for _, tag := range sortedTags(c.spellingFiles) {
		c.mu.Lock()
		_, done := c.spelling[tag]
		c.mu.Unlock()
		if !done {
			next = append(next, func() { c.Spelling(tag) })
		}
	}
	if len(next) > 0 {
		next[0]()
	}
	return len(next) > 1, errors.Join(c.takeErrors()...)
}

func sortedTags(m map[language.Tag]string) []language.Tag {
	tags := make([]language.Tag, 0, len(m))
	for t := range m {
		tags = append(tags, t)
	}
	slices.SortFunc(tags, func(a, b language.Tag) int { return strings.Compare(sortKey(a), sortKey(b)) })
	return tags
}

// readMessages reads one message file. Its error names the file and,
// where it can, the line.
func readMessages(fsys fs.FS, tag language.Tag, name string) (*messages, error) {
	failed := &messages{name: name}
	data, err := readSmallFile(fsys, name)
	if err != nil {
		return failed, err
	}
	decoded, err := decodeTOML(data)
	if err != nil {
		return failed, fmt.Errorf("%s:%w", name, err)
	}
	// go-i18n takes the messages from the document decoded above rather
	// than decoding the file a second time.
	msgs, err := i18n.ParseMessageBytes(data, func(_ []byte, v any) error {
		*v.(*any) = decoded
		return nil
	})
	if err != nil {
		return failed, fmt.Errorf("%s: %w", name, err)
	}
	m := &messages{ok: true, name: name, defined: map[string]bool{},
		texts: map[string][]string{}, forms: map[string][]string{}, bundle: i18n.NewBundle(tag)}
	for _, msg := range msgs {
		m.defined[msg.ID] = true
		for i, form := range []string{msg.Zero, msg.One, msg.Two, msg.Few, msg.Many, msg.Other} {
			if form != "" {
				m.texts[msg.ID] = append(m.texts[msg.ID], form)
				m.forms[msg.ID] = append(m.forms[msg.ID], pluralCategories[i])
			}
		}
	}
	if err := m.bundle.AddMessages(tag, msgs...); err != nil {
		return failed, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// decodeTOML decodes a message file, reporting a syntax error as
// "line:col: message", which go-i18n's own error does not carry in a form
// we can name a line with.
func decodeTOML(data []byte) (map[string]any, error) {
	var v map[string]any
	_, err := toml.Decode(string(data), &v)
	var perr toml.ParseError
	if errors.As(err, &perr) {
		return nil, fmt.Errorf("%d:%d: %s", perr.Position.Line, perr.Position.Col, perr.Message)
	}
	if err != nil {
		return nil, fmt.Errorf(" %w", err)
	}
	return v, nil
}

// Tags lists the languages with a message file, English first.
func (c *Catalog) Tags() []language.Tag {
	var tags []language.Tag
	for _, t := range sortedTags(c.files) {
		if c.usable(t) {
			tags = append(tags, t)
		}
	}
	return tags
}

func sortKey(t language.Tag) string {
	if t == English {
		return ""
	}
	return t.String()
}

// IDs lists the message IDs a language's own file defines, sorted.
func (c *Catalog) IDs(tag language.Tag) []string {
	var defined map[string]bool
	if m := c.read(tag); m != nil {
		defined = m.defined
	}
	ids := make([]string, 0, len(defined))
	for id := range defined {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// File names the message file a language was loaded from.
func (c *Catalog) File(tag language.Tag) string {
	if c.usable(tag) {
		return c.files[tag]
	}
	return ""
}

// Chain is the order in which a language looks for a message or a text:
// the variant itself, then its language, then English. Only languages with
// a message file take part.
func (c *Catalog) Chain(tag language.Tag) []language.Tag {
	return c.chain(tag, true, c.usable)
}

// chain is Chain, counting a language's file when has says it is there.
func (c *Catalog) chain(tag language.Tag, withEnglish bool, has func(language.Tag) bool) []language.Tag {
	var chain []language.Tag
	add := func(t language.Tag) {
		if !slices.Contains(chain, t) && has(t) {
			chain = append(chain, t)
		}
	}
	add(tag)
	add(Base(tag))
	if withEnglish {
		add(English)
	}
	return chain
}

// Base is a tag's language without region or script: de-CH gives de.
func Base(tag language.Tag) language.Tag {
	b, _ := tag.Base()
	return language.Make(b.String())
}

// Missing lists the English message IDs that a language does not translate,
// counting what a variant takes from its language but not what anything
// takes from English. It reads no file it need not: a language not read
// yet counts as Open's quick scan of its file says.
func (c *Catalog) Missing(tag language.Tag) []string {
	var defined []map[string]bool
	for _, t := range c.chain(tag, tag == English, func(t language.Tag) bool { return c.defined(t) != nil }) {
		defined = append(defined, c.defined(t))
	}
	var missing []string
	for _, id := range c.IDs(English) {
		if !slices.ContainsFunc(defined, func(d map[string]bool) bool { return d[id] }) {
			missing = append(missing, id)
		}
	}
	return missing
}

// Extra lists the IDs a language's file defines that English does not.
func (c *Catalog) Extra(tag language.Tag) []string {
	var extra []string
	english := c.read(English)
	for _, id := range c.IDs(tag) {
		if english == nil || !english.defined[id] {
			extra = append(extra, id)
		}
	}
	return extra
}

// Spelling returns the spelling rules of a variant, or nil.
func (c *Catalog) Spelling(tag language.Tag) *Spelling {
	c.mu.Lock()
	s, read := c.spelling[tag]
	c.mu.Unlock()
	name := c.spellingFiles[tag]
	if read || name == "" {
		return s
	}
	s, err := LoadSpelling(c.fsys, name)
	c.mu.Lock()
	defer c.mu.Unlock()
	if first, ok := c.spelling[tag]; ok {
		return first
	}
	c.spelling[tag] = s
	if err != nil {
		c.errs = append(c.errs, err)
	}
	return s
}

// Texts gives every plural form of a message as a language's own file
// writes it, for checks that compare languages.
func (c *Catalog) Texts(tag language.Tag, id string) []string {
	if m := c.read(tag); m != nil {
		return m.texts[id]
	}
	return nil
}

// pluralCategories name go-i18n's plural forms, in its order.
var pluralCategories = []string{"zero", "one", "two", "few", "many", "other"}

// Forms gives the plural categories a language's own file writes for a
// message ("other" alone for a message without plural forms).
func (c *Catalog) Forms(tag language.Tag, id string) []string {
	if m := c.read(tag); m != nil {
		return m.forms[id]
	}
	return nil
}

// MaxFileSize is the largest message or spelling file read; a bigger one is
// refused rather than read into memory.
const MaxFileSize = 1 << 20

func readSmallFile(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s: %d bytes, more than a message file can be (%d)", name, info.Size(), MaxFileSize)
	}
	return fs.ReadFile(fsys, name)
}
