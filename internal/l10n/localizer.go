package l10n

import (
	"log"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Localizer gives the text of messages, dates and names in one language.
type Localizer struct {
	tag      language.Tag
	chain    []language.Tag
	byTag    map[language.Tag]*i18n.Localizer
	defined  map[language.Tag]map[string]bool
	spelling *Spelling
	names    display.Namer // languages
	regions  display.Namer
}

// Localizer returns a localizer for tag, falling back through its chain.
func (c *Catalog) Localizer(tag language.Tag) *Localizer {
	l := &Localizer{
		tag:      tag,
		chain:    c.Chain(tag),
		byTag:    map[language.Tag]*i18n.Localizer{},
		defined:  map[language.Tag]map[string]bool{},
		spelling: c.Spelling(tag),
		names:    display.Tags(tag),
		regions:  display.Regions(tag),
	}
	// Each file has a bundle of its own, never changed once read: a
	// localizer may be used on any goroutine while other languages load.
	for _, t := range l.chain {
		m := c.read(t)
		l.byTag[t] = i18n.NewLocalizer(m.bundle, t.String())
		l.defined[t] = m.defined
	}
	return l
}

// Tag is the language this localizer writes.
func (l *Localizer) Tag() language.Tag { return l.tag }

// Chain is the fallback order this localizer uses for messages and texts.
func (l *Localizer) Chain() []language.Tag { return l.chain }

// T returns the message with the given ID.
func (l *Localizer) T(id string) string {
	return l.localize(&i18n.LocalizeConfig{MessageID: id})
}

// Format returns the message with the given ID, filled in with data.
func (l *Localizer) Format(id string, data map[string]any) string {
	return l.localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
}

// Plural returns the plural form of the message that fits count; the
// message sees the count as {{.Count}}.
func (l *Localizer) Plural(id string, count int) string {
	return l.localize(&i18n.LocalizeConfig{
		MessageID:    id,
		PluralCount:  count,
		TemplateData: map[string]any{"Count": count},
	})
}

// localize finds the first language in the chain whose own file defines the
// message. go-i18n alone would skip from a variant straight to English.
// A message missing everywhere gives an empty string, never its raw ID.
func (l *Localizer) localize(cfg *i18n.LocalizeConfig) string {
	for _, t := range l.chain {
		if !l.defined[t][cfg.MessageID] {
			continue
		}
		if l.spelling == nil {
			text, err := l.byTag[t].Localize(cfg)
			if err != nil {
				log.Printf("l10n: %s: %s: %v", t, cfg.MessageID, err)
			}
			return text
		}
		// The variant's rules respell the message, never the values put
		// into it: a path, a clinic's or a person's name stays as written
		// ("/home/groß/" is not "/home/gross/"). Text values go in as
		// markers the rules cannot touch, and in for the markers after.
		masked := *cfg
		data, values := mask(cfg.TemplateData)
		masked.TemplateData = data
		text, err := l.byTag[t].Localize(&masked)
		if err != nil {
			log.Printf("l10n: %s: %s: %v", t, cfg.MessageID, err)
		}
		return unmask(l.Spell(text), values)
	}
	log.Printf("l10n: message %q is missing in every language", cfg.MessageID)
	return ""
}

// Spell applies the variant's spelling rules to text from its language.
func (l *Localizer) Spell(text string) string { return l.spelling.Apply(text) }

// LongDate writes a date the way this language writes a long date,
// "March 21, 2022" or "21. März 2022".
func (l *Localizer) LongDate(t time.Time) string {
	return l.Format("DateLong", map[string]any{
		"Day":   t.Day(),
		"Month": l.T(monthIDs[t.Month()-1]),
		"Year":  t.Year(),
	})
}

// Either joins alternatives the way this language says "999 or 112".
func (l *Localizer) Either(items []string) string {
	if len(items) == 0 {
		return ""
	}
	text := items[len(items)-1]
	for i := len(items) - 2; i >= 0; i-- {
		text = l.Format("EitherOr", map[string]any{"First": items[i], "Second": text})
	}
	return text
}

var monthIDs = [12]string{
	"MonthJanuary", "MonthFebruary", "MonthMarch", "MonthApril", "MonthMay", "MonthJune",
	"MonthJuly", "MonthAugust", "MonthSeptember", "MonthOctober", "MonthNovember", "MonthDecember",
}

// RegionName names a region (an ISO country code) in this language.
func (l *Localizer) RegionName(code string) string {
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if name, ok := nbRegions[r.String()]; ok && isNorwegian(l.tag) {
		return name
	}
	return l.Spell(l.regions.Name(r))
}

// LanguageName names a language in this language.
func (l *Localizer) LanguageName(tag language.Tag) string {
	if name, ok := nbLanguages[tag.String()]; ok && isNorwegian(l.tag) {
		return name
	}
	return l.Spell(l.names.Name(tag))
}

// SelfName names a language in itself, as a menu item starts: "Deutsch",
// "Français", "Norsk bokmål".
func SelfName(tag language.Tag) string {
	name := display.Self.Name(tag)
	if name == "" {
		return tag.String()
	}
	_, size := utf8.DecodeRuneInString(name)
	return cases.Upper(tag).String(name[:size]) + name[size:]
}

// mask replaces the text values of data by markers of private-use
// characters, which no spelling rule matches; numbers stay, because
// templates compare them ({{if eq .Day 1}}) and they hold no letters.
func mask(data any) (any, []string) {
	m, ok := data.(map[string]any)
	if !ok {
		return data, nil
	}
	out := make(map[string]any, len(m))
	var values []string
	for k, v := range m {
		if s, ok := v.(string); ok {
			out[k] = marker(len(values))
			values = append(values, s)
			continue
		}
		out[k] = v
	}
	return out, values
}

func marker(i int) string { return "\ue000" + strconv.Itoa(i) + "\ue001" }

func unmask(text string, values []string) string {
	for i, v := range values {
		text = strings.ReplaceAll(text, marker(i), v)
	}
	return text
}
