// Package agreement measures how outlets agree: claim by claim for each
// pair of outlets, and as a trust score per outlet from an iterative
// truth-discovery method (TruthFinder, Yin, Han and Yu, KDD 2007).
package agreement

import (
	"math"
	"slices"
	"sort"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// Pair counts what two outlets have in common and where they differ.
type Pair struct {
	A string `json:"a"`
	B string `json:"b"`
	// Shared claims both report; Conflicting claims of A that contradict
	// a claim of B; OnlyA and OnlyB claims one reports and the other not.
	Shared      int `json:"shared"`
	Conflicting int `json:"conflicting"`
	OnlyA       int `json:"only_a"`
	OnlyB       int `json:"only_b"`
}

// Agreement is Shared over the claims either outlet reports: 1 when they
// report the same claims, 0 when they share none.
func (p Pair) Agreement() float64 {
	all := p.Shared + p.OnlyA + p.OnlyB
	if all == 0 {
		return 0
	}
	return float64(p.Shared) / float64(all)
}

// Outlets lists the outlets that report the claims, sorted.
func Outlets(claims []claim.View) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range claims {
		for _, o := range c.Outlets {
			if !seen[o] {
				seen[o] = true
				out = append(out, o)
			}
		}
	}
	sort.Strings(out)
	return out
}

// Matrix compares every pair of outlets (A before B in sort order).
func Matrix(claims []claim.View) []Pair {
	byID := map[string]claim.View{}
	for _, c := range claims {
		byID[c.ID] = c
	}
	outlets := Outlets(claims)
	var pairs []Pair
	for i, a := range outlets {
		for _, b := range outlets[i+1:] {
			p := Pair{A: a, B: b}
			for _, c := range claims {
				inA, inB, counted := c.Sides(a, b)
				if !counted {
					continue
				}
				switch {
				case inA && inB:
					p.Shared++
				case inA:
					p.OnlyA++
				case inB:
					p.OnlyB++
				}
				if inA && c.Contradicted(byID, b) {
					p.Conflicting++
				}
			}
			pairs = append(pairs, p)
		}
	}
	return pairs
}

// Trust is an outlet's TruthFinder score with the counts behind it.
type Trust struct {
	Outlet string `json:"outlet"`
	// Score is the mean belief in the outlet's claims, 0..1.
	Score       float64 `json:"score"`
	Claims      int     `json:"claims"`
	Corroborate int     `json:"corroborated"`
	Conflicted  int     `json:"conflicted"`
}

// Params tune TruthFinder; DefaultParams are the paper's.
type Params struct {
	// InitialTrust is every outlet's trust before the first round.
	InitialTrust float64
	// Dampening (γ) keeps beliefs from saturating: several outlets at
	// trust 0.9 would otherwise make any claim certain.
	Dampening float64
	// Conflict (ρ) is how much a contradicting claim's support counts
	// against a claim.
	Conflict float64
	// Rounds bounds the iteration; it stops earlier once trust moves less
	// than Tolerance.
	Rounds    int
	Tolerance float64
}

// DefaultParams are the settings of Yin, Han and Yu (2007).
var DefaultParams = Params{InitialTrust: 0.9, Dampening: 0.3, Conflict: 0.5, Rounds: 100, Tolerance: 1e-6}

// sources are the outlets that lend a claim support: those stating it in
// its words or in others, less those running a copy of another's text.
func sources(c claim.View) []string {
	var out []string
	for _, o := range append(slices.Clone(c.Outlets), c.ParaphraseOutlets...) {
		if !slices.Contains(c.Syndicated, o) && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// checkable reports whether another outlet bears on the claim, stating
// it or contradicting it. A claim only its outlet reports is no evidence
// of that outlet's trust either way: counting it made an outlet with
// more exclusive reporting the least trusted.
func checkable(c claim.View) bool {
	return len(sources(c)) >= 2 || len(c.ConflictsWith) > 0
}

// TruthFinder scores outlets by the support their claims find. A claim's
// support is the sum of -ln(1 - trust) over the outlets reporting it,
// less ρ times the support of the claims contradicting it; its belief is
// a logistic of that support; an outlet's trust is the mean belief in
// its claims that another outlet states or contradicts (see checkable).
// The two are computed in turn until trust settles. Outlets
// are returned most trusted first.
func TruthFinder(claims []claim.View, p Params) []Trust {
	// Sums in one order, so the same claims give the same scores to the
	// last bit whatever order they come in.
	claims = append([]claim.View(nil), claims...)
	sort.Slice(claims, func(i, j int) bool { return claims[i].ID < claims[j].ID })
	outlets := Outlets(claims)
	trust := map[string]float64{}
	for _, o := range outlets {
		trust[o] = p.InitialTrust
	}
	index := map[string]int{}
	for i, c := range claims {
		index[c.ID] = i
	}
	belief := make([]float64, len(claims))
	support := make([]float64, len(claims))
	for round := 0; round < p.Rounds; round++ {
		for i, c := range claims {
			support[i] = 0
			for _, o := range sources(c) {
				support[i] += -math.Log(math.Max(1-trust[o], 1e-9))
			}
		}
		for i, c := range claims {
			s := support[i]
			for _, id := range c.ConflictsWith {
				if j, ok := index[id]; ok {
					s -= p.Conflict * support[j]
				}
			}
			belief[i] = 1 / (1 + math.Exp(-p.Dampening*s))
		}
		sum, n := map[string]float64{}, map[string]int{}
		for i, c := range claims {
			if !checkable(c) {
				continue
			}
			for _, o := range c.Outlets {
				sum[o] += belief[i]
				n[o]++
			}
		}
		moved := 0.0
		for _, o := range outlets {
			if n[o] == 0 {
				continue // nothing of its was checked: trust stays as it began
			}
			next := sum[o] / float64(n[o])
			moved = math.Max(moved, math.Abs(next-trust[o]))
			trust[o] = next
		}
		if moved < p.Tolerance {
			break
		}
	}
	out := make([]Trust, 0, len(outlets))
	for _, o := range outlets {
		t := Trust{Outlet: o, Score: trust[o]}
		for _, c := range claims {
			if !slices.Contains(c.Outlets, o) {
				continue
			}
			t.Claims++
			if c.Independent >= 2 {
				t.Corroborate++
			}
			if len(c.ConflictsWith) > 0 {
				t.Conflicted++
			}
		}
		out = append(out, t)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// Summary is every outlet's trust and every pair of outlets compared, as
// the outlets listing shows them.
type Summary struct {
	Pairs []Pair  `json:"pairs"`
	Trust []Trust `json:"trust"`
}

// Outlets lists the outlets summarised, sorted, as Outlets lists those of
// the claims summarised: every outlet has its trust.
func (s Summary) Outlets() []string {
	out := make([]string, len(s.Trust))
	for i, t := range s.Trust {
		out[i] = t.Outlet
	}
	sort.Strings(out)
	return out
}

// Summarise compares the outlets of claims with the default TruthFinder
// settings; its lists are empty, not nil, when there are no outlets.
func Summarise(claims []claim.View) Summary {
	s := Summary{Pairs: Matrix(claims), Trust: TruthFinder(claims, DefaultParams)}
	if s.Pairs == nil {
		s.Pairs = []Pair{}
	}
	return s
}
