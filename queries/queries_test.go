package queries

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/graphtest"
)

func report(doc, subj, pred, obj string, negated bool, speaker *claim.Entity) claim.Report {
	c := claim.Claim{
		Subject: claim.Entity{ID: "entity:" + subj, Name: subj}, Predicate: pred,
		Object: claim.Entity{ID: "entity:" + obj, Name: obj}, Negated: negated,
	}
	c.Identify()
	return claim.Report{Claim: c, Document: doc, Speaker: speaker, Verb: "said", Sentence: claim.Sentence{Text: doc + " has it that " + subj + " " + pred + " " + obj}}
}

// testStore holds two documents from two outlets: one claim both
// report, one only A reports, and a claim of A's that B negates.
func testStore(t *testing.T, backend string) *graph.Store {
	t.Helper()
	st := graphtest.Open(t, backend)
	ushakov := &claim.Entity{ID: "entity:iuri-ushakov", Name: "Yuri Ushakov", Kind: claim.Person}
	docs := []stored{
		{claim.Document{ID: "doc:a", Outlet: "Outlet A", Published: time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC)},
			[]claim.Report{report("doc:a", "Witkoff", "visit", "Moscow", false, ushakov), report("doc:a", "Russia", "leak", "call", false, nil),
				report("doc:a", "Putin", "meet with", "Trump", false, nil)}},
		{claim.Document{ID: "doc:b", Outlet: "Outlet B"},
			[]claim.Report{report("doc:b", "Witkoff", "visit", "Moscow", false, nil), report("doc:b", "Russia", "leak", "call", true, ushakov)}},
	}
	load(t, st, docs)
	return st
}

// stored is a document and its reports, for load.
type stored struct {
	d       claim.Document
	reports []claim.Report
}

