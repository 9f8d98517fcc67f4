package graph

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// Predicates of the claim model. Every quad is labelled with the IRI of
// the document it came from, so a document can be replaced or removed
// as a unit; shared nodes (claims, entities, outlets) are described once
// under each document that mentions them.
const (
	PredPath       = "cg:path"
	PredHash       = "cg:hash"
	PredTitle      = "cg:title"
	PredOutlet     = "cg:outlet"
	PredURL        = "cg:url"
	PredPublished  = "cg:published"
	PredAuthor     = "cg:author"
	PredName       = "cg:name"
	PredKind       = "cg:kind"
	PredClaim      = "cg:claim"
	PredDocument   = "cg:document"
	PredSentence   = "cg:sentence"
	PredStart      = "cg:start"
	PredEnd        = "cg:end"
	PredSpeaker    = "cg:speaker"
	PredVerb       = "cg:verb"
	PredQuote      = "cg:quote"
	PredHedged     = "cg:hedged"
	PredTime       = "cg:time"
	PredConfidence = "cg:confidence"
	PredSubject    = "cg:subject"
	PredPredicate  = "cg:predicate"
	PredObject     = "cg:object"
	PredNegated    = "cg:negated"
	PredPhase      = "cg:phase"
	PredModality   = "cg:modality"
	// PredWord indexes an entity or a speaker by each word of its name,
	// lower case, so that saved queries find "ushakov" by a lookup.
	PredWord = "cg:word"
	// PredReportViews holds a document's reports as the read commands
	// show them, by claim: one literal on the document node, so that
	// reading a claim's reports is a lookup per document, not one per
	// property of each report.
	PredReportViews = "cg:reportViews"
)

// NameWords are the words a name is indexed by (PredWord): lower case,
// split at anything but a letter or a digit, one letter words left out.
func NameWords(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if utf8.RuneCountInString(w) > 1 && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// OutletID is the node of an outlet name.
func OutletID(name string) string {
	return "outlet:" + url.PathEscape(strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), " ", "-"))
}

// checkIRI refuses a node ID that N-Quads cannot write as an IRI, so that
// what the graph holds can always be exported.
func checkIRI(id string) error {
	if id == "" || strings.ContainsAny(id, " <>\"{}|\\^`") || strings.IndexFunc(id, func(r rune) bool { return r < 0x21 }) >= 0 {
		return fmt.Errorf("node ID %q is not a valid IRI", id)
	}
	return nil
}

// kindOf is an entity's kind as stored: every entity has one, so that
// "has cg:kind" selects entities.
func kindOf(e claim.Entity) claim.Kind {
	if e.Kind == "" {
		return claim.Other
	}
	return e.Kind
}

// publishedDay is a document's publication date as stored, or "".
func publishedDay(d claim.Document) string {
	if d.Published.IsZero() {
		return ""
	}
	return d.Published.Format("2006-01-02")
}

// ReportID derives a report's node from where it was stated, so loading
// the same document twice writes the same quads.
func ReportID(r claim.Report) string {
	return claim.HashID("report:", r.Document, strconv.Itoa(r.Sentence.Index), r.Claim.ID)
}

