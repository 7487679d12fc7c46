package session

import (
	"fmt"
	"log"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"veininfo/internal/l10n"
	"veininfo/internal/regions"
)

// Start picks the first region and language: from the command line when
// given, else the remembered choice, else the system locale, else the
// first region in the catalogue (United States, English). A bad command
// line is an error naming the valid values; a bad remembered choice is
// logged and passed over.
func (s *Session) Start(flags Choice, locale language.Tag) error {
	saved := Choice{}
	if s.store != nil {
		saved = Choice{s.store.Region(), s.store.Language()}
	}
	if flags != (Choice{}) {
		r, tag, err := s.resolve(flags, saved.Region)
		if err != nil {
			return err
		}
		s.set(r, tag)
		return nil
	}
	if saved.Region != "" {
		r, tag, err := s.resolve(saved, "")
		if err == nil {
			s.set(r, tag)
			return nil
		}
		log.Printf("session: ignoring remembered choice: %v", err)
	}
	if r, tag, ok := s.match(locale); ok {
		s.set(r, tag)
	}
	return nil
}

// resolve checks a choice; a missing region is taken from fallbackRegion
// when that offers the language, else from the first region that does.
func (s *Session) resolve(c Choice, fallbackRegion string) (regions.Region, language.Tag, error) {
	var tag language.Tag
	if c.Language != "" {
		t, err := language.Parse(c.Language)
		if err != nil || !s.offers(t) {
			return regions.Region{}, language.Und, fmt.Errorf("unknown language %q: choose one of %s", c.Language, s.languageList())
		}
		tag = t
	}
	r, err := s.regionFor(c.Region, fallbackRegion, tag)
	if err != nil {
		return regions.Region{}, language.Und, err
	}
	if tag == language.Und {
		return r, r.DefaultLanguage(), nil
	}
	if v, ok := variantIn(r, tag); ok {
		return r, v, nil
	}
	return regions.Region{}, language.Und, fmt.Errorf("region %s does not offer language %s: choose one of %s", r.Code, tag, tagList(r.Languages))
}

// variantIn is the language a region offers for tag: tag itself, or the
// region's variant of tag's language (Austria offers de-AT for de, so a
// choice of German remembered before de-AT existed still holds).
func variantIn(r regions.Region, tag language.Tag) (language.Tag, bool) {
	if r.Offers(tag) {
		return tag, true
	}
	for _, t := range r.Languages {
		if l10n.Base(t) == l10n.Base(tag) {
			return t, true
		}
	}
	return language.Und, false
}

func (s *Session) regionFor(code, fallback string, tag language.Tag) (regions.Region, error) {
	if code != "" {
		r, ok := s.Lookup(code)
		if !ok {
			return regions.Region{}, fmt.Errorf("unknown region %q: choose one of %s", code, strings.Join(s.offered.Codes(), ", "))
		}
		return r, nil
	}
	if r, ok := s.Lookup(fallback); ok {
		if _, offers := variantIn(r, tag); offers {
			return r, nil
		}
	}
	for _, r := range s.offered.All() {
		if r.Offers(tag) {
			return r, nil
		}
	}
	return s.offered.All()[0], nil
}

func (s *Session) match(locale language.Tag) (regions.Region, language.Tag, bool) {
	if locale == language.Und {
		return regions.Region{}, language.Und, false
	}
	return s.offered.Match(locale)
}

func (s *Session) offers(tag language.Tag) bool {
	return slices.Contains(s.offered.Languages(), tag)
}

func (s *Session) languageList() string { return tagList(s.offered.Languages()) }

func tagList(tags []language.Tag) string {
	s := make([]string, len(tags))
	for i, t := range tags {
		s[i] = t.String()
	}
	return strings.Join(s, ", ")
}
