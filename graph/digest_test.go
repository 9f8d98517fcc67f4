package graph

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph/match"
)

// TestDigestsResolveAsNodes loads, changes and removes random documents
// built to exercise every resolution step (shared wire sentences across
// outlets, bare surnames, negations, functional and numeric predicates,
// revisions) and after every step checks that the layer resolved from the
// digests is the layer resolved from the claim and report nodes.
func TestDigestsResolveAsNodes(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{"memory", "bolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			st := openForTest(t, backend)
			rng := rand.New(rand.NewSource(11))
			for step := 0; step < 60; step++ {
				editRandomly(t, st, rng, step, 7)
				fromNodes, aliasesN, err := st.allClaims(ctx)
				if err != nil {
					t.Fatal(err)
				}
				docs, ok, err := st.digestsComplete(ctx)
				if err != nil || !ok {
					t.Fatalf("step %d: digests complete %v, %v", step, ok, err)
				}
				r := st.newReader(ctx)
				views, err := st.claimsFromDigests(ctx, r, docs)
				if err != nil {
					t.Fatal(err)
				}
				fromDigests, aliasesD, err := st.resolveClaims(r, views)
				if err != nil {
					t.Fatal(err)
				}
				got, want := layerLines(fromDigests, aliasesD), layerLines(fromNodes, aliasesN)
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Fatalf("step %d: from digests\n%v\nfrom nodes\n%v", step, got, want)
				}
			}
		})
	}
}

// TestStoreWithoutDigests resolves a store whose documents predate
// digests from their nodes, and marks a store whose documents all have
// digests once it finds that out.
func TestStoreWithoutDigests(t *testing.T) {
	ctx := context.Background()
	st := openForTest(t, "memory")
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 3; i++ {
		replaceRandom(t, st, rng, fmt.Sprintf("doc:%d", i), i)
	}
	// Take the marker and one document's digest away, as in a store
	// written before digests existed.
	old, err := digestQuads(digest{Document: "doc:1"})
	if err != nil {
		t.Fatal(err)
	}
	qs, err := st.quadsWith(ctx, quad.Subject, "doc:1")
	if err != nil {
		t.Fatal(err)
	}
	var gone []quad.Quad
	for _, q := range qs {
		if iriOf(q.Predicate) == PredDigest {
			gone = append(gone, q)
		}
	}
	if err := st.write("test", append(gone, old[1], completeMarker), graph.Delete); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := st.digestsComplete(ctx); err != nil || ok {
		t.Fatalf("a document without a digest: complete %v, %v", ok, err)
	}
	if _, err := st.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	fromNodes, aliases, err := st.allClaims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := st.resolutionQuadsStored(ctx)
	if err != nil {
		t.Fatal(err)
	}
	totals, err := st.layerTotals(ctx, fromNodes, aliases)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(stored), len(resolutionQuads(fromNodes, aliases, st.resolutionKey()))+len(totals); got != want {
		t.Errorf("resolved from nodes: %d layer quads stored, want %d", got, want)
	}
	if v, _ := st.DocumentVersions(ctx); len(v) != 2 {
		t.Errorf("versions of %d documents, want the 2 with digests: %v", len(v), v)
	}

	fresh := openForTest(t, "memory")
	replaceRandom(t, fresh, rng, "doc:a", 0)
	if err := fresh.write("test", []quad.Quad{completeMarker}, graph.Delete); err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 2; round++ {
		if _, ok, err := fresh.digestsComplete(ctx); err != nil || !ok {
			t.Fatalf("round %d: every document has a digest, but complete %v, %v", round, ok, err)
		}
	}
	if qs, _ := fresh.quadsWith(ctx, quad.Subject, DigestNode); !containsQuad(qs, completeMarker) {
		t.Error("a store found complete is not marked so")
	}
}

func containsQuad(qs []quad.Quad, want quad.Quad) bool {
	for _, q := range qs {
		if q == want {
			return true
		}
	}
	return false
}