// DocumentQuads is everything the graph holds about one document. It
// fails when a node ID is not a valid IRI.
func DocumentQuads(d claim.Document, reports []claim.Report) ([]quad.Quad, error) {
	label := quad.IRI(d.ID)
	var qs []quad.Quad
	var err error
	seen := map[quad.Quad]bool{}
	add := func(s string, p string, o quad.Value) {
		q := quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(p), Object: o, Label: label}
		if o == nil || seen[q] {
			return
		}
		for _, id := range []quad.Value{q.Subject, q.Object, q.Label} {
			if iri, ok := id.(quad.IRI); ok && err == nil {
				err = checkIRI(string(iri))
			}
		}
		seen[q] = true
		qs = append(qs, q)
	}
	str := func(s string) quad.Value {
		if s == "" {
			return nil
		}
		return quad.String(validUTF8(s))
	}
	add(d.ID, PredPath, str(d.Path))
	add(d.ID, PredHash, str(d.Hash))
	add(d.ID, PredTitle, str(d.Title))
	add(d.ID, PredURL, str(d.URL))
	add(d.ID, PredPublished, str(publishedDay(d)))
	for _, a := range d.Authors {
		add(d.ID, PredAuthor, str(a))
	}
	if d.Outlet != "" {
		add(d.ID, PredOutlet, quad.IRI(OutletID(d.Outlet)))
		add(OutletID(d.Outlet), PredName, quad.String(d.Outlet))
	}
	entity := func(e claim.Entity, named bool) {
		add(e.ID, PredName, str(e.Name))
		add(e.ID, PredKind, quad.String(kindOf(e)))
		if named || kindOf(e) != claim.Value {
			for _, w := range NameWords(e.Name) {
				add(e.ID, PredWord, quad.String(w))
			}
		}
	}
	for _, r := range reports {
		c := r.Claim
		id := ReportID(r)
		add(id, PredClaim, quad.IRI(c.ID))
		add(id, PredDocument, quad.IRI(d.ID))
		if d.Outlet != "" {
			// Denormalised so that corroboration is one hop from a claim.
			add(id, PredOutlet, quad.IRI(OutletID(d.Outlet)))
		}
		add(id, PredSentence, quad.String(r.Sentence.Text))
		add(id, PredStart, quad.Int(r.Start))
		add(id, PredEnd, quad.Int(r.End))
		if r.Speaker != nil {
			add(id, PredSpeaker, quad.IRI(r.Speaker.ID))
			entity(*r.Speaker, true)
			add(id, PredVerb, str(r.Verb))
		}
		add(id, PredQuote, str(r.Quote))
		add(id, PredHedged, quad.Bool(r.Hedged))
		add(id, PredTime, str(c.Time))
		add(id, PredPhase, str(r.Phase))
		add(id, PredModality, str(r.Modality))
		add(id, PredConfidence, quad.Float(r.Confidence))
		add(c.ID, PredSubject, quad.IRI(c.Subject.ID))
		add(c.ID, PredPredicate, quad.String(c.Predicate))
		add(c.ID, PredObject, quad.IRI(c.Object.ID))
		add(c.ID, PredNegated, quad.Bool(c.Negated))
		entity(c.Subject, false)
		entity(c.Object, false)
	}
	views, jerr := json.Marshal(reportViews(d, reports))
	if jerr != nil {
		return nil, jerr
	}
	add(d.ID, PredReportViews, quad.String(views))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.ID, err)
	}
	digest, err := digestQuads(newDigest(d, reports))
	if err != nil {
		return nil, err
	}
	return append(qs, digest...), nil
}

// reportViews are a document's reports as shown, by claim.
func reportViews(d claim.Document, reports []claim.Report) map[string][]claim.ReportView {
	out := map[string][]claim.ReportView{}
	seen := map[string]int{} // report ID → its index in out[claim]
	for _, r := range reports {
		v := claim.ReportView{Document: d.ID, Path: validUTF8(d.Path), Title: validUTF8(d.Title), URL: validUTF8(d.URL),
			Outlet: d.Outlet, Published: publishedDay(d), Sentence: r.Sentence.Text, Start: r.Start, End: r.End,
			Quote: r.Quote, Hedged: r.Hedged, Modality: r.Modality, Time: r.Claim.Time, Confidence: r.Confidence, Phase: r.Phase}
		if r.Speaker != nil {
			v.Speaker = &claim.Ref{ID: r.Speaker.ID, Name: r.Speaker.Name}
			v.Verb = r.Verb
		}
		id := ReportID(r)
		if i, ok := seen[id]; ok {
			// Reports the graph holds as one node are one report: the
			// sentence states the claim plainly if one of them does, and
			// names the speaker if one of them does.
			mergeReport(&out[r.Claim.ID][i], v)
			continue
		}
		seen[id] = len(out[r.Claim.ID])
		out[r.Claim.ID] = append(out[r.Claim.ID], v)
	}
	return out
}

func mergeReport(into *claim.ReportView, v claim.ReportView) {
	into.Hedged, into.Modality = mergedStatement(into.Hedged, into.Modality, v.Hedged, v.Modality)
	if into.Speaker == nil && v.Speaker != nil {
		into.Speaker, into.Verb = v.Speaker, v.Verb
	}
}

// mergedStatement is how two reports the graph holds as one node state
// their claim: plainly if one of them does, with no modality if one of
// them has none. The report views and the digests merge alike.
func mergedStatement(hedged bool, modality string, otherHedged bool, otherModality string) (bool, string) {
	if otherModality == "" {
		modality = ""
	}
	return hedged && otherHedged, modality
}

// validUTF8 writes each byte of s that is not UTF-8 as \xNN. A file name
// may hold any bytes, but N-Quads and PostgreSQL's text take only UTF-8;
// escaped, two such names stay apart and readable.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, "\\x%02x", s[0])
		} else {
			b.WriteString(s[:n])
		}
		s = s[n:]
	}
	return b.String()
}
