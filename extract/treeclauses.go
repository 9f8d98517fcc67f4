package extract

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
)

// Clauses and reports read off the dependency tree (see depTree): Open
// IE's, and those the chunked reading has no predicate for.

// treeClauses reads the parsed sentence toks's clauses off its tree for
// Open IE output: surface words for the relation and both arguments.
func (x *Extractor) treeClauses(st *docState, toks []nlp.Token, attr *attribution) []clause {
	t := x.depTree(st, toks)
	var out []clause
	for _, p := range t.predicates() {
		if attr != nil && attr.verbToken.Text != "" && toks[p.head].Start == attr.verbToken.Start {
			// The attribution is a tuple of its own (see sentence).
			continue
		}
		subj, obj := t.text(t.subjectWords(p)), t.text(t.objectWords(p))
		if subj == "" || obj == "" || relativePronouns[strings.ToLower(subj)] {
			continue
		}
		cl, ok := x.treeRelation(t, p)
		if !ok {
			continue
		}
		cl.subjectText, cl.objectText, cl.subject, cl.object = subj, obj, valueFor(subj), valueFor(obj)
		out = append(out, cl)
	}
	return out
}

// treeRelation reads a predicate's relation off the tree: its words as
// written, its lemmas, and the negation and modality its words carry.
func (x *Extractor) treeRelation(t depTree, p treePredicate) (clause, bool) {
	toks := t.toks
	rel := strings.TrimSpace(p.copula + " " + t.text(p.relation))
	if rel == "" {
		return clause{}, false
	}
	cl := clause{relationText: rel, main: toks[p.head], fromTree: true}
	var lemmas []string
	passive := false
	for _, k := range p.relation {
		low := strings.ToLower(toks[k].Text)
		switch {
		case x.schema.IsNegation(low):
			cl.negated = true
		case x.schema.IsHedge(low) || x.schema.IsHedge(toks[k].Lemma):
			cl.hedged = true
		case t.rel(k) == "mark":
			lemmas = append(lemmas, "to")
		case t.toks[k].Rel == "aux:pass":
			passive = true
		case t.rel(k) != "aux":
			lemma := strings.ToLower(toks[k].Lemma)
			if passive && k == p.head {
				// Passives keep their participle, as the chunked
				// reading's do: "be accompanied by".
				lemma = "be " + strings.ToLower(toks[k].Text)
			}
			lemmas = append(lemmas, lemma)
		}
	}
	if p.copula != "" {
		lemmas = append([]string{"be"}, lemmas...)
	}
	for _, k := range t.kids[p.head] {
		// "would probably reopen": a hedging adverb is the clause's
		// modality, though not a word of its relation.
		if t.rel(k) == "advmod" && x.schema.IsHedge(strings.ToLower(toks[k].Text)) {
			cl.hedged = true
		}
	}
	cl.predicate = strings.Join(lemmas, " ")
	cl.prior = t.prior(p)
	if cl.predicate == "" {
		return clause{}, false
	}
	for _, k := range p.relation {
		cl.anchors = append(cl.anchors, toks[k].Start)
	}
	return cl, true
}

// prior is how likely a predicate read off the tree is right, before
// the lengths of its arguments are counted: a subject of its own is
// surer than one inherited from a governing clause or a modified noun,
// a one-word relation is more often a fragment of a longer one, and a
// long sentence is more often misparsed.
func (t depTree) prior(p treePredicate) float64 {
	score := 0.7
	switch {
	case p.copula != "":
		score -= 0.1
	case p.subjectSkip >= 0:
		// A participle or relative clause on its noun.
		score -= 0.15
	case t.head(p.subject) != p.head:
		switch t.toks[p.head].Rel {
		case "conj":
		case "acl:relcl":
			score -= 0.35
		default:
			score -= 0.15
		}
	}
	switch t.rel(p.head) {
	case "ccomp", "advcl", "csubj":
		score -= 0.05
	}
	if len(p.relation) == 1 && p.copula == "" {
		score -= 0.05
	}
	// Parses of long sentences go wrong more often.
	if n := len(t.toks); n > 25 {
		score -= 0.004 * float64(n-25)
	}
	return score
}

