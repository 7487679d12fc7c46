package handout

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"fyne.io/fyne/v2/theme"
	"github.com/srwiley/rasterx"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/language"

	"veininfo/internal/content"
)

func writePNG(file string, img image.Image) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	defer f.Close()
	return png.Encode(f, img)
}

func TestLinkFor(t *testing.T) {
	cases := []struct {
		template string
		lang     string
		section  content.Section
		id, want string
	}{
		{"https://c.example/vi/{lang}/{section}/{topic}.html", "pt-BR", content.Treatment, "compression-therapy", "https://c.example/vi/pt-BR/treatment/compression-therapy.html"},
		{"https://c.example/{topic}?l={lang}", "de-CH", content.Disease, "causes", "https://c.example/causes?l=de-CH"},
		{"https://c.example/{lang}/{section}/{topic}.html", "en", GlossarySection, "stent", "https://c.example/en/glossary/stent.html"},
		{"", "en", content.Disease, "causes", ""},
	}
	for _, c := range cases {
		if got := LinkFor(c.template, language.MustParse(c.lang), c.section, c.id); got != c.want {
			t.Errorf("LinkFor(%q, %s, %s, %s) = %q, want %q", c.template, c.lang, c.section, c.id, got, c.want)
		}
	}
}

func TestPaper(t *testing.T) {
	for region, want := range map[string]string{"US": "Letter", "CA": "Letter", "ca": "Letter", "DE": "A4", "GB": "A4", "BR": "A4", "": "A4"} {
		if got := Paper(region); got != want {
			t.Errorf("Paper(%q) = %s, want %s", region, got, want)
		}
	}
}

func TestFileName(t *testing.T) {
	r := readerIn(t, "DE", "de")
	h := ForTopic(r, content.Topic{Title: `Vor/nach: "Stent"?`, Section: content.Treatment, ID: "x"})
	got := h.FileName()
	if strings.ContainsAny(got, `/\:"?*<>|`) || !strings.HasSuffix(got, ".pdf") || !strings.Contains(got, "Stent") {
		t.Errorf("FileName = %q", got)
	}
}

func TestKeys(t *testing.T) {
	r := readerIn(t, "FI", "fi")
	tp := topic(t, r, content.Disease, "causes")
	if got := ForTopic(r, tp).Key(); got != "fi/disease/causes" {
		t.Errorf("topic key = %q", got)
	}
	term := r.Pack.Glossary()[0]
	if got := ForTerm(r, term).Key(); got != "fi/glossary/"+term.ID {
		t.Errorf("term key = %q", got)
	}
}

// The figures' "none" must not become black: the vector drawing relies on
// oksvg giving parsed colours as color.NRGBA and "none" as another type.
func TestSVGColorNone(t *testing.T) {
	if _, ok := svgColor(color.RGBA{0, 0, 0, 255}); ok {
		t.Error("colornames.Black (oksvg's none) taken for a colour")
	}
	if c, ok := svgColor(color.NRGBA{0x3a, 0x6f, 0xb0, 255}); !ok || c.B != 0xb0 {
		t.Error("a parsed colour was lost")
	}
	if capStyle(rasterx.RoundCap) != "round" || capStyle(rasterx.ButtCap) != "butt" || capStyle(nil) != "butt" {
		t.Error("line caps misread")
	}
}

// Every letter of every language's content is in the embedded Noto Sans:
// a letter missing there would print as an empty box.
func TestFontsCoverEveryLanguage(t *testing.T) {
	fonts := map[string][]byte{
		"regular": theme.DefaultTextFont().Content(),
		"bold":    theme.DefaultTextBoldFont().Content(),
	}
	for name, data := range fonts {
		f, err := sfnt.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		missing := map[rune]bool{}
		for _, region := range []struct{ code, lang string }{
			{"US", "en"}, {"GB", "en-GB"}, {"DE", "de"}, {"CH", "de-CH"}, {"FR", "fr"}, {"CA", "fr"}, {"IT", "it"},
			{"ES", "es"}, {"NL", "nl"}, {"BE", "nl"}, {"PT", "pt-PT"}, {"BR", "pt-BR"}, {"PL", "pl"}, {"SE", "sv"},
			{"FI", "fi"}, {"DK", "da"}, {"NO", "nb"},
		} {
			r := readerIn(t, region.code, region.lang)
			for _, s := range r.Pack.Alphabet() {
				for _, c := range strings.ToUpper(s) + s {
					if i, err := f.GlyphIndex(&buf, c); err != nil || i == 0 {
						missing[c] = true
					}
				}
			}
			for _, id := range []string{"HandoutTerms", "HandoutPage", "HandoutNotAdvice", "HandoutScan", "UrgentNumber", "TopicUpdated"} {
				for _, c := range r.Loc.T(id) {
					if unicode.IsPrint(c) && c != ' ' {
						if i, err := f.GlyphIndex(&buf, c); err != nil || i == 0 {
							missing[c] = true
						}
					}
				}
			}
		}
		if len(missing) > 0 {
			t.Errorf("Noto Sans %s lacks %q", name, keys(missing))
		}
	}
}

