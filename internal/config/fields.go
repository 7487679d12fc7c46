package config

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// field sets one key of the configuration from its TOML value, or says why
// the value is wrong.
type field struct {
	set func(c *Config, v any) error
}

var fields = map[string]field{
	"kiosk":                {boolField(func(c *Config) *bool { return &c.Kiosk })},
	"attract_screen":       {boolField(func(c *Config) *bool { return &c.AttractScreen })},
	"touch_keyboard":       {boolField(func(c *Config) *bool { return &c.TouchKeyboard })},
	"region":               {setRegion},
	"language":             {setLanguage},
	"allowed_regions":      {setAllowedRegions},
	"idle_timeout_seconds": {secondsField(func(c *Config) *time.Duration { return &c.IdleTimeout }, 10, 24*3600)},
	"warning_seconds":      {secondsField(func(c *Config) *time.Duration { return &c.Warning }, 3, 600)},
	"admin_pin_hash":       {setPINHash},
	"text_size_percent":    {setTextSize},
	"content_dir":          {setContentDir},
}

// Keys lists the keys a configuration file may set.
func Keys() []string {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	return keys
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
		return fmt.Errorf("want the output of `veininfo --hash-pin` (\"$argon2id$...\"), got %s", describe(v))
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
