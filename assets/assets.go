// Package assets holds the content embedded in every build: the regions
// catalogue, the patient articles, glossary and product texts in every
// language, and the app icon.
package assets

import "embed"

// FS is the embedded content. Paths are relative to this folder, for example
// "regions.toml" or "content/en/disease/causes.md".
//
//go:embed regions.toml content icon.png
var FS embed.FS

// RegionsFile is the path of the regions catalogue inside FS.
const RegionsFile = "regions.toml"

// IconFile is the app icon inside FS.
const IconFile = "icon.png"

// ContentDir is the folder inside FS that holds one folder per language.
const ContentDir = "content"
