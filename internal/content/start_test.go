package content

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/language"

	"veininfo/assets"
)

func tileIDs(tiles []Tile) string {
	var ids []string
	for _, t := range tiles {
		ids = append(ids, t.ID)
	}
	return strings.Join(ids, " ")
}

// TestStartTilesAndAClinicPack: the built-in tiles come in order with
// paths of existing topics; a clinic's pack adds a tile, moves one and
// hides one, and a translation gives only the text.
func TestStartTilesAndAClinicPack(t *testing.T) {
	lib, err := Load(assets.FS, assets.ContentDir)
	if err != nil {
		t.Fatal(err)
	}
	en := lib.Resolve([]language.Tag{English}, nil, Values{})
	if got := tileIDs(en.Tiles()); got != "narrowed procedure stent carer urgent" {
		t.Fatalf("tiles %q", got)
	}
	for _, tile := range en.Tiles() {
		for _, ref := range tile.Path {
			s, id, _ := strings.Cut(ref, "/")
			if _, ok := en.Topic(Section(s), id); !ok {
				t.Errorf("tile %s: %s is not a topic", tile.ID, ref)
			}
		}
	}
	pack := fstest.MapFS{
		"en/start.toml": {Data: []byte(`
[[tile]]
id = "our-clinic"
order = 0
text = "I want to know about this clinic"
path = ["welcome/welcome"]

[[tile]]
id = "carer"
hide = true

[[tile]]
id = "urgent"
order = 1
`)},
		"de/start.toml": {Data: []byte("[[tile]]\nid = \"our-clinic\"\ntext = \"Ich möchte mehr über diese Klinik wissen\"\n")},
	}
	clinic, err := LoadClinicPack(pack, ".")
	if err != nil {
		t.Fatal(err)
	}
	lib.Overlay(clinic)
	en = lib.Resolve([]language.Tag{English}, nil, Values{})
	if got := tileIDs(en.Tiles()); got != "our-clinic narrowed urgent procedure stent" {
		t.Errorf("with the clinic's pack the tiles are %q", got)
	}
	de := lib.Resolve([]language.Tag{language.German, English}, nil, Values{})
	i := slices.IndexFunc(de.Tiles(), func(t Tile) bool { return t.ID == "our-clinic" })
	if i < 0 || de.Tiles()[i].Text != "Ich möchte mehr über diese Klinik wissen" || len(de.Tiles()[i].Path) != 1 {
		t.Errorf("the German clinic tile: %+v", de.Tiles())
	}
	if _, err := ParseStart([]byte("[[tile]]\nid = \"x\"\npath = [\"nowhere/topic\"]\n"), "start.toml"); err == nil || !strings.Contains(err.Error(), "start.toml:1") {
		t.Errorf("a bad path should be an error with file and line: %v", err)
	}
}
