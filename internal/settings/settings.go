// Package settings owns what veininfo remembers between runs, stored in
// Fyne's preferences: the reader's last region and language. No other code
// spells a preference key.
package settings

import "fyne.io/fyne/v2"

const (
	keyRegion   = "region"
	keyLanguage = "language"
)

// Settings reads and writes the remembered choices.
type Settings struct {
	prefs fyne.Preferences
}

// New wraps an app's preferences.
func New(prefs fyne.Preferences) *Settings { return &Settings{prefs: prefs} }

// Region is the last region chosen, or "" before the first choice.
func (s *Settings) Region() string { return s.prefs.StringWithFallback(keyRegion, "") }

// Language is the last language chosen, or "".
func (s *Settings) Language() string { return s.prefs.StringWithFallback(keyLanguage, "") }

// Save remembers a region and language for the next start.
func (s *Settings) Save(region, language string) {
	s.prefs.SetString(keyRegion, region)
	s.prefs.SetString(keyLanguage, language)
}
