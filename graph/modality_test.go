package graph_test

import (
	"context"
	"testing"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/graphtest"
)

// TestModality: claims of a modality are not counted with plain
// statements. A possibility does not contradict a denial, a hope does
// not corroborate a fact, and two outlets' plans corroborate each other.
func TestModality(t *testing.T) {
	ctx := context.Background()
	modal := func(doc, subj, pred, obj string, negated bool, modality string) claim.Report {
		r := report(doc, 0, subj, pred, obj, negated)
		r.Modality = modality
		return r
	}
	for _, tc := range []struct {
		name string
		a, b claim.Report
		want string // status of the positive claim, and its modality
	}{
		{"a possibility does not contradict a denial", modal("doc:a", "parties", "near", "deal", false, claim.Possible),
			modal("doc:b", "parties", "near", "deal", true, ""), "single-source possible"},
		{"a plain statement contradicts a denial", modal("doc:a", "parties", "near", "deal", false, ""),
			modal("doc:b", "parties", "near", "deal", true, ""), "conflicted "},
		{"a hope does not corroborate a fact", modal("doc:a", "envoy", "visit", "Moscow", false, ""),
			modal("doc:b", "envoy", "visit", "Moscow", false, claim.Desired), "single-source "},
		{"two plans corroborate each other", modal("doc:a", "envoy", "visit", "Moscow", false, claim.Planned),
			modal("doc:b", "envoy", "visit", "Moscow", false, claim.Planned), "corroborated planned"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := graphtest.Open(t, "memory")
			must(t, st, doc("doc:a", "Outlet A", "ha"), tc.a)
			must(t, st, doc("doc:b", "Outlet B", "hb"), tc.b)
			claims, err := st.Claims(ctx, graph.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range claims {
				if !c.Negated {
					if got := string(c.Status) + " " + c.Modality; got != tc.want {
						t.Errorf("positive claim: %q, want %q", got, tc.want)
					}
				}
			}
		})
	}
}
