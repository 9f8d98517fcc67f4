package graph_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/graphtest"
)

func report(doc string, sentence int, subj, pred, obj string, negated bool) claim.Report {
	c := claim.Claim{
		Subject:   claim.Entity{ID: "entity:" + subj, Name: subj, Kind: claim.Person},
		Predicate: pred,
		Object:    claim.Entity{ID: "entity:" + obj, Name: obj, Kind: claim.Place},
		Negated:   negated,
	}
	c.Identify()
	return claim.Report{Claim: c, Document: doc, Sentence: claim.Sentence{Index: sentence, Text: doc + " has it that " + subj + " " + pred + " " + obj + "."}, Confidence: 0.5}
}

func doc(id, outlet, hash string) claim.Document {
	return claim.Document{ID: id, Path: id, Outlet: outlet, Hash: hash, Published: time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC)}
}

// stores returns a fresh store of each backend the store-level tests run
// against.
func stores(t *testing.T) map[string]*graph.Store {
	out := map[string]*graph.Store{}
	for _, backend := range graphtest.Backends(t) {
		out[backend] = graphtest.Open(t, backend)
	}
	return out
}

func quadCount(t *testing.T, st *graph.Store) int64 {
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s.Quads
}

func TestReplaceAndStatus(t *testing.T) {
	ctx := context.Background()
	for name, st := range stores(t) {
		a := doc("doc:a", "Outlet A", "h1")
		b := doc("doc:b", "Outlet B", "h1")
		must(t, st, a, report("doc:a", 0, "witkoff", "visit", "moscow", false), report("doc:a", 1, "russia", "leak", "call", false))
		must(t, st, b, report("doc:b", 0, "witkoff", "visit", "moscow", false), report("doc:b", 3, "russia", "leak", "call", true))
		claims, err := st.Claims(ctx, graph.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		status := map[string]claim.Status{}
		for _, c := range claims {
			status[c.Subject.Name+" "+c.Predicate+" "+c.Object.Name+" "+map[bool]string{true: "neg", false: "pos"}[c.Negated]] = c.Status
		}
		want := map[string]claim.Status{
			"witkoff visit moscow pos": claim.Corroborated,
			"russia leak call pos":     claim.Conflicted,
			"russia leak call neg":     claim.Conflicted,
		}
		for k, v := range want {
			if status[k] != v {
				t.Errorf("%s: %s status %q, want %q (all: %v)", name, k, status[k], v, status)
			}
		}
		d, err := st.DiffOutlets(ctx, "Outlet A", "Outlet B")
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Shared) != 1 || len(d.OnlyA) != 1 || len(d.OnlyB) != 1 || len(d.Conflicts) != 1 {
			t.Errorf("%s: diff shared %d onlyA %d onlyB %d conflicts %d", name, len(d.Shared), len(d.OnlyA), len(d.OnlyB), len(d.Conflicts))
		}
	}
}

// TestReingest changes a document back and forth and removes it: each
// state must read back exactly, the re-added quads included (Cayley
// issues #617, #737, #885 were about delete-then-add).
func TestReingest(t *testing.T) {
	ctx := context.Background()
	for name, st := range stores(t) {
		other := doc("doc:other", "Outlet B", "x")
		must(t, st, other, report("doc:other", 0, "witkoff", "visit", "moscow", false))
		base := quadCount(t, st)
		v1 := []claim.Report{report("doc:a", 0, "witkoff", "visit", "moscow", false), report("doc:a", 1, "putin", "meet", "witkoff", false)}
		v2 := []claim.Report{report("doc:a", 0, "witkoff", "visit", "kyiv", false)}
		must(t, st, doc("doc:a", "Outlet A", "1"), v1...)
		n1 := quadCount(t, st)
		must(t, st, doc("doc:a", "Outlet A", "2"), v2...)
		claims, _ := st.Claims(ctx, graph.Filter{Outlet: "Outlet A"})
		if len(claims) != 1 || claims[0].Object.Name != "kyiv" {
			t.Fatalf("%s: after change, Outlet A claims = %+v", name, claims)
		}
		must(t, st, doc("doc:a", "Outlet A", "1"), v1...)
		if n := quadCount(t, st); n != n1 {
			t.Errorf("%s: back to v1 has %d quads, first time %d", name, n, n1)
		}
		claims, _ = st.Claims(ctx, graph.Filter{Outlet: "Outlet A"})
		if len(claims) != 2 {
			t.Errorf("%s: back to v1, %d claims, want 2", name, len(claims))
		}
		if v, _ := st.DocumentVersions(ctx); v["doc:a"] != graph.DocumentVersion(doc("doc:a", "Outlet A", "1")) {
			t.Errorf("%s: stored version %q", name, v)
		}
		if err := st.Remove(ctx, "doc:a"); err != nil {
			t.Fatal(err)
		}
		if n := quadCount(t, st); n != base {
			t.Errorf("%s: after remove %d quads, want %d", name, n, base)
		}
		claims, _ = st.Claims(ctx, graph.Filter{})
		if len(claims) != 1 || claims[0].Status != claim.SingleSource {
			t.Errorf("%s: the other document's claim should stay, single-source: %+v", name, claims)
		}
	}
}

