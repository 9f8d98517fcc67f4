package match

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// Candidates returns the pairs of claims (indexes into claims, each pair
// once, in a fixed order) worth scoring: claims about the same entity
// that share their object or their predicate's verb, and claims with
// common-noun subjects that share predicate and object, or head noun and
// verb. Scoring only these keeps the pairs few however large the graph.
func (m *Matcher) Candidates(claims []claim.Claim) [][2]int {
	blocks := map[string][]int{}
	for i, c := range claims {
		for _, key := range blockKeys(c) {
			blocks[key] = append(blocks[key], i)
		}
	}
	keys := make([]string, 0, len(blocks))
	for k := range blocks {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	seen := map[[2]int]bool{}
	var pairs [][2]int
	for _, k := range keys {
		block := blocks[k]
		if strings.HasPrefix(k, predicateBlock) && len(block) > maxPredicateBlock {
			continue
		}
		for x, i := range block {
			for _, j := range block[x+1:] {
				if p := [2]int{i, j}; !seen[p] {
					seen[p] = true
					pairs = append(pairs, p)
				}
			}
		}
	}
	return pairs
}

// blockKeys are the keys of the blocks a claim is compared within.
func blockKeys(c claim.Claim) []string {
	verb := PredicateVerb(c.Predicate)
	if named(c.Subject) {
		return []string{"o\x00" + c.Subject.ID + "\x00" + c.Object.ID, "p\x00" + c.Subject.ID + "\x00" + verb}
	}
	// Common-noun subjects ("draft plan", "draft"; "leak of a call",
	// "leak") are compared when they say one thing of them, or do one
	// thing to one thing.
	keys := []string{"v\x00" + c.Predicate + "\x00" + c.Object.ID, "h\x00" + HeadNoun(c.Subject.Name) + "\x00" + verb}
	if !Light(c.Predicate) {
		// "Leaked transcripts" and "the leak" were both "intended to
		// hinder" something.
		keys = append(keys, predicateBlock+c.Predicate)
	}
	return keys
}

// predicateBlock keys the blocks of common-noun-subject claims by their
// predicate alone. A predicate many claims share makes a block too large
// to compare pair by pair, and says little about sameness: such blocks
// (over maxPredicateBlock claims) are passed over.
const (
	predicateBlock    = "vp\x00"
	maxPredicateBlock = 200
)
