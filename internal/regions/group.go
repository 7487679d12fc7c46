package regions

import (
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"veininfo/internal/l10n"
)

// Continents are the groups a region may belong to, as spelled in the data
// file.
var Continents = []string{"europe", "north-america", "south-america", "oceania"}

// Group is the regions of one continent.
type Group struct {
	Continent string
	Regions   []Region
}

// ByContinent groups regions by continent, ordering the groups and the
// regions in each by their names in the reader's language, as that
// language sorts ("Österreich" after "Niederlande" in German, but after
// "Sverige" in Swedish).
func ByContinent(rs []Region, reader language.Tag, regionName func(Region) string, continentName func(string) string) []Group {
	col := l10n.Collator(reader, collate.IgnoreCase)
	var groups []Group
	for _, r := range rs {
		i := slices.IndexFunc(groups, func(g Group) bool { return g.Continent == r.Continent })
		if i < 0 {
			groups = append(groups, Group{Continent: r.Continent})
			i = len(groups) - 1
		}
		groups[i].Regions = append(groups[i].Regions, r)
	}
	for _, g := range groups {
		slices.SortStableFunc(g.Regions, func(a, b Region) int { return col.CompareString(regionName(a), regionName(b)) })
	}
	slices.SortStableFunc(groups, func(a, b Group) int {
		return col.CompareString(continentName(a.Continent), continentName(b.Continent))
	})
	return groups
}
