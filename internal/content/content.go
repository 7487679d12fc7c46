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

// Topic is one article: a page of text under a title.
type Topic struct {
	ID       string // file name without .md; a product's id
	Section  Section
	Title    string
	Order    int       // place within the section
	Reviewed time.Time // when a person last checked it
	Body     string    // Markdown
	File     string    // where it was read from
	BodyLine int       // the file's line on which Body starts
}

// Term is one glossary entry.
type Term struct {
	ID         string
	Term       string
	Definition string
	File       string
	Line       int
}