// load writes the documents into st and resolves their claims.
func load(t *testing.T, st *graph.Store, docs []stored) {
	t.Helper()
	for _, d := range docs {
		if err := st.Replace(context.Background(), d.d, d.reports); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.Resolve(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func run(t *testing.T, st *graph.Store, name string, params map[string]string) []map[string]interface{} {
	t.Helper()
	q, err := Find(name)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), st, q, Options{Params: params, Limit: 100, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out := make([]map[string]interface{}, len(res))
	for i, r := range res {
		out[i] = r.(map[string]interface{})
	}
	return out
}

func TestSavedQueries(t *testing.T) {
	for _, backend := range graphtest.Backends(t) {
		t.Run(backend, func(t *testing.T) { testSavedQueries(t, testStore(t, backend)) })
	}
}

func testSavedQueries(t *testing.T, st *graph.Store) {
	got := run(t, st, "corroborated", nil)
	if len(got) != 1 || got[0]["subject"] != "Witkoff" || got[0]["object"] != "Moscow" {
		t.Errorf("corroborated = %v", got)
	}
	if got := run(t, st, "corroborated", map[string]string{"min": "3"}); len(got) != 0 {
		t.Errorf("min=3 should find nothing: %v", got)
	}
	if got := run(t, st, "single-source", nil); len(got) != 1 || got[0]["subject"] != "Putin" {
		t.Errorf("single-source = %v", got)
	}
	got = run(t, st, "conflicts", nil)
	if len(got) != 1 || got[0]["subject"] != "Russia" || got[0]["kind"] != "negation" || got[0]["negated"] != false || got[0]["other_negated"] != true {
		t.Errorf("conflicts = %v", got)
	}
	got = run(t, st, "outlet-exclusive", map[string]string{"a": "Outlet A", "b": "Outlet B"})
	if len(got) != 2 || got[0]["predicate"] == "visit" || got[1]["predicate"] == "visit" {
		t.Errorf("outlet-exclusive = %v", got)
	}
	got = run(t, st, "by-speaker", map[string]string{"speaker": "ushakov"})
	if len(got) != 2 {
		t.Errorf("by-speaker = %v", got)
	}
	// A part of a word has no entry in the word index: every name is read.
	if part := run(t, st, "by-speaker", map[string]string{"speaker": "usha"}); len(part) != 2 {
		t.Errorf("by-speaker usha = %v", part)
	}
	got = run(t, st, "entity-timeline", map[string]string{"entity": "witkoff"})
	if len(got) != 2 || got[0]["when"] != "" || got[1]["when"] != "2025-11-26" {
		t.Errorf("entity-timeline should list the undated report first: %v", got)
	}
}

func TestEveryQueryIsDocumented(t *testing.T) {
	qs, err := List()
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 6 {
		t.Fatalf("only %d saved queries", len(qs))
	}
	for _, q := range qs {
		if !strings.HasPrefix(q.Doc, "Finds") || !strings.Contains(q.Doc, "Params:") {
			t.Errorf("%s: header should say what it finds and its params: %q", q.Name, q.Doc)
		}
	}
}

func TestMissingParam(t *testing.T) {
	st := testStore(t, "memory")
	q, _ := Find("by-speaker")
	// The query's own words, without goja's "Error: " and position.
	if _, err := Run(context.Background(), st, q, Options{}); err == nil || err.Error() != "query by-speaker: param speaker is required" {
		t.Errorf("missing param: %v", err)
	}
}

func TestParams(t *testing.T) {
	for name, want := range map[string]string{
		"by-speaker":       "speaker (required)",
		"outlet-exclusive": "a (required), b (required)",
		"corroborated":     "min (default 2)",
		"single-source":    "",
	} {
		q, err := Find(name)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range q.Params() {
			got = append(got, p.Name+" ("+p.Note+")")
		}
		if strings.Join(got, ", ") != want {
			t.Errorf("%s: params %q, want %q", name, got, want)
		}
	}
}

func TestLimitTimeoutAndSandbox(t *testing.T) {
	st := testStore(t, "memory")
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(src), 0o644)
		return p
	}
	q, err := Find(write("many.js", "for (var i = 0; i < 50; i++) g.Emit({i: i});"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), st, q, Options{Limit: 5})
	if err != nil || len(res) != 5 {
		t.Errorf("limit 5: %d results, %v", len(res), err)
	}
	q, _ = Find(write("loop.js", "while (true) {}"))
	start := time.Now()
	_, err = Run(context.Background(), st, q, Options{Timeout: 300 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) || time.Since(start) > 10*time.Second {
		t.Errorf("infinite loop: %v after %v", err, time.Since(start))
	}
	q, _ = Find(write("fs.js", `var fs = require("fs"); fs.readFileSync("/etc/passwd");`))
	if _, err := Run(context.Background(), st, q, Options{}); err == nil {
		t.Error("a query must not reach the file system")
	}
}

func TestUserFolderOverrides(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "corroborated.js"), []byte("// Finds mine.\n// Params: none.\ng.Emit({x: 1});\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "extra.js"), []byte("// Finds more.\n// Params: none.\n"), 0o644)
	q, err := Find("corroborated", dir)
	if err != nil || q.Origin != dir || q.Doc != "Finds mine.\nParams: none." {
		t.Errorf("user query should override: %+v %v", q, err)
	}
	if _, err := Find("extra", dir); err != nil {
		t.Error(err)
	}
	if _, err := Find("nope"); err == nil || !strings.Contains(err.Error(), "corroborated") {
		t.Errorf("unknown query error should list names: %v", err)
	}
}

// TestQueriesDescribeClaimsAsClaimsDoes checks that the saved queries'
// descriptions, read from the layer's summaries, are what the claims
// command computes from the documents, claim by claim, on the documents
// of testStore and on a surname resolved to a full name.
func TestQueriesDescribeClaimsAsClaimsDoes(t *testing.T) {
	for _, backend := range graphtest.Backends(t) {
		t.Run(backend, func(t *testing.T) {
			st := testStore(t, backend)
			ctx := context.Background()
			// A bare surname in a third document resolves to the full
			// name another document gives, merging the two claims.
			said := func(id, name string) claim.Report {
				r := report("doc:c", "x", "deny", "leak", false, nil)
				r.Claim.Subject = claim.Entity{ID: id, Name: name, Kind: claim.Person}
				r.Claim.Identify()
				return r
			}
			third, full := said("entity:ushakov", "Ushakov"), said("entity:iuri-ushakov", "Yuri Ushakov")
			if err := st.Replace(ctx, claim.Document{ID: "doc:c", Outlet: "Outlet C"}, []claim.Report{third, full}); err != nil {
				t.Fatal(err)
			}
			if _, err := st.Resolve(ctx); err != nil {
				t.Fatal(err)
			}
			want, err := st.Claims(ctx, graph.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			rows := map[string]map[string]interface{}{}
			for _, status := range []string{"corroborated", "single-source"} {
				for _, r := range run(t, st, status, nil) {
					rows[r["claim"].(string)] = r
				}
			}
			for _, r := range run(t, st, "conflicts", nil) {
				for _, side := range []string{"", "other_"} {
					id := r["claim"]
					if side != "" {
						id = r["other"]
					}
					rows[id.(string)] = map[string]interface{}{"subject": r[side+"subject"], "predicate": r[side+"predicate"],
						"object": r[side+"object"], "negated": r[side+"negated"], "outlets": r[side+"outlets"]}
				}
			}
			if len(rows) != len(want) {
				t.Errorf("queries describe %d claims, claims lists %d", len(rows), len(want))
			}
			for _, c := range want {
				r, ok := rows["<"+c.ID+">"]
				if !ok {
					t.Errorf("no query describes %s (%s %s %s)", c.ID, c.Subject.Name, c.Predicate, c.Object.Name)
					continue
				}
				if r["subject"] != c.Subject.Name || r["predicate"] != c.Predicate || r["object"] != c.Object.Name || r["negated"] != c.Negated {
					t.Errorf("%s: query row %v, claims has %s %s %s negated=%v", c.ID, r, c.Subject.Name, c.Predicate, c.Object.Name, c.Negated)
				}
				if fmt.Sprint(r["outlets"]) != fmt.Sprint(c.Outlets) {
					t.Errorf("%s: outlets %v, claims has %v", c.ID, r["outlets"], c.Outlets)
				}
			}
		})
	}
}

// figureStore holds figures: two sources side by side in one document
// (a conflict), the same value in another outlet (no second pair) and
// a turnout, another measure.
func figureStore(t *testing.T, backend string) *graph.Store {
	t.Helper()
	st := graphtest.Open(t, backend)
	st.Rules.Measures = map[string]string{"death toll": "count", "turnout": "occasion"}
	figure := func(doc, measure, value, source string) claim.Report {
		r := report(doc, measure, "be", value, false, nil)
		r.Claim.Subject = claim.Entity{ID: "value:" + strings.ReplaceAll(measure, " ", "-"), Name: measure, Kind: claim.Value}
		r.Claim.Object = claim.Entity{ID: "value:" + value, Name: value, Kind: claim.Value}
		r.Claim.Identify()
		if source != "" {
			r.Speaker = &claim.Entity{ID: "value:" + strings.ReplaceAll(source, " ", "-"), Name: source, Kind: claim.Value}
		}
		return r
	}
	day := time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC)
	docs := []stored{
		{claim.Document{ID: "doc:a", Outlet: "Outlet A", Published: day}, []claim.Report{figure("doc:a", "death toll", "45", "provincial officials"),
			figure("doc:a", "death toll", "52", "health ministry"), figure("doc:a", "turnout", "3,000", "")}},
		{claim.Document{ID: "doc:b", Outlet: "Outlet B", Published: day}, []claim.Report{figure("doc:b", "death toll", "52", "")}},
	}
	load(t, st, docs)
	return st
}

func TestFigureConflicts(t *testing.T) {
	for _, backend := range graphtest.Backends(t) {
		t.Run(backend, func(t *testing.T) {
			st := figureStore(t, backend)
			got := run(t, st, "figure-conflicts", nil)
			if len(got) != 1 {
				t.Fatalf("figure-conflicts = %v, want one pair", got)
			}
			values := fmt.Sprint(got[0]["measure"], " ", got[0]["value"], " ", got[0]["sources"], " ", got[0]["other_value"], " ", got[0]["other_sources"], " ", got[0]["other_outlets"])
			if values != "death toll 45 [provincial officials] 52 [ health ministry] [Outlet A Outlet B]" {
				t.Errorf("figure-conflicts pair = %s", values)
			}
			if got := run(t, st, "figure-conflicts", map[string]string{"measure": "turnout"}); len(got) != 0 {
				t.Errorf("measure=turnout should find nothing: %v", got)
			}
		})
	}
}
