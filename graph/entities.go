package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph/agreement"
)

// EntityView is an entity as the graph knows it across documents: every
// spelling the outlets used, its kind, and how often it appears.
type EntityView struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Aliases are the entity's other spellings ("Yury Ushakov" beside
	// "Yuri Ushakov"), merged by the entity ID.
	Aliases []string `json:"aliases"`
	Kind    string   `json:"kind"`
	// Reports counts the reports whose claim has the entity as subject
	// or object; Speaker those it is quoted in.
	Reports int      `json:"reports"`
	Speaker int      `json:"speaker"`
	Outlets []string `json:"outlets"`
}

// kindRank orders the kinds documents may give one entity: a document
// that typed it (a title made it a person) outranks one that did not.
var kindRank = map[string]int{"person": 3, "organization": 3, "place": 3, "other": 1, "value": 0}

// Entities lists the named entities of the graph (not literal values),
// most reported first: as build stored them with the resolution, or
// counted anew from every claim when that is out of date.
func (s *Store) Entities(ctx context.Context) ([]EntityView, error) {
	if stale, err := s.Stale(ctx); err != nil || stale {
		if err != nil {
			return nil, err
		}
		claims, aliases, err := s.allClaims(ctx)
		if err != nil {
			return nil, err
		}
		return s.entityViews(ctx, claims, aliases)
	}
	var out []EntityView
	return out, s.readTotal(ctx, PredEntities, &out)
}

// entityViews counts the entities that claims name, each with its
// spellings: those of its node and of the bare surnames (aliases)
// resolved to it.
func (s *Store) entityViews(ctx context.Context, claims []claim.View, aliases map[string]string) ([]EntityView, error) {
	// A bare surname resolved to a full name is one of its spellings.
	spellings := map[string][]string{}
	for short, full := range aliases {
		spellings[full] = append(spellings[full], short)
	}
	byID := map[string]*EntityView{}
	touch := func(ref claim.Ref, outlet string) *EntityView {
		if !strings.HasPrefix(ref.ID, "entity:") {
			return nil
		}
		e := byID[ref.ID]
		if e == nil {
			e = &EntityView{ID: ref.ID, Aliases: []string{}, Outlets: []string{}}
			byID[ref.ID] = e
		}
		if outlet != "" {
			e.Outlets = appendUnique(e.Outlets, outlet)
		}
		return e
	}
	for _, c := range claims {
		for _, rep := range c.Reports {
			for _, ref := range []claim.Ref{c.Subject, c.Object} {
				if e := touch(ref, rep.Outlet); e != nil {
					e.Reports++
				}
			}
			if rep.Speaker != nil {
				if e := touch(*rep.Speaker, rep.Outlet); e != nil {
					e.Speaker++
				}
			}
		}
	}
	r := s.newReader(ctx)
	out := make([]EntityView, 0, len(byID))
	for id, e := range byID {
		var names []string
		for _, node := range append([]string{id}, spellings[id]...) {
			for _, v := range r.prop(node, PredName) {
				names = appendUnique(names, stringOf(v))
			}
		}
		sort.Strings(names)
		if len(names) > 0 {
			e.Name, e.Aliases = names[0], append(e.Aliases, names[1:]...)
		}
		var kinds []string
		for _, v := range r.prop(id, PredKind) {
			kinds = append(kinds, stringOf(v))
		}
		sort.Strings(kinds)
		for _, k := range kinds {
			if e.Kind == "" || kindRank[k] > kindRank[e.Kind] {
				e.Kind = k
			}
		}
		sort.Strings(e.Outlets)
		out = append(out, *e)
	}
	if r.err != nil {
		return nil, r.err
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Reports+a.Speaker != b.Reports+b.Speaker {
			return a.Reports+a.Speaker > b.Reports+b.Speaker
		}
		return a.ID < b.ID
	})
	return out, nil
}

// OutletAgreement compares the outlets of every claim (agreement.Summarise): as
// build stored it with the resolution, or anew from every claim when
// that is out of date.
func (s *Store) OutletAgreement(ctx context.Context) (agreement.Summary, error) {
	if stale, err := s.Stale(ctx); err != nil || stale {
		if err != nil {
			return agreement.Summary{}, err
		}
		claims, err := s.Claims(ctx, Filter{})
		return agreement.Summarise(claims), err
	}
	var out agreement.Summary
	return out, s.readTotal(ctx, PredOutlets, &out)
}

// FigureClaims returns the claims that give a figure of a measure the
// rules know ("death toll | be | at least 58"), what series.Of reads:
// those build listed with the resolution, or every claim when that is
// out of date.
func (s *Store) FigureClaims(ctx context.Context) ([]claim.View, error) {
	if stale, err := s.Stale(ctx); err != nil || stale {
		if err != nil {
			return nil, err
		}
		return s.Claims(ctx, Filter{})
	}
	var ids []string
	if err := s.readTotal(ctx, PredFigures, &ids); err != nil {
		return nil, err
	}
	out, err := s.claimsFromLayer(s.newReader(ctx), ids)
	sortClaims(out)
	return out, err
}
