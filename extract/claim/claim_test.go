package claim

import "testing"

func TestClaimIdentity(t *testing.T) {
	a := Claim{Subject: Entity{ID: "entity:a"}, Predicate: "visit", Object: Entity{ID: "entity:b", Name: "B"}, Hedged: true, Time: "2025"}
	b := Claim{Subject: Entity{ID: "entity:a", Name: "A"}, Predicate: "visit", Object: Entity{ID: "entity:b"}}
	a.Identify()
	b.Identify()
	if a.ID != b.ID {
		t.Error("names, hedging and time do not change what a claim states")
	}
	b.Negated = true
	b.Identify()
	if a.ID == b.ID {
		t.Error("a claim and its negation are different claims")
	}
	if ClaimID("a b", "c", "d", false) == ClaimID("a", "b c", "d", false) {
		t.Error("parts must not run into each other")
	}
}
