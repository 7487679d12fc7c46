package audit

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"golang.org/x/text/language"

	"veininfo/internal/content"
	"veininfo/internal/l10n"
)

// LanguageStats is what the stats report says of one language.
type LanguageStats struct {
	Tag          language.Tag
	Complete     float64 // share of English's messages, topics and terms present
	Topics       int
	Terms        int
	OldestUpdate time.Time
	Formula      Formula
	Scores       []TopicScore
	Links        Links
}

// Links counts glossary links: the pairs of topic and term that English
// links, how many of them this language links too, and the terms no topic
// links at all.
type Links struct {
	English, Linked int
	Unlinked        []string // term ids
}

// Coverage is the share of English's topic-term links this language has.
func (k Links) Coverage() float64 { return 1 - per(k.English-k.Linked, k.English) }

// TopicScore is one topic's readability and review status.
type TopicScore struct {
	Topic   string // section/id
	Score   float64
	TooHard bool
	Status  content.Status
}

// Stats measures every language of a pack on the day now.
func Stats(p Pack, now time.Time) ([]LanguageStats, []Finding) {
	l := p.load()
	english := l.content.Resolve([]language.Tag{l10n.English}, nil, nil)
	var out []LanguageStats
	for _, tag := range l.languages() {
		out = append(out, l.stats(tag, english, now))
	}
	return out, l.findings
}

func (l loaded) stats(tag language.Tag, english *content.Pack, now time.Time) LanguageStats {
	chain := l.messages.Chain(tag)
	pack := l.content.Resolve(chain, l.messages.Localizer(tag).Spell, nil)
	s := LanguageStats{Tag: tag, Formula: FormulaFor(tag), Terms: len(pack.Glossary()), Links: links(pack, english)}
	enTopics := 0
	for _, sec := range content.Sections {
		enTopics += len(english.Section(sec))
		for _, t := range pack.Section(sec) {
			s.Topics++
			if s.OldestUpdate.IsZero() || t.Updated.Before(s.OldestUpdate) {
				s.OldestUpdate = t.Updated
			}
			score := s.Formula.Score(Count(t.Title+".\n"+t.Body, tag))
			s.Scores = append(s.Scores, TopicScore{Topic: string(sec) + "/" + t.ID, Score: score, TooHard: s.Formula.TooHard(score), Status: t.Status(now)})
		}
	}
	total := len(l.messages.IDs(l10n.English)) + enTopics + len(english.Glossary())
	missing := len(l.messages.Missing(tag)) + len(l.content.Missing(tag, l10n.Base(tag)))
	if tag == l10n.English {
		missing = 0
	}
	s.Complete = 1 - per(missing, total)
	return s
}

// links compares the glossary links of a language's topics with English's.
func links(pack, english *content.Pack) Links {
	var k Links
	used := map[string]bool{}
	for _, sec := range content.Sections {
		for _, en := range english.Section(sec) {
			t, ok := pack.Topic(sec, en.ID)
			if !ok {
				continue
			}
			want := content.LinkedTerms(en.Body, english.Glossary())
			got := content.LinkedTerms(t.Body, pack.Glossary())
			k.English += len(want)
			for _, id := range got {
				used[id] = true
				if slices.Contains(want, id) {
					k.Linked++
				}
			}
		}
	}
	for _, t := range pack.Glossary() {
		if !used[t.ID] {
			k.Unlinked = append(k.Unlinked, t.ID)
		}
	}
	slices.Sort(k.Unlinked)
	return k
}

// statusNames say a topic's review status in the stats.
var statusNames = map[content.Status]string{
	content.StatusReviewed:   "reviewed",
	content.StatusChanged:    "changed since review",
	content.StatusUnreviewed: "not clinically reviewed",
	content.StatusOverdue:    "overdue for review",
}

// WriteStats prints a table per language: completeness, counts, the
// oldest update, glossary links against English, and each topic's
// readability and review status, flagging topics above the target reading
// age.
func WriteStats(w io.Writer, stats []LanguageStats) {
	for _, s := range stats {
		fmt.Fprintf(w, "%s  complete %.0f%%  topics %d  terms %d  oldest update %s  readability: %s (target %s)\n",
			s.Tag, 100*s.Complete, s.Topics, s.Terms, s.OldestUpdate.Format("2006-01-02"), s.Formula.Name, s.Formula.Target)
		fmt.Fprintf(w, "  glossary links: %d of English's %d topic-term links (%.0f%%)", s.Links.Linked, s.Links.English, 100*s.Links.Coverage())
		if len(s.Links.Unlinked) > 0 {
			fmt.Fprintf(w, "; terms no topic links: %s", strings.Join(s.Links.Unlinked, ", "))
		}
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, t := range s.Scores {
			flag := ""
			if t.TooHard {
				flag = "above target reading age"
			}
			fmt.Fprintf(tw, "  %s\t%.1f\t%s\t%s\n", t.Topic, t.Score, statusNames[t.Status], flag)
		}
		tw.Flush()
		fmt.Fprintln(w, strings.Repeat("-", 60))
	}
}
