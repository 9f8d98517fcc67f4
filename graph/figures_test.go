package graph_test

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/graphtest"
	"github.com/claimgraph/claimgraph/schema"
)

// figure is a report of a figure claim ("death toll | be | 174") in a
// document, from a source ("" for the outlet's own voice), at a phase.
type figure struct {
	doc, measure, pred, value, source, phase, time string
}

func (f figure) report(sentence int) claim.Report {
	r := valueReport(f.doc, sentence, f.measure, f.pred, f.value, f.phase)
	if f.source != "" {
		r.Speaker = &claim.Entity{ID: "value:" + strings.ReplaceAll(f.source, " ", "-"), Name: f.source, Kind: claim.Value}
	}
	r.Claim.Time = f.time
	return r
}

// TestFigures: figures of one measure that cannot both be true are a
// conflict when sources give them side by side, a revision when the text
// orders them, and unrelated when nothing says either; figures that
// agree are paraphrases.
func TestFigures(t *testing.T) {
	ctx := context.Background()
	rules := graph.Rules{Measures: map[string]string{"death toll": schema.MeasureCount, "turnout": schema.MeasureOccasion,
		"capacity": schema.MeasureProperty}}
	day := func(d int) string { return time.Date(2025, 11, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly) }
	for _, tc := range []struct {
		name    string
		figures []figure
		days    map[string]string // a document's publication day; 26 November when not given
		want    string            // "value: conflicts revisions sameAs" by value, sorted
	}{
		{"side by side from two sources",
			[]figure{{doc: "doc:a", value: "131", source: "health office"}, {doc: "doc:a", value: "127", source: "police"}},
			nil, "127:1/0/0 131:1/0/0"},
		{"one source in one document gives no conflict",
			[]figure{{doc: "doc:a", value: "131"}, {doc: "doc:a", value: "127"}},
			nil, "127:0/0/0 131:0/0/0"},
		{"the text orders them",
			[]figure{{doc: "doc:a", value: "127", source: "police"}, {doc: "doc:a", pred: "revise up to", value: "129", phase: "later"},
				{doc: "doc:a", value: "at least 129", source: "authorities"}},
			nil, "127:0/2/0 129:0/1/1 at least 129:0/1/1"},
		{"outlets that differ without a shared source are unrelated",
			[]figure{{doc: "doc:a", value: "174"}, {doc: "doc:b", value: "131"}},
			nil, "131:0/0/0 174:0/0/0"},
		{"one source on one day, differently in two outlets",
			[]figure{{doc: "doc:a", measure: "turnout", value: "1.03 million", source: "organisers"},
				{doc: "doc:b", measure: "turnout", value: "1.3 million", source: "organisers of the march"}},
			nil, "1.03 million:1/0/0 1.3 million:1/0/0"},
		{"one source's count on two days is a revision",
			[]figure{{doc: "doc:a", value: "125", source: "police"}, {doc: "doc:b", value: "131", source: "police"}},
			map[string]string{"doc:b": day(29)}, "125:0/1/0 131:0/1/0"},
		{"one source's turnout on two days is two occasions",
			[]figure{{doc: "doc:a", measure: "turnout", value: "240,000", source: "police"},
				{doc: "doc:b", measure: "turnout", value: "338,000", source: "police"}},
			map[string]string{"doc:b": day(29)}, "240,000:0/0/0 338,000:0/0/0"},
		{"outlets differ on what was revised",
			[]figure{{doc: "doc:a", value: "174", phase: "earlier"}, {doc: "doc:a", pred: "revise down to", value: "125", phase: "later"},
				{doc: "doc:b", value: "175", phase: "earlier"}, {doc: "doc:b", pred: "revise down to", value: "125", phase: "later"}},
			nil, "125:0/2/0 174:1/1/0 175:1/1/0"},
		{"a property given differently is a conflict",
			[]figure{{doc: "doc:a", measure: "capacity", value: "42,000"}, {doc: "doc:b", measure: "capacity", value: "38,000"}},
			nil, "38,000:1/0/0 42,000:1/0/0"},
		{"bounds and rounding agree",
			[]figure{{doc: "doc:a", value: "at least 174"}, {doc: "doc:b", value: "174", source: "police"}, {doc: "doc:b", value: "more than 125", source: "fans"}},
			nil, "174:0/0/1 at least 174:0/0/1 more than 125:0/0/0"},
		{"another occasion is not compared",
			[]figure{{doc: "doc:a", value: "70", time: "2010", source: "agency"}, {doc: "doc:a", value: "12", source: "police"}},
			nil, "12:0/0/0 70:0/0/0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := graphtest.Open(t, "memory")
			st.Rules = rules
			byDoc := map[string][]claim.Report{}
			for i, f := range tc.figures {
				if f.measure == "" {
					f.measure = "death toll"
				}
				if f.pred == "" {
					f.pred = "be"
				}
				byDoc[f.doc] = append(byDoc[f.doc], f.report(i))
			}
			for id, reports := range byDoc {
				d := doc(id, "Outlet "+id, "h"+id)
				if p, ok := tc.days[id]; ok {
					d.Published, _ = time.Parse(time.DateOnly, p)
				}
				must(t, st, d, reports...)
			}
			claims, err := st.Claims(ctx, graph.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range claims {
				for _, k := range c.ConflictKinds {
					if k != claim.ConflictNumeric {
						t.Errorf("%s: conflict kind %q", c.Object.Name, k)
					}
				}
				got = append(got, fmt.Sprintf("%s:%d/%d/%d", c.Object.Name, len(c.ConflictsWith), len(c.Revisions), len(c.SameAs)))
			}
			sort.Strings(got)
			if s := strings.Join(got, " "); s != tc.want {
				t.Errorf("value:conflicts/revisions/same-as\n got %s\nwant %s", s, tc.want)
			}
		})
	}
}

func TestOtherPlaces(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"In Aleppo, 40 people were killed, rescuers said.", "Twelve died in Idlib, the ministry said.", true},
		{"40 people were killed in Aleppo, rescuers said.", "Twelve died in Idlib, the ministry said.", true},
		{"40 people were killed in Aleppo.", "The ministry put the toll in Aleppo at 52.", false},
		{"40 people were killed in Aleppo.", "The ministry put the toll at 52.", false},
		{"The Malang Health Center in Malang Regency reported 131.", "Police at the scene said 127.", false},
	} {
		if got := graph.OtherPlacesForTest(c.a, c.b); got != c.want {
			t.Errorf("otherPlaces(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
