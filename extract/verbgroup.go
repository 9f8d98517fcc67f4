package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
)

// Verb groups: where one ends, and what it says of its clause
// (negation, hedges, implicatives, denial, passive, tense, the predicate).

// verbGroupEnd returns the end of the verb group starting at i: modals,
// adverbs, verbs, infinitival "to" and particles.
func (x *Extractor) verbGroupEnd(toks []nlp.Token, i, to int) int {
	j := i
	for j < to {
		t := toks[j]
		switch {
		case isVerb(t) && j > i && finite(t) && isVerb(toks[j-1]) && !x.reportingVerb(toks[j-1]):
			// A second tense opens the next clause: "the plan that
			// the mayor proposed | was approved". After a reporting
			// verb it is the report's ("terms critics say would
			// constitute a surrender"), which the group keeps.
			return j
		case isVerb(t):
		case j > i && j+1 < to && toks[j+1].Tag == "TO" && !isVerb(t) && x.schema.IsRaising(strings.ToLower(t.Text)) && infinitiveAt(toks, j+2, to):
		case t.Tag == "RB" && j+1 < to && (isVerb(toks[j+1]) || toks[j+1].Tag == "RB" || toks[j+1].Tag == "TO"):
		case t.Tag == "RB" && (t.Lemma == "not" || t.Lemma == "n't" || t.Lemma == "never"):
		case t.Tag == "TO" && j > i && infinitiveAt(toks, j+1, to):
		case t.Tag == "RP":
		case (t.Tag == "``" || t.Tag == "''" || t.Text == "“" || t.Text == "”") && j > i && j+1 < to && (isVerb(toks[j+1]) || toks[j+1].Tag == "RB"):
		default:
			return j
		}
		j++
	}
	return j
}

// infinitiveAt reports a bare verb at i, perhaps after adverbs, as an
// infinitive's "to" takes it ("to officially comment").
func infinitiveAt(toks []nlp.Token, i, to int) bool {
	for i < to && toks[i].Tag == "RB" {
		i++
	}
	return i < to && toks[i].Tag == "VB"
}

// futureIn reports a verb group that plans what it states ("will meet",
// "is to host"; see schema/modality.yaml).
func (x *Extractor) futureIn(group []nlp.Token) bool {
	words := make([]string, len(group))
	for i, t := range group {
		words[i] = strings.ToLower(t.Text)
	}
	return x.schema.ModalityOf(words) == claim.Planned
}

func isAux(t nlp.Token) bool {
	return t.Lemma == "be" || t.Tag == "MD"
}

// auxiliary reports a verb that can carry another's tense: be, have, do.
func auxiliary(t nlp.Token) bool {
	return t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do"
}

