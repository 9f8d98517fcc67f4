package graph

import (
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/graph/match"
)

// linkParaphrases links claims of different outlets that the matcher
// scores at or above its measured threshold ("Ushakov is the Kremlin's
// top foreign policy aide" and "Ushakov is Putin's foreign policy aide"),
// and sets each claim's Independent count from the links.
// Only claims about the same entity that share their object or their
// predicate, or claims with common-noun subjects that share predicate and
// object, are compared, which keeps the pairs few however large the
// graph.
func linkParaphrases(all []ClaimView, m *match.Matcher) {
	blocks := map[string][]int{}
	for i, c := range all {
		if len(c.Outlets) == 0 {
			continue
		}
		verb := match.PredicateVerb(c.Predicate)
		if !strings.HasPrefix(c.Subject.ID, "entity:") {
			// Common-noun subjects ("draft plan", "draft"; "leak of a
			// call", "leak") are compared when they say one thing of
			// them, or do one thing to one thing.
			head := match.HeadNoun(c.Subject.Name)
			keys := []string{"v\x00" + c.Predicate + "\x00" + c.Object.ID, "h\x00" + head + "\x00" + verb}
			if !match.Light(c.Predicate) {
				// "Leaked transcripts" and "the leak" were both "intended
				// to hinder" something.
				keys = append(keys, predicateBlock+c.Predicate)
			}
			for _, key := range keys {
				blocks[key] = append(blocks[key], i)
			}
			continue
		}
		for _, key := range []string{"o\x00" + c.Subject.ID + "\x00" + c.Object.ID, "p\x00" + c.Subject.ID + "\x00" + verb} {
			blocks[key] = append(blocks[key], i)
		}
	}
	keys := make([]string, 0, len(blocks))
	for k := range blocks {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		block := blocks[k]
		if strings.HasPrefix(k, predicateBlock) && len(block) > maxPredicateBlock {
			continue
		}
		for x, i := range block {
			for _, j := range block[x+1:] {
				a, b := &all[i], &all[j]
				if slices.Contains(a.SameAs, b.ID) || sharesOutlet(a.Outlets, b.Outlets) {
					continue
				}
				if m.Similarity(claimOf(*a), claimOf(*b)) >= match.Threshold {
					a.SameAs = append(a.SameAs, b.ID)
					b.SameAs = append(b.SameAs, a.ID)
				}
			}
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
		for _, o := range c.Outlets {
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

// predicateBlock keys the blocks of common-noun-subject claims by their
// predicate alone. A predicate many claims share makes a block too large
// to compare pair by pair, and says little about sameness: such blocks
// (over maxPredicateBlock claims) are passed over.
const (
	predicateBlock    = "vp\x00"
	maxPredicateBlock = 200
)

func sharesOutlet(a, b []string) bool {
	for _, o := range a {
		if slices.Contains(b, o) {
			return true
		}
	}
	return false
}

func claimOf(c ClaimView) match.Claim {
	return match.Claim{SubjectID: c.Subject.ID, Subject: c.Subject.Name, Predicate: c.Predicate,
		ObjectID: c.Object.ID, Object: c.Object.Name, Negated: c.Negated}
}
