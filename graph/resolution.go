package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph/agreement"
)

// The resolution layer records how claims resolve across documents:
// each claim's status, independent outlet count, outlets (its merged
// spellings' included), paraphrases, revisions and conflicts, as quads
// on the claim node under one label of their own. Resolve rewrites it
// after documents change, so that saved queries find corroborated or
// conflicting claims by an index lookup instead of reading the graph.
const (
	ResolutionLabel = "cg:resolution"
	PredStatus      = "cg:status"
	PredIndependent = "cg:independent"
	PredReportedBy  = "cg:reportedBy"
	PredSameAs      = "cg:sameAs"
	PredRevisedAs   = "cg:revisedAs"
	PredMergedInto  = "cg:mergedInto"
	// PredSyndicatedIn names an outlet that only carried a copy of
	// another outlet's text with the claim.
	PredSyndicatedIn = "cg:syndicatedIn"
	// PredAliasOf links a bare surname's entity to the full name it
	// resolved to.
	PredAliasOf = "cg:aliasOf"
	// PredConflicts, followed by a kind ("cg:conflicts/negation"),
	// links two conflicting claims.
	PredConflicts = "cg:conflicts/"
	// PredResolves links the label's own node to every claim the layer
	// describes, so that the layer is found without a scan.
	PredResolves = "cg:resolves"
	// PredResolvedFor, on MarkerNode, is present while the layer matches
	// the documents, and names the rules it was computed with. It has a
	// node of its own because the label's node links every claim, and
	// commands that only check the marker would read all those links.
	PredResolvedFor = "cg:resolvedFor"
	MarkerNode      = "cg:resolution/marker"
	// PredSummary holds a claim's description as saved queries show it,
	// one JSON literal (see claimSummary). A claim is described under
	// every document that reports it, so reading its parts walks a quad
	// per document: describing 1,000 claims took 0.6 s at 1.5M quads.
	PredSummary = "cg:summary"
	// PredView holds a claim as build resolved it, on its own node
	// (viewNode), without its reports but with the documents that hold
	// them: reading a claim is then a lookup of that node and of each
	// document's report views, not one per property of the claim and of
	// each report.
	PredView = "cg:view"
	// PredCounts holds what stats counts of the claims: counting them
	// anew walks every quad. It and the other listings below are each a
	// literal on a node of its own (totalsNode).
	PredCounts = "cg:counts"
	// PredEntities and PredOutlets hold the listings of the entities
	// and outlets commands (EntityView, agreement.Summary).
	PredEntities = "cg:entities"
	PredOutlets  = "cg:outlets"
	// PredFigures lists the claims that give a figure of a measure the
	// rules know (see FigureClaims).
	PredFigures = "cg:figures"
	// PredAliases maps the bare surnames the layer resolved to their
	// full names, as the PredAliasOf links do.
	PredAliases = "cg:aliases"
)

// totalsNode is the node that holds the layer's listing pred. Each has
// its own, as the marker does: the label's node links every claim, and
// a literal read there would read those links too, and a node of every
// listing would read them all to give one.
func totalsNode(pred string) string { return "cg:resolution/" + strings.TrimPrefix(pred, "cg:") }

// readTotal decodes the layer's listing pred into v.
func (s *Store) readTotal(ctx context.Context, pred string, v any) error {
	r := s.newReader(ctx)
	return decodeOne(r, totalsNode(pred), pred, v)
}

// resolutionFormat changes when the layer's quads or the way they are
// computed change, so that stored layers are redone.
const resolutionFormat = 13

