package content

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// StartFile holds a language's start-screen tiles, FiguresFile its figure
// captions.
const (
	StartFile   = "start.toml"
	FiguresFile = "figures.toml"
)

// Tile is one situation a patient may come with ("I am going to have a
// procedure"), on the Welcome tab's start screen, and the topics that
// answer it, in reading order. English gives each tile its order and path;
// a translation gives only its text; a clinic's pack may add tiles, move
// them (order) or hide them.
type Tile struct {
	ID    string
	Text  string
	Path  []string // topics as "section/id"
	Order int
	Hide  bool
	File  string
	Line  int
}

// Figure is the text that goes with an illustration: the caption under it
// (also what a screen reader says), and a legend for its numbered callouts.
type Figure struct {
	ID      string
	Caption string
	Legend  string
	File    string
	Line    int
}

type startFile struct {
	Tile []struct {
		ID    string   `toml:"id"`
		Text  string   `toml:"text"`
		Path  []string `toml:"path"`
		Order int      `toml:"order"`
		Hide  bool     `toml:"hide"`
	} `toml:"tile"`
}

// ParseStart reads a start file of [[tile]] tables.
func ParseStart(data []byte, file string) ([]Tile, error) {
	var f startFile
	meta, err := toml.Decode(string(data), &f)
	if err != nil {
		return nil, fmt.Errorf("%s:%w", file, tomlError(err, 0))
	}
	starts := tableLines(string(data), "[[tile]]")
	if keys := meta.Undecoded(); len(keys) > 0 {
		return nil, fmt.Errorf("%s: unknown key %q: a tile has id, text, path, order and hide", file, keys[0].String())
	}
	var tiles []Tile
	var errs []error
	seen := map[string]bool{}
	for i, t := range f.Tile {
		line := 0
		if i < len(starts) {
			line = starts[i]
		}
		switch {
		case t.ID == "":
			errs = append(errs, fmt.Errorf("%s:%d: a tile needs an id", file, line))
		case seen[t.ID]:
			errs = append(errs, fmt.Errorf("%s:%d: tile %q is listed twice", file, line, t.ID))
		default:
			seen[t.ID] = true
			for _, p := range t.Path {
				if s, id, ok := strings.Cut(p, "/"); !ok || id == "" || !slices.Contains(Sections, Section(s)) {
					errs = append(errs, fmt.Errorf("%s:%d: tile %q: path entry %q is not section/topic (sections: %s)", file, line, t.ID, p, sectionList()))
				}
			}
			tiles = append(tiles, Tile{ID: t.ID, Text: strings.TrimSpace(t.Text), Path: t.Path, Order: t.Order, Hide: t.Hide, File: file, Line: line})
		}
	}
	return tiles, errors.Join(errs...)
}

// ParseFigures reads a figures file: one table per figure, named by its id.
func ParseFigures(data []byte, file string) ([]Figure, error) {
	var f map[string]struct {
		Caption string `toml:"caption"`
		Legend  string `toml:"legend"`
	}
	meta, err := toml.Decode(string(data), &f)
	if err != nil {
		return nil, fmt.Errorf("%s:%w", file, tomlError(err, 0))
	}
	if keys := meta.Undecoded(); len(keys) > 0 {
		return nil, fmt.Errorf("%s: unknown key %q: a figure has caption and legend", file, keys[0].String())
	}
	var figures []Figure
	var errs []error
	for id, fig := range f {
		line := 0
		if l := tableLines(string(data), "["+id+"]"); len(l) > 0 {
			line = l[0]
		}
		if strings.TrimSpace(fig.Caption) == "" {
			errs = append(errs, fmt.Errorf("%s:%d: figure %q has no caption", file, line, id))
			continue
		}
		figures = append(figures, Figure{ID: id, Caption: strings.TrimSpace(fig.Caption), Legend: strings.TrimSpace(fig.Legend), File: file, Line: line})
	}
	slices.SortFunc(figures, func(a, b Figure) int { return cmp.Compare(a.ID, b.ID) })
	return figures, errors.Join(errs...)
}

func (t *texts) loadStart(fsys fs.FS, file string) error {
	data, err := readFile(fsys, file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	tiles, err := ParseStart(data, file)
	for _, tile := range tiles {
		t.tiles[tile.ID] = tile
	}
	return err
}

func (t *texts) loadFigures(fsys fs.FS, file string) error {
	data, err := readFile(fsys, file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	figures, err := ParseFigures(data, file)
	for _, f := range figures {
		t.figures[f.ID] = f
	}
	return err
}

// resolveTiles is the start screen for a reader: each tile's text from the
// first layer that has one, its path, order and hiding from the first that
// sets them (a clinic's before the built-in), hidden tiles left out, the
// rest in order; a path keeps only the topics the reader has.
func resolveTiles(layers []layer, has func(string) bool, spell func(string) string) []Tile {
	ids := map[string]bool{}
	for _, l := range layers {
		for id := range l.tiles {
			ids[id] = true
		}
	}
	var tiles []Tile
	for id := range ids {
		var t Tile
		t.ID = id
		hideSet := false
		for _, l := range layers {
			lt, ok := l.tiles[id]
			if !ok {
				continue
			}
			if t.Text == "" && lt.Text != "" {
				t.Text, t.File, t.Line = lt.Text, lt.File, lt.Line
			}
			if t.Path == nil && lt.Path != nil {
				t.Path = slices.Clone(lt.Path)
			}
			if t.Order == 0 && lt.Order != 0 {
				t.Order = lt.Order
			}
			if !hideSet && lt.Hide {
				t.Hide, hideSet = true, true
			}
		}
		t.Path = slices.DeleteFunc(t.Path, func(p string) bool { return !has(p) })
		if t.Hide || t.Text == "" || len(t.Path) == 0 {
			continue
		}
		t.Text = spell(t.Text)
		tiles = append(tiles, t)
	}
	slices.SortFunc(tiles, func(a, b Tile) int { return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID)) })
	return tiles
}

// resolveFigures is every figure's text in the first layer that has it.
func resolveFigures(layers []layer, spell func(string) string) map[string]Figure {
	figures := map[string]Figure{}
	for i := len(layers) - 1; i >= 0; i-- {
		for id, f := range layers[i].figures {
			f.Caption, f.Legend = spell(f.Caption), spell(f.Legend)
			figures[id] = f
		}
	}
	return figures
}

// Tiles are the start screen's tiles, in order.
func (p *Pack) Tiles() []Tile { return p.tiles }

// Figure is the caption and legend of figure id.
func (p *Pack) Figure(id string) (Figure, bool) {
	f, ok := p.figures[id]
	return f, ok
}
