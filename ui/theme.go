package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// readingTheme is Fyne's default theme, always light (calm and the most
// readable in a bright waiting room) and with larger text for readers with
// poor eyesight.
type readingTheme struct{}

// Theme is the app's theme.
func Theme() fyne.Theme { return readingTheme{} }

var baseTheme = theme.DefaultTheme()

func (readingTheme) Color(name fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return baseTheme.Color(name, theme.VariantLight)
}

func (readingTheme) Font(style fyne.TextStyle) fyne.Resource { return baseTheme.Font(style) }

func (readingTheme) Icon(name fyne.ThemeIconName) fyne.Resource { return baseTheme.Icon(name) }

// textScale makes every text size a third larger than Fyne's default.
const textScale = 4.0 / 3

func (readingTheme) Size(name fyne.ThemeSizeName) float32 {
	switch name {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText:
		return baseTheme.Size(name) * textScale
	}
	return baseTheme.Size(name)
}
