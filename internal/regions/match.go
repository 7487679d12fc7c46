package regions

import "golang.org/x/text/language"

// Match picks the region and language that best fit a reader's locale.
// A locale naming a region in the catalogue gets that region, in the offered
// language closest to the locale's (de-CH gets Switzerland in Swiss German).
// Otherwise the locale's language is matched against every region's default
// language (de-LU gets Germany in German). ok is false when nothing fits,
// and the caller falls back to its own default.
func (c *Catalogue) Match(locale language.Tag) (Region, language.Tag, bool) {
	if code, conf := locale.Region(); conf == language.Exact {
		if r, found := c.Lookup(code.String()); found {
			return r, closest(r.Languages, locale), true
		}
	}
	defaults := make([]language.Tag, len(c.regions))
	for i, r := range c.regions {
		defaults[i] = r.DefaultLanguage()
	}
	if len(defaults) == 0 {
		return Region{}, language.Und, false
	}
	_, i, conf := language.NewMatcher(defaults).Match(locale)
	if conf == language.No {
		return Region{}, language.Und, false
	}
	return c.regions[i], defaults[i], true
}

// closest returns the offered language that best fits the locale, or the
// default (first) one when none does.
func closest(offered []language.Tag, locale language.Tag) language.Tag {
	_, i, conf := language.NewMatcher(offered).Match(locale)
	if conf == language.No {
		return offered[0]
	}
	return offered[i]
}