func openForTest(t *testing.T, backend string) *Store {
	t.Helper()
	st, err := Open(backend, filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	st.Rules = Rules{Functional: map[string]bool{"lead": true}, Numeric: map[string]bool{"have": true},
		Changes: map[string]bool{"revise down to": true}, Tolerance: 0.05, Version: "test"}
	st.Paraphrases = func() (Paraphrases, error) { return match.New() }
	return st
}

// resolutionQuads collects the layer for claims.
func resolutionQuads(all []claim.View, aliases map[string]string, key string) []quad.Quad {
	var out []quad.Quad
	_ = eachResolutionQuad(all, aliases, nil, key, func(q quad.Quad) error { out = append(out, q); return nil })
	return out
}

// layerLines is the resolution layer of claims, as sorted N-Quads.
func layerLines(all []claim.View, aliases map[string]string) []string {
	var out []string
	for _, q := range resolutionQuads(all, aliases, "key") {
		out = append(out, q.NQuad())
	}
	sort.Strings(out)
	return out
}

// editRandomly removes one of six documents, one time in oneIn, and
// otherwise writes one anew.
func editRandomly(t *testing.T, st *Store, rng *rand.Rand, step, oneIn int) {
	t.Helper()
	id := fmt.Sprintf("doc:%d", rng.Intn(6))
	if rng.Intn(oneIn) == 0 {
		if err := st.Remove(context.Background(), id); err != nil {
			t.Fatal(err)
		}
		return
	}
	replaceRandom(t, st, rng, id, step)
}

func replaceRandom(t *testing.T, st *Store, rng *rand.Rand, id string, step int) {
	t.Helper()
	d, reports := randomDocument(rng, id, step)
	if err := st.Replace(context.Background(), d, reports); err != nil {
		t.Fatal(err)
	}
}

// randomDocument writes a few claims from a small vocabulary, so that
// documents share claims, sentences and entities.
func randomDocument(rng *rand.Rand, id string, step int) (claim.Document, []claim.Report) {
	outlets := []string{"Wire", "Daily", "Herald"}
	d := claim.Document{ID: id, Path: id, Outlet: outlets[rng.Intn(len(outlets))], Hash: fmt.Sprint(step),
		Published: time.Date(2025, 11, 20+rng.Intn(3), 0, 0, 0, 0, time.UTC)}
	people := []claim.Entity{
		{ID: "entity:steve-witkoff", Name: "Steve Witkoff", Kind: claim.Person},
		{ID: "entity:witkoff", Name: "Witkoff", Kind: claim.Other},
		{ID: "entity:yuri-ushakov", Name: "Yuri Ushakov", Kind: claim.Person},
		{ID: "entity:yuri-ushakov", Name: "Yury Ushakov", Kind: claim.Person},
	}
	things := []struct {
		predicate string
		object    claim.Entity
	}{
		{"visit", claim.Entity{ID: "entity:moscow", Name: "Moscow", Kind: claim.Place}},
		{"lead", claim.Entity{ID: "value:team", Name: "team", Kind: claim.Value}},
		{"lead", claim.Entity{ID: "value:talks", Name: "talks", Kind: claim.Value}},
		{"have", claim.Entity{ID: "value:28-points", Name: "28 points", Kind: claim.Value}},
		{"have", claim.Entity{ID: "value:19-points", Name: "19 points", Kind: claim.Value}},
	}
	var reports []claim.Report
	for i := 0; i < 1+rng.Intn(4); i++ {
		th := things[rng.Intn(len(things))]
		c := claim.Claim{Subject: people[rng.Intn(len(people))], Predicate: th.predicate, Object: th.object, Negated: rng.Intn(5) == 0}
		if th.predicate == "have" {
			c.Subject = claim.Entity{ID: "value:plan", Name: "plan", Kind: claim.Value}
		}
		c.Identify()
		// Sentences repeat across documents, as wire copies do.
		text := fmt.Sprintf("Wire sentence %d.", rng.Intn(4))
		r := claim.Report{Claim: c, Document: id, Sentence: claim.Sentence{Index: i, Text: text}, Start: i * 20, End: i*20 + 17,
			Hedged: rng.Intn(3) == 0, Confidence: 0.5}
		if rng.Intn(2) == 0 {
			r.Speaker, r.Verb = &people[rng.Intn(len(people))], "said"
		}
		if th.predicate == "have" && rng.Intn(2) == 0 {
			r.Phase = "earlier"
		}
		reports = append(reports, r)
	}
	return d, reports
}

// TestLayerStatsMatchWalk: what stats reads from the resolution layer is
// what a walk of every quad counts, through edits, surnames merged into
// full names and removals.
func TestLayerStatsMatchWalk(t *testing.T) {
	ctx := context.Background()
	st := openForTest(t, "memory")
	rng := rand.New(rand.NewSource(7))
	for step := 0; step < 30; step++ {
		editRandomly(t, st, rng, step, 5)
		if _, err := st.Resolve(ctx); err != nil {
			t.Fatal(err)
		}
		base := Stats{Quads: 1}
		layer, err := st.layerStats(ctx, base)
		if err != nil {
			t.Fatal(err)
		}
		walked, err := st.walkStats(ctx, base)
		if err != nil {
			t.Fatal(err)
		}
		if layer != walked {
			t.Fatalf("step %d: from the layer %+v, walked %+v", step, layer, walked)
		}
	}
}
