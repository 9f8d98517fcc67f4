package carb

import (
	"math"
	"strings"
	"testing"
)

const gold = "S1\tserved as\tHe\tthe first Prime Minister of Australia\n" +
	"S1\tbecame\tHe\ta founding justice of the High Court of Australia\n" +
	"S2\tsaid\tthe plan is good\tTrump\n"

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestGoldAgainstItselfScoresOne(t *testing.T) {
	g, err := ReadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	preds := map[string][]Tuple{}
	for s, ts := range g {
		for _, tu := range ts {
			tu.Confidence = 1
			preds[s] = append(preds[s], tu)
		}
	}
	r := Score(preds, g)
	if !near(r.F1, 1) || !near(r.Precision, 1) || !near(r.Recall, 1) {
		t.Errorf("gold against itself: %+v", r)
	}
}

func TestPartialAndOrderAndThreshold(t *testing.T) {
	g, _ := ReadGold(strings.NewReader(gold))
	preds := map[string][]Tuple{
		// 3 of 5 words right on the relation side: rel 2/2, arg1 1/1, arg2 "Prime Minister" 2/2 of pred; gold has 2+1+6 words.
		"S1": {{Rel: "served as", Arg1: "He", Arg2: "Prime Minister", Confidence: 0.9},
			{Rel: "ate", Arg1: "He", Arg2: "lunch", Confidence: 0.2}},
		// Reporting verb: arguments in the other order still match.
		"S2": {{Rel: "said", Arg1: "Trump", Arg2: "the plan is good", Confidence: 0.8}},
	}
	r := Score(preds, g)
	// At threshold 0.8: precision (1 + 1) / 2, recall (5/9 + 0 + 1) / 3.
	wantR := (5.0/9 + 1) / 3
	if !near(r.Precision, 1) || !near(r.Recall, wantR) || r.Threshold != 0.8 {
		t.Errorf("got %+v, want precision 1 recall %.4f at 0.8", r, wantR)
	}
	if r.AUC <= 0 || r.AUC > 1 {
		t.Errorf("AUC %v", r.AUC)
	}
}

func TestNoMatchWithoutSecondArgumentOrSharedRelationWord(t *testing.T) {
	g, _ := ReadGold(strings.NewReader(gold))
	if _, _, ok := score(Tuple{Rel: "served as", Arg1: "He"}, g["S1"][0]); ok {
		t.Error("a prediction with one argument never matches")
	}
	if _, _, ok := score(Tuple{Rel: "was", Arg1: "He", Arg2: "x"}, g["S1"][0]); ok {
		t.Error("relations with no word in common do not match")
	}
	if _, _, ok := score(Tuple{Rel: "be", Arg1: "Bush", Arg2: "President"}, Tuple{Rel: "is", Arg1: "Bush", Arg2: "President"}); !ok {
		t.Error(`a predicted "be" matches "is"`)
	}
}

// TestSentencesMatchWithoutSpacesOrPunctuation checks that a gold
// sentence is found however it is spaced: CaRB's gold has sentences with
// a trailing space the sentence file has not.
func TestSentencesMatchWithoutSpacesOrPunctuation(t *testing.T) {
	g, err := ReadGold(strings.NewReader("He left . \tleft\tHe\tearly\n"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := ReadPredictions(strings.NewReader(`{"sentence":"He left .","relation":"left","subject_text":"He","object_text":"early","confidence":1}`))
	if err != nil {
		t.Fatal(err)
	}
	if r := Score(p, g); !near(r.Recall, 1) {
		t.Errorf("recall %v, want 1: the sentences did not meet", r.Recall)
	}
}