// Resolve brings the resolution layer up to date with the documents in
// the graph. It reads every claim, as Claims does, but only when
// documents were written or removed, or the rules changed, since the
// layer was written: the marker on the label's node says so. It reports
// whether it had to.
//
// Writing or removing a document removes the marker first. Additions and
// removals of the layer never share a transaction (Cayley v0.7.7's
// key-value stores corrupt node references when one transaction does
// both; see Writer) and the marker returns last, alone, so a build
// stopped anywhere before that leaves the layer marked stale, and the
// next build, query or serve redoes it.
//
// Builds that share a store (PostgreSQL) interleave: another build may
// mark a layer computed before this Store's documents were written. So a
// Store that wrote documents resolves whatever the marker says, and the
// marker is written only if no document changed while the layer was
// computed; otherwise the layer is computed again.
func (s *Store) Resolve(ctx context.Context) (bool, error) {
	stale, err := s.Stale(ctx)
	if err != nil || !stale && !s.invalidated {
		return false, err
	}
	if err := s.resolveSettled(ctx); err != nil {
		return false, err
	}
	if err := s.write("claim resolution marker", []quad.Quad{markerQuad(s.resolutionKey())}, graph.Add); err != nil {
		return false, err
	}
	s.invalidated = false
	return true, nil
}

// resolveSettled brings the layer up to date and, in a store that other
// builds write at the same time (PostgreSQL), again while documents
// changed as it was computed, at most maxResolveTries times. An embedded
// store is locked to this Store, so one pass settles it, without reading
// the documents' versions twice.
func (s *Store) resolveSettled(ctx context.Context) error {
	if s.backend != "postgres" {
		return s.resolveOnce(ctx)
	}
	before, err := s.DocumentVersions(ctx)
	if err != nil {
		return err
	}
	for try := 1; ; try++ {
		if err := s.resolveOnce(ctx); err != nil {
			return err
		}
		after, err := s.DocumentVersions(ctx)
		if err != nil || maps.Equal(before, after) || try == maxResolveTries {
			return err
		}
		before = after
	}
}

// maxResolveTries bounds how often resolveSettled computes the layer
// while other builds keep changing documents; the last try is marked.
const maxResolveTries = 5

// markerQuad is the marker of a layer computed under key.
func markerQuad(key string) quad.Quad {
	return quad.Quad{Subject: quad.IRI(MarkerNode), Predicate: quad.IRI(PredResolvedFor),
		Object: quad.String(key), Label: quad.IRI(ResolutionLabel)}
}

// resolveOnce brings the layer's quads, but for the marker, up to date
// with the documents as they are now.
func (s *Store) resolveOnce(ctx context.Context) error {
	all, aliases, err := s.digestedClaims(ctx)
	if err != nil {
		return err
	}
	current, err := s.resolutionQuadsStored(ctx)
	if err != nil {
		return err
	}
	// The layer is compared with the stored one as it is produced and
	// written as it goes, never held whole.
	kept := make(map[quad.Quad]bool, len(current))
	for _, q := range current {
		kept[q] = false
	}
	add := layerWriter{s: s, action: graph.Add}
	totals, err := s.layerTotals(ctx, all, aliases)
	if err != nil {
		return err
	}
	err = eachResolutionQuad(all, aliases, totals, s.resolutionKey(), func(q quad.Quad) error {
		switch _, stored := kept[q]; {
		case stored:
			kept[q] = true
			return nil
		case iriOf(q.Subject) == MarkerNode:
			return nil
		}
		return add.queue(q)
	})
	if err == nil {
		err = add.flush()
	}
	if err != nil {
		return err
	}
	remove := layerWriter{s: s, action: graph.Delete}
	for _, q := range current {
		if !kept[q] {
			if err := remove.queue(q); err != nil {
				return err
			}
		}
	}
	return remove.flush()
}

// layerBatch is how many of the layer's quads go in one transaction.
// Bolt holds a transaction's pages in memory until it commits: the layer
// of 100 MB of input (172k quads) in one transaction took the build's
// anonymous memory from 0.69 to 0.76 GB at its peak.
const layerBatch = 10000

// layerWriter writes changes to the resolution layer in transactions of
// layerBatch quads. The layer is half written in between, but only while
// the marker is absent (it is written last), so a stopped Resolve leaves
// the layer stale and the next one finishes it. Additions and removals
// never share a transaction (see Writer).
type layerWriter struct {
	s      *Store
	action graph.Procedure
	batch  []quad.Quad
}

