package l10n

import (
	"testing"

	"veininfo/locales"
)

// BenchmarkLoadLocales is the cold load of every message file.
func BenchmarkLoadLocales(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(locales.FS); err != nil {
			b.Fatal(err)
		}
	}
}
