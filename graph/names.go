package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/quad"
	"github.com/xrash/smetrics"
)

// UnknownError means a name given to select outlets or entities names
// none in the graph: an empty answer would read as "nothing reported".
type UnknownError struct {
	Kind, Name string
	// Closest are the graph's names most like Name, best first.
	Closest []string
}

func (e *UnknownError) Error() string {
	msg := fmt.Sprintf("no %s %q in the graph", e.Kind, e.Name)
	if len(e.Closest) > 0 {
		msg += " (did you mean " + strings.Join(quoteAll(e.Closest), ", ") + "?)"
	}
	return msg
}

func quoteAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = fmt.Sprintf("%q", n)
	}
	return out
}

// Outlets returns the names of the outlets of the graph's documents,
// sorted.
func (s *Store) Outlets(ctx context.Context) ([]string, error) {
	qs, err := s.quadsWith(ctx, quad.Predicate, PredOutlet)
	if err != nil {
		return nil, err
	}
	seen := map[quad.Value]bool{}
	var names []string
	for _, q := range qs {
		if seen[q.Object] {
			continue
		}
		seen[q.Object] = true
		about, err := s.quadsWithValue(ctx, quad.Subject, q.Object)
		if err != nil {
			return nil, err
		}
		for _, a := range about {
			if a.Predicate == quad.IRI(PredName) {
				names = append(names, quad.NativeOf(a.Object).(string))
				break
			}
		}
	}
	sort.Strings(names)
	return names, nil
}

// CheckOutlet returns an *UnknownError unless an outlet of the graph is
// named name (in any case), as Filter.Outlet and DiffOutlets match it.
func (s *Store) CheckOutlet(ctx context.Context, name string) error {
	// Outlet IDs fold case as the match does, so a known outlet is a
	// lookup of its node; listing every outlet to suggest one reads
	// every quad (Cayley's key-value stores have no predicate index).
	known, err := s.quadsWith(ctx, quad.Subject, OutletID(name))
	if err != nil {
		return err
	}
	for _, q := range known {
		if iriOf(q.Predicate) == PredName && strings.EqualFold(stringOf(q.Object), name) {
			return nil
		}
	}
	names, err := s.Outlets(ctx)
	if err != nil {
		return err
	}
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return nil
		}
	}
	return &UnknownError{Kind: "outlet", Name: name, Closest: Closest(name, names)}
}

// CheckEntity returns an *UnknownError unless some entity's name or
// alias contains name (in any case), as Filter.Entity matches it.
func (s *Store) CheckEntity(ctx context.Context, name string) error {
	entities, err := s.Entities(ctx)
	if err != nil {
		return err
	}
	want := strings.ToLower(name)
	var names []string
	for _, e := range entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if strings.Contains(strings.ToLower(n), want) {
				return nil
			}
			names = append(names, n)
		}
	}
	return &UnknownError{Kind: "entity", Name: name, Closest: Closest(name, names)}
}

// Closest returns up to three of names most like name, by Jaro-Winkler
// similarity of their lower-case forms, leaving out the unlike: what a
// "did you mean" offers for a mistyped outlet, entity or command. A name
// of several words is also compared word by word, so that "Witcoff"
// finds "Steve Witkoff".
func Closest(name string, names []string) []string {
	type scored struct {
		name  string
		score float64
	}
	var best []scored
	want := strings.ToLower(name)
	for _, n := range names {
		lower := strings.ToLower(n)
		sc := smetrics.JaroWinkler(want, lower, 0.7, 4)
		for _, w := range strings.Fields(lower) {
			sc = max(sc, smetrics.JaroWinkler(want, w, 0.7, 4))
		}
		if sc >= 0.8 {
			best = append(best, scored{n, sc})
		}
	}
	sort.SliceStable(best, func(i, j int) bool { return best[i].score > best[j].score })
	var out []string
	for _, b := range best {
		// Only those about as like as the likest: "Newsweak" is most like
		// "Newsweek", and less like "ABC News" by its word "News".
		if len(out) < 3 && b.score >= best[0].score-0.03 && !containsFold(out, b.name) {
			out = append(out, b.name)
		}
	}
	return out
}
