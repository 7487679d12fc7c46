package content

import (
	"errors"
	"io/fs"
	"path"
	"strings"

	"veininfo/internal/tomlkeys"
)

// holdings is what a language has as Missing counts it: topics as
// "section/id", glossary terms, start tiles with text, and figures with
// a caption, each by id.
type holdings struct {
	topics, terms, tiles, figures map[string]bool
}

// holdings of parsed texts, worked out once: texts never change once read.
func (t *texts) holdings() *holdings {
	t.holdingsOnce.Do(func() { t.held = t.countHoldings() })
	return t.held
}

func (t *texts) countHoldings() *holdings {
	h := &holdings{topics: map[string]bool{}, terms: map[string]bool{}, tiles: map[string]bool{}, figures: map[string]bool{}}
	for k := range t.topics {
		h.topics[k.String()] = true
	}
	for id := range t.terms {
		h.terms[id] = true
	}
	for id, tile := range t.tiles {
		if tile.Text != "" {
			h.tiles[id] = true
		}
	}
	for id := range t.figures {
		h.figures[id] = true
	}
	return h
}

// scanHoldings finds a language folder's holdings without parsing its
// files: topics from the file names, terms, tiles and figures from a quick
// scan of their files (tomlkeys). It agrees with a full load of files that
// load without error (a test holds it to that for the built-in content);
// ok is false when a file goes beyond what the scan reads.
func scanHoldings(fsys fs.FS, dir string) (h *holdings, ok bool) {
	h = &holdings{topics: map[string]bool{}}
	for _, s := range Sections {
		files, _ := fs.Glob(fsys, path.Join(dir, string(s), "*.md"))
		for _, f := range files {
			h.topics[string(s)+"/"+strings.TrimSuffix(path.Base(f), ".md")] = true
		}
	}
	scans := []struct {
		file string
		into *map[string]bool
		read func([]tomlkeys.Line) (map[string]bool, bool)
	}{
		{GlossaryFile, &h.terms, scanTerms},
		{StartFile, &h.tiles, scanTiles},
		{FiguresFile, &h.figures, scanFigures},
	}
	for _, s := range scans {
		data, err := readFile(fsys, path.Join(dir, s.file))
		if errors.Is(err, fs.ErrNotExist) {
			*s.into = map[string]bool{}
			continue
		}
		if err != nil {
			return nil, false
		}
		lines, ok := tomlkeys.Scan(data)
		if !ok {
			return nil, false
		}
		if *s.into, ok = s.read(lines); !ok {
			return nil, false
		}
	}
	return h, true
}

// entry is one [[table]] of a glossary or start file, key by key.
type entry map[string]tomlkeys.Line

// entries splits lines into the [[name]] tables they make; ok is false
// for anything else, or a key that is not in keys with the kind it needs
// (true: a string).
func entries(lines []tomlkeys.Line, name string, keys map[string]bool) ([]entry, bool) {
	var all []entry
	for _, l := range lines {
		switch {
		case l.Kind == tomlkeys.ArrayTable && l.Name == name:
			all = append(all, entry{})
		case l.Kind != tomlkeys.Key || len(all) == 0:
			return nil, false
		default:
			str, known := keys[l.Name]
			if !known || str != l.String {
				return nil, false
			}
			all[len(all)-1][l.Name] = l
		}
	}
	return all, true
}

// scanTerms: ParseGlossary keeps a term with id, term and definition.
func scanTerms(lines []tomlkeys.Line) (map[string]bool, bool) {
	terms, ok := entries(lines, "term", map[string]bool{"id": true, "term": true, "definition": true, "forms": false})
	ids := map[string]bool{}
	for _, t := range terms {
		if t["id"].Value != "" && t["term"].Value != "" && t["definition"].Value != "" {
			ids[t["id"].Value] = true
		}
	}
	return ids, ok
}

// scanTiles: Missing counts a tile with text; ParseStart keeps the first
// tile of an id.
func scanTiles(lines []tomlkeys.Line) (map[string]bool, bool) {
	tiles, ok := entries(lines, "tile", map[string]bool{"id": true, "text": true, "path": false, "order": false, "hide": false})
	ids, seen := map[string]bool{}, map[string]bool{}
	for _, t := range tiles {
		id := t["id"].Value
		if id != "" && !seen[id] && strings.TrimSpace(t["text"].Value) != "" {
			ids[id] = true
		}
		seen[id] = true
	}
	return ids, ok
}

// scanFigures: ParseFigures keeps a [figure] table with a caption.
func scanFigures(lines []tomlkeys.Line) (map[string]bool, bool) {
	ids := map[string]bool{}
	caption := map[string]string{}
	table := ""
	for _, l := range lines {
		switch {
		case l.Kind == tomlkeys.Table:
			table = l.Name
			caption[table] = ""
		case l.Kind != tomlkeys.Key || table == "" || !l.String || (l.Name != "caption" && l.Name != "legend"):
			return nil, false
		case l.Name == "caption":
			caption[table] = l.Value
		}
	}
	for id, c := range caption {
		if strings.TrimSpace(c) != "" {
			ids[id] = true
		}
	}
	return ids, true
}