func (w *layerWriter) queue(q quad.Quad) error {
	w.batch = append(w.batch, q)
	if len(w.batch) < layerBatch {
		return nil
	}
	return w.flush()
}

func (w *layerWriter) flush() error {
	err := w.s.write("claim resolution", w.batch, w.action)
	w.batch = w.batch[:0]
	return err
}

// digestedClaims reads and resolves every claim from the documents'
// digests, or from their nodes in a store that holds documents written
// before digests existed.
func (s *Store) digestedClaims(ctx context.Context) ([]claim.View, map[string]string, error) {
	docs, ok, err := s.digestsComplete(ctx)
	if err != nil {
		return nil, nil, err
	}
	if !ok {
		return s.allClaims(ctx)
	}
	r := s.newReader(ctx)
	all, err := s.claimsFromDigests(ctx, r, docs)
	if err != nil {
		return nil, nil, err
	}
	return s.resolveClaims(r, all)
}

// Stale reports whether documents or rules changed since the resolution
// layer was written, so that saved queries would read old statuses. It
// reads one node.
func (s *Store) Stale(ctx context.Context) (bool, error) {
	marker, err := s.marker(ctx)
	return len(marker) == 0 || stringOf(marker[0].Object) != s.resolutionKey(), err
}

// resolutionKey names the rules and layer format a layer is computed
// with; the marker holds it while the layer matches the documents.
func (s *Store) resolutionKey() string {
	return fmt.Sprintf("layer %d rules %s", resolutionFormat, s.Rules.Version)
}

// invalidate removes the marker before the first document of a build is
// written or removed, so that a build stopped before Resolve leaves the
// layer marked stale. It is a lookup of one node, not a read of the
// documents: Cayley's key-value stores have no predicate index.
func (s *Store) invalidate(ctx context.Context) error {
	if s.invalidated {
		return nil
	}
	marker, err := s.marker(ctx)
	if err != nil {
		return err
	}
	if err := s.write("claim resolution marker", marker, graph.Delete); err != nil {
		return err
	}
	s.invalidated = true
	return s.markDigestsIfEmpty(ctx)
}

// marker returns the marker's quads: one while the layer is whole.
func (s *Store) marker(ctx context.Context) ([]quad.Quad, error) {
	qs, err := s.quadsWith(ctx, quad.Subject, MarkerNode)
	var marker []quad.Quad
	for _, q := range qs {
		if iriOf(q.Predicate) == PredResolvedFor {
			marker = append(marker, q)
		}
	}
	return marker, err
}

// resolutionQuadsStored reads the stored layer through the subject
// index, from the label's node to the claims it lists (cg:resolves):
// Cayley's key-value stores have no predicate or label index.
func (s *Store) resolutionQuadsStored(ctx context.Context) ([]quad.Quad, error) {
	label := quad.IRI(ResolutionLabel)
	top, err := s.quadsWith(ctx, quad.Subject, ResolutionLabel)
	if err != nil {
		return nil, err
	}
	out, err := s.marker(ctx)
	if err != nil {
		return nil, err
	}
	for _, q := range top {
		if q.Label != label {
			continue
		}
		out = append(out, q)
		if iriOf(q.Predicate) != PredResolves {
			continue
		}
		qs, err := s.quadsWith(ctx, quad.Subject, iriOf(q.Object))
		if err != nil {
			return nil, err
		}
		for _, cq := range qs {
			if cq.Label == label {
				out = append(out, cq)
			}
		}
	}
	return out, nil
}

