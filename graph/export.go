package graph

import (
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// ExportNQuads writes every quad as N-Quads, loadable by a stock Cayley.
func (s *Store) ExportNQuads(ctx context.Context, w io.Writer) (int, error) {
	it := s.QS.QuadsAllIterator()
	defer it.Close()
	qw := nquads.NewWriter(w)
	n := 0
	for it.Next(ctx) {
		if err := qw.WriteQuad(s.QS.Quad(it.Result())); err != nil {
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

// Stats counts documents, claims, reports, outlets and entities.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	gs, err := s.QS.Stats(ctx, true)
	if err != nil {
		return st, err
	}
	st.Quads = gs.Quads.Size
	docs, err := s.DocumentIDs(ctx)
	if err != nil {
		return st, err
	}
	st.Documents = len(docs)
	count := func(pred string, dir quad.Direction) (int, error) {
		qs, err := s.quadsWith(ctx, quad.Predicate, pred)
		seen := map[quad.Value]bool{}
		for _, q := range qs {
			seen[q.Get(dir)] = true
		}
		return len(seen), err
	}
	for _, c := range []struct {
		into *int
		pred string
		dir  quad.Direction
	}{
		{&st.Reports, PredClaim, quad.Subject},
		{&st.Claims, PredClaim, quad.Object},
		{&st.Outlets, PredOutlet, quad.Object},
		{&st.Entities, PredKind, quad.Subject},
	} {
		if *c.into, err = count(c.pred, c.dir); err != nil {
			return st, err
		}
	}
	return st, nil
}
