package ui

import (
	"os"
	"testing"
)

// TestMain leaves the figures undrawn: drawing their SVG takes a tenth of
// a second or more each, and most tests look at everything but the
// pictures. The figure tests draw them (drawAtOnce).
func TestMain(m *testing.M) {
	figureDrawing = drawNever
	os.Exit(m.Run())
}
