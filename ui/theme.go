package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// readingTheme is Fyne's default theme, always light (calm and the most
// readable in a bright waiting room) and with larger text for readers with
// poor eyesight.
type readingTheme struct {
	scale float32 // text size, 1 for the normal size
}

// Theme is the app's theme at the normal text size.
func Theme() fyne.Theme { return readingTheme{scale: 1} }

// ThemeWithTextSize is the app's theme with text at percent of the normal
// size (100 to 200).
func ThemeWithTextSize(percent int) fyne.Theme {
	return readingTheme{scale: float32(min(max(percent, 100), 200)) / 100}
}

var baseTheme = theme.DefaultTheme()

func (readingTheme) Color(name fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return baseTheme.Color(name, theme.VariantLight)
}

func (readingTheme) Font(style fyne.TextStyle) fyne.Resource { return baseTheme.Font(style) }

func (readingTheme) Icon(name fyne.ThemeIconName) fyne.Resource { return baseTheme.Icon(name) }

// textScale makes every text size a third larger than Fyne's default.
const textScale = 4.0 / 3

func (t readingTheme) Size(name fyne.ThemeSizeName) float32 {
	switch name {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText:
		return baseTheme.Size(name) * textScale * t.scale
	}
	return baseTheme.Size(name)
}