// unanchored returns the clauses whose main verb no tree clause has
// among the words of its relation.
func unanchored(clauses, tree []clause) []clause {
	anchored := map[int]bool{}
	for _, c := range tree {
		for _, at := range c.anchors {
			anchored[at] = true
		}
	}
	var out []clause
	for _, c := range clauses {
		if !anchored[c.main.Start] {
			out = append(out, c)
		}
	}
	return out
}

// treeConfidence ranks a clause read off the tree: long arguments are
// more often misattached.
func treeConfidence(c clause) float64 {
	score := c.prior - 0.02*wordsPast(c.subjectText, 6) - 0.01*wordsPast(c.objectText, 12)
	return roundConfidence(score)
}

// treeReports reports off the parse the clauses of the content verbs
// that the chunked reading found no clause for, with their arguments
// resolved as the chunked reading resolves its own and, when they lie in
// the attributed content, in the speaker's name. It parses only a
// sentence that has such a verb.
func (x *Extractor) treeReports(st *docState, sent claim.Sentence, toks []nlp.Token, attr *attribution, chunked []clause) []claim.Report {
	if n := len(toks); n == 0 || toks[n-1].Text == "?" {
		// A question states nothing.
		return nil
	}
	covered := map[int]bool{}
	for _, c := range chunked {
		covered[c.main.Start] = true
	}
	if attr != nil && attr.verbToken.Text != "" {
		covered[attr.verbToken.Start] = true
	}
	open := false
	for i, tok := range toks {
		open = open || !covered[tok.Start] && verbAfterSubject(toks, i)
	}
	if !open {
		return nil
	}
	x.model.Parser.Parse(toks)
	t := x.depTree(st, toks)
	var out []claim.Report
	for _, p := range t.predicates() {
		cop := t.child(p.head, "cop")
		if !t.ownSubject(p) || !x.asserted(t, p.head) || t.child(p.head, "det", "nmod:poss") >= 0 && cop < 0 ||
			cop >= 0 && covered[toks[cop].Start] || slices.ContainsFunc(p.relation, func(k int) bool { return covered[toks[k].Start] }) {
			continue
		}
		subj, ok := t.nounPhrase(t.trim(t.subjectWords(p)), false)
		if !ok {
			continue
		}
		// The graph's object is one argument: the first after the
		// relation. The others are places, times and manners the
		// chunked reading keeps apart.
		first := p
		first.args = slices.DeleteFunc(slices.Clone(p.args), func(a int) bool { return a < p.start() && a != p.head })
		if len(first.args) == 0 {
			continue
		}
		first.args = first.args[:1]
		// The object is no time, and not the subject of a verb that
		// follows: "came after the council approved" has no object
		// "council".
		obj, ok := t.nounPhrase(t.objectWords(first), p.copula != "" || cop >= 0)
		if !ok || obj.from < p.start() || timeAt(toks, obj.from, st) > t.phraseHead(obj) || obj.to < len(toks) && finite(toks[obj.to]) {
			continue
		}
		var by *attribution
		if attr != nil && t.reports(attr, p.head) {
			by = attr
		} else if t.rel(p.head) == "ccomp" {
			// What a verb the attribution did not read as reporting
			// governs ("fear that …", "pressed on concerns that …") is
			// not the writer's to assert.
			continue
		}
		var speaker *claim.Entity
		if by != nil {
			speaker = by.speaker
		}
		subject, subjectText, pronoun, ok := x.term(st, toks, subj, speaker)
		if !ok {
			continue
		}
		object, objectText, _, ok := x.term(st, toks, obj, speaker)
		if !ok {
			continue
		}
		cl, ok := x.treeRelation(t, p)
		if !ok || strings.HasPrefix(cl.predicate, "to ") || subject.ID == object.ID {
			continue
		}
		cl.subject, cl.subjectText, cl.object, cl.objectText, cl.resolvedPronoun = subject, subjectText, object, objectText, pronoun
		for _, k := range t.kids[p.head] {
			// "If she has no male, the eggs will be infertile": the
			// condition hedges the clause it conditions.
			conditioned := t.rel(k) == "advcl" && !x.asserted(t, k)
			cl.hedged = cl.hedged || conditioned
			cl.conditional = cl.conditional || conditioned
		}
		if r := x.report(st, sent, cl, by); r != nil {
			out = append(out, *r)
		}
	}
	return out
}
