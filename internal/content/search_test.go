package content

import (
	"slices"
	"strings"
	"testing"
)

func TestSearchAllTopicsAndTerms(t *testing.T) {
	packs := embeddedPacks(t)
	en := packs["en"]
	results := en.Search("BALLOON")
	sections := map[Section]bool{}
	for _, r := range results {
		sections[r.Section] = true
		if !strings.Contains(strings.ToLower(r.Snippet+r.Title), "balloon") {
			t.Errorf("result %q has no match in its snippet %q", r.Title, r.Snippet)
		}
		if len([]rune(r.Snippet)) > 2*snippetRunes+20 {
			t.Errorf("snippet too long: %q", r.Snippet)
		}
	}
	for _, want := range []Section{Treatment, Products, ""} {
		if !sections[want] {
			t.Errorf("searching balloon found nothing in %q: %+v", want, results)
		}
	}
	if got := packs["de"].Search("odem"); len(got) == 0 {
		t.Error("German: odem should find Ödem")
	}
	if got := packs["es"].Search("cateter balon"); len(got) == 0 {
		t.Error("Spanish: cateter balon should find catéter balón")
	}
	if got := en.Search("zzzqqq"); len(got) != 0 || len(en.Search("  ")) != 0 {
		t.Error("no match and an empty query give no results")
	}
}

func TestSnippet(t *testing.T) {
	text := strings.Repeat("word ", 30) + "target " + strings.Repeat("more ", 30)
	i := strings.Index(text, "target")
	s := snippet(text, i, i+6)
	if !strings.HasPrefix(s, "… word") || !strings.HasSuffix(s, "more …") || !strings.Contains(s, "target") {
		t.Errorf("snippet = %q", s)
	}
}

// TestPatientQuestions: for questions a patient types, in their own
// words, the topic or term that answers them is among the first three
// results. The questions were written from the content, 20 a language.
func TestPatientQuestions(t *testing.T) {
	packs := embeddedPacks(t)
	questions := map[string][][2]string{
		"en": {
			{"what is a stent", "/stent"}, {"after procedure", "treatment/after-your-procedure"},
			{"stockings how long", "products/compression-stockings"}, {"what is a blood thinner", "/anticoagulant"},
			{"can I stop my blood thinner", "treatment/living-with-a-blood-thinner"}, {"chest pain", "welcome/urgent-help"},
			{"bleeding where the needle went in", "welcome/urgent-help"}, {"what is may-thurner", "/may-thurner-syndrome"},
			{"how is it diagnosed", "disease/diagnosis"}, {"what is venoplasty", "/venoplasty"},
			{"open surgery", "treatment/open-surgery"}, {"what is deep vein thrombosis", "/deep-vein-thrombosis"},
			{"post-thrombotic syndrome", "disease/post-thrombotic-syndrome"}, {"swollen leg", "disease/symptoms"},
			{"will I be asleep", "treatment/venoplasty-and-stenting"}, {"preparing for the procedure", "treatment/preparing-for-your-procedure"},
			{"can I fly with a stent", "treatment/living-with-a-stent"}, {"what causes it", "disease/causes"},
			{"painkillers", "treatment/living-with-a-blood-thinner"}, {"emergency number", "welcome/urgent-help"},
		},
		"de": {
			{"was ist ein stent", "/stent"}, {"nach dem eingriff", "treatment/after-your-procedure"},
			{"kompressionsstrümpfe wie lange", "products/compression-stockings"}, {"was ist ein blutverdünner", "/anticoagulant"},
			{"blutverdünner absetzen", "treatment/living-with-a-blood-thinner"}, {"schmerzen brust", "welcome/urgent-help"},
			{"blutung einstichstelle", "welcome/urgent-help"}, {"may-thurner", "/may-thurner-syndrome"},
			{"wie wird es festgestellt", "disease/diagnosis"}, {"ballondilatation", "treatment/venoplasty-and-stenting"},
			{"offene operation", "treatment/open-surgery"}, {"was ist eine thrombose", "/deep-vein-thrombosis"},
			{"postthrombotisches syndrom", "disease/post-thrombotic-syndrome"}, {"schwellung bein", "disease/symptoms"},
			{"narkose", "treatment/venoplasty-and-stenting"}, {"vorbereitung eingriff", "treatment/preparing-for-your-procedure"},
			{"lange reisen mit stent", "treatment/living-with-a-stent"}, {"ursachen", "disease/causes"},
			{"schmerzmittel", "treatment/living-with-a-blood-thinner"}, {"notruf", "welcome/urgent-help"},
		},
		"pl": {
			{"co to jest stent", "/stent"}, {"po zabiegu", "treatment/after-your-procedure"},
			{"pończochy jak długo", "products/compression-stockings"}, {"co to jest lek przeciwzakrzepowy", "/anticoagulant"},
			{"odstawić lek", "treatment/living-with-a-blood-thinner"}, {"ból w klatce piersiowej", "welcome/urgent-help"},
			{"krwawienie z miejsca wkłucia", "welcome/urgent-help"}, {"zespół may-thurnera", "/may-thurner-syndrome"},
			{"jak rozpoznaje się", "disease/diagnosis"}, {"angioplastyka", "treatment/venoplasty-and-stenting"},
			{"operacja otwarta", "treatment/open-surgery"}, {"zakrzepica żył głębokich", "/deep-vein-thrombosis"},
			{"zespół pozakrzepowy", "disease/post-thrombotic-syndrome"}, {"obrzęk nogi", "disease/symptoms"},
			{"znieczulenie ogólne", "/general-anaesthetic"}, {"przygotowanie do zabiegu", "treatment/preparing-for-your-procedure"},
			{"podróż ze stentem", "treatment/living-with-a-stent"}, {"przyczyny", "disease/causes"},
			{"leki przeciwbólowe", "treatment/living-with-a-blood-thinner"}, {"numer alarmowy", "welcome/urgent-help"},
		},
	}
	for lang, qs := range questions {
		if len(qs) != 20 {
			t.Fatalf("%s has %d questions, want 20", lang, len(qs))
		}
		for _, q := range qs {
			results := packs[lang].Search(q[0])
			var top []string
			for i := 0; i < 3 && i < len(results); i++ {
				top = append(top, string(results[i].Section)+"/"+results[i].ID)
			}
			if !slices.Contains(top, q[1]) {
				t.Errorf("%s: %q gives %v, want %s among the first three", lang, q[0], top, q[1])
			}
		}
	}
}

func TestSmallWordsAreLeftOut(t *testing.T) {
	en := embeddedPacks(t)["en"]
	if r := en.Search("what is a stent"); len(r) == 0 || r[0].ID != "stent" {
		t.Errorf("'what is a stent' should start with the glossary's Stent: %+v", r)
	}
	if r := en.SearchGlossary("stent"); len(r) == 0 || r[0].ID != "stent" {
		t.Errorf("the glossary search should put Stent first: %v", r)
	}
	if r := embeddedPacks(t)["pl"].Search("ponczochy"); len(r) == 0 {
		t.Error("Polish without diacritics should find pończochy")
	}
}
