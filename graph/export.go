package graph

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/claimgraph/claimgraph/extract/claim"
)

// ExportNQuads writes every quad as N-Quads, loadable by a stock Cayley.
func (s *Store) ExportNQuads(ctx context.Context, w io.Writer) (int, error) {
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	qw := nquads.NewWriter(w)
	n := 0
	for it.Next(ctx) {
		if err := qw.WriteQuad(s.qs.Quad(it.Result())); err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		n++
	}
	if err := it.Err(); err != nil {
		return n, err
	}
	return n, qw.Close()
}

// Stats counts what the graph holds.
type Stats struct {
	Quads     int64 `json:"quads"`
	Documents int   `json:"documents"`
	Claims    int   `json:"claims"`
	Reports   int   `json:"reports"`
	Outlets   int   `json:"outlets"`
	// Entities counts named people, bodies and places as `entities`
	// lists them (a bare surname resolved to a full name is not one of
	// its own); Values the other things claims name ("budget", "28
	// points").
	Entities int `json:"entities"`
	Values   int `json:"values"`
}

// Stats counts documents, claims, reports, outlets, entities and values. Cayley's
// key-value stores have no predicate index, so it reads every quad once,
// comparing node references rather than reading values.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	// Cayley's key-value stores keep an exact count of their quads; the
	// exact statistic walks them all. PostgreSQL's inexact one is the
	// planner's estimate.
	kv := s.backend == "bolt" || s.backend == "leveldb"
	gs, err := s.qs.Stats(ctx, !kv)
	if err != nil {
		return st, err
	}
	st.Quads = gs.Quads.Size
	if stale, err := s.Stale(ctx); err != nil {
		return st, err
	} else if !stale {
		return s.layerStats(ctx, st)
	}
	return s.walkStats(ctx, st)
}

// walkStats counts by reading every quad once.
func (s *Store) walkStats(ctx context.Context, st Stats) (Stats, error) {
	counts := []struct {
		into *int
		pred string
		dir  quad.Direction
		ref  interface{}
		seen map[interface{}]graph.Ref
	}{
		{into: &st.Documents, pred: PredPath, dir: quad.Subject},
		{into: &st.Reports, pred: PredClaim, dir: quad.Subject},
		{into: &st.Claims, pred: PredClaim, dir: quad.Object},
		{into: &st.Outlets, pred: PredOutlet, dir: quad.Object},
		{into: &st.Entities, pred: PredKind, dir: quad.Subject},
	}
	for i := range counts {
		counts[i].seen = map[interface{}]graph.Ref{}
		if ref := s.qs.ValueOf(quad.IRI(counts[i].pred)); ref != nil {
			counts[i].ref = graph.ToKey(ref)
		}
	}
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := it.Result()
		pred := graph.ToKey(s.qs.QuadDirection(q, quad.Predicate))
		for _, c := range counts {
			if c.ref != nil && pred == c.ref {
				ref := s.qs.QuadDirection(q, c.dir)
				c.seen[graph.ToKey(ref)] = ref
			}
		}
	}
	for _, c := range counts {
		*c.into = len(c.seen)
	}
	if err := it.Err(); err != nil {
		return st, err
	}
	return st, s.splitEntities(ctx, &st, counts[len(counts)-1].seen)
}

// splitEntities parts the nodes that have a kind into entities and
// values, leaving out surnames resolved to a full name.
func (s *Store) splitEntities(ctx context.Context, st *Stats, kinded map[interface{}]graph.Ref) error {
	aliases, err := s.layerAliases(ctx)
	if err != nil {
		return err
	}
	st.Entities = 0
	for _, ref := range kinded {
		iri, ok := s.qs.NameOf(ref).(quad.IRI)
		switch {
		case !ok || !strings.HasPrefix(string(iri), "entity:"):
			st.Values++
		case aliases[string(iri)] == "":
			st.Entities++
		}
	}
	return nil
}

// layerCounts counts what Stats reports of resolved claims: claim nodes
// (those merged into others too), report nodes, outlets, and the
// entities and values claims name, resolved surnames left out.
func layerCounts(all []claim.View) Stats {
	var st Stats
	reports, outlets, nodes := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, c := range all {
		st.Claims += 1 + len(c.Merged)
		nodes[c.Subject.ID], nodes[c.Object.ID] = true, true
		for _, r := range c.Reports {
			reports[fmt.Sprint(r.Document, "\x00", r.Start, "\x00", c.ID)] = true
			if r.Outlet != "" {
				outlets[OutletID(r.Outlet)] = true
			}
			if r.Speaker != nil {
				nodes[r.Speaker.ID] = true
			}
		}
	}
	st.Reports, st.Outlets = len(reports), len(outlets)
	for id := range nodes {
		if strings.HasPrefix(id, "entity:") {
			st.Entities++
		} else {
			st.Values++
		}
	}
	return st
}

// layerStats is Stats from an up-to-date resolution layer: the counts
// build stored with it.
func (s *Store) layerStats(ctx context.Context, st Stats) (Stats, error) {
	var counts Stats
	if err := s.readTotal(ctx, PredCounts, &counts); err != nil {
		return st, err
	}
	counts.Quads = st.Quads
	return counts, nil
}

// digestedDocuments counts the documents that the digest index links.
func (s *Store) digestedDocuments(ctx context.Context) (int, error) {
	docs, err := s.quadsWith(ctx, quad.Subject, DigestNode)
	n := 0
	for _, q := range docs {
		if iriOf(q.Predicate) == PredDigested {
			n++
		}
	}
	return n, err
}
