package content

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// frontMatterFence opens and closes a topic's TOML front matter.
const frontMatterFence = "+++"

type frontMatter struct {
	Title      string        `toml:"title"`
	Order      *int          `toml:"order"`
	Updated    time.Time     `toml:"updated"`
	Reviewed   time.Time     `toml:"reviewed"`
	ReviewedBy string        `toml:"reviewed_by"`
	NextReview time.Time     `toml:"next_review"`
	Sources    []frontSource `toml:"source"`
}

type frontSource struct {
	Title string `toml:"title"`
	Body  string `toml:"body"`
	Year  int    `toml:"year"`
	URL   string `toml:"url"`
}

// ParseTopic reads a topic file: TOML front matter between "+++" lines,
// then a Markdown body. Errors name the file and the line.
func ParseTopic(data []byte, file string) (Topic, error) {
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	head, body, err := splitFrontMatter(text)
	if err != nil {
		return Topic{}, fmt.Errorf("%s:%w", file, err)
	}
	var fm frontMatter
	meta, err := toml.Decode(head, &fm)
	if err != nil {
		return Topic{}, fmt.Errorf("%s:%w", file, tomlError(err, 1))
	}
	if keys := meta.Undecoded(); len(keys) > 0 {
		return Topic{}, fmt.Errorf("%s:%d: unknown key %q in front matter", file, keyLine(head, keys[0].String())+1, keys[0].String())
	}
	if err := fm.check(head); err != nil {
		return Topic{}, fmt.Errorf("%s:%w", file, err)
	}
	trimmed := strings.TrimLeft(body, " \t\n")
	return Topic{
		Title:      fm.Title,
		Order:      *fm.Order,
		Provenance: fm.provenance(),
		Body:       strings.TrimSpace(body),
		File:       file,
		BodyLine:   strings.Count(head, "\n") + 4 + strings.Count(body[:len(body)-len(trimmed)], "\n"),
	}, nil
}

func (fm frontMatter) provenance() Provenance {
	p := Provenance{Updated: fm.Updated, Reviewed: fm.Reviewed, ReviewedBy: fm.ReviewedBy, NextReview: fm.NextReview}
	for _, s := range fm.Sources {
		p.Sources = append(p.Sources, Source(s))
	}
	return p
}

func splitFrontMatter(text string) (head, body string, err error) {
	rest, ok := strings.CutPrefix(text, frontMatterFence+"\n")
	if !ok {
		return "", "", errors.New(`1: a topic must start with a "+++" line opening its front matter`)
	}
	head, body, ok = strings.Cut(rest, "\n"+frontMatterFence+"\n")
	if !ok {
		head, ok = strings.CutSuffix(rest, "\n"+frontMatterFence)
	}
	if !ok {
		return "", "", fmt.Errorf(`%d: the front matter is never closed with a "+++" line`, strings.Count(text, "\n")+1)
	}
	return head, body, nil
}

func (fm frontMatter) check(head string) error {
	switch {
	case strings.TrimSpace(fm.Title) == "":
		return fmt.Errorf("%d: title is missing or empty", keyLine(head, "title")+1)
	case fm.Order == nil || *fm.Order < 0:
		return fmt.Errorf("%d: order must be a whole number from 0 up (0 comes first)", keyLine(head, "order")+1)
	case fm.Updated.IsZero():
		return fmt.Errorf("%d: updated is missing: give the date the text last changed, as 2026-11-25", keyLine(head, "updated")+1)
	case fm.Reviewed.IsZero() != (strings.TrimSpace(fm.ReviewedBy) == ""):
		return fmt.Errorf("%d: reviewed and reviewed_by go together: the date of a clinical review and the reviewer's role", keyLine(head, "reviewed")+1)
	case !fm.NextReview.IsZero() && !fm.NextReview.After(fm.Updated):
		return fmt.Errorf("%d: next_review must come after updated", keyLine(head, "next_review")+1)
	}
	return fm.checkSources(head)
}

// checkSources wants a title, a body and a year for every source: a
// reference a reader could look up, never a bare link.
func (fm frontMatter) checkSources(head string) error {
	lines := tableLines(head, "[[source]]")
	for i, s := range fm.Sources {
		line := 0
		if i < len(lines) {
			line = lines[i]
		}
		switch {
		case strings.TrimSpace(s.Title) == "" || strings.TrimSpace(s.Body) == "":
			return fmt.Errorf("%d: a source needs a title and the body that published it", line+1)
		case s.Year < 1900 || s.Year > 2100:
			return fmt.Errorf("%d: a source needs the year it was published", line+1)
		}
	}
	return nil
}

// keyLine finds the line of the front matter (counted from 1) that sets a
// key, or the line after it when the key is not there.
func keyLine(head, key string) int {
	lines := strings.Split(head, "\n")
	for i, line := range lines {
		if k, _, ok := strings.Cut(line, "="); ok && strings.TrimSpace(k) == key {
			return i + 1
		}
	}
	return len(lines) + 1
}

// tomlError renders a TOML error as "line: message", shifting the line by
// offset where the TOML starts further down a file.
func tomlError(err error, offset int) error {
	var perr toml.ParseError
	if errors.As(err, &perr) {
		return fmt.Errorf("%d:%d: %s", perr.Position.Line+offset, perr.Position.Col, perr.Message)
	}
	return fmt.Errorf(" %w", err)
}

type glossaryFile struct {
	Term []struct {
		ID         string   `toml:"id"`
		Term       string   `toml:"term"`
		Definition string   `toml:"definition"`
		Forms      []string `toml:"forms"`
	} `toml:"term"`
}

// ParseGlossary reads a glossary file of [[term]] tables.
func ParseGlossary(data []byte, file string) ([]Term, error) {
	var g glossaryFile
	meta, err := toml.Decode(string(data), &g)
	if err != nil {
		return nil, fmt.Errorf("%s:%w", file, tomlError(err, 0))
	}
	if keys := meta.Undecoded(); len(keys) > 0 {
		return nil, fmt.Errorf("%s: unknown key %q", file, keys[0].String())
	}
	starts := tableLines(string(data), "[[term]]")
	var terms []Term
	var errs []error
	seen := map[string]bool{}
	for i, t := range g.Term {
		line := 0
		if i < len(starts) {
			line = starts[i]
		}
		switch {
		case t.ID == "" || t.Term == "" || t.Definition == "":
			errs = append(errs, fmt.Errorf("%s:%d: a term needs id, term and definition", file, line))
		case seen[t.ID]:
			errs = append(errs, fmt.Errorf("%s:%d: term %q is listed twice", file, line, t.ID))
		default:
			seen[t.ID] = true
			terms = append(terms, Term{ID: t.ID, Term: t.Term, Definition: strings.TrimSpace(t.Definition), Forms: t.Forms, File: file, Line: line})
		}
	}
	return terms, errors.Join(errs...)
}

// tableLines gives the line of each header such as "[[term]]", counted
// from 1.
func tableLines(text, header string) []int {
	var lines []int
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == header {
			lines = append(lines, i+1)
		}
	}
	return lines
}
