package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// layerIDs returns the claims the resolution layer gives the status and
// outlet f asks for, found through the object index ("corroborated",
// the outlet's node); every claim, those of each status, when f selects
// by neither.
func (s *Store) layerIDs(ctx context.Context, f Filter) ([]string, error) {
	if f.Status == "" && f.Outlet == "" {
		var all []string
		for _, status := range claim.Statuses {
			ids, err := s.layerLinked(ctx, quad.String(status), PredStatus)
			if err != nil {
				return nil, err
			}
			all = append(all, ids...)
		}
		return all, nil
	}
	var sets [][]string
	if f.Status != "" {
		ids, err := s.layerLinked(ctx, quad.String(f.Status), PredStatus)
		if err != nil {
			return nil, err
		}
		sets = append(sets, ids)
	}
	if f.Outlet != "" {
		// Outlet IDs fold case, as Filter.Outlet matches names.
		ids, err := s.layerLinked(ctx, quad.IRI(OutletID(f.Outlet)), PredReportedBy)
		if err != nil {
			return nil, err
		}
		sets = append(sets, ids)
	}
	count := map[string]int{}
	for _, set := range sets {
		for _, id := range set {
			count[id]++
		}
	}
	var ids []string
	for id, n := range count {
		if n == len(sets) {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// layerLinked returns the claims the resolution layer links to v by
// pred.
func (s *Store) layerLinked(ctx context.Context, v quad.Value, pred string) ([]string, error) {
	qs, err := s.quadsWithValue(ctx, quad.Object, v)
	var ids []string
	for _, q := range qs {
		if iriOf(q.Predicate) == pred && q.Label == quad.IRI(ResolutionLabel) {
			ids = append(ids, iriOf(q.Subject))
		}
	}
	return ids, err
}

// layerAliases returns the bare surnames the layer resolved to full
// names: the entity nodes it lists, with their full names.
func (s *Store) layerAliases(ctx context.Context) (map[string]string, error) {
	top, err := s.quadsWith(ctx, quad.Subject, ResolutionLabel)
	if err != nil {
		return nil, err
	}
	r := &reader{s: s, ctx: ctx, props: map[string]map[string][]quad.Value{}}
	aliases := map[string]string{}
	for _, q := range top {
		short := iriOf(q.Object)
		if iriOf(q.Predicate) != PredResolves || !strings.HasPrefix(short, "entity:") {
			continue
		}
		if full := r.one(short, PredAliasOf); full != "" {
			aliases[short] = full
		}
	}
	return aliases, r.err
}

// claimLinks returns the reports of a claim node and the claims the
// layer merged into it.
func (s *Store) claimLinks(ctx context.Context, id string) (reports, merged []string, err error) {
	links, err := s.quadsWith(ctx, quad.Object, id)
	for _, q := range links {
		switch iriOf(q.Predicate) {
		case PredMergedInto:
			merged = appendUnique(merged, iriOf(q.Subject))
		case PredClaim:
			reports = appendUnique(reports, iriOf(q.Subject))
		}
	}
	return reports, merged, err
}

// claimsFromLayer reads claims as the resolution layer describes them:
// their reports (and those of the claims merged into them) as stored,
// and their status, outlets and links as build resolved them, without
// reading the rest of the graph.
func (s *Store) claimsFromLayer(ctx context.Context, ids []string) ([]claim.View, error) {
	r := &reader{s: s, ctx: ctx, props: map[string]map[string][]quad.Value{}}
	alias := func(ref claim.Ref) claim.Ref {
		if full := r.one(ref.ID, PredAliasOf); full != "" {
			return r.ref(full)
		}
		return ref
	}
	iris := func(node, pred string) []string {
		var out []string
		for _, v := range r.prop(node, pred) {
			out = append(out, iriOf(v))
		}
		sort.Strings(out)
		return out
	}
	// names returns the names of the outlets a claim links to by pred.
	names := func(id, pred string) []string {
		var out []string
		for _, o := range iris(id, pred) {
			out = append(out, r.one(o, PredName))
		}
		sort.Strings(out)
		return out
	}
	out := make([]claim.View, 0, len(ids))
	for _, id := range ids {
		reports, merged, err := s.claimLinks(ctx, id)
		if err != nil {
			return nil, err
		}
		for _, m := range merged {
			more, _, err := s.claimLinks(ctx, m)
			if err != nil {
				return nil, err
			}
			for _, rep := range more {
				reports = appendUnique(reports, rep)
			}
		}
		// The layer's fields first: the claim node is read once, and
		// reading its reports takes it out of the cache.
		l := claim.View{
			Status:      claim.Status(r.one(id, PredStatus)),
			Independent: int(r.number(id, PredIndependent)),
			Outlets:     names(id, PredReportedBy),
			Syndicated:  names(id, PredSyndicatedIn),
			SameAs:      iris(id, PredSameAs),
			Revisions:   iris(id, PredRevisedAs),
		}
		var others [][]string
		for _, other := range l.SameAs {
			others = append(others, names(other, PredReportedBy))
		}
		l.ParaphraseOutlets = paraphraseOutlets(l.Outlets, others)
		for _, kind := range claim.ConflictKinds {
			for _, other := range iris(id, PredConflicts+string(kind)) {
				addConflict(&l, other, kind)
			}
		}
		sort.Strings(l.ConflictsWith)
		c := r.claim(id, reports)
		c.Subject, c.Object = alias(c.Subject), alias(c.Object)
		for i, rep := range c.Reports {
			if rep.Speaker != nil {
				sp := alias(*rep.Speaker)
				c.Reports[i].Speaker = &sp
			}
		}
		sort.Strings(merged)
		c.Merged = merged
		c.Status, c.Independent, c.Outlets, c.Syndicated = l.Status, l.Independent, l.Outlets, l.Syndicated
		c.SameAs, c.ParaphraseOutlets, c.Revisions = l.SameAs, l.ParaphraseOutlets, l.Revisions
		c.ConflictsWith, c.ConflictKinds = l.ConflictsWith, l.ConflictKinds
		out = append(out, c)
	}
	return out, r.err
}
