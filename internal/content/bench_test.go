package content

import (
	"testing"

	"golang.org/x/text/language"

	"veininfo/assets"
)

// BenchmarkGlossarySearchKeystroke types "gerinnungshemmer" one letter at a
// time; one op is one keystroke's search.
func BenchmarkGlossarySearchKeystroke(b *testing.B) {
	p := embeddedPacks(&testing.T{})["de"]
	word := []rune("gerinnungshemmer")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.SearchGlossary(string(word[:1+i%len(word)]))
	}
}

// BenchmarkSearchKeystroke is the header search over every topic and term.
func BenchmarkSearchKeystroke(b *testing.B) {
	p := embeddedPacks(&testing.T{})["de"]
	word := []rune("kompression")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Search(string(word[:1+i%len(word)]))
	}
}

// BenchmarkSearchIndex folds the words of every topic and term of a
// pack, which its first search does (the ones after it use them).
func BenchmarkSearchIndex(b *testing.B) {
	p := embeddedPacks(&testing.T{})["de"]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.makeIndex()
	}
}

func BenchmarkParseTopic(b *testing.B) {
	data, err := assets.FS.ReadFile("content/en/treatment/venoplasty-and-stenting.md")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := ParseTopic(data, "x.md"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLinkTerms(b *testing.B) {
	p := embeddedPacks(&testing.T{})["de"]
	topic, _ := p.Topic(Treatment, "venoplasty-and-stenting")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		LinkTerms(topic.Body, p.Glossary())
	}
}

// BenchmarkLoadContent is the cold load of every language's content.
func BenchmarkLoadContent(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(assets.FS, assets.ContentDir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResolveLanguage builds one language's pack, as a switch does.
func BenchmarkResolveLanguage(b *testing.B) {
	lib, _ := Load(assets.FS, assets.ContentDir)
	chain := []language.Tag{language.MustParse("de-CH"), language.German, language.English}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		lib.Resolve(chain, func(s string) string { return s }, nil)
	}
}
