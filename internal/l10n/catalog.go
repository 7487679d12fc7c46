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

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// English is the reference language: every message and text exists in it.
var English = language.English

// Catalog holds every message file and spelling rule that was loaded.
type Catalog struct {
	bundle   *i18n.Bundle
	defined  map[language.Tag]map[string]bool
	texts    map[language.Tag]map[string][]string // every plural form of each message
	forms    map[language.Tag]map[string][]string // the plural categories each message has
	spelling map[language.Tag]*Spelling
	files    map[language.Tag]string
}

// Load reads the message files "<tag>.toml" at the root of fsys and the
// spelling rules "spelling/<tag>.toml". A broken file is left out and
// reported in the returned error; everything else still loads, so the app
// runs on what is good.
func Load(fsys fs.FS) (*Catalog, error) {
	c := &Catalog{
		bundle:   i18n.NewBundle(English),
		defined:  map[language.Tag]map[string]bool{},
		texts:    map[language.Tag]map[string][]string{},
		forms:    map[language.Tag]map[string][]string{},
		spelling: map[language.Tag]*Spelling{},
		files:    map[language.Tag]string{},
	}
	c.bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	errs := c.loadMessages(fsys)
	errs = append(errs, c.loadSpelling(fsys)...)
	if c.defined[English] == nil {
		errs = append(errs, fmt.Errorf("no usable English message file (en.toml)"))
	}
	return c, errors.Join(errs...)
}

func (c *Catalog) loadMessages(fsys fs.FS) []error {
	names, err := fs.Glob(fsys, "*.toml")
	if err != nil {
		return []error{err}
	}
	var errs []error
	for _, name := range names {
		if err := c.loadMessageFile(fsys, name); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

func (c *Catalog) loadMessageFile(fsys fs.FS, name string) error {
	tag, err := language.Parse(strings.TrimSuffix(name, ".toml"))
	if err != nil {
		return fmt.Errorf("%s: file name is not a language tag", name)
	}
	data, err := readSmallFile(fsys, name)
	if err != nil {
		return err
	}
	if err := checkTOML(data); err != nil {
		return fmt.Errorf("%s:%w", name, err)
	}
	file, err := i18n.ParseMessageFileBytes(data, name, map[string]i18n.UnmarshalFunc{"toml": toml.Unmarshal})
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	ids := map[string]bool{}
	texts, forms := map[string][]string{}, map[string][]string{}
	for _, m := range file.Messages {
		ids[m.ID] = true
		for i, form := range []string{m.Zero, m.One, m.Two, m.Few, m.Many, m.Other} {
			if form != "" {
				texts[m.ID] = append(texts[m.ID], form)
				forms[m.ID] = append(forms[m.ID], pluralCategories[i])
			}
		}
	}
	if err := c.bundle.AddMessages(tag, file.Messages...); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	c.defined[tag] = ids
	c.texts[tag] = texts
	c.forms[tag] = forms
	c.files[tag] = name
	return nil
}

// checkTOML reports a syntax error as "line: message", which go-i18n's own
// error does not carry in a form we can name a line with.
func checkTOML(data []byte) error {
	var v map[string]any
	_, err := toml.Decode(string(data), &v)
	var perr toml.ParseError
	if errors.As(err, &perr) {
		return fmt.Errorf("%d:%d: %s", perr.Position.Line, perr.Position.Col, perr.Message)
	}
	if err != nil {
		return fmt.Errorf(" %w", err)
	}
	return nil
}

func (c *Catalog) loadSpelling(fsys fs.FS) []error {
	names, _ := fs.Glob(fsys, "spelling/*.toml")
	var errs []error
	for _, name := range names {
		tag, err := language.Parse(strings.TrimSuffix(path.Base(name), ".toml"))
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: file name is not a language tag", name))
			continue
		}
		s, err := LoadSpelling(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.spelling[tag] = s
	}
	return errs
}

// Tags lists the languages with a message file, English first.
func (c *Catalog) Tags() []language.Tag {
	tags := make([]language.Tag, 0, len(c.defined))
	for t := range c.defined {
		tags = append(tags, t)
	}
	slices.SortFunc(tags, func(a, b language.Tag) int {
		return strings.Compare(sortKey(a), sortKey(b))
	})
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
	ids := make([]string, 0, len(c.defined[tag]))
	for id := range c.defined[tag] {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// File names the message file a language was loaded from.
func (c *Catalog) File(tag language.Tag) string { return c.files[tag] }

// Chain is the order in which a language looks for a message or a text:
// the variant itself, then its language, then English. Only languages with
// a message file take part.
func (c *Catalog) Chain(tag language.Tag) []language.Tag {
	return c.chain(tag, true)
}

func (c *Catalog) chain(tag language.Tag, withEnglish bool) []language.Tag {
	var chain []language.Tag
	add := func(t language.Tag) {
		if _, ok := c.defined[t]; ok && !slices.Contains(chain, t) {
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
// takes from English.
func (c *Catalog) Missing(tag language.Tag) []string {
	chain := c.chain(tag, tag == English)
	var missing []string
	for _, id := range c.IDs(English) {
		if !slices.ContainsFunc(chain, func(t language.Tag) bool { return c.defined[t][id] }) {
			missing = append(missing, id)
		}
	}
	return missing
}

// Extra lists the IDs a language's file defines that English does not.
func (c *Catalog) Extra(tag language.Tag) []string {
	var extra []string
	for _, id := range c.IDs(tag) {
		if !c.defined[English][id] {
			extra = append(extra, id)
		}
	}
	return extra
}

// Spelling returns the spelling rules of a variant, or nil.
func (c *Catalog) Spelling(tag language.Tag) *Spelling { return c.spelling[tag] }

// Texts gives every plural form of a message as a language's own file
// writes it, for checks that compare languages.
func (c *Catalog) Texts(tag language.Tag, id string) []string { return c.texts[tag][id] }

// pluralCategories name go-i18n's plural forms, in its order.
var pluralCategories = []string{"zero", "one", "two", "few", "many", "other"}

// Forms gives the plural categories a language's own file writes for a
// message ("other" alone for a message without plural forms).
func (c *Catalog) Forms(tag language.Tag, id string) []string { return c.forms[tag][id] }

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
