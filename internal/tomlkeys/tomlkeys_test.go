package tomlkeys

import (
	"maps"
	"slices"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestScan(t *testing.T) {
	data := []byte(`# a comment
AppName = "Vein Info"   # after the value
Plain = 'C:\path'

[HeaderRegion]
description = "Label \"quoted\" before the region chooser."
other = "Region"

[[term]]
id = "edema"
forms = ["oedema", "edemas"] # spellings
order = 3
hide = false
`)
	lines, ok := Scan(data)
	if !ok {
		t.Fatal("the scan gave up")
	}
	want := []Line{
		{Kind: Key, Name: "AppName", String: true, Value: "Vein Info", Number: 2},
		{Kind: Key, Name: "Plain", String: true, Value: `C:\path`, Number: 3},
		{Kind: Table, Name: "HeaderRegion", Number: 5},
		{Kind: Key, Name: "description", String: true, Value: `Label "quoted" before the region chooser.`, Number: 6},
		{Kind: Key, Name: "other", String: true, Value: "Region", Number: 7},
		{Kind: ArrayTable, Name: "term", Number: 9},
		{Kind: Key, Name: "id", String: true, Value: "edema", Number: 10},
		{Kind: Key, Name: "forms", Number: 11},
		{Kind: Key, Name: "order", Number: 12},
		{Kind: Key, Name: "hide", Number: 13},
	}
	if !slices.Equal(lines, want) {
		t.Errorf("got\n%+v\nwant\n%+v", lines, want)
	}
}

// TestScanGivesUp: what the scan does not follow makes it say so, so that
// the caller reads the file in full.
func TestScanGivesUp(t *testing.T) {
	for name, doc := range map[string]string{
		"multi-line string":  "A = \"\"\"\nline\n\"\"\"\n",
		"multi-line literal": "A = '''\nline\n'''\n",
		"multi-line array":   "a = [\n  1,\n]\n",
		"inline table":       "a = { b = 1 }\n",
		"dotted key":         "a.b = \"x\"\n",
		"quoted key":         "\"a b\" = \"x\"\n",
		"dotted table":       "[a.b]\nc = \"x\"\n",
		"key twice":          "a = \"x\"\na = \"y\"\n",
		"table twice":        "[a]\nb = \"x\"\n[a]\nc = \"y\"\n",
		"no value":           "a =\n",
		"no equals":          "just words\n",
		"two values":         "a = \"x\" \"y\"\n",
		"unclosed string":    "a = \"x\n",
		"bad escape":         "a = \"\\e\"\n",
		"value with spaces":  "a = 1979-05-27 07:32:00\n",
	} {
		if lines, ok := Scan([]byte(doc)); ok {
			t.Errorf("%s: scanned %+v, want to give up", name, lines)
		}
	}
}

// FuzzScan: what the scan reads, a TOML parser reads the same way: the
// same tables and the same keys in each, with the same string values.
func FuzzScan(f *testing.F) {
	f.Add([]byte("A = \"x\"\n[B]\nother = \"y\" # z\n[[c]]\nid = 'd'\nn = [1, \"]\"]\n"))
	f.Add([]byte("[a]\n[[b]]\nc = true\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines, ok := Scan(data)
		var doc map[string]any
		if _, err := toml.Decode(string(data), &doc); !ok || err != nil {
			return // the scan is an index of files a parser accepts
		}
		got := map[string]map[string]any{"": {}}
		table := ""
		for _, l := range lines {
			switch l.Kind {
			case Table, ArrayTable:
				table = l.Name
				if got[table] == nil {
					got[table] = map[string]any{}
				}
			case Key:
				var v any = "(not a string)"
				if l.String {
					v = l.Value
				}
				got[table][l.Name] = v
			}
		}
		want := map[string]map[string]any{"": {}}
		for k, v := range doc {
			switch v := v.(type) {
			case map[string]any:
				want[k] = keysOf(v)
			case []map[string]any:
				want[k] = map[string]any{} // the keys of all its tables: the scan keeps them together
				for _, table := range v {
					maps.Copy(want[k], keysOf(table))
				}
			case string:
				want[""][k] = v
			default:
				want[""][k] = "(not a string)"
			}
		}
		if !maps.EqualFunc(got, want, maps.Equal) {
			t.Errorf("scan %v, parser %v", got, want)
		}
	})
}

func keysOf(m map[string]any) map[string]any {
	keys := map[string]any{}
	for k, v := range m {
		if s, ok := v.(string); ok {
			keys[k] = s
		} else {
			keys[k] = "(not a string)"
		}
	}
	return keys
}
