package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// quadsWith returns the quads whose direction dir is node.
func (s *Store) quadsWith(ctx context.Context, dir quad.Direction, node string) ([]quad.Quad, error) {
	return s.quadsWithValue(ctx, dir, quad.IRI(node))
}

// quadsBetweenReleases is how many quads a read takes between checks of
// bolt's mapped pages against their budget.
const quadsBetweenReleases = 1024

// quadsWithValue returns the quads whose direction dir is v.
func (s *Store) quadsWithValue(ctx context.Context, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil, nil
	}
	it := s.qs.QuadIterator(dir, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, s.qs.Quad(it.Result()))
		if s.quadsRead.Add(1)%quadsBetweenReleases == 0 {
			// Each quad is a lookup in bolt's log, a few pages at random
			// anywhere in the file: the 54k quads of the digest index at
			// 100 MB of input touched 0.7 GB in 0.15 s, faster than the
			// Store's ticker drops them. Counted across calls: Resolve
			// reads the layer a few quads a call.
			s.releaseMapped()
		}
	}
	return out, it.Err()
}

// documentQuads returns the quads labelled with a document's IRI. Cayley's
// key-value stores have no label index, and a label scan reads the whole
// graph, so the quads are gathered through the subject and object indexes
// instead: from the document node and its reports (the subjects of
// "cg:document doc") to every node their quads under this label name,
// and the digest index's link to the document.
func (s *Store) documentQuads(ctx context.Context, docID string) ([]quad.Quad, error) {
	label := quad.IRI(docID)
	queue := []string{docID}
	links, err := s.quadsWith(ctx, quad.Object, docID)
	if err != nil {
		return nil, err
	}
	var out []quad.Quad
	for _, q := range links {
		switch {
		case q.Label != label:
		case iriOf(q.Predicate) == PredDocument:
			queue = append(queue, iriOf(q.Subject))
		case iriOf(q.Predicate) == PredDigested:
			// The digest index's link; its node links every document, so
			// it is not followed.
			out = append(out, q)
		}
	}
	visited := map[string]bool{}
	for len(queue) > 0 {
		node := queue[0]
		queue = queue[1:]
		if visited[node] {
			continue
		}
		visited[node] = true
		qs, err := s.quadsWith(ctx, quad.Subject, node)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			if q.Label != label {
				continue
			}
			out = append(out, q)
			if o, ok := q.Object.(quad.IRI); ok && !visited[string(o)] {
				queue = append(queue, string(o))
			}
		}
	}
	return out, nil
}

// Replace writes a document's quads at once, replacing what the graph held
// for it; see Writer.
func (s *Store) Replace(ctx context.Context, d claim.Document, reports []claim.Report) error {
	w := s.NewWriter(0)
	if err := w.Replace(ctx, d, reports); err != nil {
		return err
	}
	return w.Flush()
}

// Writer loads documents, batching new ones: their quads share
// transactions of up to a batch size, each document wholly inside one.
//
// A changed document is removed in a transaction of its own before its
// new version joins a batch. Cayley v0.7.7's key-value stores corrupt node
// reference counts when one transaction both deletes and adds quads that
// share nodes (a re-ingested document lost its new quads on bolt; see
// TestReingestStress), so deletions and additions never meet in one
// transaction. In between, the document is absent, never half there: its
// content hash goes with the old quads, so a build interrupted there loads
// it again next time.
type Writer struct {
	s     *Store
	limit int
	batch []quad.Quad
	docs  map[string]bool // documents in the batch
	// Quads counts the quads written by flushed batches.
	Quads int
}

// NewWriter returns a Writer whose batches hold about batchQuads quads;
// 0 writes each document at once.
func (s *Store) NewWriter(batchQuads int) *Writer {
	return &Writer{s: s, limit: batchQuads, docs: map[string]bool{}}
}

// Replace queues a document's new version, removing its old one first.
// Unchanged documents cost nothing.
func (w *Writer) Replace(ctx context.Context, d claim.Document, reports []claim.Report) error {
	if w.docs[d.ID] {
		if err := w.Flush(); err != nil {
			return err
		}
	}
	old, err := w.s.documentQuads(ctx, d.ID)
	if err != nil {
		return fmt.Errorf("read %s: %w", d.ID, err)
	}
	new, err := DocumentQuads(d, reports)
	if err != nil {
		return err
	}
	if sameQuads(old, new) {
		return nil
	}
	if err := w.s.invalidate(ctx); err != nil {
		return err
	}
	if err := w.s.write(d.ID, old, graph.Delete); err != nil {
		return err
	}
	w.batch = append(w.batch, new...)
	w.docs[d.ID] = true
	if len(w.batch) >= w.limit {
		return w.Flush()
	}
	return nil
}

// Flush writes the queued documents in one transaction.
func (w *Writer) Flush() error {
	if len(w.batch) == 0 {
		return nil
	}
	if err := w.s.write(fmt.Sprintf("%d documents", len(w.docs)), w.batch, graph.Add); err != nil {
		return err
	}
	w.Quads += len(w.batch)
	w.batch = w.batch[:0]
	w.docs = map[string]bool{}
	return nil
}

// Remove deletes every quad of a document.
func (s *Store) Remove(ctx context.Context, docID string) error {
	old, err := s.documentQuads(ctx, docID)
	if err != nil {
		return fmt.Errorf("read %s: %w", docID, err)
	}
	if err := s.invalidate(ctx); err != nil {
		return err
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
	if s.readOnly {
		return fmt.Errorf("write %s: %w", docID, ErrReadOnly)
	}
	deltas := make([]graph.Delta, len(quads))
	for i, q := range quads {
		deltas[i] = graph.Delta{Quad: q, Action: action}
	}
	s.writing.Lock()
	defer s.writing.Unlock()
	if err := s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
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
