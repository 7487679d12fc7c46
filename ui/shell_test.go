package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"

	"veininfo/internal/l10n"
	"veininfo/internal/regions"
	"veininfo/internal/session"
	"veininfo/locales"
)

var testWindowSize = fyne.NewSize(1280, 800)

// newTestShell starts the app's shell in a test window, in the region and
// language given, on the embedded content (with regs instead of the
// embedded regions, when given).
func newTestShell(t *testing.T, region, lang string, regs *regions.Catalogue) (*Shell, fyne.Window, *session.MemoryStore) {
	t.Helper()
	test.NewTempApp(t).Settings().SetTheme(Theme())
	c, err := session.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	if regs != nil {
		c.Regions = regs
	}
	store := &session.MemoryStore{}
	sess := session.New(c, store)
	if err := sess.Start(session.Choice{Region: region, Language: lang}, language.Und); err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, nil)
	s := NewShell(w, sess)
	w.Resize(testWindowSize)
	return s, w, store
}

// texts collects every piece of text on the canvas, overlays included: the
// whole text of labels and rich texts (which wrap over several lines) and
// each drawn line.
func texts(c fyne.Canvas) []string {
	var all []string
	roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
	for _, root := range roots {
		for _, o := range test.LaidOutObjects(root) {
			if s := textOf(o); strings.TrimSpace(s) != "" {
				all = append(all, s)
			}
		}
	}
	return all
}

func textOf(o fyne.CanvasObject) string {
	switch o := o.(type) {
	case *textBlock:
		return o.Text()
	case *termLink:
		return o.text
	case *listRow:
		return o.text + " " + o.detail
	case *canvas.Text:
		return o.Text
	case *widget.Label:
		return o.Text
	case *widget.RichText:
		return o.String()
	}
	return ""
}

func shows(c fyne.Canvas, want string) bool {
	for _, s := range texts(c) {
		if strings.Contains(s, want) {
			return true
		}
	}
	return false
}

// buttonText is the text of anything a patient taps as a button: Fyne's
// buttons, the app's own, tabs and list rows.
func buttonText(o fyne.CanvasObject) (string, fyne.Tappable, bool) {
	switch b := o.(type) {
	case *widget.Button:
		return b.Text, b, true
	case *labelledButton:
		return b.Text, b, true
	case *tabButton:
		return b.Text, b, true
	case *listRow:
		return b.text, b, true
	}
	return "", nil, false
}

// button finds a button by its label on the top overlay.
func button(t *testing.T, c fyne.Canvas, label string) fyne.Tappable {
	t.Helper()
	top := c.Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog is open looking for %q", label)
	}
	return button2(t, top, label)
}

func TestEachTabShowsItsContent(t *testing.T) {
	tests := []struct {
		lang, region string
		want         [5]string // a text each tab must show
	}{
		{"en", "US", [5]string{"Every patient is different", "The deep veins of your legs", "Treatment options: an overview", "Not all products are approved in all countries", "Abdomen"}},
		{"de", "DE", [5]string{"Jede Patientin", "Die tiefen Venen", "Behandlung", "Nicht alle Produkte sind in allen Ländern zugelassen", "Bauch"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			s, w, _ := newTestShell(t, tt.region, tt.lang, nil)
			for i, want := range tt.want {
				s.Tabs().SelectIndex(i)
				if !shows(w.Canvas(), want) {
					t.Errorf("tab %d does not show %q; it shows %q", i, want, texts(w.Canvas()))
				}
			}
		})
	}
}

func TestTabsRenderAsExpected(t *testing.T) {
	names := []string{"welcome", "disease", "treatment", "products", "glossary"}
	for _, rl := range [][2]string{{"US", "en"}, {"DE", "de"}} {
		s, w, _ := newTestShell(t, rl[0], rl[1], nil)
		for i, name := range names {
			s.Tabs().SelectIndex(i)
			test.AssertRendersToMarkup(t, "tabs/"+rl[1]+"_"+name+".xml", w.Canvas())
		}
		// At the largest text size the header takes two rows.
		s.SetStartTextSize(200)
		for _, i := range []int{1, 4} {
			s.Tabs().SelectIndex(i)
			test.AssertRendersToMarkup(t, "tabs/"+rl[1]+"_200_"+names[i]+".xml", w.Canvas())
		}
	}
}

func TestNoRawMessageIDReachesTheScreen(t *testing.T) {
	cat, err := l10n.Load(locales.FS)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, id := range cat.IDs(l10n.English) {
		ids[id] = true
	}
	for _, rl := range [][2]string{{"US", "en"}, {"GB", "en-GB"}, {"DE", "de"}, {"CH", "de-CH"}} {
		s, w, _ := newTestShell(t, rl[0], rl[1], nil)
		for i := range s.Tabs().Items {
			s.Tabs().SelectIndex(i)
			for _, text := range texts(w.Canvas()) {
				if ids[strings.TrimSpace(text)] {
					t.Errorf("%s tab %d shows the raw message ID %q", rl[1], i, text)
				}
				if strings.Contains(text, "{{") {
					t.Errorf("%s tab %d shows an unfilled template: %q", rl[1], i, text)
				}
			}
		}
	}
}

func TestNoticeBannerFollowsLanguageAndCloses(t *testing.T) {
	s, w, _ := newTestShell(t, "DE", "de", nil)
	s.ShowNotice("ContentPackRejected")
	if !shows(w.Canvas(), "Die eigenen Inhalte der Praxis oder Klinik konnten nicht verwendet werden") {
		t.Fatalf("no banner: %q", texts(w.Canvas()))
	}
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if text, b, ok := buttonText(o); ok && text == "Schließen" {
			test.Tap(b)
		}
	}
	if shows(w.Canvas(), "Die eigenen Inhalte") {
		t.Error("closing the banner should remove it")
	}
}

// TestNewShellWithSetup: what the app's configuration sets through the
// setup functions (text size, the clinic's urgent-help line) is on the
// first screen, which is built once they have run.
func TestNewShellWithSetup(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(Theme())
	c, err := session.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	sess := session.New(c, &session.MemoryStore{})
	if err := sess.Start(session.Choice{Region: "GB"}, language.Und); err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, nil)
	var builtDuringSetup bool
	s := NewShell(w, sess, func(s *Shell) {
		s.SetStartTextSize(167)
		s.SetUrgentHelpNote(map[string]string{"": "In this building: tell the reception desk"})
		builtDuringSetup = s.header != nil
	})
	w.Resize(testWindowSize)
	if builtDuringSetup {
		t.Error("the shell was built while its setup ran")
	}
	want := theme.DefaultTheme().Size(theme.SizeNameText) * textScale * 1.67
	if got := fyne.CurrentApp().Settings().Theme().Size(theme.SizeNameText); got != want {
		t.Errorf("text size %v, want %v (167 %%)", got, want)
	}
	s.OpenUrgentHelp()
	all := strings.Join(texts(w.Canvas()), "\n")
	for _, text := range []string{"999", "In this building: tell the reception desk"} {
		if !strings.Contains(all, text) {
			t.Errorf("the urgent-help topic does not show %q", text)
		}
	}
}
