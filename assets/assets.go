// Package assets holds the content embedded in every build: the regions
// catalogue, the patient articles, glossary and product texts in every
// language, and the app icon.
package assets

import (
	"embed"
	"strings"
)

// FS is the embedded content. Paths are relative to this folder, for example
// "regions.toml" or "content/en/disease/causes.md".
//
//go:embed regions.toml content icons/128.png figures/*.svg
var FS embed.FS

// RegionsFile is the path of the regions catalogue inside FS.
const RegionsFile = "regions.toml"

// WindowIconFile is the icon the window gives the desktop (task bar,
// window switcher), 128 pixels square (the packages install the 512-pixel
// assets/icon.png for the desktop's menus): the 512-pixel icon made the window
// decode a PNG 16 times the size and hand the X server a 1 MiB property
// before the first frame, 10-30 ms under software rendering.
const WindowIconFile = "icons/128.png"

// ContentDir is the folder inside FS that holds one folder per language.
const ContentDir = "content"

// FiguresDir holds the illustrations: <id>.svg and, for the high-contrast
// theme, <id>-hc.svg (outlines and patterns, not colour alone).
const FiguresDir = "figures"

// Figure is the SVG of figure id, in its high-contrast version when
// contrast is set.
func Figure(id string, contrast bool) ([]byte, error) {
	name := id
	if contrast {
		name += "-hc"
	}
	return FS.ReadFile(FiguresDir + "/" + name + ".svg")
}

// Figures lists the ids of the figures.
func Figures() []string {
	entries, _ := FS.ReadDir(FiguresDir)
	var ids []string
	for _, e := range entries {
		name := e.Name()
		if strings.HasSuffix(name, ".svg") && !strings.HasSuffix(name, "-hc.svg") {
			ids = append(ids, strings.TrimSuffix(name, ".svg"))
		}
	}
	return ids
}