// TestEmbeddedLock opens each embedded store twice: the second open
// fails at once with ErrInUse.
func TestEmbeddedLock(t *testing.T) {
	for _, backend := range []string{"bolt", "leveldb"} {
		dir := filepath.Join(t.TempDir(), "db")
		st, err := graph.Open(backend, dir)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := graph.Open(backend, dir); !errors.Is(err, graph.ErrInUse) {
			t.Errorf("%s: second open: %v, want ErrInUse", backend, err)
		}
		st.Close()
	}
}

func must(t *testing.T, st *graph.Store, d claim.Document, reports ...claim.Report) {
	t.Helper()
	if err := st.Replace(context.Background(), d, reports); err != nil {
		t.Fatal(err)
	}
}

// TestReingestStress loads, changes and removes documents that share
// claims and entities at random, and after every step compares the whole
// store with the quads the documents should have produced.
func TestReingestStress(t *testing.T) {
	ctx := context.Background()
	people := []string{"witkoff", "putin", "ushakov", "trump"}
	places := []string{"moscow", "kyiv", "geneva"}
	for name, st := range stores(t) {
		rng := rand.New(rand.NewSource(7))
		want := map[string][]quad.Quad{}
		for step := 0; step < 150; step++ {
			id := fmt.Sprintf("doc:%d", rng.Intn(5))
			if rng.Intn(6) == 0 {
				if err := st.Remove(ctx, id); err != nil {
					t.Fatal(err)
				}
				delete(want, id)
			} else {
				var reports []claim.Report
				for i := 0; i < 1+rng.Intn(3); i++ {
					reports = append(reports, report(id, rng.Intn(3), people[rng.Intn(len(people))], "visit", places[rng.Intn(len(places))], rng.Intn(4) == 0))
				}
				d := doc(id, fmt.Sprintf("Outlet %d", rng.Intn(3)), fmt.Sprint(step))
				must(t, st, d, reports...)
				want[id], _ = graph.DocumentQuads(d, reports)
			}
			var buf bytes.Buffer
			if _, err := st.ExportNQuads(ctx, &buf); err != nil {
				t.Fatalf("%s step %d: export: %v", name, step, err)
			}
			// The store's own mark that its documents have digests is
			// no document's.
			var got []string
			for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
				if !strings.HasSuffix(line, "<"+graph.DigestNode+"> .") {
					got = append(got, line)
				}
			}
			var exp []string
			for _, qs := range want {
				for _, q := range qs {
					exp = append(exp, q.NQuad())
				}
			}
			sort.Strings(got)
			sort.Strings(exp)

			if strings.Join(got, "\n") != strings.Join(exp, "\n") {
				t.Fatalf("%s step %d: store has %d quads, want %d", name, step, len(got), len(exp))
			}
		}
	}
}

