package handout

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/language"

	"veininfo/internal/content"
	"veininfo/internal/session"
)

var (
	catalogues     session.Catalogues
	cataloguesErr  error
	cataloguesOnce sync.Once
)

// readerIn is a reader in a region and language, as export-html builds it.
func readerIn(t testing.TB, region, lang string) Reader {
	t.Helper()
	cataloguesOnce.Do(func() { catalogues, cataloguesErr = session.LoadEmbedded() })
	if cataloguesErr != nil {
		t.Fatal(cataloguesErr)
	}
	s := session.New(catalogues, nil)
	if err := s.Start(session.Choice{Region: region, Language: lang}, language.Und); err != nil {
		t.Fatal(err)
	}
	return Reader{
		Loc: s.Localizer(), Pack: s.Pack(), Region: s.Region().Code, Emergency: s.EmergencyNumber(),
		Clinic: Clinic{
			Name: "Klinik Sankt Łukasz", Contact: "Gefäßambulanz, Tel. 0123 456 789",
			UrgentNote: map[string]string{"": "Staff at the reception desk can call for help.", "pl": "Personel w rejestracji wezwie pomoc."},
		},
		Version: "1.2.3",
	}
}

func topic(t testing.TB, r Reader, section content.Section, id string) content.Topic {
	t.Helper()
	tp, ok := r.Pack.Topic(section, id)
	if !ok {
		t.Fatalf("no topic %s/%s in %s", section, id, r.Loc.Tag())
	}
	return tp
}

// requireTools skips outside CI when a tool is missing, and fails in CI,
// where .ci/run installs them (scripts/deps.sh --test).
func requireTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is needed (scripts/deps.sh --test installs it)", tool)
			}
			t.Skipf("%s not installed; run scripts/deps.sh --test", tool)
		}
	}
}

// writePDF writes a handout into the test's folder; with
// VEININFO_HANDOUT_DIR set, also there, to look at.
func writePDF(t *testing.T, h Handout, name string) string {
	t.Helper()
	data, err := h.PDF()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("VEININFO_HANDOUT_DIR"); dir != "" {
		_ = os.MkdirAll(dir, 0o755)
		_ = os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	return file
}

func runTool(t *testing.T, name string, args ...string) string {
	t.Helper()
	var out, errs bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errs
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, errs.String())
	}
	return out.String()
}

var spaces = regexp.MustCompile(`\s+`)

// pdfText is the text pdftotext reads from a PDF, in reading order, with
// its white space as single spaces (lines wrap anywhere).
func pdfText(t *testing.T, file string) string {
	t.Helper()
	return spaces.ReplaceAllString(runTool(t, "pdftotext", "-enc", "UTF-8", file, "-"), " ")
}

func TestHandoutTextPerLanguage(t *testing.T) {
	requireTools(t, "pdftotext")
	cases := []struct {
		region, lang string
		want         []string // in this order, between the title and the words used
		anywhere     []string
	}{
		{"US", "en", []string{"Last updated: November 27, 2026", "Before the procedure", "guidewire", "Sources", "https://doi.org/"}, []string{"Emergency number: 911"}},
		{"DE", "de", []string{"Zuletzt aktualisiert", "Vor dem Eingriff", "Führungsdraht", "Quellen"}, []string{"Notruf", "112"}},
		{"PL", "pl", []string{"Data ostatniej aktualizacji", "Przed zabiegiem", "prowadnik", "Źródła"}, []string{"Personel w rejestracji wezwie pomoc.", "żyły", "ą", "ł", "ż"}},
		{"FI", "fi", []string{"Päivitetty", "Ennen toimenpidettä", "Lähteet"}, []string{"ä", "ö"}},
		{"BR", "pt-BR", []string{"Última atualização", "Antes do procedimento", "fio-guia", "Fontes"}, []string{"Página 1 de 6", "ç", "ã"}},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			r := readerIn(t, c.region, c.lang)
			tp := topic(t, r, content.Treatment, "venoplasty-and-stenting")
			text := pdfText(t, writePDF(t, ForTopic(r, tp), "venoplasty-"+c.lang+".pdf"))
			// in reading order: the clinic, the title, the text, the words
			// used, the urgent-help box, that it is not advice; the footer
			// (on every page) anywhere
			want := append([]string{"Klinik Sankt Łukasz", "Gefäßambulanz", tp.Title}, c.want...)
			want = append(want, r.Loc.T("HandoutTerms"), r.Loc.Format("UrgentNumber", map[string]any{"Number": r.Emergency}), r.Loc.T("HandoutNotAdvice"))
			at := 0
			for _, w := range want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Errorf("%q missing, or out of order", w)
					continue
				}
				at += i
			}
			for _, w := range append(c.anywhere, "Vein Info 1.2.3", strings.TrimSpace(r.Loc.Format("HandoutPage", map[string]any{"Page": 1, "Pages": ""}))) {
				if !strings.Contains(text, w) {
					t.Errorf("%q missing", w)
				}
			}
			if t.Failed() {
				t.Logf("the handout's text:\n%s", text)
			}
		})
	}
}

