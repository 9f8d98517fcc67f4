package graph

import (
	"maps"
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// numericClaim is a claim whose object is a quantity.
type numericClaim struct {
	index  int
	amount claim.Quantity
	things []string // the subject's words, lower case, its own count left out
	phases map[string]bool
}

// change is a value the text says was changed into another ("the
// 28-point draft was revised down to 19 points").
type change struct {
	from, to claim.Quantity
	things   []string
}

// markQuantities compares the quantities that numeric predicates give
// one subject. Two that differ beyond the tolerance are a revision when
// the text marks a change between them (a change predicate takes one to
// the other, or gives both: "rose to 61", "rose to 64"; or the reports
// place them at different phases: "initial", "new"), and a numeric
// conflict otherwise. Subjects that are common
// nouns ("draft plan", "peace plan") count as one when one's head noun
// is among the other's words, as outlets name one plan differently.
func markQuantities(all []claim.View, rules Rules, link func(i, j int, kind claim.ConflictKind)) {
	groups := map[string][]numericClaim{}
	var changes []change
	for i, c := range all {
		if !rules.Numeric[c.Predicate] || c.Negated {
			continue
		}
		amount, ok := claim.ParseQuantity(c.Object.Name)
		if !ok && rules.Changes[c.Predicate] {
			// "the toll rose to 61": a change gives a count its thing.
			amount, ok = claim.ParseCount(c.Object.Name)
		}
		if !ok {
			continue
		}
		n := numericClaim{index: i, amount: amount, things: thingWords(c.Subject), phases: map[string]bool{}}
		for _, r := range c.Reports {
			if r.Phase != "" {
				n.phases[r.Phase] = true
			}
		}
		key := c.Predicate + "\x00" + amount.Unit
		groups[key] = append(groups[key], n)
		if from, ok := claim.QuantityIn(c.Subject.Name); ok && rules.Changes[c.Predicate] && from.Unit == amount.Unit {
			changes = append(changes, change{from: from, to: amount, things: n.things})
		}
	}
	for _, g := range groups {
		for _, a := range g {
			for _, b := range g {
				if a.index == b.index || !a.amount.Differs(b.amount, rules.Tolerance) {
					continue
				}
				same := sameThing(all[a.index].Subject, all[b.index].Subject, a.things, b.things)
				// Two values a change predicate gives one thing ("rose to
				// 61", "rose to 64") are steps of one series.
				series := same && rules.Changes[all[a.index].Predicate]
				switch {
				case changed(changes, a, b), series, same && !maps.Equal(a.phases, b.phases):
					all[a.index].Revisions = appendUnique(all[a.index].Revisions, all[b.index].ID)
				case same:
					link(a.index, b.index, claim.ConflictNumeric)
				}
			}
		}
	}
}

// thingWords are the words of a subject that name the thing counted.
func thingWords(e claim.Ref) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		if _, ok := claim.ParseQuantity(w); !ok {
			out = append(out, w)
		}
	}
	return out
}

// sameThing reports whether two subjects of quantities are one thing:
// one entity, or common-noun phrases one of whose head nouns the other
// contains.
func sameThing(a, b claim.Ref, wa, wb []string) bool {
	if a.ID == b.ID {
		return true
	}
	if !strings.HasPrefix(a.ID, "value:") || !strings.HasPrefix(b.ID, "value:") || len(wa) == 0 || len(wb) == 0 {
		return false
	}
	return slices.Contains(wb, wa[len(wa)-1]) || slices.Contains(wa, wb[len(wb)-1])
}

// changed reports whether a change claim takes one of the two values
// to the other for a thing both name.
func changed(changes []change, a, b numericClaim) bool {
	for _, c := range changes {
		pair := c.from == a.amount && c.to == b.amount || c.from == b.amount && c.to == a.amount
		if pair && len(c.things) > 0 && (slices.Contains(a.things, c.things[len(c.things)-1]) || slices.Contains(b.things, c.things[len(c.things)-1])) {
			return true
		}
	}
	return false
}
