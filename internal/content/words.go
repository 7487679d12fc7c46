package content

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Search works on words, as a patient types them: "what is a stent",
// "stockings how long", "po zabiegu". A word is compared without case and
// accents ("odem" finds "Ödem", "ponczochy" finds "pończochy"), and small
// words of the reader's language ("what", "is", "a"; "was", "ist", "ein";
// "co", "to", "jest") are left out of the query.

var unaccent = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

var fold = cases.Fold()

// foldWord is a word without case and accents. Letters that do not lose
// their mark in Unicode's decomposition (ł, ø, æ, ß) are spelled out.
func foldWord(w string) string {
	s, _, err := transform.String(unaccent, fold.String(w))
	if err != nil {
		s = fold.String(w)
	}
	return specialFolds.Replace(s)
}

var specialFolds = strings.NewReplacer("ł", "l", "ø", "o", "æ", "ae", "ß", "ss", "đ", "d", "œ", "oe")

// wordsIn splits a text into its folded words.
func wordsIn(text string) []string { return folder(nil).wordsIn(text) }

// folder folds words, remembering the words it folded when it is not nil:
// a text uses the same words again and again.
type folder map[string]string

func (f folder) wordsIn(text string) []string {
	fields := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := make([]string, len(fields))
	for i, w := range fields {
		folded, ok := f[w]
		if !ok {
			folded = foldWord(w)
			if f != nil {
				f[w] = folded
			}
		}
		out[i] = folded
	}
	return out
}

// SameWord reports whether two texts are the same words, ignoring case,
// accents and punctuation.
func SameWord(a, b string) bool {
	return strings.Join(wordsIn(a), " ") == strings.Join(wordsIn(b), " ") && strings.TrimSpace(a) != ""
}

// queryWords are the words of a query that carry its meaning: the small
// words of the language are left out, unless nothing else is left.
func queryWords(query, lang string) []string {
	all := wordsIn(query)
	var kept []string
	for _, w := range all {
		if !stopWords[lang][w] && !stopWords["*"][w] {
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		return all
	}
	return kept
}

// matches reports whether a text word matches a query word: the same
// word, or for a query word of four letters or more, a word that contains
// it ("stents", "Kompressionsstrümpfe" for "strümpfe").
func matches(textWord, queryWord string) bool {
	if textWord == queryWord {
		return true
	}
	if len([]rune(queryWord)) < 4 {
		return strings.HasPrefix(textWord, queryWord) && len([]rune(textWord))-len([]rune(queryWord)) <= 2
	}
	return strings.Contains(textWord, queryWord)
}

// hits counts how many of the query words a text's words match, and how
// often they match in all.
func hits(text []string, query []string) (found, total int) {
	for _, q := range query {
		n := 0
		for _, w := range text {
			if matches(w, q) {
				n++
			}
		}
		if n > 0 {
			found++
			total += n
		}
	}
	return found, total
}

// stopWords are the small words left out of a query, by language; "*"
// holds what no language searches for.
var stopWords = map[string]map[string]bool{
	"*":  set(""),
	"en": set("a an the is are was be do does did what whats which who how why when where can could should would will i me my mine you your it its of to in on at for with and or about after? this that there have has had get am"),
	"de": set("der die das den dem des ein eine einen einem einer eines ist sind war was wer wie warum wann wo welche welcher welches kann können soll sollte muss ich mein meine mir mich sie ihr es und oder zu zum zur im in am an auf für mit von bei nach? gibt habe hat haben wird werden"),
	"fr": set("le la les l un une des du de d est sont que qu quoi qui comment pourquoi quand où quel quelle quels quelles je j me mon ma mes vous votre vos il elle et ou à au aux en dans pour avec sur ce c cet cette y a"),
	"nl": set("de het een is zijn wat wie hoe waarom wanneer waar welke kan kun moet ik mijn me u uw je jouw het en of van in op aan voor met bij er"),
	"es": set("el la los las un una unos unas es son qué que quién cómo como por porqué cuándo dónde cuál cuáles puedo debo yo mi mis me usted su sus y o de del en a al para con sobre se lo"),
	"it": set("il lo la i gli le un uno una è sono che cosa cos chi come perché quando dove quale quali posso devo io mio mia miei mi lei suo sua e o di del della in a al alla per con su si"),
	"pt": set("o a os as um uma é são que quê quem como porque quando onde qual quais posso devo eu meu minha me você seu sua e ou de do da dos das em no na a ao para com sobre se"),
	"pl": set("co to jest są czy jak jaki jaka jakie dlaczego kiedy gdzie który która które mogę muszę ja mój moja mi mnie pan pani się i lub albo w we na do z ze o od po? dla przy"),
	"sv": set("en ett den det de är var vad vem hur varför när var vilken vilket vilka kan ska måste jag min mitt mina mig du din och eller i på till för med om av efter? som"),
	"da": set("en et den det de er var hvad hvem hvordan hvorfor hvornår hvor hvilken hvilket hvilke kan skal må jeg min mit mine mig du din og eller i på til for med om af efter? som"),
	"nb": set("en ei et den det de er var hva hvem hvordan hvorfor når hvor hvilken hvilket hvilke kan skal må jeg min mitt mine meg du din og eller i på til for med om av etter? som"),
	"fi": set("mikä mitä mitkä mikään miten miksi milloin missä kuka voi voinko pitää täytyy minä minun minulla sinä sinun ja tai on ovat oli se ne että"),
}

// set makes a word set; a word ending in "?" is left out: it carries
// meaning in this app ("after your procedure").
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		if !strings.HasSuffix(w, "?") {
			m[foldWord(w)] = true
		}
	}
	return m
}
