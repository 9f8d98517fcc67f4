package match

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/schema"
)

type labelled struct {
	A, B []string
	Same bool
}

func readPairs(t *testing.T) []labelled {
	data, err := os.ReadFile("testdata/pairs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Pairs []labelled }
	if err := yaml.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	return f.Pairs
}

// claimOf reads a labelled claim, its predicate normalised by the default
// schema as extraction normalises it.
func claimOf(t *testing.T, s []string) claim.Claim {
	if len(s) != 3 {
		t.Fatalf("want subject, predicate, object: %q", s)
	}
	vocabulary, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, neg := strings.CutPrefix(s[1], "NOT ")
	return claim.Claim{Subject: claim.Entity{Name: s[0]}, Predicate: vocabulary.Predicate(p), Object: claim.Entity{Name: s[2]}, Negated: neg}
}

// TestLabelledPairs measures the matcher on the labelled pairs at every
// threshold and checks that Threshold has the best F1 among those whose
// precision is at least minPrecision (a false match invents
// corroboration, a missed one only leaves two claims apart), the highest
// such threshold on a tie. The table it logs is in BENCHMARKS.md
// (go test ./match -run Labelled -v).
func TestLabelledPairs(t *testing.T) {
	m, err := New()
	if err != nil {
		t.Fatal(err)
	}
	pairs := readPairs(t)
	scores := make([]float64, len(pairs))
	for i, p := range pairs {
		scores[i] = m.Similarity(claimOf(t, p.A), claimOf(t, p.B))
	}
	type result struct{ threshold, p, r, f1 float64 }
	var results []result
	for th := 0.05; th <= 0.951; th += 0.05 {
		tp, fp, fn := 0, 0, 0
		for i, p := range pairs {
			switch match := scores[i] >= th-1e-9; {
			case match && p.Same:
				tp++
			case match:
				fp++
			case p.Same:
				fn++
			}
		}
		r := result{threshold: th}
		if tp+fp > 0 {
			r.p = float64(tp) / float64(tp+fp)
		}
		r.r = float64(tp) / float64(tp+fn)
		if r.p+r.r > 0 {
			r.f1 = 2 * r.p * r.r / (r.p + r.r)
		}
		results = append(results, r)
		t.Logf("threshold %.2f: precision %.2f recall %.2f F1 %.2f (tp %d fp %d fn %d)", th, r.p, r.r, r.f1, tp, fp, fn)
	}
	const minPrecision = 0.9
	var chosen *result
	for i := range results {
		r := &results[i]
		// Of equal F1, the higher threshold: the set holds few hard
		// negatives, so a plateau says little about the lower end.
		if r.p >= minPrecision && (chosen == nil || r.f1 >= chosen.f1-1e-9) {
			chosen = r
		}
	}
	if chosen == nil || fmt.Sprintf("%.2f", chosen.threshold) != fmt.Sprintf("%.2f", Threshold) {
		t.Fatalf("the best threshold with precision ≥ %.1f is %+v, but Threshold is %.2f", minPrecision, chosen, Threshold)
	}
	if chosen.r < 0.3 {
		t.Errorf("recall at the threshold fell to %.2f", chosen.r)
	}
	for i, p := range pairs {
		if (scores[i] >= Threshold) != p.Same {
			t.Logf("miss at %.2f: %q ~ %q (same: %v, score %.2f)", Threshold, p.A, p.B, p.Same, scores[i])
		}
	}
}

func TestSimilarityRules(t *testing.T) {
	m, err := New()
	if err != nil {
		t.Fatal(err)
	}
	visit := claim.Claim{Subject: claim.Entity{ID: "entity:steve-witkof", Name: "Steve Witkoff"}, Predicate: "visit", Object: claim.Entity{ID: "entity:moscow", Name: "Moscow"}}
	with := func(c claim.Claim, change func(*claim.Claim)) claim.Claim { change(&c); return c }
	hinder := claim.Claim{Subject: claim.Entity{Name: "leak of a call"}, Predicate: "be intended to hinder", Object: claim.Entity{Name: "building of relations"}}
	get := claim.Claim{Subject: claim.Entity{Name: "Russia"}, Predicate: "get", Object: claim.Entity{Name: "more people"}}
	count := claim.Claim{Subject: claim.Entity{Name: "draft plan"}, Predicate: "have", Object: claim.Entity{Name: "28 points"}}
	toll := claim.Claim{Subject: claim.Entity{Name: "death toll"}, Predicate: "rise to", Object: claim.Entity{Name: "61"}}
	killed := claim.Claim{Subject: claim.Entity{Name: "earthquake"}, Predicate: "kill", Object: claim.Entity{Name: "40,000 people"}}
	for _, tc := range []struct {
		what     string
		a, b     claim.Claim
		min, max float64
	}{
		{"a claim against itself", visit, visit, 1, 1},
		{"a claim against its negation", visit, with(visit, func(c *claim.Claim) { c.Negated = true }), 0, 0},
		{"one entity written two ways", visit, with(visit, func(c *claim.Claim) { c.Subject.Name = "Witkoff" }), 1, 1},
		{"visits to two places", visit, with(visit, func(c *claim.Claim) { c.Object = claim.Entity{ID: "entity:kiv", Name: "Kyiv"} }), 0, 0},
		{"two things done to one place", visit, with(visit, func(c *claim.Claim) { c.Predicate = "criticize" }), 0, 0},
		{"two counts of one thing", count, with(count, func(c *claim.Claim) { c.Object.Name = "19 points" }), 0, 0},
		{"one specific act, its aim worded apart", hinder,
			with(hinder, func(c *claim.Claim) { c.Subject.Name, c.Object.Name = "leak", "ongoing peace efforts" }), Threshold, 1},
		{"a light verb with two objects", get, with(get, func(c *claim.Claim) { c.Object.Name = "sanctions relief" }), 0, 0},
		{"a toll revised", toll, with(toll, func(c *claim.Claim) { c.Object.Name = "64" }), 0, 0},
		{"two tolls worded apart", killed, with(killed, func(c *claim.Claim) { c.Object.Name = "12 people" }), 0, 0},
		{"one figure, grouped and not", killed, with(killed, func(c *claim.Claim) { c.Object.Name = "40000 people" }), 1, 1},
		{"a figure and none", killed, with(killed, func(c *claim.Claim) { c.Object.Name = "people" }), Threshold, 1},
	} {
		if s := m.Similarity(tc.a, tc.b); s < tc.min || s > tc.max {
			t.Errorf("%s: %.2f, want %.2f to %.2f", tc.what, s, tc.min, tc.max)
		}
	}
}
