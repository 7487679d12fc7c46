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

// LoadEmbedded reads the catalogues built into the binary. A broken part is
// reported in the error and left out; the rest is usable.
func LoadEmbedded() (Catalogues, error) {
	regs, rerr := regions.Load(assets.FS, assets.RegionsFile)
	if regs == nil {
		regs = regions.New()
	}
	msgs, merr := l10n.Load(locales.FS)
	lib, cerr := content.Load(assets.FS, assets.ContentDir)
	return Catalogues{Regions: regs, Messages: msgs, Content: lib}, errors.Join(rerr, merr, cerr)
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
