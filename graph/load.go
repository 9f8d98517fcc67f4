package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/claim"
)

// quadsWith returns the quads whose direction dir is node.
func (s *Store) quadsWith(ctx context.Context, dir quad.Direction, node string) ([]quad.Quad, error) {
	ref := s.QS.ValueOf(quad.IRI(node))
	if ref == nil {
		return nil, nil
	}
	it := s.QS.QuadIterator(dir, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, s.QS.Quad(it.Result()))
	}
	return out, it.Err()
}

// documentQuads returns the quads labelled with a document's IRI.
func (s *Store) documentQuads(ctx context.Context, docID string) ([]quad.Quad, error) {
	return s.quadsWith(ctx, quad.Label, docID)
}

// StoredHash returns the content hash the graph holds for a document, or
// "" when the document is not in the graph.
func (s *Store) StoredHash(ctx context.Context, docID string) (string, error) {
	qs, err := s.quadsWith(ctx, quad.Subject, docID)
	if err != nil {
		return "", err
	}
	for _, q := range qs {
		if iriOf(q.Predicate) == PredHash && q.Label == quad.IRI(docID) {
			return stringOf(q.Object), nil
		}
	}
	return "", nil
}

// Replace writes a document's quads, replacing what the graph held for
// it. Unchanged documents cost nothing.
//
// Cayley v0.7.7's key-value stores corrupt node reference counts when one
// ApplyDeltas both deletes and adds quads that share nodes (a re-ingested
// document lost its new quads on bolt; see TestReingestStress), so the
// old version is removed whole in one transaction and the new one added
// whole in a second. Between the two the document is absent, never half
// there: its content hash goes with the old quads, so a build interrupted
// there loads the document again next time.
func (s *Store) Replace(ctx context.Context, d claim.Document, reports []claim.Report) (added, removed int, err error) {
	old, err := s.documentQuads(ctx, d.ID)
	if err != nil {
		return 0, 0, fmt.Errorf("read %s: %w", d.ID, err)
	}
	new, err := DocumentQuads(d, reports)
	if err != nil {
		return 0, 0, err
	}
	if sameQuads(old, new) {
		return 0, 0, nil
	}
	if err := s.write(d.ID, old, graph.Delete); err != nil {
		return 0, 0, err
	}
	if err := s.write(d.ID, new, graph.Add); err != nil {
		return 0, len(old), err
	}
	return len(new), len(old), nil
}

// Remove deletes every quad of a document.
func (s *Store) Remove(ctx context.Context, docID string) error {
	old, err := s.documentQuads(ctx, docID)
	if err != nil {
		return fmt.Errorf("read %s: %w", docID, err)
	}
	return s.write(docID, old, graph.Delete)
}

func sameQuads(a, b []quad.Quad) bool {
	if len(a) != len(b) {
		return false
	}
	set := make(map[quad.Quad]bool, len(a))
	for _, q := range a {
		set[q] = true
	}
	for _, q := range b {
		if !set[q] {
			return false
		}
	}
	return true
}

// write applies one action to quads in a single transaction.
func (s *Store) write(docID string, quads []quad.Quad, action graph.Procedure) error {
	if len(quads) == 0 {
		return nil
	}
	deltas := make([]graph.Delta, len(quads))
	for i, q := range quads {
		deltas[i] = graph.Delta{Quad: q, Action: action}
	}
	if err := s.QS.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return fmt.Errorf("write %s: %w", docID, err)
	}
	return nil
}

// DocumentIDs lists the documents in the graph with their paths.
func (s *Store) DocumentIDs(ctx context.Context) (map[string]string, error) {
	qs, err := s.quadsWith(ctx, quad.Predicate, PredPath)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(qs))
	for _, q := range qs {
		out[iriOf(q.Subject)] = stringOf(q.Object)
	}
	return out, nil
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
