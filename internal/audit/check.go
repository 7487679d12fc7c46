package audit

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"veininfo/assets"
	"veininfo/internal/content"
	"veininfo/internal/l10n"
)

// Check finds everything wrong or missing in a pack: files that do not
// parse; topics, glossary terms, product texts and messages that a
// language lacks or has beyond English; glossary links to missing terms;
// regions naming products without a text or languages without messages;
// messages and topics whose placeholders differ from English; emergency
// numbers written into text; topics out of English's order; figures that
// do not exist; characters the app's fonts cannot draw.
func Check(p Pack) []Finding { return sorted(p.load().check(p)) }

func (l loaded) check(p Pack) []Finding {
	findings := l.findings
	for _, tag := range l.languages() {
		findings = append(findings, l.completeness(tag)...)
		findings = append(findings, l.placeholders(tag)...)
		findings = append(findings, l.pluralMessages(tag)...)
	}
	findings = append(findings, l.glossaryLinks()...)
	findings = append(findings, l.regionLinks(p)...)
	findings = append(findings, l.contentPlaceholders()...)
	findings = append(findings, l.literalNumbers()...)
	findings = append(findings, l.topicOrder()...)
	findings = append(findings, l.figures()...)
	findings = append(findings, p.glyphs()...)
	return findings
}

// CheckRelease is Check and what stops a release on the day now: topics
// without sources, without a clinical review of their current text, or
// past their next review. Release findings contain ": release: ".
func CheckRelease(p Pack, now time.Time) []Finding {
	l := p.load()
	return sorted(append(l.check(p), l.releaseFindings(now)...))
}

func sorted(findings []Finding) []Finding {
	slices.SortStableFunc(findings, func(a, b Finding) int { return strings.Compare(a.Text, b.Text) })
	return slices.Compact(findings)
}

// languages are all those the pack mentions anywhere, English first.
func (l loaded) languages() []language.Tag {
	tags := []language.Tag{l10n.English}
	add := func(t language.Tag) {
		if !slices.Contains(tags, t) {
			tags = append(tags, t)
		}
	}
	for _, t := range l.messages.Tags() {
		add(t)
	}
	for _, t := range l.content.Languages() {
		add(t)
	}
	for _, t := range l.regions.Languages() {
		add(t)
	}
	return tags
}

func (l loaded) completeness(tag language.Tag) []Finding {
	if tag == l10n.English {
		return nil
	}
	dir := path.Join(assets.ContentDir, tag.String())
	var out []Finding
	for _, item := range l.content.Missing(tag, l10n.Base(tag)) {
		out = append(out, findingf("%s: missing %s (English has it)", dir, item))
	}
	for _, item := range l.content.Extra(tag) {
		out = append(out, findingf("%s: %s is not in English", dir, item))
	}
	file := "locales/" + tag.String() + ".toml"
	if l.messages.File(tag) == "" && l10n.Base(tag) == tag {
		return append(out, findingf("%s: no message file for %s", file, tag))
	}
	for _, id := range l.messages.Missing(tag) {
		out = append(out, findingf("%s: missing message %s (English has it)", file, id))
	}
	for _, id := range l.messages.Extra(tag) {
		out = append(out, findingf("%s: message %s is not in English", file, id))
	}
	return out
}

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

func placeholders(texts []string) []string {
	var names []string
	for _, t := range texts {
		for _, m := range placeholder.FindAllStringSubmatch(t, -1) {
			if !slices.Contains(names, m[1]) {
				names = append(names, m[1])
			}
		}
	}
	slices.Sort(names)
	return names
}

func (l loaded) placeholders(tag language.Tag) []Finding {
	if tag == l10n.English {
		return nil
	}
	var out []Finding
	for _, id := range l.messages.IDs(tag) {
		want := placeholders(l.messages.Texts(l10n.English, id))
		got := placeholders(l.messages.Texts(tag, id))
		if len(l.messages.Texts(l10n.English, id)) > 0 && !slices.Equal(got, want) {
			out = append(out, findingf("locales/%s: message %s uses placeholders %v, English uses %v",
				l.messages.File(tag), id, got, want))
		}
	}
	return out
}

