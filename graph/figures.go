package graph

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/schema"
)

// Figures are claims "measure | predicate | value" ("death toll | be |
// at least 174"; see extract's figures). Outlets compare them as an
// analyst does: two figures that state one value corroborate each other;
// two that cannot both be true are a revision when the text says the
// value changed and a conflict when sources give them side by side.

// figureClaim is a claim that states a figure.
type figureClaim struct {
	index   int
	measure string
	kind    string // schema.MeasureCount, MeasureOccasion or MeasureProperty
	value   claim.Figure
}

// figureClaims returns the claims of all that state a figure of one of
// measures (a measure's name → its kind) as a plain statement. Denied
// figures are left to negation: "police denied the toll passed 125"
// contradicts the claim that it did, not the figures that other sources
// give.
func figureClaims(all []claim.View, measures map[string]string) []figureClaim {
	var out []figureClaim
	for i, c := range all {
		kind, ok := measures[c.Subject.Name]
		if !ok || c.Negated || c.Modality != "" {
			// A figure that may, will or should be is no value given.
			continue
		}
		if v, ok := claim.ParseFigure(c.Object.Name); ok {
			out = append(out, figureClaim{index: i, measure: c.Subject.Name, kind: kind, value: v})
		}
	}
	return out
}

// agreeingFigures returns the pairs of claims (indexes into all) that
// state one value of one measure on one occasion, in other words or
// with other bounds ("174", "at least 174", "revised down to 125" and
// "125"). They are paraphrases of each other.
func agreeingFigures(all []claim.View, measures map[string]string) [][2]int {
	figs := figureClaims(all, measures)
	var out [][2]int
	for x, a := range figs {
		for _, b := range figs[x+1:] {
			if a.measure == b.measure && a.value.Agrees(b.value) && sameOccasion(all[a.index], all[b.index]) {
				out = append(out, [2]int{a.index, b.index})
			}
		}
	}
	return out
}

// sameOccasion reports whether two claims have reports about one
// occasion: the story's, or the same other one ("a rally in 1989").
func sameOccasion(a, b claim.View) bool {
	for _, ra := range a.Reports {
		for _, rb := range b.Reports {
			if ra.Time == rb.Time {
				return true
			}
		}
	}
	return false
}

// figureVerdict is what the reports of two figures that cannot both be
// true say of them.
type figureVerdict int

const (
	unrelated figureVerdict = iota
	// conflictAcross: outlets disagree on one source's figure for one
	// day, on the value a figure was revised from, or on a property.
	conflictAcross
	// revision: the text orders the two in a change, or one source
	// gave them on different days.
	revision
	// conflictSideBySide: one document gives both, unordered, from
	// different sources.
	conflictSideBySide
)

// markFigures links the figures of one measure that cannot both be
// true: as a revision or as a numeric conflict (link), by what their
// reports say (see judgeFigures).
func markFigures(all []claim.View, measures map[string]string, link func(i, j int, kind claim.ConflictKind)) {
	figs := figureClaims(all, measures)
	byDoc := figuresByDocument(all, figs)
	for x, a := range figs {
		for _, b := range figs[x+1:] {
			if a.measure != b.measure || a.value.Unit != b.value.Unit || a.value.Compatible(b.value) {
				continue
			}
			switch judgeFigures(all, a, b, byDoc) {
			case conflictSideBySide, conflictAcross:
				link(a.index, b.index, claim.ConflictNumeric)
				link(b.index, a.index, claim.ConflictNumeric)
			case revision:
				all[a.index].Revisions = appendUnique(all[a.index].Revisions, all[b.index].ID)
				all[b.index].Revisions = appendUnique(all[b.index].Revisions, all[a.index].ID)
			}
		}
	}
}

// figureReport is one report of a figure, as comparisons read it.
type figureReport struct {
	index  int // the claim's, in all
	value  claim.Figure
	report claim.ReportView
}

// figuresByDocument returns the reports of figures of each measure by
// document: "measure\x00document".
func figuresByDocument(all []claim.View, figs []figureClaim) map[string][]figureReport {
	out := map[string][]figureReport{}
	for _, f := range figs {
		for _, r := range all[f.index].Reports {
			key := f.measure + "\x00" + r.Document
			out[key] = append(out[key], figureReport{index: f.index, value: f.value, report: r})
		}
	}
	return out
}

// judgeFigures decides what two incompatible figures of one measure
// are, strongest evidence first:
//   - a document that gives both from different sources, neither placed
//     before or after a change, makes them a conflict, unless the same
//     document orders them ("127 died, but the toll was later raised to
//     129"), which makes them a revision;
//   - one source giving them on different days is a revision of a count;
//   - outlets that give one source's figure differently on one day
//     ("organisers said 1.03 million" / "organisers put it at 1.3
//     million"), give different values for what a figure was revised
//     from ("earlier put at 174" / "at 175", both now 125), or give a
//     property differently (a stadium's capacity) are in conflict.
func judgeFigures(all []claim.View, a, b figureClaim, byDoc map[string][]figureReport) figureVerdict {
	verdict := unrelated
	raise := func(v figureVerdict) {
		verdict = max(verdict, v)
	}
	for _, doc := range documentsOf(all[a.index], all[b.index]) {
		raise(judgeInDocument(byDoc[a.measure+"\x00"+doc], a, b))
	}
	for _, ra := range all[a.index].Reports {
		for _, rb := range all[b.index].Reports {
			if ra.Document == rb.Document || ra.Time != rb.Time {
				continue
			}
			raise(judgeAcross(a.kind, ra, rb, laterAgree(byDoc[a.measure+"\x00"+ra.Document], byDoc[a.measure+"\x00"+rb.Document])))
		}
	}
	return verdict
}

