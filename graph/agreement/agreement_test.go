package agreement

import (
	"testing"

	"github.com/claimgraph/claimgraph/extract/claim"
)

func claimBy(id string, conflicts []string, outlets ...string) claim.View {
	return claim.View{ID: id, Outlets: outlets, Independent: len(outlets), ConflictsWith: conflicts}
}

func TestMatrix(t *testing.T) {
	claims := []claim.View{
		claimBy("shared", nil, "A", "B"),
		claimBy("a-only", nil, "A"),
		claimBy("b-only", nil, "B"),
		claimBy("b-only-2", nil, "B"),
		claimBy("leaked", []string{"not-leaked"}, "A"),
		claimBy("not-leaked", []string{"leaked"}, "B", "C"),
	}
	pairs := Matrix(claims)
	if len(pairs) != 3 {
		t.Fatalf("%d pairs for 3 outlets: %+v", len(pairs), pairs)
	}
	want := Pair{A: "A", B: "B", Shared: 1, Conflicting: 1, OnlyA: 2, OnlyB: 3}
	if pairs[0] != want {
		t.Errorf("A–B: %+v, want %+v", pairs[0], want)
	}
	if got := pairs[0].Agreement(); got != 1.0/6 {
		t.Errorf("A–B agreement %v, want 1/6", got)
	}
	if bc := pairs[2]; bc.A != "B" || bc.B != "C" || bc.Shared != 1 || bc.Conflicting != 0 || bc.OnlyA != 3 || bc.OnlyB != 0 {
		t.Errorf("B–C: %+v", bc)
	}
}

// TestTruthFinderExclusives: reporting what no one else did costs an
// outlet no trust; being contradicted does.
func TestTruthFinderExclusives(t *testing.T) {
	claims := []claim.View{
		claimBy("visit", nil, "A", "B"),
		claimBy("met", nil, "A", "B"),
		claimBy("scoop-1", nil, "A"),
		claimBy("scoop-2", nil, "A"),
		claimBy("scoop-3", nil, "A"),
	}
	got := TruthFinder(claims, DefaultParams)
	if len(got) != 2 || got[0].Score != got[1].Score {
		t.Errorf("A's exclusives changed its trust against B's: %+v", got)
	}
}

// TestMatrixParaphrases: a claim A states and B words otherwise is
// shared, under both wordings, as diff counts it.
func TestMatrixParaphrases(t *testing.T) {
	worded := claimBy("a-words", nil, "A")
	worded.ParaphraseOutlets = []string{"B"}
	otherwise := claimBy("b-words", nil, "B")
	otherwise.ParaphraseOutlets = []string{"A"}
	pairs := Matrix([]claim.View{worded, otherwise, claimBy("a-only", nil, "A")})
	if want := (Pair{A: "A", B: "B", Shared: 2, OnlyA: 1}); len(pairs) != 1 || pairs[0] != want {
		t.Errorf("pairs %+v, want %+v", pairs, want)
	}
}

// TestTruthFinder: A and B corroborate each other; C contradicts them
// and stands alone, so it must end least trusted, and the result must
// not depend on the order of the claims.
func TestTruthFinder(t *testing.T) {
	claims := []claim.View{
		claimBy("visit", nil, "A", "B"),
		claimBy("met", nil, "A", "B"),
		claimBy("plan", nil, "A"),
		claimBy("leaked", []string{"not-leaked"}, "A", "B"),
		claimBy("not-leaked", []string{"leaked"}, "C"),
		claimBy("other", nil, "C"),
	}
	got := TruthFinder(claims, DefaultParams)
	if len(got) != 3 || got[2].Outlet != "C" {
		t.Fatalf("C should be least trusted: %+v", got)
	}
	if got[2].Score >= got[1].Score || got[2].Conflicted != 1 || got[2].Claims != 2 {
		t.Errorf("C: %+v against %+v", got[2], got[1])
	}
	for _, tr := range got {
		if tr.Score <= 0 || tr.Score >= 1 {
			t.Errorf("%s: score %v outside (0, 1)", tr.Outlet, tr.Score)
		}
	}
	reversed := make([]claim.View, len(claims))
	for i, c := range claims {
		reversed[len(claims)-1-i] = c
	}
	for i, tr := range TruthFinder(reversed, DefaultParams) {
		if tr != got[i] {
			t.Errorf("reversed input: %+v, want %+v", tr, got[i])
		}
	}
}
