package graph

import (
	"context"
	"fmt"
	"io"

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
	count := func(pred string, dir func(subject, object string) string) int {
		seen := map[string]bool{}
		for _, q := range s.predicateQuads(ctx, pred) {
			seen[dir(iriOf(q.Subject), iriOf(q.Object))] = true
		}
		return len(seen)
	}
	subj := func(s, _ string) string { return s }
	obj := func(_, o string) string { return o }
	st.Reports = count(PredClaim, subj)
	st.Claims = count(PredClaim, obj)
	st.Outlets = count(PredOutlet, obj)
	st.Entities = count(PredKind, subj)
	return st, nil
}