// finite reports a verb that carries tense or a modal, so makes a clause.
func finite(t nlp.Token) bool {
	switch t.Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// verbGroup is what the words of a verb group say of its clause.
type verbGroup struct {
	// main is the verb the claim is about, predicate its lemmas with
	// the implicatives folded in ("revise down to").
	main      nlp.Token
	predicate string
	passive   bool
	negated   bool
	hedged    bool
	phase     string // see claim.Report.Phase
	// denial is a denying verb before a gerund ("denied striking"),
	// which makes the subject the speaker.
	denial nlp.Token
}

// readVerbGroup reads the verb group c[g:e], with the adverbs between it
// and the subject ending at subjEnd; false when it holds no verb of a
// claim.
func (x *Extractor) readVerbGroup(c []nlp.Token, subjEnd, g, e int) (verbGroup, bool) {
	var vg verbGroup
	var verbs []nlp.Token
	var particles []string
	// Adverbs between subject and verb ("probably met") belong to it.
	from := g
	for from > subjEnd && c[from-1].Tag == "RB" {
		from--
	}
	for k := from; k < e; k++ {
		t := c[k]
		low := strings.ToLower(t.Text)
		switch {
		case !isVerb(t) && x.schema.IsRaising(low):
			// "was unable to attend", "is likely to approve".
			vg.negated = vg.negated != x.schema.IsNegativeImplicative(low)
			vg.hedged = vg.hedged || x.schema.IsHedge(low)
		case x.schema.IsNegation(low) || x.schema.IsNegation(t.Lemma):
			vg.negated = true
		case low == "yet" && k > from && k+1 < e && c[k+1].Tag == "TO" && (c[k-1].Lemma == "be" || c[k-1].Lemma == "have"):
			// "has yet to approve", "is yet to comment": not so far.
			vg.negated = true
		case (x.schema.IsHedge(low) || x.schema.IsHedge(t.Lemma)) && (!isVerb(t) || t.Tag == "MD"):
			// A hedging verb hedges only what it governs ("appeared to
			// confirm", below); as the last verb it is the claim's own.
			vg.hedged = true
		case t.Tag == "RB" && x.schema.Phase(low) != "":
			vg.phase = x.schema.Phase(low)
		case isVerb(t) && t.Tag != "MD":
			verbs = append(verbs, t)
		case t.Tag == "RP":
			particles = append(particles, strings.ToLower(t.Text))
		}
	}
	if len(verbs) == 0 {
		return vg, false
	}
	// Drop auxiliaries and fold implicative chains ("declined to
	// comment", "appeared to confirm") into the verb they govern.
	var chain []nlp.Token
	for i, v := range verbs {
		last := i == len(verbs)-1
		switch {
		case !last && auxiliary(v):
			continue
		case !last && strings.EqualFold(v.Text, "got") && i > 0 && (verbs[i-1].Lemma == "have" || verbs[i-1].Lemma == "be"):
			// "has got to sell", "'s got to sell": got is no verb of
			// the claim, as "has to sell" has none.
			continue
		case !last && x.schema.IsNegativeImplicative(v.Lemma):
			vg.negated = !vg.negated
			continue
		case !last && x.schema.IsHedge(v.Lemma):
			vg.hedged = true
			continue
		case !last && verbs[i+1].Tag == "VBG" && x.denies(v):
			// "Israel has denied striking the hospital": a denial in
			// the subject's own words.
			vg.negated = !vg.negated
			vg.denial = v
			continue
		}
		chain = append(chain, v)
	}
	if len(chain) == 0 {
		return vg, false
	}
	main := chain[len(chain)-1]
	vg.main = main
	var pred []string
	for _, v := range chain {
		if v == main && strings.EqualFold(v.Text, "got") && (len(verbs) > 1 && (verbs[len(verbs)-2].Lemma == "have" || verbs[len(verbs)-2].Lemma == "be") ||
			len(verbs) == 1 && g > 0 && (c[g-1].Text == "’s" || c[g-1].Text == "'s")) {
			// "Russia's got more soldiers": has got is has, whether or
			// not the tagger read the "'s" as a verb.
			pred = append(pred, "have")
			continue
		}
		// A participle alone after "and" or "but" shares the passive of
		// the clause before: "was welcomed by rights groups but
		// criticized by the industry", "were arrested and charged".
		conjoinedPassive := len(verbs) == 1 && v.Tag == "VBN" && g > 0 && c[g-1].Tag == "CC" && (e < len(c) && strings.EqualFold(c[e].Text, "by") || passiveBefore(c, g-1))
		if v.Tag == "VBN" && (afterBe(verbs, v) || conjoinedPassive) {
			// Passives keep their participle: "be revised down to".
			pred = append(pred, "be "+strings.ToLower(v.Text))
			vg.passive = v == main
			continue
		}
		pred = append(pred, v.Lemma)
	}
	vg.predicate = strings.Join(append([]string{strings.Join(pred, " to ")}, particles...), " ")
	return vg, true
}

// passiveBefore reports a passive participle ending right before the
// conjunction at cc: "were (quickly) arrested | and".
func passiveBefore(c []nlp.Token, cc int) bool {
	k := cc - 1
	if k < 1 || c[k].Tag != "VBN" {
		return false
	}
	for k--; k > 0 && c[k].Tag == "RB"; k-- {
	}
	return c[k].Lemma == "be"
}

// afterBe reports whether verb v directly follows a form of "be" in verbs.
func afterBe(verbs []nlp.Token, v nlp.Token) bool {
	for i := 1; i < len(verbs); i++ {
		if verbs[i] == v {
			return verbs[i-1].Lemma == "be"
		}
	}
	return false
}
