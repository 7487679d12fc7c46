package session

import (
	"testing"

	"veininfo/internal/l10n"
)

// TestEveryLanguageIsComplete fails for each language a region offers that
// lacks a message, topic, product text or glossary term English has, or
// has one English lacks. Run it with -v to see what is missing.
func TestEveryLanguageIsComplete(t *testing.T) {
	c, err := LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range c.Regions.Languages() {
		t.Run(tag.String(), func(t *testing.T) {
			if missing := c.Messages.Missing(tag); len(missing) > 0 {
				t.Errorf("locales/%s.toml lacks %d messages: %v", tag, len(missing), missing)
			}
			if extra := c.Messages.Extra(tag); len(extra) > 0 {
				t.Errorf("locales/%s.toml has messages English lacks: %v", tag, extra)
			}
			if missing := c.Content.Missing(tag, l10n.Base(tag)); len(missing) > 0 {
				t.Errorf("assets/content/%s lacks %d texts: %v", tag, len(missing), missing)
			}
			if extra := c.Content.Extra(tag); len(extra) > 0 {
				t.Errorf("assets/content/%s has texts English lacks: %v", tag, extra)
			}
		})
	}
}
