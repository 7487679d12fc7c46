package config

import (
	"fmt"
	"maps"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"veininfo/internal/kiosk"
)

// field sets one key of the configuration from its TOML value, or says why
// the value is wrong, and shows the value in force.
type field struct {
	set  func(c *Config, v any) error
	show func(c Config) string
}

// fallback says what a wrong value of the key gives instead.
func (f field) fallback() string { return "using the default, " + f.show(Default()) }

var fields = map[string]field{
	"kiosk":                {boolField(func(c *Config) *bool { return &c.Kiosk }), func(c Config) string { return onOff(c.Kiosk) }},
	"attract_screen":       {boolField(func(c *Config) *bool { return &c.AttractScreen }), func(c Config) string { return onOff(c.AttractScreen) }},
	"touch_keyboard":       {boolField(func(c *Config) *bool { return &c.TouchKeyboard }), func(c Config) string { return onOff(c.TouchKeyboard) }},
	"region":               {setRegion, func(c Config) string { return orNone(c.Region, "the system's locale") }},
	"language":             {setLanguage, func(c Config) string { return orNone(c.Language, "the region's first") }},
	"allowed_regions":      {setAllowedRegions, func(c Config) string { return orNone(strings.Join(c.AllowedRegions, ", "), "every region") }},
	"idle_timeout_seconds": {secondsField(func(c *Config) *time.Duration { return &c.IdleTimeout }, 10, 24*3600), func(c Config) string { return seconds(c.IdleTimeout) }},
	"warning_seconds":      {secondsField(func(c *Config) *time.Duration { return &c.Warning }, MinWarning, 600), func(c Config) string { return seconds(c.Warning) }},
	"admin_pin_hash": {setPINHash, func(c Config) string {
		return orNone(mask(c.AdminPINHash), "none: kiosk mode cannot be left from the screen")
	}},
	"text_size_percent": {setTextSize, func(c Config) string { return fmt.Sprintf("%d %%", c.TextSize) }},
	"content_dir":       {setContentDir, func(c Config) string { return orNone(c.ContentDir, "none") }},
	"urgent_help_note":  {setUrgentHelpNote, func(c Config) string { return notes(c.UrgentHelpNote) }},
	"clinic_name":       {textField(func(c *Config) *string { return &c.ClinicName }, maxNameRunes, false), func(c Config) string { return orNone(c.ClinicName, "none") }},
	"clinic_contact":    {textField(func(c *Config) *string { return &c.ClinicContact }, maxContactRunes, true), func(c Config) string { return orNone(c.ClinicContact, "none") }},
	"printer":           {setPrinter, func(c Config) string { return orNone(c.Printer, "the system's default printer") }},
	"printing":          {boolField(func(c *Config) *bool { return &c.Printing }), func(c Config) string { return onOff(c.Printing) }},
	"handout_url":       {setHandoutURL, func(c Config) string { return orNone(c.HandoutURL, "none: no QR code") }},
}

// MinWarning is the shortest idle warning: at least 20 seconds to answer
// "Still reading?" (WCAG 2.2.1).
const MinWarning = 20

// InForce lists every key with the value in force, in the order of Keys.
func (c Config) InForce() [][2]string {
	var out [][2]string
	for _, key := range Keys() {
		out = append(out, [2]string{key, fields[key].show(c)})
	}
	return out
}

func onOff(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func orNone(s, none string) string {
	if s == "" {
		return none
	}
	return s
}

func seconds(d time.Duration) string { return fmt.Sprintf("%d s", int(d/time.Second)) }

// mask shows enough of a PIN hash to tell two apart, and nothing to guess from.
func mask(hash string) string {
	if hash == "" {
		return ""
	}
	return "set (argon2id, ends …" + hash[max(0, len(hash)-6):] + ")"
}

func notes(n map[string]string) string {
	if len(n) == 0 {
		return "none"
	}
	keys := make([]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s: %q", orNone(k, "all"), n[k]))
	}
	return strings.Join(parts, "; ")
}

// Keys lists the keys a configuration file may set, sorted.
func Keys() []string {
	return slices.Sorted(maps.Keys(fields))
}

func boolField(at func(*Config) *bool) func(*Config, any) error {
	return func(c *Config, v any) error {
		b, ok := v.(bool)
		if !ok {
			return fmt.Errorf("want true or false, got %s", describe(v))
		}
		*at(c) = b
		return nil
	}
}

func secondsField(at func(*Config) *time.Duration, lo, hi int64) func(*Config, any) error {
	return func(c *Config, v any) error {
		n, ok := v.(int64)
		if !ok || n < lo || n > hi {
			return fmt.Errorf("want a whole number of seconds from %d to %d, got %s", lo, hi, describe(v))
		}
		*at(c) = time.Duration(n) * time.Second
		return nil
	}
}

func regionCode(v any) (string, error) {
	s, ok := v.(string)
	if ok {
		if _, err := language.ParseRegion(s); err == nil && len(s) == 2 {
			return strings.ToUpper(s), nil
		}
	}
	return "", fmt.Errorf("want a two-letter country code such as \"DE\", got %s", describe(v))
}

func setRegion(c *Config, v any) error {
	code, err := regionCode(v)
	if err == nil {
		c.Region = code
	}
	return err
}

func setLanguage(c *Config, v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("want a language tag such as \"de-CH\", got %s", describe(v))
	}
	tag, err := language.Parse(s)
	if err != nil {
		return fmt.Errorf("want a language tag such as \"de-CH\", got %q", s)
	}
	c.Language = tag.String()
	return nil
}