func TestFontsAreEmbedded(t *testing.T) {
	requireTools(t, "pdffonts")
	r := readerIn(t, "PL", "pl")
	file := writePDF(t, ForTopic(r, topic(t, r, content.Treatment, "venoplasty-and-stenting")), "fonts.pdf")
	lines := strings.Split(strings.TrimSpace(runTool(t, "pdffonts", file)), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", strings.Join(lines, "\n"))
	}
	for _, line := range lines[2:] {
		// name type... encoding emb sub uni object ID: emb is the fifth
		// column from the end
		f := strings.Fields(line)
		if len(f) < 6 || f[len(f)-5] != "yes" || !strings.Contains(strings.ToLower(f[0]), "notosans") {
			t.Errorf("font not embedded, or not Noto Sans: %s", line)
		}
	}
}

func TestPaperPerRegion(t *testing.T) {
	requireTools(t, "pdfinfo")
	for _, c := range []struct{ region, lang, want string }{
		{"US", "en", "(letter)"}, {"CA", "fr", "(letter)"}, {"DE", "de", "(A4)"}, {"GB", "en-GB", "(A4)"},
	} {
		r := readerIn(t, c.region, c.lang)
		file := writePDF(t, ForTerm(r, r.Pack.Glossary()[0]), "paper-"+c.region+".pdf")
		info := runTool(t, "pdfinfo", file)
		if !regexp.MustCompile(`Page size:.*` + regexp.QuoteMeta(c.want)).MatchString(info) {
			t.Errorf("%s: want paper %s, pdfinfo says:\n%s", c.region, c.want, info)
		}
	}
}

func TestQRCodeDecodesToTheTopicsPage(t *testing.T) {
	requireTools(t, "zbarimg", "pdftoppm")
	const template = "https://clinic.example/veininfo/{lang}/{section}/{topic}.html"
	r := readerIn(t, "CH", "de-CH")
	h := ForTopic(r, topic(t, r, content.Treatment, "venoplasty-and-stenting"))
	h.URL = h.Link(template)
	want := "https://clinic.example/veininfo/de-CH/treatment/venoplasty-and-stenting.html"
	if h.URL != want {
		t.Fatalf("Link = %q, want %q", h.URL, want)
	}
	file := writePDF(t, h, "qr.pdf")
	page := filepath.Join(t.TempDir(), "page")
	runTool(t, "pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", "-singlefile", file, page)
	got := strings.TrimSpace(runTool(t, "zbarimg", "--quiet", "--raw", page+".png"))
	if got != want {
		t.Errorf("the printed QR code reads %q, want %q", got, want)
	}
	if text := pdfText(t, file); !strings.Contains(text, r.Loc.T("HandoutScan")) {
		t.Errorf("no %q beside the QR code", r.Loc.T("HandoutScan"))
	}

	// the code for the screen, beside the Print button
	img, err := QR(want, 256)
	if err != nil {
		t.Fatal(err)
	}
	png := filepath.Join(t.TempDir(), "screen.png")
	if err := writePNG(png, img); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(runTool(t, "zbarimg", "--quiet", "--raw", png)); got != want {
		t.Errorf("QR() reads %q, want %q", got, want)
	}
}

func TestNoQRCodeWithoutTemplate(t *testing.T) {
	r := readerIn(t, "DE", "de")
	h := ForTopic(r, topic(t, r, content.Disease, "causes"))
	if got := h.Link(""); got != "" {
		t.Errorf("Link without a template = %q, want none", got)
	}
}

func TestReviewStatusIsPrinted(t *testing.T) {
	requireTools(t, "pdftotext")
	r := readerIn(t, "GB", "en-GB")
	tp := topic(t, r, content.Treatment, "compression-therapy")
	tp.Reviewed, tp.ReviewedBy = tp.Updated.AddDate(0, 0, 1), "vascular nurse specialist"
	text := pdfText(t, writePDF(t, ForTopic(r, tp), "reviewed.pdf"))
	want := r.Loc.Format("TopicReviewed", map[string]any{
		"Date": r.Loc.LongDate(tp.Reviewed), "Reviewer": tp.ReviewedBy, "Next": r.Loc.LongDate(tp.DueBy()),
	})
	if !strings.Contains(text, want) || !strings.Contains(text, r.Loc.Format("TopicUpdated", map[string]any{"Date": r.Loc.LongDate(tp.Updated)})) {
		t.Errorf("no %q in:\n%s", want, text)
	}
}
