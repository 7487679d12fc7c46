package session

import (
	"errors"

	"veininfo/assets"
	"veininfo/internal/content"
	"veininfo/internal/l10n"
	"veininfo/internal/regions"
	"veininfo/locales"
)

// Catalogues are the data a session is built from.
type Catalogues struct {
	Regions  *regions.Catalogue
	Messages *l10n.Catalog
	Content  *content.Library
}

// LoadEmbedded reads the catalogues built into the binary: the regions
// and English at once, every other language when it is first needed or
// when LoadNext comes to it, so that the app's first screen waits only for
// the languages it shows. Which languages are complete, and so offered, is
// known from the start all the same (from a quick scan of the files, see
// l10n.Open and content.Open). A broken part is reported in the error, or
// for a language read later by LoadNext, and left out; the rest is usable.
func LoadEmbedded() (Catalogues, error) {
	regs, rerr := regions.Load(assets.FS, assets.RegionsFile)
	if regs == nil {
		regs = regions.New()
	}
	// The two are read side by side: the app waits for them before it can
	// open its window.
	var msgs *l10n.Catalog
	var merr error
	read := make(chan struct{})
	go func() {
		defer close(read)
		msgs, merr = l10n.Open(locales.FS)
	}()
	lib, cerr := content.Open(assets.FS, assets.ContentDir)
	<-read
	return Catalogues{Regions: regs, Messages: msgs, Content: lib}, errors.Join(rerr, merr, cerr)
}

// LoadNext reads one more language that has not been needed yet, so that
// a later choice or screen finds it ready, and reports whether any are
// left; the error names the files that could not be read. It is safe to
// call on any goroutine, while the catalogues are in use.
func (c Catalogues) LoadNext() (more bool, err error) {
	var moreMessages, moreContent bool
	var merr, cerr error
	if c.Messages != nil {
		moreMessages, merr = c.Messages.LoadNext()
	}
	if c.Content != nil {
		moreContent, cerr = c.Content.LoadNext()
	}
	return moreMessages || moreContent, errors.Join(merr, cerr)
}

// MemoryStore remembers a choice only while the app runs.
type MemoryStore struct {
	Choice
}

// Region is the remembered region code.
func (m *MemoryStore) Region() string { return m.Choice.Region }

// Language is the remembered language tag.
func (m *MemoryStore) Language() string { return m.Choice.Language }

// Save remembers a choice.
func (m *MemoryStore) Save(region, language string) { m.Choice = Choice{region, language} }
