// Package regions owns the catalogue of regions veininfo serves: which
// languages each offers, which products it shows, and how a system locale is
// matched to a region and language.
package regions

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"
)

// Region is a country with its own regulatory jurisdiction.
type Region struct {
	Code      string         // ISO 3166-1 alpha-2, upper case
	Continent string         // grouping for the region chooser
	Languages []language.Tag // offered languages, default first
	Products  []string       // ids of the product kinds approved here
	Emergency []string       // numbers to call for an ambulance, the usual one first
}

// DefaultLanguage is the language a region starts in.
func (r Region) DefaultLanguage() language.Tag { return r.Languages[0] }

// Offers reports whether the region offers the language.
func (r Region) Offers(tag language.Tag) bool {
	for _, t := range r.Languages {
		if t == tag {
			return true
		}
	}
	return false
}

// Catalogue is the ordered list of regions, as written in the data file.
type Catalogue struct {
	regions []Region
}

type fileRegion struct {
	Code      string   `toml:"code"`
	Continent string   `toml:"continent"`
	Languages []string `toml:"languages"`
	Products  []string `toml:"products"`
	Emergency []string `toml:"emergency"`
}

// Load reads the catalogue at path in fsys.
func Load(fsys fs.FS, path string) (*Catalogue, error) {
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, fmt.Errorf("regions: %w", err)
	}
	return Parse(data, path)
}

// Parse reads a catalogue from data; name is used in error messages.
func Parse(data []byte, name string) (*Catalogue, error) {
	var file struct {
		Region []fileRegion `toml:"region"`
	}
	meta, err := toml.Decode(string(data), &file)
	if err != nil {
		return nil, fmt.Errorf("%s:%w", name, tomlError(err))
	}
	if keys := meta.Undecoded(); len(keys) > 0 {
		return nil, fmt.Errorf("%s: unknown key %q", name, keys[0].String())
	}
	c := &Catalogue{}
	var errs []error
	for i, fr := range file.Region {
		r, err := fr.region()
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: region %d: %w", name, i+1, err))
			continue
		}
		if _, dup := c.Lookup(r.Code); dup {
			errs = append(errs, fmt.Errorf("%s: region %s listed twice", name, r.Code))
			continue
		}
		c.regions = append(c.regions, r)
	}
	if len(c.regions) == 0 && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("%s: no regions", name))
	}
	return c, errors.Join(errs...)
}

// tomlError renders a TOML error as "line: message" where the line is known.
func tomlError(err error) error {
	var perr toml.ParseError
	if errors.As(err, &perr) {
		return fmt.Errorf("%d: %s", perr.Position.Line, perr.Message)
	}
	return fmt.Errorf(" %w", err)
}

func (fr fileRegion) region() (Region, error) {
	code := strings.ToUpper(strings.TrimSpace(fr.Code))
	if _, err := language.ParseRegion(code); err != nil || len(code) != 2 {
		return Region{}, fmt.Errorf("code %q is not a two-letter country code", fr.Code)
	}
	if !slices.Contains(Continents, fr.Continent) {
		return Region{}, fmt.Errorf("%s: continent %q is not one of %s", code, fr.Continent, strings.Join(Continents, ", "))
	}
	if len(fr.Languages) == 0 {
		return Region{}, fmt.Errorf("%s offers no language", code)
	}
	r := Region{Code: code, Continent: fr.Continent, Products: fr.Products, Emergency: fr.Emergency}
	for _, l := range fr.Languages {
		tag, err := language.Parse(l)
		if err != nil {
			return Region{}, fmt.Errorf("%s: language %q: %w", code, l, err)
		}
		r.Languages = append(r.Languages, tag)
	}
	if len(fr.Emergency) == 0 {
		return Region{}, fmt.Errorf("%s: emergency: give the number(s) to call for an ambulance, the usual one first", code)
	}
	for _, n := range fr.Emergency {
		if !isPhoneNumber(n) {
			return Region{}, fmt.Errorf("%s: emergency number %q is not a short telephone number", code, n)
		}
	}
	return r, nil
}

// isPhoneNumber accepts the short numbers emergency services use: two to
// four digits.
func isPhoneNumber(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// New makes a catalogue of the given regions, in that order.
func New(rs ...Region) *Catalogue { return &Catalogue{regions: rs} }

// Only keeps the regions whose codes are listed, in the list's order (the
// first is where a patient starts when nothing else says), and names the
// codes it does not know. An empty list keeps every region.
func (c *Catalogue) Only(codes []string) (*Catalogue, []string) {
	if len(codes) == 0 {
		return c, nil
	}
	var kept []Region
	var unknown []string
	for _, code := range codes {
		r, ok := c.Lookup(code)
		switch {
		case !ok:
			unknown = append(unknown, code)
		case !slices.ContainsFunc(kept, func(k Region) bool { return k.Code == r.Code }):
			kept = append(kept, r)
		}
	}
	return New(kept...), unknown
}

// All returns the regions in catalogue order.
func (c *Catalogue) All() []Region { return c.regions }

// Lookup finds a region by its code, in any case.
func (c *Catalogue) Lookup(code string) (Region, bool) {
	code = strings.ToUpper(code)
	for _, r := range c.regions {
		if r.Code == code {
			return r, true
		}
	}
	return Region{}, false
}

// Codes lists the region codes in catalogue order.
func (c *Catalogue) Codes() []string {
	codes := make([]string, len(c.regions))
	for i, r := range c.regions {
		codes[i] = r.Code
	}
	return codes
}

// Languages lists every language some region offers, in catalogue order.
func (c *Catalogue) Languages() []language.Tag {
	var tags []language.Tag
	seen := map[language.Tag]bool{}
	for _, r := range c.regions {
		for _, t := range r.Languages {
			if !seen[t] {
				seen[t] = true
				tags = append(tags, t)
			}
		}
	}
	return tags
}
