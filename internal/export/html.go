// Package export writes the content of one language as a static,
// self-contained HTML site (one page per tab, no scripts, no outside
// resources) that clinics can put on their intranet. Beside the tab pages
// each topic has a page of its own, <section>/<topic>.html, and each
// glossary term glossary/<term>.html: stable names, which a handout's QR
// code (the handout_url template) leads to.
package export

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"

	"veininfo/assets"
	"veininfo/internal/content"
	"veininfo/internal/l10n"
)

//go:embed page.html.tmpl
var templates embed.FS

var page = template.Must(template.ParseFS(templates, "page.html.tmpl"))

// Site is what the pages are made of.
type Site struct {
	Loc      *l10n.Localizer
	Pack     *content.Pack
	Products []content.Topic // the product texts to show
	Region   string          // the region's name, for the products notice
	// Emergency is the region's emergency number, shown at the top of the
	// urgent-help topic.
	Emergency string
}

type tab struct {
	File, Label string
	Section     content.Section // "" for the glossary
}

var tabs = []tab{
	{"index.html", "TabWelcome", content.Welcome},
	{"disease.html", "TabDisease", content.Disease},
	{"treatment.html", "TabTreatment", content.Treatment},
	{"products.html", "TabProducts", content.Products},
	{"glossary.html", "TabGlossary", ""},
}

type pageData struct {
	Lang, Title, AppName, SourcesHeading string
	Base                                 string // "" on a tab's page, "../" on a topic's or term's own page
	Tabs                                 []navItem
	Notice                               string
	Topics                               []topicData
	Terms                                []content.Term
}

type navItem struct {
	File, Label string
	Current     bool
}

type topicData struct {
	ID, Title string
	Dates     []string // when updated, and reviewed once a clinician has
	Urgent    string   // the emergency number line, on the urgent-help topic
	Body      template.HTML
	Sources   []string
}

// Write writes one HTML page per tab into dir, and a page for each topic
// (dir/<section>/<topic>.html) and each glossary term
// (dir/glossary/<term>.html).
func Write(s Site, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, t := range tabs {
		data, err := s.page(t)
		if err != nil {
			return err
		}
		if err := writePage(filepath.Join(dir, t.File), data); err != nil {
			return err
		}
		if err := s.ownPages(dir, t, data); err != nil {
			return err
		}
	}
	return nil
}

// GlossaryFolder holds the glossary terms' own pages.
const GlossaryFolder = "glossary"

// TopicFile is where a topic's own page is in the site: the path a
// handout_url template's {section}/{topic}.html names.
func TopicFile(section content.Section, id string) string {
	return path.Join(string(section), id+".html")
}

// TermFile is where a glossary term's own page is in the site.
func TermFile(id string) string { return path.Join(GlossaryFolder, id+".html") }

// ownPages writes the page of each topic or term of a tab, one folder
// down: its links lead up with Base.
func (s Site) ownPages(dir string, t tab, tabPage pageData) error {
	for _, topic := range tabPage.Topics {
		topic.Body = template.HTML(strings.ReplaceAll(string(topic.Body), `href="glossary.html#`, `href="../glossary.html#`))
		d := tabPage
		d.Base, d.Title, d.Topics = "../", topic.Title, []topicData{topic}
		if err := writePage(filepath.Join(dir, filepath.FromSlash(TopicFile(t.Section, topic.ID))), d); err != nil {
			return err
		}
	}
	for _, term := range tabPage.Terms {
		d := tabPage
		d.Base, d.Title, d.Terms = "../", term.Term, []content.Term{term}
		if err := writePage(filepath.Join(dir, filepath.FromSlash(TermFile(term.ID))), d); err != nil {
			return err
		}
	}
	return nil
}

