package settings

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestSaveAndRead(t *testing.T) {
	a := test.NewTempApp(t)
	s := New(a.Preferences())
	if s.Region() != "" || s.Language() != "" {
		t.Fatalf("fresh settings = %q/%q, want empty", s.Region(), s.Language())
	}
	s.Save("CH", "de-CH")
	again := New(a.Preferences())
	if again.Region() != "CH" || again.Language() != "de-CH" {
		t.Errorf("after Save: %q/%q", again.Region(), again.Language())
	}
}
