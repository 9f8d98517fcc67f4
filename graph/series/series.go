// Package series gathers the figures a graph holds (claims "measure |
// predicate | value": "death toll | be | at least 174") into series: for
// each measure and occasion, every value with who gives it, when, and
// what the graph made of it (corroborated, revised, in conflict). It
// reads claims as the graph resolved them and decides nothing itself.
package series

import (
	"cmp"
	"slices"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// Verdict says what the graph made of a value.
type Verdict string

// Verdicts, strongest first: a value in conflict with another is that,
// whatever else it is.
const (
	Conflict     Verdict = "conflict"
	Revision     Verdict = "revision"
	Corroborated Verdict = "corroborated"
	SingleSource Verdict = "single-source"
)

// Series is every value given for one measure on one occasion.
type Series struct {
	Measure string `json:"measure"`
	// Occasion is "" for the story's own, else the time of another the
	// text names ("2010", "2019-06-09").
	Occasion string  `json:"occasion,omitempty"`
	Values   []Value `json:"values"`
}

// Value is one figure claim's value on the series' occasion.
type Value struct {
	Claim     string  `json:"claim"`
	Predicate string  `json:"predicate"`
	Value     string  `json:"value"`
	Negated   bool    `json:"negated,omitempty"`
	Verdict   Verdict `json:"verdict"`
	// Against lists the values this one conflicts with; Revisions the
	// values the text orders it with in a change.
	Against   []string           `json:"against,omitempty"`
	Revisions []string           `json:"revisions,omitempty"`
	Reports   []claim.ReportView `json:"reports"`
	number    float64
}

// Filter selects series: by measure, by occasion, or (empty) all.
type Filter struct {
	Measure string
	// Occasion is matched when Story is false; Story selects the
	// story's own occasion.
	Occasion string
	Story    bool
}

func (f Filter) matches(measure, occasion string) bool {
	switch {
	case f.Measure != "" && f.Measure != measure:
		return false
	case f.Story:
		return occasion == ""
	}
	return f.Occasion == "" || f.Occasion == occasion
}

// Of gathers the figures among claims into series, measures naming what
// figures measure (the schema's measures). Series come by measure, the
// story's occasion first; values by number.
func Of(claims []claim.View, measures map[string]string, f Filter) []Series {
	names := make(map[string]string, len(claims))
	for _, c := range claims {
		names[c.ID] = c.Object.Name
	}
	byKey := map[[2]string]*Series{}
	var order [][2]string
	for _, c := range claims {
		if _, ok := measures[c.Subject.Name]; !ok {
			continue
		}
		fig, ok := claim.ParseFigure(c.Object.Name)
		if !ok {
			continue
		}
		for _, r := range c.Reports {
			key := [2]string{c.Subject.Name, r.Time}
			if !f.matches(key[0], key[1]) {
				continue
			}
			s := byKey[key]
			if s == nil {
				s = &Series{Measure: key[0], Occasion: key[1]}
				byKey[key] = s
				order = append(order, key)
			}
			s.add(c, fig, r, names)
		}
	}
	slices.SortFunc(order, func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	out := make([]Series, len(order))
	for i, key := range order {
		s := byKey[key]
		slices.SortStableFunc(s.Values, func(a, b Value) int { return cmp.Compare(a.number, b.number) })
		out[i] = *s
	}
	return out
}

// add puts a report of claim c, which states fig, into the series.
func (s *Series) add(c claim.View, fig claim.Figure, r claim.ReportView, names map[string]string) {
	i := slices.IndexFunc(s.Values, func(v Value) bool { return v.Claim == c.ID })
	if i < 0 {
		s.Values = append(s.Values, Value{Claim: c.ID, Predicate: c.Predicate, Value: c.Object.Name, Negated: c.Negated,
			Verdict: verdictOf(c), Against: namesOf(c.ConflictsWith, names), Revisions: namesOf(c.Revisions, names), number: fig.Value})
		i = len(s.Values) - 1
	}
	s.Values[i].Reports = append(s.Values[i].Reports, r)
}

func verdictOf(c claim.View) Verdict {
	switch {
	case len(c.ConflictsWith) > 0:
		return Conflict
	case len(c.Revisions) > 0:
		return Revision
	case c.Status == claim.Corroborated:
		return Corroborated
	}
	return SingleSource
}

// namesOf returns the values of the claims ids names, sorted, once each.
func namesOf(ids []string, names map[string]string) []string {
	var out []string
	for _, id := range ids {
		if n, ok := names[id]; ok && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// Occasions returns the occasions series are about, once each, the
// story's ("") among them when it is.
func Occasions(all []Series) []string {
	var out []string
	for _, s := range all {
		if !slices.Contains(out, s.Occasion) {
			out = append(out, s.Occasion)
		}
	}
	return out
}
