package claim

import "fmt"

// Status is what the outlets together make of a claim.
type Status string

// Claim statuses.
const (
	// Corroborated: two or more independent outlets report the claim
	// (copies of one text count once; paraphrases count).
	Corroborated Status = "corroborated"
	// SingleSource: one independent outlet reports it.
	SingleSource Status = "single-source"
	// Conflicted: another claim contradicts it (see ConflictKind).
	Conflicted Status = "conflicted"
)

// Statuses lists the claim statuses.
var Statuses = []Status{Corroborated, SingleSource, Conflicted}

// StatusOf decides a claim's status from the claims that contradict it
// and its independent outlets: a conflict outweighs any corroboration.
func StatusOf(conflicts, independent int) Status {
	switch {
	case conflicts > 0:
		return Conflicted
	case independent >= 2:
		return Corroborated
	}
	return SingleSource
}

// ParseStatus returns the status s names, or an error listing the
// statuses.
func ParseStatus(s string) (Status, error) {
	for _, st := range Statuses {
		if string(st) == s {
			return st, nil
		}
	}
	return "", fmt.Errorf("unknown status %q (want corroborated, single-source or conflicted)", s)
}

// ConflictKind says how two claims contradict each other.
type ConflictKind string

// Kinds of conflict between two claims.
const (
	// ConflictNegation: one claim states what the other denies.
	ConflictNegation ConflictKind = "negation"
	// ConflictFunctional: two values of a predicate the schema marks as
	// functional, for one subject.
	ConflictFunctional ConflictKind = "functional"
	// ConflictNumeric: two quantities of one unit for one subject that
	// differ beyond the tolerance, with no change marked between them.
	ConflictNumeric ConflictKind = "numeric"
)

// ConflictKinds lists the kinds of conflict.
var ConflictKinds = []ConflictKind{ConflictNegation, ConflictFunctional, ConflictNumeric}