// TestExportLoadsInStockCayley reads the export back with Cayley's own
// N-Quads reader into a fresh store and compares every quad.
func TestExportLoadsInStockCayley(t *testing.T) {
	ctx := context.Background()
	st := stores(t)["memory"]
	must(t, st, doc("doc:a%20b", "A&B <News>", "1"), report("doc:a%20b", 0, "witkoff", "visit", "moscow", true))
	if err := st.Replace(ctx, doc("doc:a b", "A", "1"), nil); err == nil {
		t.Error("a document ID that is no IRI must be refused")
	}
	var buf bytes.Buffer
	n, err := st.ExportNQuads(ctx, &buf)
	if err != nil || n == 0 {
		t.Fatalf("export: %d quads, %v", n, err)
	}
	fresh, err := graph.Open("memory", "")
	if err != nil {
		t.Fatal(err)
	}
	fresh.Paraphrases = graphtest.Paraphrases
	var deltas []cgraph.Delta
	r := nquads.NewReader(&buf, false)
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("export is not valid N-Quads: %v", err)
		}
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if err := graph.QuadStoreOf(fresh).ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	want, _ := st.Claims(ctx, graph.Filter{})
	got, _ := fresh.Claims(ctx, graph.Filter{})
	if len(deltas) != n || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("round trip: %d of %d quads, claims %v vs %v", len(deltas), n, got, want)
	}
}

// TestEntities checks that two outlets' spellings of one entity ID come
// back as one entity with an alias, counted once per report, and that a
// typed kind wins over "other" from a document that did not type it.
func TestEntities(t *testing.T) {
	ctx := context.Background()
	for name, st := range stores(t) {
		a := report("doc:a", 0, "yuri", "visit", "moscow", false)
		b := report("doc:b", 0, "yuri", "visit", "moscow", false)
		b.Claim.Subject.Name, b.Claim.Subject.Kind = "Yury", claim.Other
		speaker := claim.Entity{ID: "entity:ushakov", Name: "Ushakov", Kind: claim.Person}
		b.Speaker = &speaker
		must(t, st, doc("doc:a", "Outlet A", "h1"), a)
		must(t, st, doc("doc:b", "Outlet B", "h2"), b)
		got, err := st.Entities(ctx)
		if err != nil {
			t.Fatal(err)
		}
		byID := map[string]graph.EntityView{}
		for _, e := range got {
			byID[e.ID] = e
		}
		yuri := byID["entity:yuri"]
		if yuri.Name != "Yury" || len(yuri.Aliases) != 1 || yuri.Aliases[0] != "yuri" || yuri.Kind != "person" || yuri.Reports != 2 || len(yuri.Outlets) != 2 {
			t.Errorf("%s: yuri is %+v", name, yuri)
		}
		if u := byID["entity:ushakov"]; u.Speaker != 1 || u.Reports != 0 || len(u.Outlets) != 1 || u.Outlets[0] != "Outlet B" {
			t.Errorf("%s: the speaker is %+v", name, u)
		}
		// Equal counts fall back to ID order.
		if len(got) != 3 || got[0].ID != "entity:moscow" || got[1].ID != "entity:yuri" || got[2].ID != "entity:ushakov" {
			t.Errorf("%s: entities %+v, want moscow, yuri, ushakov", name, got)
		}
	}
}

// TestConflictKinds: a claim against its negation, and two values of a
// functional predicate, each named for what it is.
func TestConflictKinds(t *testing.T) {
	ctx := context.Background()
	st := graphtest.Open(t, "memory")
	must(t, st, doc("doc:a", "Outlet A", "h1"), report("doc:a", 0, "russia", "leak", "call", false), report("doc:a", 1, "party", "lead", "smith", false))
	must(t, st, doc("doc:b", "Outlet B", "h2"), report("doc:b", 0, "russia", "leak", "call", true), report("doc:b", 1, "party", "lead", "jones", false))
	st.Rules.Functional = map[string]bool{"lead": true}
	claims, err := st.Claims(ctx, graph.Filter{Status: claim.Conflicted})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]claim.ConflictKind{}
	for _, c := range claims {
		for _, other := range c.ConflictsWith {
			kinds[c.Object.Name+" "+map[bool]string{true: "neg", false: "pos"}[c.Negated]] = c.ConflictKinds[other]
		}
	}
	want := map[string]claim.ConflictKind{"call pos": claim.ConflictNegation, "call neg": claim.ConflictNegation,
		"smith pos": claim.ConflictFunctional, "jones pos": claim.ConflictFunctional}
	if len(claims) != 4 || fmt.Sprint(kinds) != fmt.Sprint(want) {
		t.Errorf("%d conflicted claims, kinds %v, want %v", len(claims), kinds, want)
	}
}

