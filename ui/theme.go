package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// readingTheme is Fyne's default theme, always light (calm and the most
// readable in a bright waiting room), with larger text for readers with
// poor eyesight, touch targets of at least 44x44, and a high-contrast
// variant.
type readingTheme struct {
	scale    float32 // text size, 1 for the normal size
	contrast bool    // black on white, strong focus and links
	touch    bool    // a touch screen (kiosk): wide scrollbars at all times
}

// Theme is the app's theme at the normal text size.
func Theme() fyne.Theme { return readingTheme{scale: 1} }

func newTheme(percent int, contrast bool) readingTheme {
	return readingTheme{scale: float32(min(max(percent, 100), 200)) / 100, contrast: contrast}
}

// readable colours change Fyne's light theme where it falls short of
// WCAG AA: links and the focus outline (#1F5FD6, 5.7:1 on white, where
// Fyne's blue is 4.47:1 and its focus tint 1.3:1), the search field's
// placeholder and borders (3:1 or more), and the urgent-help red (5.6:1
// with white text).
var readable = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameHyperlink:           color.NRGBA{R: 0x1f, G: 0x5f, B: 0xd6, A: 0xff},
	theme.ColorNamePrimary:             color.NRGBA{R: 0x1f, G: 0x5f, B: 0xd6, A: 0xff},
	theme.ColorNameFocus:               color.NRGBA{R: 0x1f, G: 0x5f, B: 0xd6, A: 0xff},
	theme.ColorNamePlaceHolder:         color.NRGBA{R: 0x5e, G: 0x5e, B: 0x5e, A: 0xff},
	theme.ColorNameInputBorder:         color.NRGBA{R: 0x76, G: 0x76, B: 0x76, A: 0xff},
	theme.ColorNameError:               color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff},
	theme.ColorNameSelection:           color.NRGBA{R: 0xcf, G: 0xe0, B: 0xfb, A: 0xff},
	theme.ColorNameScrollBar:           color.NRGBA{R: 0x76, G: 0x76, B: 0x76, A: 0xcc},
	theme.ColorNameForegroundOnPrimary: color.White,
}

var baseTheme = theme.DefaultTheme()

// highContrast colours keep text at 7:1 or more against its background
// (WCAG AAA) and make focus and links stand out by more than colour: links
// are also underlined by Fyne, focus draws a thick dark outline.
var highContrast = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameBackground:          color.White,
	theme.ColorNameForeground:          color.Black,
	theme.ColorNameButton:              color.NRGBA{R: 0xe8, G: 0xe8, B: 0xe8, A: 0xff},
	theme.ColorNameInputBackground:     color.White,
	theme.ColorNameInputBorder:         color.Black,
	theme.ColorNameMenuBackground:      color.White,
	theme.ColorNameOverlayBackground:   color.White,
	theme.ColorNamePlaceHolder:         color.NRGBA{R: 0x4a, G: 0x4a, B: 0x4a, A: 0xff},
	theme.ColorNameDisabled:            color.NRGBA{R: 0x4a, G: 0x4a, B: 0x4a, A: 0xff},
	theme.ColorNamePrimary:             color.NRGBA{R: 0x00, G: 0x33, B: 0x99, A: 0xff},
	theme.ColorNameHyperlink:           color.NRGBA{R: 0x00, G: 0x33, B: 0x99, A: 0xff},
	theme.ColorNameFocus:               color.Black,
	theme.ColorNameError:               color.NRGBA{R: 0xa0, G: 0x00, B: 0x00, A: 0xff},
	theme.ColorNameScrollBar:           color.Black,
	theme.ColorNameHover:               color.NRGBA{R: 0x00, G: 0x00, B: 0x00, A: 0x20},
	theme.ColorNamePressed:             color.NRGBA{R: 0x00, G: 0x00, B: 0x00, A: 0x30},
	theme.ColorNameSelection:           color.NRGBA{R: 0xff, G: 0xe0, B: 0x66, A: 0xff},
	theme.ColorNameSeparator:           color.Black,
	theme.ColorNameShadow:              color.NRGBA{A: 0x66},
	theme.ColorNameForegroundOnPrimary: color.White,
}

func (t readingTheme) Color(name fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	if c, ok := highContrast[name]; ok && t.contrast {
		return c
	}
	if c, ok := readable[name]; ok {
		return c
	}
	return baseTheme.Color(name, theme.VariantLight)
}

func (readingTheme) Font(style fyne.TextStyle) fyne.Resource { return baseTheme.Font(style) }

func (readingTheme) Icon(name fyne.ThemeIconName) fyne.Resource { return baseTheme.Icon(name) }

// touchScrollBar is how wide a scrollbar is for a finger.
const touchScrollBar = 24

// textScale makes every text size a third larger than Fyne's default.
const textScale = 4.0 / 3

// innerPadding makes a one-line button, chooser or entry at least 44
// pixels high at the normal text size: a fingertip's touch target.
const innerPadding = 10

func (t readingTheme) Size(name fyne.ThemeSizeName) float32 {
	switch name {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText:
		return baseTheme.Size(name) * textScale * t.scale
	case theme.SizeNameInlineIcon:
		return baseTheme.Size(name) * textScale * t.scale
	case theme.SizeNameInnerPadding:
		return innerPadding
	case theme.SizeNameInputBorder:
		if t.contrast {
			return 2
		}
	case theme.SizeNameScrollBar:
		return touchScrollBar
	case theme.SizeNameModalBlurRadius:
		// A modal dialog dims the window behind it without blurring it:
		// Fyne blurs the whole window again on every frame a modal is up,
		// about 100 ms a frame under software rendering, and a tap on the
		// dialog waited for that frame (docs/performance.md).
		return 0
	case theme.SizeNameScrollBarSmall:
		if t.touch {
			return touchScrollBar // no hover on a touch screen to widen it
		}
		return 8
	}
	return baseTheme.Size(name)
}

// fontStyles are the text styles the app's screens use. Fyne reads and
// parses the fonts of a style (the text font, its symbol font and a
// system fallback, some 10 ms together on a slow machine) the first time
// text in that style is measured.
var fontStyles = []fyne.TextStyle{{}, {Bold: true}, {Underline: true}, {Bold: true, Underline: true}}

// PreloadFonts has Fyne read the fonts of every style the app uses. The
// app calls it on a goroutine of its own while the window is being
// created, which measures no text, so that the fonts are ready when the
// first screen is built. Nothing else may measure text until it returns:
// Fyne shapes all text with one shaper, which is not safe to share between
// goroutines. It needs a running app (fyne.CurrentApp).
func PreloadFonts() {
	for _, style := range fontStyles {
		fyne.MeasureText("Aa", theme.TextSize(), style)
	}
}
