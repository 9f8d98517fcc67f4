package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
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
	// PredConflicts, followed by a kind ("cg:conflicts/negation"),
	// links two conflicting claims.
	PredConflicts = "cg:conflicts/"
	// PredResolvedFor, on the label's own node, identifies the documents
	// and rules the layer was computed from.
	PredResolvedFor = "cg:resolvedFor"
)

// resolutionFormat changes when the layer's quads or the way they are
// computed change, so that stored layers are redone.
const resolutionFormat = 1

// ConflictKindNames lists the kinds of conflict.
var ConflictKindNames = []string{ConflictNegation, ConflictFunctional, ConflictNumeric}

var resolutionPredicates = func() []string {
	p := []string{PredStatus, PredIndependent, PredReportedBy, PredSameAs, PredRevisedAs, PredMergedInto, PredResolvedFor}
	for _, k := range ConflictKindNames {
		p = append(p, PredConflicts+k)
	}
	return p
}()

// Resolution says what Resolve did.
type Resolution struct {
	// Skipped is true when the stored layer was already computed from
	// the graph's documents and rules.
	Skipped bool
	Claims  int
	Added   int
	Removed int
}

// Resolve brings the resolution layer up to date with the documents in
// the graph. It reads every claim, as Claims does, but only when the
// documents or rules changed since the layer was written.
//
// Removals and additions go in two transactions (Cayley v0.7.7's
// key-value stores corrupt node references when one transaction does
// both; see Writer). The marker naming the documents the layer belongs
// to leaves in the first and returns in the second, so a build stopped
// in between leaves the layer marked stale, and the next one redoes it.
func (s *Store) Resolve(ctx context.Context) (Resolution, error) {
	var res Resolution
	want, err := s.resolutionKey(ctx)
	if err != nil {
		return res, err
	}
	if got, err := s.resolvedFor(ctx); err != nil || got == want {
		res.Skipped = err == nil
		return res, err
	}
	all, _, err := s.allClaims(ctx)
	if err != nil {
		return res, err
	}
	res.Claims = len(all)
	desired := resolutionQuads(all, want)
	current, err := s.resolutionQuadsStored(ctx)
	if err != nil {
		return res, err
	}
	keep := make(map[quad.Quad]bool, len(desired))
	for _, q := range desired {
		keep[q] = true
	}
	var removed, added []quad.Quad
	have := make(map[quad.Quad]bool, len(current))
	for _, q := range current {
		have[q] = true
		if !keep[q] {
			removed = append(removed, q)
		}
	}
	for _, q := range desired {
		if !have[q] {
			added = append(added, q)
		}
	}
	if err := s.write("claim resolution", removed, graph.Delete); err != nil {
		return res, err
	}
	if err := s.write("claim resolution", added, graph.Add); err != nil {
		return res, err
	}
	res.Added, res.Removed = len(added), len(removed)
	return res, nil
}

// Stale reports whether documents or rules changed since the resolution
// layer was written, so that saved queries would read old statuses.
func (s *Store) Stale(ctx context.Context) (bool, error) {
	want, err := s.resolutionKey(ctx)
	if err != nil {
		return false, err
	}
	got, err := s.resolvedFor(ctx)
	return got != want, err
}

// resolutionKey identifies the graph's documents (by content hash) and
// the rules.
func (s *Store) resolutionKey(ctx context.Context) (string, error) {
	hashes, err := s.DocumentHashes(ctx)
	if err != nil {
		return "", err
	}
	ids := make([]string, 0, len(hashes))
	for id := range hashes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	h := sha256.New()
	fmt.Fprintf(h, "layer %d rules %s\n", resolutionFormat, s.Rules.Version)
	for _, id := range ids {
		fmt.Fprintf(h, "%s %s\n", id, hashes[id])
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), nil
}

func (s *Store) resolvedFor(ctx context.Context) (string, error) {
	qs, err := s.quadsWith(ctx, quad.Subject, ResolutionLabel)
	for _, q := range qs {
		if iriOf(q.Predicate) == PredResolvedFor {
			return stringOf(q.Object), err
		}
	}
	return "", err
}

// resolutionQuadsStored reads the layer through the predicate index.
func (s *Store) resolutionQuadsStored(ctx context.Context) ([]quad.Quad, error) {
	var out []quad.Quad
	for _, p := range resolutionPredicates {
		qs, err := s.quadsWith(ctx, quad.Predicate, p)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			if q.Label == quad.IRI(ResolutionLabel) {
				out = append(out, q)
			}
		}
	}
	return out, nil
}

// resolutionQuads is the layer for claims as read.
func resolutionQuads(all []ClaimView, key string) []quad.Quad {
	label := quad.IRI(ResolutionLabel)
	var out []quad.Quad
	add := func(s, p string, o quad.Value) {
		out = append(out, quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(p), Object: o, Label: label})
	}
	for _, c := range all {
		add(c.ID, PredStatus, quad.String(c.Status))
		add(c.ID, PredIndependent, quad.Int(c.Independent))
		for _, o := range c.Outlets {
			add(c.ID, PredReportedBy, quad.IRI(OutletID(o)))
		}
		for _, id := range c.SameAs {
			add(c.ID, PredSameAs, quad.IRI(id))
		}
		for _, id := range c.Revisions {
			add(c.ID, PredRevisedAs, quad.IRI(id))
		}
		for _, id := range c.Merged {
			add(id, PredMergedInto, quad.IRI(c.ID))
		}
		for _, id := range c.ConflictsWith {
			add(c.ID, PredConflicts+c.ConflictKinds[id], quad.IRI(id))
		}
	}
	add(ResolutionLabel, PredResolvedFor, quad.String(key))
	return out
}