// TestSyndication: two outlets running one wire text word for word are
// one source; a third that words the claim itself corroborates it.
func TestSyndication(t *testing.T) {
	ctx := context.Background()
	st := graphtest.Open(t, "memory")
	wire := func(d string, i int, subj, pred, obj string) claim.Report {
		r := report(d, i, subj, pred, obj, false)
		r.Sentence.Text = "Wire: " + subj + " will " + pred + " " + obj + " next week."
		return r
	}
	must(t, st, doc("doc:a", "Outlet A", "h1"), wire("doc:a", 0, "witkoff", "visit", "moscow"), wire("doc:a", 1, "putin", "meet", "witkoff"))
	must(t, st, doc("doc:b", "Outlet B", "h2"), wire("doc:b", 0, "witkoff", "visit", "moscow"), wire("doc:b", 1, "putin", "meet", "witkoff"))
	status := func() claim.View {
		claims, err := st.Claims(ctx, graph.Filter{Entity: "moscow"})
		if err != nil || len(claims) != 1 {
			t.Fatalf("claims %v, %v", claims, err)
		}
		return claims[0]
	}
	if c := status(); c.Status != claim.SingleSource || c.Independent != 1 || fmt.Sprint(c.Syndicated) != "[Outlet B]" || len(c.Outlets) != 2 {
		t.Errorf("two copies of one text: status %s, independent %d, syndicated %v", c.Status, c.Independent, c.Syndicated)
	}
	must(t, st, doc("doc:c", "Outlet C", "h3"), report("doc:c", 0, "witkoff", "visit", "moscow", false))
	if c := status(); c.Status != claim.Corroborated || c.Independent != 2 || fmt.Sprint(c.Syndicated) != "[Outlet B]" {
		t.Errorf("with an outlet of its own wording: status %s, independent %d, syndicated %v", c.Status, c.Independent, c.Syndicated)
	}
}

// TestSurnamesAcrossDocuments: a bare surname in one outlet's article is
// the person another outlet named in full, unless two people share it or
// the word names a place.
func TestSurnamesAcrossDocuments(t *testing.T) {
	st := graphtest.Open(t, "memory")
	full := report("doc:a", 0, "steve-witkoff", "visit", "moscow", false)
	bare := report("doc:b", 0, "witkoff", "visit", "moscow", false)
	bare.Claim.Subject.Kind = claim.Other
	must(t, st, doc("doc:a", "Outlet A", "h1"), full, report("doc:a", 1, "john-smith", "visit", "kyiv", false),
		report("doc:a", 2, "george-washington", "visit", "paris", false))
	must(t, st, doc("doc:b", "Outlet B", "h2"), bare, report("doc:b", 1, "jane-smith", "visit", "kyiv", false),
		report("doc:b", 2, "smith", "visit", "kyiv", false))
	place := report("doc:c", 0, "washington", "visit", "paris", false)
	place.Claim.Subject.Kind = claim.Place
	must(t, st, doc("doc:c", "Outlet C", "h3"), place)
	subjects := claimsBy(t, st, func(c claim.View) string { return c.Subject.ID + " " + c.Object.ID })
	visit := subjects["entity:steve-witkoff entity:moscow"]
	if visit.ID != full.Claim.ID || visit.Status != claim.Corroborated || len(visit.Reports) != 2 {
		t.Errorf("Witkoff and Steve Witkoff: %+v", visit)
	}
	if _, ok := subjects["entity:witkoff entity:moscow"]; ok {
		t.Error("the bare surname's claim is still listed apart")
	}
	for _, k := range []string{"entity:smith entity:kyiv", "entity:washington entity:paris", "entity:george-washington entity:paris"} {
		if c, ok := subjects[k]; !ok || c.Status != claim.SingleSource {
			t.Errorf("%s should stay apart and single-source: %+v", k, c)
		}
	}
	// The schema's distinct groups keep a surname apart from a full name.
	st.Rules.Distinct = func(a, b string) bool {
		return a == "witkoff" && b == "steve-witkoff" || a == "steve-witkoff" && b == "witkoff"
	}
	subjects = claimsBy(t, st, func(c claim.View) string { return c.Subject.ID + " " + c.Object.ID })
	if c, ok := subjects["entity:witkoff entity:moscow"]; !ok || c.Status != claim.SingleSource {
		t.Errorf("a surname listed as distinct merged: %+v", c)
	}
}

