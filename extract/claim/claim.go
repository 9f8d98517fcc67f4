// Package claim defines the values that flow through claimgraph:
// documents go into the extractor, reports of claims come out, and the
// graph stores and returns them. Every package that crosses a boundary
// speaks in these types, so they are defined here and nowhere else.
package claim

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"
)

// Document is one article as read from disk, with its metadata and the
// cleaned body text that offsets refer to.
type Document struct {
	// ID is stable for a path inside a build root, so a changed file
	// replaces the claims of its previous version.
	ID        string
	Path      string
	Format    string
	Title     string
	Outlet    string
	URL       string
	Published time.Time
	Authors   []string
	// MetadataFrom says where each metadata field came from
	// ("document", "sources.yaml", "text", "url"), so users can audit it.
	MetadataFrom map[string]string
	// Text is the article body after page furniture was removed. Report
	// offsets are byte offsets into Text.
	Text string
	// Hash is the SHA-256 of the file's bytes, used to skip unchanged files.
	Hash string
	// Extractor names the extractor and vocabulary that read the
	// document, so that a build redoes documents they would now read
	// otherwise.
	Extractor string
}

// Sentence is a span of a document's Text.
type Sentence struct {
	Index int
	Start int
	End   int
	Text  string
}

// Kind classifies an entity.
type Kind string

// Entity kinds. Value is a literal object (a number, a common noun phrase)
// rather than a named thing.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Place        Kind = "place"
	Other        Kind = "other"
	Value        Kind = "value"
)

// Entity is a named thing or a literal value that claims are about.
type Entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    Kind     `json:"kind,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
}

// Claim is a subject–predicate–object statement, independent of who
// reported it. Two reports with the same subject, predicate, object and
// polarity are the same claim.
type Claim struct {
	ID        string `json:"id"`
	Subject   Entity `json:"subject"`
	Predicate string `json:"predicate"`
	Object    Entity `json:"object"`
	Negated   bool   `json:"negated"`
	// Hedged is true when every report of the claim hedges it.
	Hedged bool `json:"hedged"`
	// Time is an ISO 8601 date or interval ("2025-12-01/2025-12-07") when
	// the claim is about a time, else empty.
	Time string `json:"time,omitempty"`
}

// Report is one claim as stated in one document.
type Report struct {
	Claim    Claim
	Document string
	Sentence Sentence
	// Start and End are byte offsets of the sentence in the document Text.
	Start int
	End   int
	// Speaker is who the document says made the statement, nil when the
	// document states it in its own voice.
	Speaker *Entity
	// Verb is the reporting verb ("said", "denied"), empty without speaker.
	Verb string
	// Quote is the verbatim quotation the claim was taken from, if any.
	Quote  string
	Hedged bool
	// Modality is what the report makes of the claim when it is not a
	// plain statement: Possible, Desired, Obliged, Planned or
	// Conditional; "" for a plain statement.
	Modality   string
	Confidence float64
	// Phase is "earlier" or "later" when the text places the claim in a
	// sequence of changes ("the initial 28-point plan", "the new
	// 19-point plan"), else empty.
	Phase string
	// Surface forms as written in the sentence, for Open IE scoring.
	SubjectText  string
	RelationText string
	ObjectText   string
}

// ClaimID derives a claim's identity from what it states.
func ClaimID(subject, predicate, object string, negated bool) string {
	polarity := "+"
	if negated {
		polarity = "-"
	}
	return HashID("claim:", subject, predicate, object, polarity)
}

// HashID makes a node ID from prefix and a short hash of parts.
func HashID(prefix string, parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return prefix + hex.EncodeToString(h[:8])
}

// Identify sets c.ID from its content.
func (c *Claim) Identify() {
	c.ID = ClaimID(c.Subject.ID, c.Predicate, c.Object.ID, c.Negated)
}

// Modalities of a claim that is not a plain statement.
const (
	Possible    = "possible"
	Desired     = "desired"
	Obliged     = "obliged"
	Planned     = "planned"
	Conditional = "conditional"
)

// ClaimModality is the modality a claim's reports give it: "" when one
// states it plainly, else the modality the most outlets give it (of two
// as many, the first in alphabetical order). "He will visit Moscow"
// from two outlets and "will meet Putin if he comes to Moscow" from one
// is a planned visit.
func ClaimModality(reports []ReportView) string {
	outlets := map[string]map[string]bool{}
	for _, r := range reports {
		if r.Modality == "" {
			return ""
		}
		if outlets[r.Modality] == nil {
			outlets[r.Modality] = map[string]bool{}
		}
		outlets[r.Modality][r.Outlet] = true
	}
	best := ""
	for m, o := range outlets {
		if best == "" || len(o) > len(outlets[best]) || len(o) == len(outlets[best]) && m < best {
			best = m
		}
	}
	return best
}

// Ref names a node for output.
type Ref struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// ReportView is one report of a claim as the graph gives it back: the
// document, outlet and sentence, and who said it.
type ReportView struct {
	Document   string  `json:"document"`
	Path       string  `json:"path,omitempty"`
	Title      string  `json:"title,omitempty"`
	URL        string  `json:"url,omitempty"`
	Outlet     string  `json:"outlet"`
	Published  string  `json:"published"`
	Sentence   string  `json:"sentence"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Speaker    *Ref    `json:"speaker"`
	Verb       string  `json:"verb,omitempty"`
	Quote      string  `json:"quote"`
	Hedged     bool    `json:"hedged"`
	Modality   string  `json:"modality,omitempty"`
	Time       string  `json:"time,omitempty"`
	Confidence float64 `json:"confidence"`
	// Phase is "earlier" or "later" when the sentence places the claim
	// before or after a change ("the initial 28-point plan").
	Phase string `json:"phase,omitempty"`
	// SentenceKey identifies the sentence as syndication compares it
	// (the same words, however spaced or quoted); it is not shown.
	SentenceKey string `json:"-"`
}

