package graph

import (
	"slices"
	"sort"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// Paraphrases finds claims worded differently that state one fact.
// graph/match's Matcher is one; it needs the language model, which only
// resolution loads (see Store.Paraphrases), never a read of the layer.
type Paraphrases interface {
	// Candidates returns the pairs of claims (indexes) worth scoring.
	Candidates(claims []claim.Claim) [][2]int
	// Same reports whether two claims state one fact.
	Same(a, b claim.Claim) bool
}

// linkParaphrases links claims of different outlets that p takes for one
// ("Ushakov is the Kremlin's top foreign policy aide" and "Ushakov is
// Putin's foreign policy aide"), and sets each claim's Independent count
// from the links. Claims no outlet reports are left out. figures are
// pairs of claims (indexes into all) that state one figure, linked
// whatever outlets they share.
func linkParaphrases(all []claim.View, p Paraphrases, figures [][2]int) {
	for _, pair := range figures {
		a, b := &all[pair[0]], &all[pair[1]]
		if !slices.Contains(a.SameAs, b.ID) {
			a.SameAs = append(a.SameAs, b.ID)
			b.SameAs = append(b.SameAs, a.ID)
		}
	}
	var reported []int
	var claims []claim.Claim
	for i, c := range all {
		if len(c.Outlets) > 0 {
			reported = append(reported, i)
			claims = append(claims, claimOf(c))
		}
	}
	for _, pair := range p.Candidates(claims) {
		a, b := &all[reported[pair[0]]], &all[reported[pair[1]]]
		if slices.Contains(a.SameAs, b.ID) || sharesOutlet(a.Outlets, b.Outlets) {
			continue
		}
		if p.Same(claims[pair[0]], claims[pair[1]]) {
			a.SameAs = append(a.SameAs, b.ID)
			b.SameAs = append(b.SameAs, a.ID)
		}
	}
	// A claim's independent outlets are its own that are not copies plus
	// those of its paraphrases.
	index := map[string]int{}
	for i, c := range all {
		index[c.ID] = i
	}
	independent := make([][]string, len(all))
	for i, c := range all {
		for _, o := range statingOutlets(c) {
			if !slices.Contains(c.Syndicated, o) {
				independent[i] = append(independent[i], o)
			}
		}
	}
	for i := range all {
		c := &all[i]
		sort.Strings(c.SameAs)
		outlets := append([]string(nil), independent[i]...)
		for _, id := range c.SameAs {
			for _, o := range independent[index[id]] {
				if !slices.Contains(outlets, o) {
					outlets = append(outlets, o)
				}
			}
		}
		c.Independent = len(outlets)
		var others [][]string
		for _, id := range c.SameAs {
			others = append(others, all[index[id]].Outlets)
		}
		c.ParaphraseOutlets = paraphraseOutlets(c.Outlets, others)
	}
}

// statingOutlets are the outlets whose reports give a claim its
// modality: with a plain statement among them, those that state it
// plainly, since a hope or a possibility does not corroborate a fact;
// else all of them.
func statingOutlets(c claim.View) []string {
	var out []string
	for _, r := range c.Reports {
		if r.Modality == c.Modality && r.Outlet != "" && !slices.Contains(out, r.Outlet) {
			out = append(out, r.Outlet)
		}
	}
	return out
}

// paraphraseOutlets returns, sorted, the outlets of a claim's paraphrases
// (others, one list a paraphrase) that are not among its own.
func paraphraseOutlets(own []string, others [][]string) []string {
	var out []string
	for _, outlets := range others {
		for _, o := range outlets {
			if !slices.Contains(own, o) && !slices.Contains(out, o) {
				out = append(out, o)
			}
		}
	}
	sort.Strings(out)
	return out
}

func sharesOutlet(a, b []string) bool {
	for _, o := range a {
		if slices.Contains(b, o) {
			return true
		}
	}
	return false
}

func claimOf(c claim.View) claim.Claim {
	return claim.Claim{ID: c.ID, Subject: claim.Entity{ID: c.Subject.ID, Name: c.Subject.Name}, Predicate: c.Predicate,
		Object: claim.Entity{ID: c.Object.ID, Name: c.Object.Name}, Negated: c.Negated}
}
