// Package session owns the reader's current choice of region and language,
// and what follows from it: the localizer, the resolved content, and which
// languages and regions may be offered at all (only complete translations).
package session

import (
	"fmt"
	"log"
	"slices"

	"golang.org/x/text/language"

	"veininfo/internal/content"
	"veininfo/internal/l10n"
	"veininfo/internal/regions"
)

// Store remembers the choice between runs.
type Store interface {
	Region() string
	Language() string
	Save(region, language string)
}

// Choice is a region code and a language tag, as typed or stored.
type Choice struct {
	Region   string
	Language string
}

// Session is the reader's current region and language.
type Session struct {
	catalogues Catalogues
	store      Store
	offered    *regions.Catalogue // regions with at least one complete language, and only those
	complete   map[language.Tag]bool

	region regions.Region
	lang   language.Tag
	loc    *l10n.Localizer
	pack   *content.Pack
	recent []recentPack // the packs resolved last, the current one first

	localizers map[language.Tag]*l10n.Localizer // made once per language: every rebuild names all regions
}

// New builds a session over the catalogues. It offers a language only when
// its messages and content are complete, and a region only when it offers
// at least one such language. It starts in the first offered region.
func New(c Catalogues, store Store) *Session {
	s := &Session{catalogues: c, store: store, localizers: map[language.Tag]*l10n.Localizer{}}
	regs := c.Regions
	var offered []regions.Region
	complete := map[language.Tag]bool{}
	for _, t := range regs.Languages() {
		complete[t] = s.isComplete(t, true)
	}
	s.complete = complete
	for _, r := range regs.All() {
		r.Languages = slices.DeleteFunc(slices.Clone(r.Languages), func(t language.Tag) bool {
			return !complete[t]
		})
		if len(r.Languages) > 0 {
			offered = append(offered, r)
		} else {
			log.Printf("session: region %s is not offered: none of its languages is complete", r.Code)
		}
	}
	s.offered = regions.New(offered...)
	if len(offered) > 0 {
		s.set(offered[0], offered[0].DefaultLanguage())
	}
	return s
}

// isComplete reports whether a language has every message and text
// English has, counting what a regional variant takes from its own language
// (en-GB from en, de-CH from de) but nothing any other language takes from
// English; it says why not in the log when asked to.
func (s *Session) isComplete(tag language.Tag, why bool) bool {
	missing := s.catalogues.Messages.Missing(tag)
	missing = append(missing, s.catalogues.Content.Missing(tag, l10n.Base(tag))...)
	if len(missing) > 0 && why {
		log.Printf("session: %s is not offered: %d messages or texts missing, first %s", tag, len(missing), missing[0])
	}
	return len(missing) == 0
}

// Preload reads one more language the session has not needed yet (see
// LoadEmbedded), so that a later choice or screen finds it ready, and
// reports whether any are left. The app calls it after its first frame,
// until it reports none, on any goroutine. Once every language is read, it
// checks that the languages offered from the quick scan at the start are
// the complete ones, and logs any that are not: a test holds the scan to
// the full read, so this never happens with the built-in catalogues.
func (s *Session) Preload() (more bool) {
	more, err := s.catalogues.LoadNext()
	if err != nil {
		log.Printf("session: %v", err)
	}
	if !more {
		for tag, was := range s.complete {
			if is := s.isComplete(tag, false); is != was {
				log.Printf("session: %s counted as complete %v at the start but %v once read in full", tag, was, is)
			}
		}
	}
	return more
}

// Regions lists the regions that may be chosen, in catalogue order.
func (s *Session) Regions() []regions.Region { return s.offered.All() }

// Lookup finds an offered region by code.
func (s *Session) Lookup(code string) (regions.Region, bool) { return s.offered.Lookup(code) }

// Region is the current region, with its offered languages.
func (s *Session) Region() regions.Region { return s.region }

// Language is the current language.
func (s *Session) Language() language.Tag { return s.lang }

// Localizer writes messages in the current language.
func (s *Session) Localizer() *l10n.Localizer { return s.loc }

// LocalizerFor writes messages in any language, for a preview of another
// region's language or a region's name in its own language.
func (s *Session) LocalizerFor(tag language.Tag) *l10n.Localizer {
	if loc, ok := s.localizers[tag]; ok {
		return loc
	}
	loc := s.catalogues.Messages.Localizer(tag)
	s.localizers[tag] = loc
	return loc
}

// Pack is the content in the current language.
func (s *Session) Pack() *content.Pack { return s.pack }

// Products lists the product texts approved in the current region.
func (s *Session) Products() []content.Topic { return s.pack.Products(s.region.Products) }

// LanguageAfter is the language a switch to region r would bring: the
// current one when r offers it, else r's default.
func (s *Session) LanguageAfter(r regions.Region) language.Tag {
	if tag, ok := variantIn(r, s.lang); ok {
		return tag
	}
	return r.DefaultLanguage()
}

// SetRegion switches to another region and remembers the choice.
func (s *Session) SetRegion(code string) error {
	r, ok := s.Lookup(code)
	if !ok {
		return fmt.Errorf("unknown region %q", code)
	}
	s.set(r, s.LanguageAfter(r))
	s.save()
	return nil
}

// SetLanguage switches to another language of the current region.
func (s *Session) SetLanguage(tag language.Tag) error {
	if !s.region.Offers(tag) {
		return fmt.Errorf("%s does not offer language %s", s.region.Code, tag)
	}
	s.set(s.region, tag)
	s.save()
	return nil
}

func (s *Session) set(r regions.Region, tag language.Tag) {
	s.region, s.lang = r, tag
	s.loc = s.LocalizerFor(tag)
	emergency := s.EmergencyNumber()
	key := packKey{tag, emergency}
	if i := slices.IndexFunc(s.recent, func(p recentPack) bool { return p.key == key }); i >= 0 {
		s.pack = s.recent[i].pack
		s.recent = slices.Delete(s.recent, i, i+1)
	} else {
		s.pack = s.catalogues.Content.Resolve(s.catalogues.Messages.Chain(tag), s.loc.Spell, content.Values{"Emergency": emergency})
	}
	s.recent = append([]recentPack{{key, s.pack}}, s.recent[:min(len(s.recent), recentPacks-1)]...)
}

// recentPacks is how many resolved packs a session keeps: a kiosk goes
// back and forth between a few regions and languages, and resolving a
// pack again (respelling every text for a variant such as nl-BE) would
// take tens of milliseconds of each switch on a slow machine.
const recentPacks = 4

// packKey is what a resolved pack depends on besides the library, which
// does not change once read: the language, and the region's emergency
// number written in it.
type packKey struct {
	tag       language.Tag
	emergency string
}

type recentPack struct {
	key  packKey
	pack *content.Pack
}

// EmergencyNumber is the region's number to call for an ambulance, with
// its alternatives, in the reader's language: "999 or 112".
func (s *Session) EmergencyNumber() string { return s.loc.Either(s.region.Emergency) }

// UseStore makes the session remember choices in store from now on, and
// read the remembered choice in Start.
func (s *Session) UseStore(store Store) { s.store = store }

// Check reports whether a command-line choice names an offered region and
// language, without switching to it.
func (s *Session) Check(flags Choice) error {
	_, _, err := s.resolve(flags, "")
	return err
}

func (s *Session) save() {
	if s.store != nil {
		s.store.Save(s.region.Code, s.lang.String())
	}
}
