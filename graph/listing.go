package graph

import (
	"context"
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// PredListing holds, on the layer's node, every claim in the order
// Claims lists them (Listed), so that a page of claims is one literal
// and the reports of the claims on it, not a read of every claim.
const PredListing = "cg:listing"

// Listed is a claim as the layer's listing gives it: enough to filter
// and page claims without reading them.
type Listed struct {
	ID     string       `json:"id"`
	Status claim.Status `json:"status"`
	// Search is what a search of the claims matches (SearchText).
	Search string `json:"search"`
	// Lead is the first claim of its paraphrase cluster (Clusters): a
	// listing by cluster shows the claims that lead their own.
	Lead string `json:"lead"`
}

// Leads reports whether l is the first claim of its cluster.
func (l Listed) Leads() bool { return l.Lead == l.ID }

// SearchText is the lower-case text a search of claims matches: the
// claim's words, its speakers and its status.
func SearchText(c claim.View) string {
	return strings.ToLower(strings.Join([]string{c.Subject.Name, c.Predicate, c.Object.Name,
		strings.Join(Speakers(c), ", "), string(c.Status)}, " "))
}

// Speakers are the names c is quoted from, each once, in report order.
func Speakers(c claim.View) []string {
	var names []string
	for _, r := range c.Reports {
		if r.Speaker != nil && !slices.Contains(names, r.Speaker.Name) {
			names = append(names, r.Speaker.Name)
		}
	}
	return names
}

// Clusters groups claims that the matcher takes for one another (SameAs,
// followed through): each claim's ID maps to its cluster, listed in the
// order of all, so that the first is the most reported wording when all
// is sorted as Claims sorts.
func Clusters(all []claim.View) map[string][]claim.View {
	root := map[string]string{}
	var find func(id string) string
	find = func(id string) string {
		if r, ok := root[id]; ok && r != id {
			root[id] = find(r)
			return root[id]
		}
		root[id] = id
		return id
	}
	for _, c := range all {
		for _, other := range c.SameAs {
			a, b := find(c.ID), find(other)
			if a != b {
				root[b] = a
			}
		}
	}
	byRoot := map[string][]claim.View{}
	for _, c := range all {
		r := find(c.ID)
		byRoot[r] = append(byRoot[r], c)
	}
	out := make(map[string][]claim.View, len(all))
	for _, c := range all {
		out[c.ID] = byRoot[find(c.ID)]
	}
	return out
}

// listing is sorted, sorted as Claims sorts, as Listed rows.
func listing(sorted []claim.View) []Listed {
	of := Clusters(sorted)
	out := make([]Listed, len(sorted))
	for i, c := range sorted {
		out[i] = Listed{ID: c.ID, Status: c.Status, Search: SearchText(c), Lead: of[c.ID][0].ID}
	}
	return out
}

// Listing returns every claim as Listed, in the order Claims lists them:
// the literal build stored, or made anew from every claim when the
// layer is out of date.
func (s *Store) Listing(ctx context.Context) ([]Listed, error) {
	if stale, err := s.Stale(ctx); err != nil || stale {
		if err != nil {
			return nil, err
		}
		all, _, err := s.allClaims(ctx)
		sortClaims(all)
		return listing(all), err
	}
	var out []Listed
	return out, s.readTotal(ctx, PredListing, &out)
}

// ClaimsByID reads the claims with these IDs, resolved, in the order
// given; an ID no claim has is left out. It reads those claims only
// when the layer is up to date, every claim otherwise.
func (s *Store) ClaimsByID(ctx context.Context, ids []string) ([]claim.View, error) {
	if stale, err := s.Stale(ctx); err != nil || stale {
		if err != nil {
			return nil, err
		}
		all, _, err := s.allClaims(ctx)
		byID := make(map[string]claim.View, len(all))
		for _, c := range all {
			byID[c.ID] = c
		}
		var out []claim.View
		for _, id := range ids {
			if c, ok := byID[id]; ok {
				out = append(out, c)
			}
		}
		return out, err
	}
	// The views read to know the IDs stay in r's cache for the read.
	var known []string
	r := s.newReader(ctx)
	for _, id := range ids {
		if r.one(viewNode(id), PredView) != "" {
			known = append(known, id)
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	return s.claimsFromLayer(r, known)
}