func setAllowedRegions(c *Config, v any) error {
	list, ok := v.([]any)
	if !ok {
		return fmt.Errorf("want a list of country codes such as [\"CH\", \"DE\"], got %s", describe(v))
	}
	codes := make([]string, 0, len(list))
	for _, item := range list {
		code, err := regionCode(item)
		if err != nil {
			return err
		}
		codes = append(codes, code)
	}
	c.AllowedRegions = codes
	return nil
}

func setPINHash(c *Config, v any) error {
	s, ok := v.(string)
	if !ok || !strings.HasPrefix(s, "$argon2id$") {
		c.BadPINHash = true
		return fmt.Errorf("want the output of `veininfo --hash-pin` ('$argon2id$...'), got %s", describe(v))
	}
	if err := kiosk.CheckHash(s); err != nil {
		c.BadPINHash = true
		return err
	}
	c.AdminPINHash = s
	return nil
}

func setTextSize(c *Config, v any) error {
	n, ok := v.(int64)
	if !ok || n < 100 || n > 200 {
		return fmt.Errorf("want a whole percentage from 100 to 200, got %s", describe(v))
	}
	c.TextSize = int(n)
	return nil
}

// describe shows a wrong value briefly, with its TOML type.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("%q", v)
	case []any:
		return "a list"
	case map[string]any:
		return "a table"
	default:
		return fmt.Sprintf("%v", v)
	}
}

func setContentDir(c *Config, v any) error {
	s, ok := v.(string)
	if !ok || s == "" {
		return fmt.Errorf("want the path of a content pack folder, got %s", describe(v))
	}
	c.ContentDir = s
	return nil
}

// maxNoteRunes keeps the clinic's urgent-help note to a line or two.
const maxNoteRunes = 300

// setUrgentHelpNote takes one note for every language, or a table of
// notes by language tag: { en = "...", fr = "..." }.
func setUrgentHelpNote(c *Config, v any) error {
	notes := map[string]string{}
	switch v := v.(type) {
	case string:
		notes[""] = v
	case map[string]any:
		for key, text := range v {
			tag, err := language.Parse(key)
			s, ok := text.(string)
			if err != nil || !ok {
				return fmt.Errorf("want a note for each language tag, such as { en = \"...\", fr = \"...\" }, got %s = %s", key, describe(text))
			}
			notes[tag.String()] = s
		}
	default:
		return fmt.Errorf("want a short note, or a table of notes by language, got %s", describe(v))
	}
	for key, note := range notes {
		if strings.TrimSpace(note) == "" || utf8.RuneCountInString(note) > maxNoteRunes {
			return fmt.Errorf("the note for %q must be 1 to %d characters", key, maxNoteRunes)
		}
	}
	c.UrgentHelpNote = notes
	return nil
}

// The longest clinic name and contact on a handout: a name fits the
// footer's third of a line, the contact a few lines.
const (
	maxNameRunes    = 80
	maxContactRunes = 300
)

// textField takes a short text of at most most characters, with line
// breaks only where lines are allowed.
func textField(at func(*Config) *string, most int, lines bool) func(*Config, any) error {
	return func(c *Config, v any) error {
		s, ok := v.(string)
		s = strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n")) // a Windows editor's line ends
		if !ok || s == "" || utf8.RuneCountInString(s) > most {
			return fmt.Errorf("want a text of 1 to %d characters, got %s", most, describe(v))
		}
		for _, r := range s {
			if unicode.IsControl(r) && (r != '\n' || !lines) {
				return fmt.Errorf("want text without control characters, got %s", describe(v))
			}
		}
		*at(c) = s
		return nil
	}
}

// setPrinter takes a printer's name as the print system knows it: a CUPS
// queue (lpstat -p) or a Windows printer, which may be a share
// (\\server\printer).
func setPrinter(c *Config, v any) error {
	s, ok := v.(string)
	if !ok || s == "" || utf8.RuneCountInString(s) > 127 || strings.HasPrefix(s, "-") || strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return fmt.Errorf("want a printer's name as lpstat -p (Linux) or Settings > Printers (Windows) shows it, got %s", describe(v))
	}
	c.Printer = s
	return nil
}

// placeholder is a {name} in a handout_url template.
var placeholder = regexp.MustCompile(`\{[^{}]*\}`)

// HandoutURLPlaceholders are what a handout_url template may hold:
// {lang} the language tag (de-CH), {section} the tab's folder (treatment;
// glossary for a term), {topic} the topic's or term's id.
var HandoutURLPlaceholders = []string{"{lang}", "{section}", "{topic}"}

// setHandoutURL takes the template of a topic's page on the clinic's
// copy of the HTML site: an http or https address with {topic}, and
// {lang} and {section} where the site's folders need them.
func setHandoutURL(c *Config, v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("want an address such as \"https://clinic.example/veininfo/{lang}/{section}/{topic}.html\", got %s", describe(v))
	}
	for _, p := range placeholder.FindAllString(s, -1) {
		if !slices.Contains(HandoutURLPlaceholders, p) {
			return fmt.Errorf("unknown placeholder %s: use %s", p, strings.Join(HandoutURLPlaceholders, ", "))
		}
	}
	if !strings.Contains(s, "{topic}") {
		return fmt.Errorf("the address needs {topic}, or every handout's QR code leads to the same page, got %q", s)
	}
	sample := strings.NewReplacer("{lang}", "en", "{section}", "treatment", "{topic}", "overview").Replace(s)
	u, err := url.Parse(sample)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || strings.ContainsAny(s, " \t\n") {
		return fmt.Errorf("want a whole http or https address such as \"https://clinic.example/veininfo/{lang}/{section}/{topic}.html\", got %q", s)
	}
	c.HandoutURL = s
	return nil
}