// View is a claim as the graph resolved it across documents: with its
// reports, its status and its links to other claims. The graph produces
// it; commands, pages and queries show it.
type View struct {
	ID        string `json:"id"`
	Subject   Ref    `json:"subject"`
	Predicate string `json:"predicate"`
	Object    Ref    `json:"object"`
	Negated   bool   `json:"negated"`
	Hedged    bool   `json:"hedged"`
	// Modality is what the reports make of the claim, "" when one
	// states it plainly (see ClaimModality).
	Modality string   `json:"modality,omitempty"`
	Status   Status   `json:"status"`
	Outlets  []string `json:"outlets"`
	// Independent counts the outlets that are not only carrying a copy
	// of another outlet's text, its paraphrases' included; Syndicated
	// lists the copies.
	Independent int      `json:"independent"`
	Syndicated  []string `json:"syndicated,omitempty"`
	// SameAs lists other outlets' claims, worded differently, that the
	// matcher takes for this one.
	SameAs []string `json:"same_as,omitempty"`
	// ParaphraseOutlets are the outlets of those claims that this one's
	// own outlets do not include.
	ParaphraseOutlets []string     `json:"paraphrase_outlets,omitempty"`
	Reports           []ReportView `json:"reports"`
	// ConflictsWith lists the claims this one contradicts, and
	// ConflictKinds says how, by claim: ConflictNegation or
	// ConflictFunctional.
	ConflictsWith []string                `json:"conflicts_with,omitempty"`
	ConflictKinds map[string]ConflictKind `json:"conflict_kinds,omitempty"`
	// Merged lists the claims that named one of this claim's entities by
	// a bare surname and, resolved, state the same; they are read as
	// this one.
	Merged []string `json:"merged,omitempty"`
	// Revisions lists the claims that give the same quantity another
	// value where the text marks the change ("revised down to 19
	// points", "the initial 28-point plan"): a change, not a conflict.
	Revisions []string `json:"revisions,omitempty"`
}

// Sides says how a comparison of outlets a and b counts the claim:
// inA and inB when each states it in its own words or in other words
// the matcher takes for it; counted is false when neither states it in
// its own words, so that each wording is counted once, under the outlets
// that wrote it. A claim one states and the other paraphrases is on both
// sides, whichever command compares them (outlets, diff).
func (c View) Sides(a, b string) (inA, inB, counted bool) {
	directA, paraA := c.statedBy(a)
	directB, paraB := c.statedBy(b)
	return directA || paraA, directB || paraB, directA || directB
}

// statedBy says whether outlet (in any case) reported the claim in its
// own words (direct) or only in other words (paraphrased).
func (c View) statedBy(outlet string) (direct, paraphrased bool) {
	if containsFold(c.Outlets, outlet) {
		return true, false
	}
	return false, containsFold(c.ParaphraseOutlets, outlet)
}

// Contradicted reports whether outlet (in any case) states a claim that
// contradicts this one; byID holds the claims it may name.
func (c View) Contradicted(byID map[string]View, outlet string) bool {
	for _, id := range c.ConflictsWith {
		if containsFold(byID[id].Outlets, outlet) {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, s) })
}