func keys(m map[rune]bool) string {
	var b strings.Builder
	for r := range m {
		b.WriteRune(r)
	}
	return b.String()
}

func TestEveryKindOfHandout(t *testing.T) {
	r := readerIn(t, "SE", "sv")
	tile := content.Tile{Text: "Jag ska göra ett ingrepp", Path: []string{"treatment/venoplasty-and-stenting", "welcome/urgent-help", "treatment/nothing"}}
	path := ForPath(r, tile)
	if len(path.Topics) != 2 {
		t.Fatalf("path has %d topics, want 2 (an unknown one left out)", len(path.Topics))
	}
	urgent := ForTopic(r, topic(t, r, content.Welcome, content.UrgentHelp))
	for i, h := range []Handout{path, ForTerm(r, r.Pack.Glossary()[3]), Booklet(r, r.Pack.Section(content.Products)), urgent} {
		data, err := os.ReadFile(writePDF(t, h, fmt.Sprintf("kind-%d.pdf", i)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), "%PDF-") || len(data) < 10_000 {
			t.Errorf("%s: not a PDF (%d bytes)", h.Key(), len(data))
		}
	}
}

func TestPrinterPrintsOnceForRepeatedTaps(t *testing.T) {
	var mu sync.Mutex
	jobs := 0
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	release := make(chan struct{})
	p := &Printer{Name: "Reception", Gap: 20 * time.Second, Now: func() time.Time { return now }}
	p.Send = func(ctx context.Context, pdf []byte, printer string) error {
		<-release
		mu.Lock()
		jobs++
		mu.Unlock()
		if printer != "Reception" {
			t.Errorf("sent to %q", printer)
		}
		return nil
	}
	// ten taps while the first job is still being sent
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for range 10 {
		wg.Add(1)
		go func() { defer wg.Done(); errs <- p.Print(context.Background(), "en/treatment/x", []byte("%PDF")) }()
	}
	time.Sleep(50 * time.Millisecond)
	close(release)
	wg.Wait()
	close(errs)
	repeated := 0
	for err := range errs {
		if errors.Is(err, ErrRepeated) {
			repeated++
		} else if err != nil {
			t.Error(err)
		}
	}
	if jobs != 1 || repeated != 9 {
		t.Errorf("%d jobs and %d refused, want 1 and 9", jobs, repeated)
	}
	// within the gap: refused; another handout: printed; after the gap: printed
	now = now.Add(10 * time.Second)
	if err := p.Print(context.Background(), "en/treatment/x", nil); !errors.Is(err, ErrRepeated) {
		t.Errorf("same handout 10 s later: %v, want ErrRepeated", err)
	}
	if err := p.Print(context.Background(), "en/disease/y", nil); err != nil {
		t.Errorf("another handout: %v", err)
	}
	now = now.Add(11 * time.Second)
	if err := p.Print(context.Background(), "en/treatment/x", nil); err != nil {
		t.Errorf("same handout after the gap: %v", err)
	}
	if jobs != 3 {
		t.Errorf("%d jobs, want 3", jobs)
	}
}

func TestPrinterFailureDoesNotCount(t *testing.T) {
	fail := true
	p := &Printer{Send: func(context.Context, []byte, string) error {
		if fail {
			return ErrNoPrinter
		}
		return nil
	}}
	if err := p.Print(context.Background(), "k", nil); !errors.Is(err, ErrNoPrinter) {
		t.Fatalf("got %v", err)
	}
	fail = false
	if err := p.Print(context.Background(), "k", nil); err != nil {
		t.Errorf("the tap after a failed job: %v, want it printed", err)
	}
}

func TestPrintToAMissingPrinter(t *testing.T) {
	err := Print(context.Background(), []byte("%PDF-1.4"), "veininfo-no-such-printer")
	if !errors.Is(err, ErrNoPrinter) {
		t.Errorf("Print to a printer that does not exist: %v, want ErrNoPrinter", err)
	}
}

func BenchmarkTopicHandout(b *testing.B) {
	r := readerIn(b, "PL", "pl")
	h := ForTopic(r, topic(b, r, content.Treatment, "venoplasty-and-stenting"))
	for b.Loop() {
		if _, err := h.PDF(); err != nil {
			b.Fatal(err)
		}
	}
}
