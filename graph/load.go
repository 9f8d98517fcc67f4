package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/claim"
)

// documentQuads returns the quads labelled with a document's IRI.
func (s *Store) documentQuads(ctx context.Context, docID string) ([]quad.Quad, error) {
	ref := s.QS.ValueOf(quad.IRI(docID))
	if ref == nil {
		return nil, nil
	}
	it := s.QS.QuadIterator(quad.Label, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, s.QS.Quad(it.Result()))
	}
	return out, it.Err()
}

// StoredHash returns the content hash the graph holds for a document, or
// "" when the document is not in the graph.
func (s *Store) StoredHash(ctx context.Context, docID string) (string, error) {
	for _, q := range s.outQuads(ctx, docID, PredHash) {
		if q.Label == quad.IRI(docID) {
			return stringOf(q.Object), nil
		}
	}
	return "", nil
}

// Replace writes a document's quads in one transaction, replacing what
// the graph held for it. Only the difference is written: quads that stay
// are neither deleted nor re-added, which keeps re-ingest clear of the
// delete-then-add bugs of Cayley's stores, and a failed write leaves the
// previous version whole.
func (s *Store) Replace(ctx context.Context, d claim.Document, reports []claim.Report) (added, removed int, err error) {
	old, err := s.documentQuads(ctx, d.ID)
	if err != nil {
		return 0, 0, fmt.Errorf("read %s: %w", d.ID, err)
	}
	return s.apply(d.ID, old, DocumentQuads(d, reports))
}

// Remove deletes every quad of a document.
func (s *Store) Remove(ctx context.Context, docID string) error {
	old, err := s.documentQuads(ctx, docID)
	if err != nil {
		return fmt.Errorf("read %s: %w", docID, err)
	}
	_, _, err = s.apply(docID, old, nil)
	return err
}

func (s *Store) apply(docID string, old, new []quad.Quad) (added, removed int, err error) {
	keep := make(map[quad.Quad]bool, len(new))
	for _, q := range new {
		keep[q] = true
	}
	var deltas []graph.Delta
	had := make(map[quad.Quad]bool, len(old))
	for _, q := range old {
		had[q] = true
		if !keep[q] {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
			removed++
		}
	}
	for _, q := range new {
		if !had[q] {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
			added++
		}
	}
	if len(deltas) == 0 {
		return 0, 0, nil
	}
	if err := s.QS.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return 0, 0, fmt.Errorf("write %s: %w", docID, err)
	}
	return added, removed, nil
}

// DocumentIDs lists the documents in the graph with their paths.
func (s *Store) DocumentIDs(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	for _, q := range s.predicateQuads(ctx, PredPath) {
		out[iriOf(q.Subject)] = stringOf(q.Object)
	}
	return out, nil
}

// predicateQuads returns every quad with predicate pred.
func (s *Store) predicateQuads(ctx context.Context, pred string) []quad.Quad {
	ref := s.QS.ValueOf(quad.IRI(pred))
	if ref == nil {
		return nil
	}
	it := s.QS.QuadIterator(quad.Predicate, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, s.QS.Quad(it.Result()))
	}
	return out
}

// outQuads returns the quads with subject node and predicate pred.
func (s *Store) outQuads(ctx context.Context, node, pred string) []quad.Quad {
	ref := s.QS.ValueOf(quad.IRI(node))
	if ref == nil {
		return nil
	}
	it := s.QS.QuadIterator(quad.Subject, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q := s.QS.Quad(it.Result())
		if iriOf(q.Predicate) == pred {
			out = append(out, q)
		}
	}
	return out
}

func iriOf(v quad.Value) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	if v == nil {
		return ""
	}
	return v.String()
}

func stringOf(v quad.Value) string {
	switch x := v.(type) {
	case quad.String:
		return string(x)
	case quad.IRI:
		return string(x)
	case nil:
		return ""
	}
	return fmt.Sprint(quad.NativeOf(v))
}
