package l10n

import (
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Collator sorts in the alphabetical order a reader of tag expects: Danish
// and Norwegian put Æ, Ø and Å after Z, Swedish and Finnish Å, Ä and Ö.
// golang.org/x/text's Norwegian rules sort Æ, Ø and Å among the A and O
// words; Norwegian order is the Danish one, so Norwegian readers get the
// Danish rules.
func Collator(tag language.Tag, opts ...collate.Option) *collate.Collator {
	if isNorwegian(tag) {
		tag = language.Danish
	}
	return collate.New(tag, opts...)
}