// TestShortNamesAcrossDocuments: a name one outlet shortens is the
// entity another outlet named in full: "Emil Dardak" without the middle
// name of "Emil Elastianto Dardak", "CHRF" for the "Civil Human Rights
// Front", "Arema" without the designator of "Arema FC"; unless two full
// names fit the short one.
func TestShortNamesAcrossDocuments(t *testing.T) {
	named := func(name string, kind claim.Kind) func(claim.Report) claim.Report {
		return func(r claim.Report) claim.Report {
			if name != "" {
				r.Claim.Subject.Name = name
			}
			r.Claim.Subject.Kind = kind
			return r
		}
	}
	type entity struct{ id, name string }
	for _, tc := range []struct {
		kind        claim.Kind
		long, short entity
		twoLong     [2]entity // two names the second short one fits
		ambiguous   entity
	}{
		{kind: claim.Person, long: entity{"emil-elastianto-dardak", ""}, short: entity{"emil-dardak", ""},
			twoLong: [2]entity{{"ana-maria-ruiz", ""}, {"ana-sofia-ruiz", ""}}, ambiguous: entity{"ana-ruiz", ""}},
		{kind: claim.Organization, long: entity{"civil-human-rights-front", "Civil Human Rights Front"}, short: entity{"chrf", "CHRF"},
			twoLong: [2]entity{{"port-authority", "Port Authority"}, {"pacific-alliance", "Pacific Alliance"}}, ambiguous: entity{"pa", "PA"}},
		{kind: claim.Organization, long: entity{"arema-fc", "Arema FC"}, short: entity{"arema", "Arema"},
			twoLong: [2]entity{{"atlas-fc", "Atlas FC"}, {"atlas-sc", "Atlas SC"}}, ambiguous: entity{"atlas", "Atlas"}},
	} {
		st := graphtest.Open(t, "memory")
		st.Rules.Designators = []string{"fc", "sc"}
		rep := func(d string, i int, e entity, pred, obj string) claim.Report {
			return named(e.name, tc.kind)(report(d, i, e.id, pred, obj, false))
		}
		must(t, st, doc("doc:a", "Outlet A", "h1"), rep("doc:a", 0, tc.long, "visit", "malang"),
			rep("doc:a", 1, tc.twoLong[0], "visit", "lima"), rep("doc:a", 2, tc.twoLong[1], "visit", "lima"))
		must(t, st, doc("doc:b", "Outlet B", "h2"), rep("doc:b", 0, tc.short, "visit", "malang"), rep("doc:b", 1, tc.ambiguous, "visit", "lima"))
		subjects := claimsBy(t, st, func(c claim.View) string { return c.Subject.ID + " " + c.Object.ID })
		if c := subjects["entity:"+tc.long.id+" entity:malang"]; c.Status != claim.Corroborated || len(c.Reports) != 2 {
			t.Errorf("%s and %s: %+v", tc.short.id, tc.long.id, c)
		}
		if c, ok := subjects["entity:"+tc.ambiguous.id+" entity:lima"]; !ok || c.Status != claim.SingleSource {
			t.Errorf("%s, which two names fit, should stay apart: %+v", tc.ambiguous.id, c)
		}
	}
}

// TestParaphrases: two outlets' descriptions of one person that the
// matcher takes for one claim corroborate each other; an unrelated
// description of the same person does not.
func TestParaphrases(t *testing.T) {
	st := graphtest.Open(t, "memory")
	describe := func(d, text string) claim.Report {
		r := report(d, 0, "ushakov", "be", "x", false)
		r.Claim.Object = claim.Entity{ID: "value:" + strings.ReplaceAll(text, " ", "-"), Name: text, Kind: claim.Value}
		r.Claim.Identify()
		return r
	}
	aide := describe("doc:a", "Kremlin top foreign policy aide")
	adviser := describe("doc:b", "Putin top foreign policy adviser")
	loyal := describe("doc:c", "loyal")
	must(t, st, doc("doc:a", "Outlet A", "h1"), aide)
	must(t, st, doc("doc:b", "Outlet B", "h2"), adviser)
	must(t, st, doc("doc:c", "Outlet C", "h3"), loyal)
	byID := claimsBy(t, st, func(c claim.View) string { return c.ID })
	a, b, c := byID[aide.Claim.ID], byID[adviser.Claim.ID], byID[loyal.Claim.ID]
	if a.Status != claim.Corroborated || fmt.Sprint(a.SameAs) != "["+b.ID+"]" || fmt.Sprint(a.ParaphraseOutlets) != "[Outlet B]" || a.Independent != 2 {
		t.Errorf("aide: %s, same as %v, paraphrase outlets %v, independent %d", a.Status, a.SameAs, a.ParaphraseOutlets, a.Independent)
	}
	if b.Status != claim.Corroborated || c.Status != claim.SingleSource || len(c.SameAs) != 0 {
		t.Errorf("adviser %s; loyal %s, same as %v", b.Status, c.Status, c.SameAs)
	}
}