// glossaryLink is a Markdown link to a glossary term: [word](glossary:id).
var glossaryLink = regexp.MustCompile(`\]\(glossary:([^)\s]*)\)`)

func (l loaded) glossaryLinks() []Finding {
	return glossaryLinks(l.content, func(_ language.Tag, id string) bool { return l.content.HasTerm(id) })
}

// glossaryLinks finds the links in lib's topics to a term that a reader
// of the topic's language does not have.
func glossaryLinks(lib *content.Library, has func(tag language.Tag, id string) bool) []Finding {
	var out []Finding
	for _, tag := range lib.Languages() {
		for _, t := range lib.Topics(tag) {
			for i, line := range strings.Split(t.Body, "\n") {
				for _, m := range glossaryLink.FindAllStringSubmatchIndex(line, -1) {
					id := line[m[2]:m[3]]
					if !has(tag, id) {
						out = append(out, findingf("%s:%d:%d: link to glossary term %q, which the glossary does not have",
							t.File, t.BodyLine+i, m[0]+1, id))
					}
				}
			}
		}
	}
	return out
}

// regionLinks checks that every product a region shows has a text and
// every language it offers has messages, and that every product text is
// shown somewhere.
func (l loaded) regionLinks(p Pack) []Finding {
	var out []Finding
	texts := l.content.Products()
	shown := map[string]bool{}
	for _, r := range l.regions.All() {
		line := lineOf(p.Assets, assets.RegionsFile, fmt.Sprintf("%q", r.Code))
		for _, id := range r.Products {
			shown[id] = true
			if !slices.Contains(texts, id) {
				out = append(out, findingf("%s:%d: region %s shows product %q, which has no text in content/en/products", assets.RegionsFile, line, r.Code, id))
			}
		}
		for _, tag := range r.Languages {
			if l.messages.File(tag) == "" && l.messages.File(l10n.Base(tag)) == "" {
				out = append(out, findingf("%s:%d: region %s offers %s, which has no message file", assets.RegionsFile, line, r.Code, tag))
			}
		}
	}
	for _, id := range texts {
		if !shown[id] {
			out = append(out, findingf("content/en/products/%s.md: no region shows this product", id))
		}
	}
	return out
}

// pluralForms are the plural categories a language distinguishes in whole
// and decimal counts, from CLDR's rules in golang.org/x/text.
func pluralForms(tag language.Tag) []string {
	names := map[plural.Form]string{plural.Zero: "zero", plural.One: "one", plural.Two: "two", plural.Few: "few", plural.Many: "many", plural.Other: "other"}
	var forms []string
	add := func(f plural.Form) {
		if !slices.Contains(forms, names[f]) {
			forms = append(forms, names[f])
		}
	}
	for i := 0; i <= 1_000_000; i = next(i) {
		add(plural.Cardinal.MatchPlural(tag, i, 0, 0, 0, 0))
	}
	add(plural.Cardinal.MatchPlural(tag, 1, 1, 1, 5, 5)) // 1.5
	return forms
}

// next walks the counts that tell plural rules apart: all up to 200, then
// round numbers up to a million.
func next(i int) int {
	if i < 200 {
		return i + 1
	}
	return i * 10
}

// pluralMessages checks that every message with plural forms in English
// has every form the language needs.
func (l loaded) pluralMessages(tag language.Tag) []Finding {
	if tag == l10n.English || l.messages.File(tag) == "" {
		return nil
	}
	need := pluralForms(tag)
	var out []Finding
	for _, id := range l.messages.IDs(tag) {
		if len(l.messages.Forms(l10n.English, id)) < 2 {
			continue
		}
		for _, form := range need {
			if !slices.Contains(l.messages.Forms(tag, id), form) {
				out = append(out, findingf("locales/%s: message %s lacks the plural form %q that %s needs", l.messages.File(tag), id, form, tag))
			}
		}
	}
	return out
}