func writePage(file string, data pageData) error {
	var buf bytes.Buffer
	if err := page.Execute(&buf, data); err != nil {
		return fmt.Errorf("export %s: %w", file, err)
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return os.WriteFile(file, buf.Bytes(), 0o644)
}

func (s Site) page(current tab) (pageData, error) {
	d := pageData{Lang: s.Pack.Language().String(), AppName: s.Loc.T("AppName"), Title: s.Loc.T(current.Label), SourcesHeading: s.Loc.T("SourcesHeading")}
	for _, t := range tabs {
		d.Tabs = append(d.Tabs, navItem{File: t.File, Label: s.Loc.T(t.Label), Current: t == current})
	}
	topics := s.Pack.Section(current.Section)
	switch current.Section {
	case "":
		d.Terms = s.Pack.Glossary()
		return d, nil
	case content.Products:
		d.Notice = s.Loc.Format("ProductsNotice", map[string]any{"Region": s.Region})
		topics = s.Products
	}
	for _, t := range topics {
		var body bytes.Buffer
		if err := goldmark.Convert([]byte(content.LinkTerms(t.Body, s.Pack.Glossary())), &body); err != nil {
			return d, fmt.Errorf("export %s: %w", t.File, err)
		}
		d.Topics = append(d.Topics, s.topic(t, s.figures(glossaryHref.ReplaceAllString(body.String(), `href="glossary.html#$1"`))))
	}
	return d, nil
}

// glossaryHref is a link to a glossary term, as goldmark writes it.
var glossaryHref = regexp.MustCompile(`href="glossary:([^"]+)"`)

// figureImg is a figure alone in its paragraph, as goldmark writes it.
var figureImg = regexp.MustCompile(`<p><img src="figure:([^"]+)" alt="[^"]*"\s*/?></p>`)

// figures puts each figure in as inline SVG, with its caption and legend
// as the figcaption: the page stays one self-contained file.
func (s Site) figures(body string) string {
	return figureImg.ReplaceAllStringFunc(body, func(m string) string {
		id := figureImg.FindStringSubmatch(m)[1]
		svg, err := assets.Figure(id, false)
		if err != nil {
			return ""
		}
		text, _ := s.Pack.Figure(id)
		caption := template.HTMLEscapeString(text.Caption)
		if text.Legend != "" {
			caption += "<br><small>" + template.HTMLEscapeString(text.Legend) + "</small>"
		}
		return `<figure id="figure-` + template.HTMLEscapeString(id) + `" role="group">` + inlineSVG(svg, text.Caption) +
			"<figcaption>" + caption + "</figcaption></figure>"
	})
}

// inlineSVG is an SVG file as an element of the page: without its XML
// declaration and comments, labelled by the caption.
func inlineSVG(data []byte, label string) string {
	svg := string(data)
	if i := strings.Index(svg, "<svg"); i >= 0 {
		svg = svg[i:]
	}
	svg = xmlComment.ReplaceAllString(svg, "")
	return strings.Replace(svg, "<svg", `<svg role="img" aria-label="`+template.HTMLEscapeString(label)+`"`, 1)
}

var xmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)

func (s Site) topic(t content.Topic, body string) topicData {
	d := topicData{
		ID: t.ID, Title: t.Title,
		Dates: []string{s.Loc.Format("TopicUpdated", map[string]any{"Date": s.Loc.LongDate(t.Updated)})},
		Body:  template.HTML(body), // goldmark escapes raw HTML by default
	}
	if t.IsReviewed() {
		d.Dates = append(d.Dates, s.Loc.Format("TopicReviewed", map[string]any{
			"Date": s.Loc.LongDate(t.Reviewed), "Reviewer": t.ReviewedBy, "Next": s.Loc.LongDate(t.DueBy()),
		}))
	}
	if t.Section == content.Welcome && t.ID == content.UrgentHelp && s.Emergency != "" {
		d.Urgent = s.Loc.Format("UrgentNumber", map[string]any{"Number": s.Emergency})
	}
	for _, src := range t.Sources {
		text := s.Loc.Format("SourceItem", map[string]any{"Title": src.Title, "Body": src.Body, "Year": src.Year})
		if src.URL != "" {
			text += " " + src.URL
		}
		d.Sources = append(d.Sources, text)
	}
	return d
}
