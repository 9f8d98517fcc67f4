package graph

import (
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
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
	Entities  int   `json:"entities"`
}

// Stats counts documents, claims, reports, outlets and entities. Cayley's
// key-value stores have no predicate index, so it reads every quad once,
// comparing node references rather than reading values.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	gs, err := s.qs.Stats(ctx, true)
	if err != nil {
		return st, err
	}
	st.Quads = gs.Quads.Size
	counts := []struct {
		into *int
		pred string
		dir  quad.Direction
		ref  interface{}
		seen map[interface{}]bool
	}{
		{into: &st.Documents, pred: PredPath, dir: quad.Subject},
		{into: &st.Reports, pred: PredClaim, dir: quad.Subject},
		{into: &st.Claims, pred: PredClaim, dir: quad.Object},
		{into: &st.Outlets, pred: PredOutlet, dir: quad.Object},
		{into: &st.Entities, pred: PredKind, dir: quad.Subject},
	}
	for i := range counts {
		counts[i].seen = map[interface{}]bool{}
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
				c.seen[graph.ToKey(s.qs.QuadDirection(q, c.dir))] = true
			}
		}
	}
	for _, c := range counts {
		*c.into = len(c.seen)
	}
	return st, it.Err()
}