// claimSummary is a claim's description in its PredSummary literal, with
// the names the claims command shows; a claim merged into another (a bare
// surname resolved) is described as the one it was merged into.
type claimSummary struct {
	Subject   string `json:"subject"`
	SubjectID string `json:"subject_id"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	ObjectID  string `json:"object_id"`
	Negated   bool   `json:"negated"`
}

// eachResolutionQuad hands do the layer for claims as read, quad by
// quad, the marker last.
func eachResolutionQuad(all []claim.View, aliases map[string]string, totals []quad.Quad, key string, do func(quad.Quad) error) error {
	label := quad.IRI(ResolutionLabel)
	var err error
	add := func(s, p string, o quad.Value) {
		if err == nil {
			err = do(quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(p), Object: o, Label: label})
		}
	}
	for _, c := range all {
		summary, jerr := json.Marshal(claimSummary{Subject: c.Subject.Name, SubjectID: c.Subject.ID,
			Predicate: c.Predicate, Object: c.Object.Name, ObjectID: c.Object.ID, Negated: c.Negated})
		if jerr != nil {
			return jerr
		}
		view, jerr := json.Marshal(storedView(c))
		if jerr != nil {
			return jerr
		}
		add(ResolutionLabel, PredResolves, quad.IRI(c.ID))
		add(ResolutionLabel, PredResolves, quad.IRI(viewNode(c.ID)))
		add(c.ID, PredSummary, quad.String(summary))
		add(viewNode(c.ID), PredView, quad.String(view))
		add(c.ID, PredStatus, quad.String(c.Status))
		add(c.ID, PredIndependent, quad.Int(c.Independent))
		for _, o := range c.Outlets {
			add(c.ID, PredReportedBy, quad.IRI(OutletID(o)))
		}
		for _, o := range c.Syndicated {
			add(c.ID, PredSyndicatedIn, quad.IRI(OutletID(o)))
		}
		for _, id := range c.SameAs {
			add(c.ID, PredSameAs, quad.IRI(id))
		}
		for _, id := range c.Revisions {
			add(c.ID, PredRevisedAs, quad.IRI(id))
		}
		for _, id := range c.Merged {
			add(ResolutionLabel, PredResolves, quad.IRI(id))
			add(id, PredMergedInto, quad.IRI(c.ID))
			add(id, PredSummary, quad.String(summary))
		}
		for _, id := range c.ConflictsWith {
			add(c.ID, PredConflicts+string(c.ConflictKinds[id]), quad.IRI(id))
		}
	}
	for short, full := range aliases {
		add(ResolutionLabel, PredResolves, quad.IRI(short))
		add(short, PredAliasOf, quad.IRI(full))
	}
	for _, q := range totals {
		if err == nil {
			err = do(q)
		}
	}
	if err == nil {
		err = do(markerQuad(key))
	}
	return err
}

// layerTotals are the layer's listings (entities, outlets, figures, the
// claims in order, counts, resolved surnames), each one literal on its
// own node, so that a read command reads one literal.
func (s *Store) layerTotals(ctx context.Context, all []claim.View, aliases map[string]string) ([]quad.Quad, error) {
	entities, err := s.entityViews(ctx, all, aliases)
	if err != nil {
		return nil, err
	}
	sorted := slices.Clone(all)
	sortClaims(sorted)
	figures := []string{}
	for _, c := range all {
		if _, ok := s.Rules.Measures[c.Subject.Name]; ok {
			figures = append(figures, c.ID)
		}
	}
	// Counting the documents reads a quad of each, as stats would.
	counts := layerCounts(all)
	if counts.Documents, err = s.digestedDocuments(ctx); err != nil {
		return nil, err
	}
	var out []quad.Quad
	label := quad.IRI(ResolutionLabel)
	for _, t := range []struct {
		pred string
		v    any
	}{{PredAliases, aliases}, {PredCounts, counts}, {PredEntities, entities}, {PredFigures, figures},
		{PredListing, listing(sorted)}, {PredOutlets, agreement.Summarise(sorted)}} {
		data, err := json.Marshal(t.v)
		if err != nil {
			return nil, err
		}
		node := quad.IRI(totalsNode(t.pred))
		out = append(out, quad.Quad{Subject: label, Predicate: quad.IRI(PredResolves), Object: node, Label: label},
			quad.Quad{Subject: node, Predicate: quad.IRI(t.pred), Object: quad.String(data), Label: label})
	}
	return out, nil
}
