package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
)

// reducedPassive finds a participle at i that modifies the noun phrase
// before it with its agent after it ("the memo obtained by the paper",
// "the call, reported by Bloomberg,"): it returns the agent's span and
// the modified phrase's.
func reducedPassive(c []nlp.Token, i int) (agent, head span, ok bool) {
	if c[i].Tag != "VBN" || i+2 >= len(c) || !strings.EqualFold(c[i+1].Text, "by") {
		return span{}, span{}, false
	}
	end := npForward(c, i+2, len(c))
	k := i - 1
	if k >= 0 && c[k].Text == "," {
		k--
	}
	if end <= i+2 || k < 0 || !isNoun(c[k]) || c[k].Tag == "PRP" {
		return span{}, span{}, false
	}
	return span{i + 2, end}, span{npBackward(c, k, 0), k + 1}, true
}

// agentClause states a reduced passive actively: "the call, reported by
// Bloomberg" is Bloomberg – report – call.
func (x *Extractor) agentClause(st *docState, c []nlp.Token, agent, head span, verb nlp.Token, speaker *claim.Entity) (clause, bool) {
	var cl clause
	var ok bool
	if cl.subject, cl.subjectText, cl.resolvedPronoun, ok = x.term(st, c, agent, speaker); !ok {
		return cl, false
	}
	if !st.surface {
		head = x.contained(c, head)
	}
	if cl.object, cl.objectText, _, ok = x.term(st, c, head, speaker); !ok || cl.subject.ID == cl.object.ID {
		return cl, false
	}
	cl.predicate, cl.relationText, cl.main = verb.Lemma, verb.Text+" by", verb
	if st.surface {
		// Open IE keeps the passive as written: the charter – issued by
		// – the king.
		cl.subject, cl.subjectText, cl.object, cl.objectText = cl.object, cl.objectText, cl.subject, cl.subjectText
		cl.predicate = "be " + strings.ToLower(verb.Text) + " by"
	}
	return cl, true
}

// contained follows a container noun to what it holds: "excerpts of a
// recording of the call" is about the call.
func (x *Extractor) contained(c []nlp.Token, sp span) span {
	for {
		head := npChunk(c, sp.from, sp.to)
		if head <= sp.from || head+1 >= len(c) || !strings.EqualFold(c[head].Text, "of") || !x.schema.IsContainer(strings.ToLower(c[head-1].Lemma)) {
			return sp
		}
		end := npChunk(c, head+1, len(c))
		if end <= head+1 {
			return sp
		}
		sp = span{head + 1, end}
	}
}

// lightVerb reads a light verb and its event noun as the noun's verb:
// "offer guidance to the team" is "guide team", "pay a visit to Moscow"
// "visit Moscow", and "offer guidance on how to end the war" is "guide
// on" with the how-clause, which whole says it is that clause, as
// written, not a phrase to resolve.
func (x *Extractor) lightVerb(c []nlp.Token, verb nlp.Token, obj span) (predicate string, arg span, whole, ok bool) {
	v, ok := x.schema.LightVerb(verb.Lemma, strings.ToLower(c[obj.to-1].Lemma))
	k := obj.to
	if !ok || k+1 >= len(c) {
		return "", obj, false, false
	}
	for _, t := range c[obj.from : obj.to-1] {
		if isNoun(t) {
			// "gave the farmers advice": the recipient is inside.
			return "", obj, false, false
		}
	}
	prep := strings.ToLower(c[k].Text)
	switch {
	case prep == "to":
		if end := npForward(c, k+1, len(c)); end > k+1 {
			return v, span{k + 1, end}, false, true
		}
	case prep == "on" || prep == "about" || prep == "over":
		if c[k+1].Tag == "WRB" {
			end := k + 2
			for end < len(c) && c[end].Text != "," && c[end].Text != "." && c[end].Text != ";" && c[end].Text != "—" {
				end++
			}
			return x.schema.Predicate(v) + " " + prep, span{k + 1, end}, true, true
		}
		if end := npForward(c, k+1, len(c)); end > k+1 {
			return x.schema.Predicate(v) + " " + prep, span{k + 1, end}, false, true
		}
	}
	return "", obj, false, false
}
