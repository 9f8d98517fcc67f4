package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
)

// quantities finds counts given as a hyphenated modifier ("the initial
// 28-point draft plan") and states each as a claim of its own (draft
// plan – have – 28 points), so that outlets that count differently
// meet in a numeric comparison. The modifiers before the count say
// whether the text places it before or after a change ("initial",
// "new").
func (x *Extractor) quantities(c []nlp.Token) []clause {
	var out []clause
	for i, t := range c {
		if !strings.Contains(t.Text, "-") {
			continue
		}
		q, ok := claim.ParseQuantity(t.Text)
		if !ok {
			continue
		}
		end := npChunk(c, i+1, len(c))
		if end <= i+1 || !strings.HasPrefix(c[end-1].Tag, "NN") {
			continue
		}
		var phase string
		for k := i - 1; k >= 0 && (c[k].Tag == "JJ" || c[k].Tag == "VBN" || c[k].Tag == "RB"); k-- {
			if p := x.schema.Phase(strings.ToLower(c[k].Text)); p != "" {
				phase = p
			}
		}
		thing := textOf(c[i+1 : end])
		out = append(out, clause{subject: valueFor(thing), subjectText: textOf(c[i:end]), predicate: "have", relationText: "has",
			object: valueFor(q.String()), objectText: t.Text, phase: phase})
	}
	return out
}
