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
	OldestReview time.Time
	Formula      Formula
	Scores       []TopicScore
}

// TopicScore is one topic's readability.
type TopicScore struct {
	Topic   string // section/id
	Score   float64
	TooHard bool
}

// Stats measures every language of a pack that a region offers.
func Stats(p Pack) ([]LanguageStats, []Finding) {
	l := p.load()
	var out []LanguageStats
	for _, tag := range l.languages() {
		out = append(out, l.stats(tag))
	}
	return out, l.findings
}

func (l loaded) stats(tag language.Tag) LanguageStats {
	chain := l.messages.Chain(tag)
	pack := l.content.Resolve(chain, l.messages.Localizer(tag).Spell)
	s := LanguageStats{Tag: tag, Formula: FormulaFor(tag), Terms: len(pack.Glossary())}
	enTopics := 0
	for _, sec := range content.Sections {
		enTopics += len(l.content.Resolve([]language.Tag{l10n.English}, identity).Section(sec))
		for _, t := range pack.Section(sec) {
			s.Topics++
			if s.OldestReview.IsZero() || t.Reviewed.Before(s.OldestReview) {
				s.OldestReview = t.Reviewed
			}
			score := s.Formula.Score(Count(t.Title+".\n"+t.Body, tag))
			s.Scores = append(s.Scores, TopicScore{Topic: string(sec) + "/" + t.ID, Score: score, TooHard: s.Formula.TooHard(score)})
		}
	}
	total := len(l.messages.IDs(l10n.English)) + enTopics + len(l.content.Resolve([]language.Tag{l10n.English}, identity).Glossary())
	missing := len(l.messages.Missing(tag)) + len(l.content.Missing(tag, l10n.Base(tag)))
	if tag == l10n.English {
		missing = 0
	}
	s.Complete = 1 - per(missing, total)
	return s
}

func identity(s string) string { return s }

// WriteStats prints a table per language: completeness, counts, the
// oldest review date, and each topic's readability, flagging topics above
// the target reading age.
func WriteStats(w io.Writer, stats []LanguageStats) {
	for _, s := range stats {
		fmt.Fprintf(w, "%s  complete %.0f%%  topics %d  terms %d  oldest review %s  readability: %s (target %s)\n",
			s.Tag, 100*s.Complete, s.Topics, s.Terms, s.OldestReview.Format("2006-01-02"), s.Formula.Name, s.Formula.Target)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		scores := slices.Clone(s.Scores)
		for _, t := range scores {
			flag := ""
			if t.TooHard {
				flag = "above target reading age"
			}
			fmt.Fprintf(tw, "  %s\t%.1f\t%s\n", t.Topic, t.Score, flag)
		}
		tw.Flush()
		fmt.Fprintln(w, strings.Repeat("-", 60))
	}
}
