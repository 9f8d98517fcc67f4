package extract

import (
	"slices"
	"testing"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// TestTreeClauses checks the Open IE tuples read off the dependency
// parse, one construction a case, with the negation and hedging found
// on the clause and, where a case names it, the normalised predicate.
func TestTreeClauses(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		construction, line string
		want               string // subject | relation | object, as written
		negated, hedged    bool
		predicate          string
	}{
		{"passive's predicate keeps its participle", "The minister was accompanied by two aides .", "The minister | was accompanied by | two aides", false, false, "be accompanied by"},
		{"infinitive's predicate keeps its to", "The mayor agreed to meet with the minister .", "The mayor | agreed to meet with | the minister", false, false, "agree to meet with"},
		{"relative clause", "The company , which makes chips in Ohio , hired 50 workers .", "The company | makes | chips in Ohio", false, false, ""},
		{"participle on a noun", "The plan revised in Geneva has 19 points .", "The plan | revised in | Geneva", false, false, ""},
		{"conjoined verb sharing a subject", "The minister flew to Berlin and met the chancellor .", "The minister | met | the chancellor", false, false, ""},
		{"infinitive completing the verb", "The mayor wants to visit the new museum .", "The mayor | wants to visit | the new museum", false, false, ""},
		{"copula with a preposition", "The museum is in the old town .", "The museum | is in | the old town", false, false, ""},
		{"conjoined predicate nouns sharing a copula", "Her father was a painter and a teacher .", "Her father | was | a teacher", false, false, ""},
		{"adjective with a complement", "People close to the talks agreed with the decision .", "People | were close to | the talks", false, false, ""},
		{"passive with its agent, time kept", "The bridge was built by the army in 1950 .", "The bridge | was built by | the army in 1950", false, false, ""},
		{"fronted time after the object", "In 1984 , the station became the first in the city .", "the station | became | the first in the city In 1984", false, false, ""},
		{"negation", "The council did not approve the budget .", "The council | did not approve | the budget", true, false, ""},
		{"hedging adverb", "Officials said the road would probably reopen next week .", "the road | would reopen | next week", false, true, ""},
		{"infinitive whose subject is the object", "The coach asked the players to leave the field .", "the players | to leave | the field", false, false, ""},
	}
	for _, c := range cases {
		var got []string
		found := false
		for _, r := range x.ExtractSentences(claim.Document{ID: "doc:t", Text: c.line}).Reports {
			tuple := r.SubjectText + " | " + r.RelationText + " | " + r.ObjectText
			got = append(got, tuple)
			if tuple != c.want {
				continue
			}
			found = true
			if r.Claim.Negated != c.negated || r.Hedged != c.hedged {
				t.Errorf("%s: %q negated %v hedged %v, want %v %v", c.construction, tuple, r.Claim.Negated, r.Hedged, c.negated, c.hedged)
			}
			if c.predicate != "" && r.Claim.Predicate != c.predicate {
				t.Errorf("%s: %q has predicate %q, want %q", c.construction, tuple, r.Claim.Predicate, c.predicate)
			}
		}
		if !found {
			t.Errorf("%s: want %q among %q", c.construction, c.want, got)
		}
	}
}

// TestTreeTuplesOnce checks that a clause both readings find is one
// tuple: a reduced passive is read by the chunks and by the parse.
func TestTreeTuplesOnce(t *testing.T) {
	x := newExtractor(t)
	var got []string
	for _, r := range x.ExtractSentences(claim.Document{ID: "doc:t", Text: "A credit line underwritten by a large bank was approved ."}).Reports {
		got = append(got, r.SubjectText+" | "+r.RelationText+" | "+r.ObjectText)
	}
	want := "A credit line | underwritten by | a large bank"
	if n := len(slices.DeleteFunc(slices.Clone(got), func(s string) bool { return s != want })); n != 1 {
		t.Errorf("%q %d times in %q, want once", want, n, got)
	}
}