// claimsBy reads every claim and indexes it by key.
func claimsBy(t *testing.T, st *graph.Store, key func(claim.View) string) map[string]claim.View {
	t.Helper()
	claims, err := st.Claims(context.Background(), graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]claim.View{}
	for _, c := range claims {
		out[key(c)] = c
	}
	return out
}

func valueReport(doc string, sentence int, subj, pred, obj, phase string) claim.Report {
	r := report(doc, sentence, subj, pred, obj, false)
	r.Claim.Subject = claim.Entity{ID: "value:" + strings.ReplaceAll(subj, " ", "-"), Name: subj, Kind: claim.Value}
	r.Claim.Object = claim.Entity{ID: "value:" + strings.ReplaceAll(obj, " ", "-"), Name: obj, Kind: claim.Value}
	r.Claim.Identify()
	r.Phase = phase
	return r
}

// TestQuantities: two outlets that count one thing differently conflict,
// unless the text marks a change between the counts, by a phase word or
// by a claim that one count was changed into the other.
func TestQuantities(t *testing.T) {
	ctx := context.Background()
	rules := graph.Rules{Numeric: map[string]bool{"have": true, "revise down to": true, "revise up to": true},
		Changes: map[string]bool{"revise down to": true, "revise up to": true}, Tolerance: 0.05}
	type want struct{ conflicts, revisions int }
	for _, tc := range []struct {
		name string
		a, b []claim.Report
		want map[string]want // by object name
	}{
		{"counts differ", []claim.Report{valueReport("doc:a", 0, "draft plan", "have", "28 points", "")},
			[]claim.Report{valueReport("doc:b", 0, "peace plan", "have", "19 points", "")},
			map[string]want{"28 points": {1, 0}, "19 points": {1, 0}}},
		{"within the tolerance", []claim.Report{valueReport("doc:a", 0, "plan", "have", "100 points", "")},
			[]claim.Report{valueReport("doc:b", 0, "plan", "have", "104 points", "")},
			map[string]want{"100 points": {0, 0}, "104 points": {0, 0}}},
		{"other units", []claim.Report{valueReport("doc:a", 0, "plan", "have", "28 points", "")},
			[]claim.Report{valueReport("doc:b", 0, "plan", "have", "19 pages", "")},
			map[string]want{"28 points": {0, 0}, "19 pages": {0, 0}}},
		{"other things", []claim.Report{valueReport("doc:a", 0, "draft plan", "have", "28 points", "")},
			[]claim.Report{valueReport("doc:b", 0, "summit", "have", "19 points", "")},
			map[string]want{"28 points": {0, 0}, "19 points": {0, 0}}},
		{"phases mark a change", []claim.Report{valueReport("doc:a", 0, "draft plan", "have", "28 points", "earlier")},
			[]claim.Report{valueReport("doc:b", 0, "peace plan", "have", "19 points", "later")},
			map[string]want{"28 points": {0, 1}, "19 points": {0, 1}}},
		{"a change claim", []claim.Report{valueReport("doc:a", 0, "draft plan", "have", "28 points", "")},
			[]claim.Report{valueReport("doc:b", 0, "peace plan", "have", "19 points", ""),
				valueReport("doc:b", 1, "original 28-point draft", "revise down to", "19 points", "")},
			map[string]want{"28 points": {0, 1}, "19 points": {0, 1}}},
		{"counts a change gives", []claim.Report{valueReport("doc:a", 0, "death toll", "revise up to", "58", "")},
			[]claim.Report{valueReport("doc:b", 0, "death toll", "revise up to", "64", "")},
			map[string]want{"58": {0, 1}, "64": {0, 1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := graphtest.Open(t, "memory")
			st.Rules = rules
			must(t, st, doc("doc:a", "Outlet A", "h1"), tc.a...)
			must(t, st, doc("doc:b", "Outlet B", "h2"), tc.b...)
			claims, err := st.Claims(ctx, graph.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]want{}
			for _, c := range claims {
				if c.Predicate == "revise down to" { // the change claim itself
					continue
				}
				for _, k := range c.ConflictKinds {
					if k != claim.ConflictNumeric {
						t.Errorf("%s: conflict kind %q", c.Object.Name, k)
					}
				}
				got[c.Object.Name] = want{len(c.ConflictsWith), len(c.Revisions)}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("conflicts and revisions %v, want %v", got, tc.want)
			}
		})
	}
}

// resolutionLayer returns the stored resolution quads, one N-Quad a line,
// sorted.
func resolutionLayer(t *testing.T, st *graph.Store) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := st.ExportNQuads(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(buf.String(), "\n") {
		if strings.HasSuffix(l, "<"+graph.ResolutionLabel+"> .") {
			lines = append(lines, l)
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestResolutionFollowsChanges flips a claim between corroborated and
// single-source, and a conflict on and off, by replacing a document
// again and again: after each build's Resolve the stored layer is the one
// a fresh store computes from the same documents. Statuses are deleted
// and added back over and over, where Cayley v0.7.7 has had bugs.
func TestResolutionFollowsChanges(t *testing.T) {
	ctx := context.Background()
	a := []claim.Report{report("doc:a", 0, "witkoff", "visit", "moscow", false), report("doc:a", 1, "russia", "leak", "call", false)}
	bWith := []claim.Report{report("doc:b", 0, "witkoff", "visit", "moscow", false), report("doc:b", 1, "russia", "leak", "call", true)}
	bWithout := []claim.Report{report("doc:b", 0, "putin", "meet with", "trump", false)}
	for name, st := range stores(t) {
		t.Run(name, func(t *testing.T) {
			must(t, st, doc("doc:a", "Outlet A", "a"), a...)
			for round := 0; round < 6; round++ {
				b, hash := bWith, "b1"
				if round%2 == 1 {
					b, hash = bWithout, "b2"
				}
				must(t, st, doc("doc:b", "Outlet B", hash), b...)
				if stale, err := st.Stale(ctx); err != nil || !stale {
					t.Fatalf("round %d: a changed document leaves the layer stale: %v %v", round, stale, err)
				}
				if resolved, err := st.Resolve(ctx); err != nil || !resolved {
					t.Fatalf("round %d: resolve did nothing (%v)", round, err)
				}
				fresh := graphtest.Open(t, "memory")
				must(t, fresh, doc("doc:a", "Outlet A", "a"), a...)
				must(t, fresh, doc("doc:b", "Outlet B", hash), b...)
				if _, err := fresh.Resolve(ctx); err != nil {
					t.Fatal(err)
				}
				got, want := resolutionLayer(t, st), resolutionLayer(t, fresh)
				if got != want {
					t.Fatalf("round %d: stored layer\n%s\nwant\n%s", round, got, want)
				}
				corroborated := strings.Contains(got, `<cg:status> "corroborated"`)
				conflict := strings.Contains(got, "<cg:conflicts/negation>")
				if corroborated != (round%2 == 0) || conflict != (round%2 == 0) {
					t.Fatalf("round %d: corroborated %v, conflict %v in\n%s", round, corroborated, conflict, got)
				}
				if resolved, err := st.Resolve(ctx); err != nil || resolved {
					t.Fatalf("round %d: a second resolve with nothing changed resolved again (%v)", round, err)
				}
			}
		})
	}
}

// TestCommonNounParaphrases: claims whose subjects are common nouns are
// compared when they do one specific thing ("leaked transcripts" and
// "the leak", both "intended to hinder" something), but not when the
// predicate is a light one.
func TestCommonNounParaphrases(t *testing.T) {
	st := graphtest.Open(t, "memory")
	transcripts := valueReport("doc:a", 0, "leaked transcripts of his conversations", "be intended to hinder", "efforts", "")
	leak := valueReport("doc:b", 0, "leak", "be intended to hinder", "ongoing peace efforts", "")
	gets := valueReport("doc:a", 1, "leaked transcripts", "get", "attention", "")
	got := valueReport("doc:b", 1, "leak", "get", "coverage", "")
	must(t, st, doc("doc:a", "Outlet A", "h1"), transcripts, gets)
	must(t, st, doc("doc:b", "Outlet B", "h2"), leak, got)
	byID := claimsBy(t, st, func(c claim.View) string { return c.ID })
	if c := byID[transcripts.Claim.ID]; fmt.Sprint(c.SameAs) != "["+leak.Claim.ID+"]" || c.Status != claim.Corroborated {
		t.Errorf("transcripts: %s, same as %v", c.Status, c.SameAs)
	}
	if c := byID[gets.Claim.ID]; len(c.SameAs) != 0 {
		t.Errorf("a light predicate linked %v", c.SameAs)
	}
}

// TestStats counts what a small graph holds, on every backend.
func TestStats(t *testing.T) {
	for name, st := range stores(t) {
		must(t, st, doc("doc:a", "Outlet A", "h1"), report("doc:a", 0, "russia", "leak", "call", false), report("doc:a", 1, "party", "lead", "smith", false))
		must(t, st, doc("doc:b", "Outlet B", "h2"), report("doc:b", 0, "russia", "leak", "call", true), report("doc:b", 1, "party", "lead", "smith", false))
		got, err := st.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		got.Quads = 0
		want := graph.Stats{Documents: 2, Claims: 3, Reports: 4, Outlets: 2, Entities: 4}
		if got != want {
			t.Errorf("%s: %+v, want %+v", name, got, want)
		}
	}
}

// TestOpenShared: two readers open one bolt database at once, a writer
// cannot meanwhile, and a reader cannot write.
func TestOpenShared(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	st, err := graph.Open("bolt", dir)
	if err != nil {
		t.Fatal(err)
	}
	st.Paraphrases = graphtest.Paraphrases
	must(t, st, doc("doc:a", "Outlet A", "h1"), report("doc:a", 0, "Witkoff", "visit", "Moscow", false))
	if _, err := st.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	st.Close()
	a, err := graph.OpenShared("bolt", dir)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := graph.OpenShared("bolt", dir)
	if err != nil {
		t.Fatalf("a second reader: %v", err)
	}
	defer b.Close()
	if claims, err := b.Claims(ctx, graph.Filter{}); err != nil || len(claims) != 1 {
		t.Errorf("reading beside another reader: %d claims, %v", len(claims), err)
	}
	if _, err := graph.Open("bolt", dir); !errors.Is(err, graph.ErrInUse) {
		t.Errorf("a writer beside readers: %v", err)
	}
	if err := a.Replace(ctx, doc("doc:b", "Outlet B", "h2"), nil); !errors.Is(err, graph.ErrReadOnly) {
		t.Errorf("a reader writing: %v", err)
	}
}

// TestPagesSortAsTheWholeList: a page of claims from the resolution
// layer is that part of the whole list, which puts claims with more
// outlets, then more reports, first.
func TestPagesSortAsTheWholeList(t *testing.T) {
	ctx := context.Background()
	st := graphtest.Open(t, "memory")
	// Of one outlet's claims, dan's has four reports, bob's three, eve's
	// two and amy's one; cid's has two outlets.
	var reports []claim.Report
	for name, n := range map[string]int{"dan": 4, "bob": 3, "eve": 2, "amy": 1, "cid": 1} {
		for range n {
			reports = append(reports, report("doc:a", len(reports), name, "visit", "lima", false))
		}
	}
	must(t, st, doc("doc:a", "Outlet A", "h1"), reports...)
	must(t, st, doc("doc:b", "Outlet B", "h2"), report("doc:b", 0, "cid", "visit", "lima", false))
	if _, err := st.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	whole, err := st.Claims(ctx, graph.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, c := range whole {
		order = append(order, c.Subject.ID)
	}
	if want := []string{"entity:cid", "entity:dan", "entity:bob", "entity:eve", "entity:amy"}; !slices.Equal(order, want) {
		t.Fatalf("whole list %v, want %v", order, want)
	}
	for offset := range len(whole) {
		page, err := st.Claims(ctx, graph.Filter{Offset: offset, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(page) != 1 || page[0].ID != whole[offset].ID || len(page[0].Reports) != len(whole[offset].Reports) {
			t.Errorf("page at %d: %+v, want %s", offset, page, whole[offset].ID)
		}
	}
}
