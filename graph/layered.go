package graph

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// layerIDs returns the claims the resolution layer gives the status and
// outlet f asks for, found through the object index ("corroborated",
// the outlet's node); every claim, those of each status, when f selects
// by neither.
func (s *Store) layerIDs(ctx context.Context, f Filter) ([]string, error) {
	var named []string
	if f.Entity != "" {
		ids, ok, err := s.entityClaimIDs(ctx, f.Entity)
		if err != nil {
			return nil, err
		}
		if ok && f.Status == "" && f.Outlet == "" {
			return ids, nil
		}
		if ok {
			named = ids
		}
	}
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
	if named != nil {
		sets = append(sets, named)
	}
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
// names (PredAliases); none before a layer was first written.
func (s *Store) layerAliases(ctx context.Context) (map[string]string, error) {
	aliases := map[string]string{}
	r, node := s.newReader(ctx), totalsNode(PredAliases)
	if r.one(node, PredAliases) == "" {
		return aliases, r.err
	}
	return aliases, decodeOne(r, node, PredAliases, &aliases)
}

// layerView is a claim as the layer stores it (PredView): its reports
// are left to the documents that hold them.
type layerView struct {
	claim.View
	Documents []string `json:"documents"`
}

func viewNode(claimID string) string { return claimID + "#view" }

// storedView is c as the layer stores it.
func storedView(c claim.View) layerView {
	var docs []string
	for _, r := range c.Reports {
		docs = appendUnique(docs, r.Document)
	}
	c.Reports = nil
	return layerView{View: c, Documents: docs}
}

// layerPage reads the page of claims f asks for, which selects by status
// and outlet only: the layer's listing, the claims of the outlet when f
// names one, and the reports of the claims on the page.
func (s *Store) layerPage(ctx context.Context, f Filter) ([]claim.View, error) {
	rows, err := s.Listing(ctx)
	if err != nil {
		return nil, err
	}
	var ofOutlet map[string]bool
	if f.Outlet != "" {
		ids, err := s.layerIDs(ctx, Filter{Outlet: f.Outlet})
		if err != nil {
			return nil, err
		}
		ofOutlet = make(map[string]bool, len(ids))
		for _, id := range ids {
			ofOutlet[id] = true
		}
	}
	var ids []string
	for _, l := range rows {
		if (f.Status == "" || l.Status == f.Status) && (ofOutlet == nil || ofOutlet[l.ID]) {
			ids = append(ids, l.ID)
		}
	}
	from := min(f.Offset, len(ids))
	return s.claimsFromLayer(s.newReader(ctx), ids[from:min(from+f.Limit, len(ids))])
}

// claimsFromLayer reads claims as the resolution layer describes them:
// each its view, with the reports its documents hold for it and for the
// claims merged into it, speakers resolved as build resolved them. r's
// cache may already hold their views.
func (s *Store) claimsFromLayer(r *reader, ids []string) ([]claim.View, error) {
	aliases, err := s.layerAliases(r.ctx)
	if err != nil {
		return nil, err
	}
	docs := map[string]map[string][]claim.ReportView{}
	reportsIn := func(doc string) (map[string][]claim.ReportView, error) {
		if v, ok := docs[doc]; ok {
			return v, nil
		}
		var v map[string][]claim.ReportView
		if err := decodeOne(r, doc, PredReportViews, &v); err != nil {
			return nil, err
		}
		docs[doc] = v
		return v, nil
	}
	out := make([]claim.View, 0, len(ids))
	for _, id := range ids {
		var l layerView
		if err := decodeOne(r, viewNode(id), PredView, &l); err != nil {
			return nil, err
		}
		c := l.View
		for _, doc := range l.Documents {
			views, err := reportsIn(doc)
			if err != nil {
				return nil, err
			}
			for _, of := range append([]string{c.ID}, c.Merged...) {
				c.Reports = append(c.Reports, views[of]...)
			}
		}
		for i, rep := range c.Reports {
			c.Reports[i].SentenceKey = sentenceKey(rep.Sentence)
			if rep.Speaker != nil {
				sp := r.ref(rep.Speaker.ID)
				if full, ok := aliases[sp.ID]; ok {
					sp = r.ref(full)
				}
				c.Reports[i].Speaker = &sp
			}
		}
		sortReports(c.Reports)
		out = append(out, c)
	}
	return out, r.err
}

// decodeOne decodes the JSON literal that node holds by pred, which
// build wrote: one missing means a store written before it was.
func decodeOne(r *reader, node, pred string, v any) error {
	text := r.one(node, pred)
	delete(r.props, node)
	if r.err != nil {
		return r.err
	}
	if text == "" {
		return fmt.Errorf("%s has no %s: the store predates it (run claimgraph build)", node, pred)
	}
	if err := json.Unmarshal([]byte(text), v); err != nil {
		return fmt.Errorf("%s: its %s: %w", node, pred, err)
	}
	return nil
}

// entityClaimIDs returns the claims whose subject, object or speaker is
// an entity named so (see Filter.Entity), found through the index of
// names by their words: the entities that have the longest word of name
// and whose name contains it, the claims that name them, and those that
// quote them. ok is false when that finds no entity (a part of a word,
// "witk", is in no index): Filter.matches then reads every claim.
func (s *Store) entityClaimIDs(ctx context.Context, name string) (ids []string, ok bool, err error) {
	words := NameWords(name)
	if len(words) == 0 {
		return nil, false, nil
	}
	longest := slices.MaxFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	indexed, err := s.quadsWithValue(ctx, quad.Object, quad.String(longest))
	if err != nil {
		return nil, false, err
	}
	aliases, err := s.layerAliases(ctx)
	if err != nil {
		return nil, false, err
	}
	// A claim shows a bare surname resolved to a full name as the full
	// name: those nodes name what the full name's node names.
	shortOf := map[string][]string{}
	for short, full := range aliases {
		shortOf[full] = append(shortOf[full], short)
	}
	r := s.newReader(ctx)
	want := strings.ToLower(name)
	seen := map[string]bool{}
	for _, q := range indexed {
		node := iriOf(q.Subject)
		if iriOf(q.Predicate) != PredWord || !slices.ContainsFunc(r.prop(node, PredName), func(v quad.Value) bool {
			return strings.Contains(strings.ToLower(stringOf(v)), want)
		}) {
			continue
		}
		ok = true
		more, err := s.namingClaims(ctx, r, append([]string{node}, shortOf[node]...), seen)
		if err != nil {
			return nil, false, err
		}
		ids = append(ids, more...)
	}
	return ids, ok, r.err
}

// namingClaims returns the claims whose subject or object is one of the
// entity nodes, or that quote one of them, each once (seen): a claim
// merged into another as the one it was merged into.
func (s *Store) namingClaims(ctx context.Context, r *reader, nodes []string, seen map[string]bool) ([]string, error) {
	var ids []string
	claimOf := func(id string) {
		if into := r.one(id, PredMergedInto); into != "" {
			id = into
		}
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, n := range nodes {
		links, err := s.quadsWith(ctx, quad.Object, n)
		if err != nil {
			return nil, err
		}
		for _, l := range links {
			switch iriOf(l.Predicate) {
			case PredSubject, PredObject:
				claimOf(iriOf(l.Subject))
			case PredSpeaker:
				claimOf(r.one(iriOf(l.Subject), PredClaim))
			}
		}
	}
	return ids, r.err
}

// EntityClaims returns the claims that name the entity with this ID or
// quote it, most corroborated first: found through the entity's node
// (and the bare surnames resolved to it) when the layer is up to date,
// else every claim.
func (s *Store) EntityClaims(ctx context.Context, id string) ([]claim.View, error) {
	if stale, err := s.Stale(ctx); err != nil || stale {
		if err != nil {
			return nil, err
		}
		return s.Claims(ctx, Filter{})
	}
	aliases, err := s.layerAliases(ctx)
	if err != nil {
		return nil, err
	}
	nodes := []string{id}
	for short, full := range aliases {
		if full == id {
			nodes = append(nodes, short)
		}
	}
	r := s.newReader(ctx)
	ids, err := s.namingClaims(ctx, r, nodes, map[string]bool{})
	if err != nil {
		return nil, err
	}
	out, err := s.claimsFromLayer(r, ids)
	sortClaims(out)
	return out, err
}
