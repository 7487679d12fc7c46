// Package content owns the patient content: topics in each tab, product
// texts and the glossary, in every language, with the fallback from a
// regional variant to its language and the rule that English is the
// reference every language must match.
package content

import (
	"time"
)

// Section is a tab of topics.
type Section string

// The sections, in the order of their tabs. The Glossary tab is built from
// the glossary, not from topics.
const (
	Welcome   Section = "welcome"
	Disease   Section = "disease"
	Treatment Section = "treatment"
	Products  Section = "products"
)

// Sections lists every section, in tab order.
var Sections = []Section{Welcome, Disease, Treatment, Products}

// UrgentHelp is the id of the Welcome topic that says when and how to get
// help urgently: the header's urgent-help control opens it from anywhere.
const UrgentHelp = "urgent-help"

// Topic is one article: a page of text under a title.
type Topic struct {
	ID      string // file name without .md; a product's id
	Section Section
	Title   string
	Order   int // place within the section
	Provenance
	Body     string // Markdown
	File     string // where it was read from
	BodyLine int    // the file's line on which Body starts
}

// Provenance is where a topic's facts come from and whether a clinician
// has checked its text. A translation takes its sources from English when
// it names none; a regional variant takes its language's review record.
type Provenance struct {
	Updated    time.Time // when the text last changed
	Reviewed   time.Time // a recorded clinical review; zero when none
	ReviewedBy string    // the reviewer's role, such as "vascular nurse specialist"
	NextReview time.Time // zero: Updated plus ReviewInterval
	Sources    []Source
}

// ReviewInterval is how long, in years, a text stands before it is due
// for review again when its front matter names no next_review: three, the
// interval the product brief takes from UK patient-information practice.
const ReviewInterval = 3

// Source is a public document a topic's facts were checked against.
type Source struct {
	Title string
	Body  string // who published it: a society, a health service, authors
	Year  int
	URL   string // optional; shown as text, never opened
}

// Status is where a topic stands in clinical review.
type Status int

// The review statuses, from best to worst.
const (
	StatusReviewed   Status = iota // reviewed after its last change, not yet due again
	StatusChanged                  // reviewed, but the text changed since
	StatusUnreviewed               // no clinical review recorded
	StatusOverdue                  // past its next review
)

// DueBy is when the text is due for review: next_review, else three
// years after it was last updated.
func (p Provenance) DueBy() time.Time {
	if !p.NextReview.IsZero() {
		return p.NextReview
	}
	return p.Updated.AddDate(ReviewInterval, 0, 0)
}

// Status tells where the text stands on the day now.
func (p Provenance) Status(now time.Time) Status {
	switch {
	case !now.Before(p.DueBy()):
		return StatusOverdue
	case p.Reviewed.IsZero():
		return StatusUnreviewed
	case p.Reviewed.Before(p.Updated):
		return StatusChanged
	}
	return StatusReviewed
}

// IsReviewed reports whether a clinical review covers the text as it is.
func (p Provenance) IsReviewed() bool { return !p.Reviewed.IsZero() && !p.Reviewed.Before(p.Updated) }

// Term is one glossary entry.
type Term struct {
	ID         string
	Term       string
	Definition string
	Forms      []string // other forms the term stands in a text as: plurals, cases
	File       string
	Line       int
}
