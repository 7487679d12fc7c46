// Package locales holds the go-i18n message files, one per language or
// regional variant ("de.toml", "de-CH.toml"), and the spelling rules that
// let a regional variant hold only what differs from its language
// ("spelling/de-CH.toml").
package locales

import "embed"

// FS holds the message files at its root and the spelling rules under
// spelling/.
//
//go:embed *.toml spelling
var FS embed.FS