// judgeInDocument judges two figures by the reports one document gives.
// Any figures that state their values in other words count to order
// them ("at least 129 died" is the 129 the toll "was later raised to"),
// but only the two claims' own reports make them a conflict: "more than
// a million" agrees with 1.03 million and 1.5 million, which need not
// be about one thing.
func judgeInDocument(reports []figureReport, a, b figureClaim) figureVerdict {
	var verdict figureVerdict
	for _, x := range reports {
		if !x.value.Agrees(a.value) {
			continue
		}
		for _, y := range reports {
			if !y.value.Agrees(b.value) || x.report.Time != y.report.Time {
				continue
			}
			own := x.index == a.index && y.index == b.index
			switch {
			case x.report.Phase != y.report.Phase:
				return revision
			case own && x.report.Phase == "" && !sameSource(x.report, y.report, false) && !otherPlaces(x.report.Sentence, y.report.Sentence):
				verdict = conflictSideBySide
			}
		}
	}
	return verdict
}

// otherPlaces reports whether two sentences each name a place ("in
// Idlib", "at Mosul") and none the same: "40 were killed in Aleppo" and
// "12 died in Idlib" are parts of a toll, not two values of it.
func otherPlaces(a, b string) bool {
	pa, pb := placesIn(a), placesIn(b)
	return len(pa) > 0 && len(pb) > 0 && !slices.ContainsFunc(pa, func(p string) bool { return slices.Contains(pb, p) })
}

// placesIn returns the capitalised names after "in" or "at" in a
// sentence.
func placesIn(sentence string) []string {
	words := strings.Fields(sentence)
	var out []string
	for i := 0; i+1 < len(words); i++ {
		if w := strings.ToLower(words[i]); w != "in" && w != "at" {
			continue
		}
		var name []string
		for j := i + 1; j < len(words); j++ {
			w := strings.TrimRight(words[j], ".,;:!?”\"'’")
			if w == "" || !unicode.IsUpper([]rune(w)[0]) {
				break
			}
			name = append(name, w)
			if w != words[j] {
				break
			}
		}
		if len(name) > 0 {
			out = append(out, strings.Join(name, " "))
		}
	}
	return out
}

// judgeAcross judges two reports of different documents about one
// occasion. revisedAlike says both documents give one value as the
// figure's latest.
func judgeAcross(kind string, ra, rb claim.ReportView, revisedAlike bool) figureVerdict {
	switch {
	case kind == schema.MeasureProperty:
		return conflictAcross
	case ra.Phase == schema.Earlier && rb.Phase == schema.Earlier && revisedAlike:
		return conflictAcross
	case !sameSource(ra, rb, true) || ra.Published == "" || rb.Published == "":
		return unrelated
	case ra.Published != rb.Published:
		if kind == schema.MeasureCount {
			return revision
		}
		return unrelated
	case ra.Phase == "" && rb.Phase == "":
		return conflictAcross
	}
	return unrelated
}

// laterAgree reports whether two documents give one value as a
// figure's latest (placed after a change).
func laterAgree(a, b []figureReport) bool {
	for _, x := range a {
		for _, y := range b {
			if x.report.Phase == schema.Later && y.report.Phase == schema.Later && x.value.Agrees(y.value) {
				return true
			}
		}
	}
	return false
}

// documentsOf returns the documents that report either claim: either
// may give the other's value in other words ("at least 174" for 174).
func documentsOf(a, b claim.View) []string {
	var out []string
	for _, r := range append(slices.Clip(a.Reports), b.Reports...) {
		if !slices.Contains(out, r.Document) {
			out = append(out, r.Document)
		}
	}
	return out
}

// sameSource reports whether two reports give a figure from one source:
// one named entity, or descriptions that share a noun ("organisers",
// "a spokesperson for the organisers"). Two outlets' own voices are one
// source within a document and none across documents (named is true):
// outlets differ.
func sameSource(a, b claim.ReportView, named bool) bool {
	switch {
	case a.Speaker == nil || b.Speaker == nil:
		return !named && a.Speaker == nil && b.Speaker == nil
	case a.Speaker.ID == b.Speaker.ID:
		return true
	case !strings.HasPrefix(a.Speaker.ID, "value:") || !strings.HasPrefix(b.Speaker.ID, "value:"):
		return false
	}
	wb := sourceWords(b.Speaker.Name)
	return slices.ContainsFunc(sourceWords(a.Speaker.Name), func(w string) bool { return slices.Contains(wb, w) })
}

// sourceWords are the words of a source's description that say who it
// is, singular and lower case: "Organisers of the protest" gives
// "organiser", "protest".
func sourceWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, ".,'’\"“”")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if len(w) < 3 || sourceStopWords[w] {
			continue
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = strings.TrimSuffix(w, "s")
		}
		out = append(out, w)
	}
	return out
}

// sourceStopWords are words of a description that name no one.
var sourceStopWords = map[string]bool{"the": true, "for": true, "and": true, "from": true, "with": true, "its": true, "their": true, "local": true}
