package graph

import (
	"context"
	"fmt"
	"io"
	"strings"

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
