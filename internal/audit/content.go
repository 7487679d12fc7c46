package audit

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"veininfo/assets"
	"veininfo/internal/content"
	"veininfo/internal/l10n"
)

// contentPlaceholders checks the {{.Name}} placeholders of topics and
// glossary terms: every name must be one the app fills in, and a
// translation must use the same ones as English, so that no language
// loses the region's emergency number.
func (l loaded) contentPlaceholders() []Finding {
	var out []Finding
	english := map[string][]string{}
	for _, t := range l.content.Topics(l10n.English) {
		english[string(t.Section)+"/"+t.ID] = content.PlaceholdersIn(t.Title + "\n" + t.Body)
	}
	for _, tag := range l.content.Languages() {
		for _, t := range l.content.Topics(tag) {
			text := t.Title + "\n" + t.Body
			for _, name := range content.PlaceholdersIn(text) {
				if !slices.Contains(content.Placeholders, name) {
					out = append(out, findingf("%s:%d: unknown placeholder {{.%s}}: the app fills in only %s",
						t.File, t.BodyLine+lineIn(t.Body, "{{."+name)-1, name, strings.Join(content.Placeholders, ", ")))
				}
			}
			want, ok := english[string(t.Section)+"/"+t.ID]
			got := content.PlaceholdersIn(text)
			slices.Sort(got)
			want = slices.Sorted(slices.Values(want))
			if tag != l10n.English && ok && !slices.Equal(got, want) {
				out = append(out, findingf("%s: uses placeholders %v, English uses %v", t.File, got, want))
			}
		}
	}
	return out
}

// lineIn is the line (from 1) of text on which needle first stands.
func lineIn(text, needle string) int {
	i := strings.Index(text, needle)
	if i < 0 {
		return 1
	}
	return strings.Count(text[:i], "\n") + 1
}

// literalNumbers finds emergency numbers written into topics: a number
// belongs to a region, and en-GB text alone serves four regions with four
// numbers, so text writes {{.Emergency}} instead.
func (l loaded) literalNumbers() []Finding {
	var numbers []string
	for _, r := range l.regions.All() {
		for _, n := range r.Emergency {
			if !slices.Contains(numbers, n) {
				numbers = append(numbers, regexp.QuoteMeta(n))
			}
		}
	}
	if len(numbers) == 0 {
		return nil
	}
	pattern := regexp.MustCompile(`(^|[^0-9])(` + strings.Join(numbers, "|") + `)([^0-9]|$)`)
	var out []Finding
	for _, tag := range l.content.Languages() {
		for _, t := range l.content.Topics(tag) {
			for i, line := range strings.Split(t.Body, "\n") {
				if m := pattern.FindStringSubmatch(line); m != nil {
					out = append(out, findingf("%s:%d: the emergency number %s is written in the text: write {{.Emergency}}, which each region fills in",
						t.File, t.BodyLine+i, m[2]))
				}
			}
		}
	}
	return out
}

// topicOrder checks that every language puts a tab's topics in English's
// order, and that the urgent-help topic the header opens exists.
func (l loaded) topicOrder() []Finding {
	order := map[string]int{}
	var out []Finding
	for _, t := range l.content.Topics(l10n.English) {
		order[string(t.Section)+"/"+t.ID] = t.Order
	}
	if _, ok := order[string(content.Welcome)+"/"+content.UrgentHelp]; !ok && len(order) > 0 {
		out = append(out, findingf("content/en/%s/%s.md: missing: the header's urgent-help control opens this topic", content.Welcome, content.UrgentHelp))
	}
	for _, tag := range l.content.Languages() {
		if tag == l10n.English {
			continue
		}
		for _, t := range l.content.Topics(tag) {
			if want, ok := order[string(t.Section)+"/"+t.ID]; ok && want != t.Order {
				out = append(out, findingf("%s: order = %d, English has %d", t.File, t.Order, want))
			}
		}
	}
	return out
}

// releaseFindings are what stops a release: a topic, as a reader of some
// language sees it, without sources, without a clinical review of its
// current text, or past its next review.
func (l loaded) releaseFindings(now time.Time) []Finding {
	var out []Finding
	for _, tag := range l.releaseLanguages() {
		pack := l.content.Resolve(l.messages.Chain(tag), nil, nil)
		for _, sec := range content.Sections {
			for _, t := range pack.Section(sec) {
				if len(t.Sources) == 0 {
					out = append(out, findingf("%s: release: names no sources", t.File))
				}
				switch t.Status(now) {
				case content.StatusUnreviewed:
					out = append(out, findingf("%s: release: not clinically reviewed (no reviewed and reviewed_by in its front matter)", t.File))
				case content.StatusChanged:
					out = append(out, findingf("%s: release: changed on %s, after its clinical review on %s", t.File,
						t.Updated.Format(time.DateOnly), t.Reviewed.Format(time.DateOnly)))
				case content.StatusOverdue:
					out = append(out, findingf("%s: release: overdue for review since %s", t.File, t.DueBy().Format(time.DateOnly)))
				}
			}
		}
	}
	return out
}

// releaseLanguages are the languages some region offers.
func (l loaded) releaseLanguages() []language.Tag { return l.regions.Languages() }

// figureRef is an illustration in a topic: ![caption](figure:id).
var figureRef = regexp.MustCompile(`!\[[^\]]*\]\(figure:([^)\s]*)\)`)

// figures checks that every figure a topic names is one of the app's
// illustrations, and that every illustration has a caption in English
// (a translation's missing captions are reported as missing texts).
func (l loaded) figures() []Finding {
	known := assets.Figures()
	var out []Finding
	for _, tag := range l.content.Languages() {
		for _, t := range l.content.Topics(tag) {
			for i, line := range strings.Split(t.Body, "\n") {
				for _, m := range figureRef.FindAllStringSubmatch(line, -1) {
					if !slices.Contains(known, m[1]) {
						out = append(out, findingf("%s:%d: unknown figure %q: the figures are %s", t.File, t.BodyLine+i, m[1], strings.Join(known, ", ")))
					}
				}
			}
		}
	}
	if en := l.content.Resolve([]language.Tag{l10n.English}, nil, nil); len(l.content.Topics(l10n.English)) > 0 {
		for _, id := range known {
			if _, ok := en.Figure(id); !ok {
				out = append(out, findingf("content/en/%s: figure %q has no caption", content.FiguresFile, id))
			}
		}
	}
	return out
}

// isKnownFigure reports whether an image is one of the app's figures,
// which the app draws from its own SVG (no picture from elsewhere).
func isKnownFigure(match string) bool {
	m := figureRef.FindStringSubmatch(match)
	return m != nil && slices.Contains(assets.Figures(), m[1])
}
