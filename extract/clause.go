package extract

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
)

// clause is one subject–predicate–object found in content tokens.
type clause struct {
	subject, object         claim.Entity
	subjectText, objectText string
	predicate, relationText string
	negated, hedged         bool
	// conditional says an "if" or "unless" clause conditions the
	// clause, or is it.
	conditional bool
	// adverbs stand between the subject and the verb, lower case.
	adverbs         []string
	time            string
	phase           string // see claim.Report.Phase
	resolvedPronoun bool
	// speaker and verb, when set, say who the clause's own words report
	// as saying it ("Ukraine criticized the plan as a capitulation": the
	// plan is a capitulation, in Ukraine's words).
	speaker *claim.Entity
	verb    string
	// main is the main verb, argsEnd where its arguments end.
	main    nlp.Token
	argsEnd int
	// governor is the verb whose object the clause is ("hope" of "I
	// hope he will come"), lower case, when it gives the clause a
	// modality.
	governor string
	// complement is what a naming verb makes its object ("named Smith
	// chairman"), when it has one.
	complement span
	// subjectSpan and objectSpan are where the arguments were read;
	// wholeObject says the object was taken as written, not as a term.
	subjectSpan, objectSpan span
	wholeObject             bool
	// fromTree says the clause was read off the dependency parse, anchors
	// where the words of its relation start.
	fromTree bool
	anchors  []int
	// prior is a tree clause's confidence before its arguments' lengths
	// (see depTree.prior).
	prior float64
}

// clausesIn finds the subject–predicate–object clauses of content.
func (x *Extractor) clausesIn(st *docState, c []nlp.Token, speaker *claim.Entity) []clause {
	var out []clause
	var prevSubj, firstSubj span
	prevEnd := 0 // where the verb group of prevSubj ends
	hasPrev := false
	future := false
	cond := conditions{lastFrom: -1}
	i := 0
	for i < len(c) {
		if head, name, ok := knownAs(c, i); ok {
			if cl, ok := x.knownAsClause(st, c, head, name, c[i], speaker); ok {
				out = append(out, cl)
			}
			i = name.to
			continue
		}
		if agent, head, ok := reducedPassive(c, i); ok {
			if cl, ok := x.agentClause(st, c, agent, head, c[i], speaker); ok {
				out = append(out, cl)
			}
			i = agent.to
			continue
		}
		abs, isAbs := absoluteSubject(c, i)
		if !isVerb(c[i]) || adjectival(c, i) || c[i].Tag == "VBG" && i > 0 && !isAux(c[i-1]) && !isAbs {
			i++
			continue
		}
		g := i
		e := x.verbGroupEnd(c, g, len(c))
		if e == g {
			i++
			continue
		}
		i = e
		if head, who, ok := x.contactAttribution(c, span{npBackward(c, g-1, 0), g}); ok {
			if cl, ok := x.reportedInRelative(st, c, head, who, g, e, speaker); ok {
				out = append(out, cl)
			}
			continue
		}
		subj, ok := subjectBefore(c, g)
		if isAbs {
			subj, ok = abs, true
		}
		switch {
		case hasPrev && g > 0 && c[g-1].Tag == "CC" && (!ok || subj.from >= prevEnd):
			// "ordered an investigation, a safety review into all
			// matches and directed the association to …": a verb right
			// after "and" shares the subject of the verb before, not a
			// phrase after that verb, which is its object.
			subj, ok = prevSubj, true
			if g > 1 && c[g-2].Text == "," && slices.ContainsFunc(c[firstSubj.to:g], func(t nlp.Token) bool { return strings.EqualFold(t.Text, "that") }) {
				// "expressed regret that the bill was needed, and
				// announced …": after a comma the verb goes with the
				// sentence's first, not the clause "that" put inside its
				// object. "I hope he will not come alone, but will be
				// accompanied" goes on with the clause before.
				subj = firstSubj
			}
		case !ok && hasPrev && g > 0 && c[g-1].Text == ",":
			subj, ok = prevSubj, true
		}
		if !ok {
			continue
		}
		if !hasPrev {
			firstSubj = subj
		}
		prevSubj, prevEnd, hasPrev = subj, e, true
		if subj.from > 0 && strings.EqualFold(c[subj.from-1].Text, "whether") && !st.surface {
			// "declined to say whether Trump would attend" asks; the
			// graph has no claim of it. Open IE reads it as written.
			continue
		}
		conditioned := x.conditioned(&cond, c, subj, e, out)
		// "A and B are rivals" says nothing of each alone; "A and B
		// met in Paris" also says where each was.
		mutual := x.reciprocalNoun(st, c, subj, g, e, speaker)
		rs := mutual
		if len(mutual) == 0 {
			rs = x.reciprocal(st, c, subj, g, e, speaker)
		}
		for _, r := range rs {
			r.hedged = r.hedged || conditioned
			r.conditional = conditioned
			out = append(out, r)
		}
		if len(mutual) > 0 {
			continue
		}
		cl, ok := x.verbClause(st, c, subj, g, e, speaker)
		if !ok {
			continue
		}
		if conditioned || x.reportedByNoun(c, cl.subjectSpan.from) {
			cl.hedged = true
		}
		if gov := governing(c, subj); gov != "" && x.schema.ModalityOf([]string{gov}) != "" {
			// "I hope he will come": the clause is hoped for, whatever
			// its own verb says.
			cl.governor, cl.hedged = gov, true
		}
		cl.conditional = conditioned
		future = future || x.futureIn(c[g:e])
		for _, tx := range findTimes(c, max(subj.from-4, 0), subj.from, st.published(), future) {
			// A time right before the subject ("last week the
			// blueprint could form") is the clause's.
			if tx.end == subj.from {
				cl.time = tx.value
			}
		}
		// A time after the verb is the clause's only up to where the next
		// clause begins: "I'm not sure about Jared going, but … they're
		// going to be meeting … next week" places the meeting, not the
		// doubt.
		// Nor is a time between subject and verb the clause's when a
		// phrase between commas holds it ("The bill, which passed on
		// Tuesday, goes").
		aside := interjectionBefore(c, g)
		for _, tx := range findTimes(c, subj.from, clauseEnd(c, e), st.published(), future) {
			if cl.time == "" && (tx.start >= e || tx.end <= g && !(aside >= 0 && tx.start > aside)) {
				cl.time = tx.value
				break
			}
		}
		if cl.time == "" && subj.from > 0 {
			// A time that opens the sentence ("In 1991 the museum …").
			for _, tx := range findTimes(c, 0, subj.from, st.published(), future) {
				if tx.start <= 1 {
					cl.time = tx.value
				}
				break
			}
		}
		// The description and the conjuncts' copies share the clause's
		// time, so they are read once it is known.
		if d, ok := x.describedAs(st, c, cl, speaker); ok {
			out = append(out, d)
		}
		if a, ok := x.accused(st, c, cl, speaker); ok && !st.surface {
			// Open IE reads the charge off the parse as written.
			out = append(out, a)
		}
		if n, ok := x.named(st, c, cl, speaker); ok {
			out = append(out, n)
		}
		if n, ok := x.included(st, c, cl, speaker); ok {
			out = append(out, n)
		}
		cond.lastFrom, cond.lastMain, cond.lastEnd = len(out), cl.main.Start, cl.argsEnd
		more := x.coordinated(st, c, cl, g, speaker)
		if len(more) > 0 && more[0].hedged && !cl.hedged {
			// Its conjuncts are alternatives, so the first is one too.
			cl.hedged = true
		}
		out = append(out, cl)
		out = append(out, more...)
	}
	return out
}

// arguments is what verbClause reads past a verb group: the spans of
// the subject's and the object's terms (an agent is the subject of a
// passive), the predicate with the preposition or particle that joins
// the object, where the words of the relation end, and whether the
// object is taken whole, as a value.
type arguments struct {
	subj, obj   span
	predicate   string
	relationEnd int
	whole       bool
}

// argumentsAfter reads the arguments of the verb group vg, which ends at
// e, from k on (past adverbs, a time right after the group, read into
// after, and a correlative). It sets cl's argsEnd for a passive's agent
// and the complement of a naming verb. The object is empty where there
// is none.
func (x *Extractor) argumentsAfter(st *docState, c []nlp.Token, subj span, vg verbGroup, e, k int, after span, cl *clause) arguments {
	a := arguments{subj: subj, predicate: vg.predicate, relationEnd: e}
	main, passive := vg.main, vg.passive
	by := k
	if passive {
		by = agentAfter(c, k, st)
	}
	if passive && by+1 < len(c) && strings.EqualFold(c[by].Text, "by") {
		k = by
		if end := npForward(c, k+1, len(c)); end > k+1 {
			a.subj, a.obj = span{k + 1, end}, subj
			a.predicate = main.Lemma
			k = end
			cl.argsEnd = end
		}
	}
	if a.obj == (span{}) {
		switch prep, obj := x.complexPrepositionObject(c, k); {
		case obj.to > obj.from:
			a.predicate += " " + prep
			a.obj = obj
		case k < len(c) && (c[k].Tag == "IN" || c[k].Tag == "TO") && !strings.EqualFold(c[k].Text, "that") && numberBound(c, k, len(c)) == 0:
			end := npForward(c, k+1, len(c))
			// "came after Bloomberg published excerpts": the phrase is
			// the subject of a clause the conjunction opens, no object.
			opensClause := end > k+1 && end < len(c) && finite(c[end]) && subordinators[strings.ToLower(c[k].Text)]
			if end > k+1 && !opensClause && timeAt(c, k, st) == k {
				a.predicate += " " + strings.ToLower(c[k].Text)
				a.obj = span{k + 1, end}
			} else if end := freeRelative(c, k+1); end > k+1 && !opensClause {
				// "depends on what he does": the clause is the object,
				// taken whole.
				a.predicate += " " + strings.ToLower(c[k].Text)
				a.obj, a.whole = span{k + 1, end}, true
			}
		case k < len(c) && c[k].Tag == "RP" && k+2 < len(c) && (c[k+1].Tag == "IN" || c[k+1].Tag == "TO"):
			if end := npForward(c, k+2, len(c)); end > k+2 {
				a.predicate += " " + strings.ToLower(c[k].Text) + " " + strings.ToLower(c[k+1].Text)
				a.obj = span{k + 2, end}
			}
		case adjectivesEnd(c, k) > k && main.Lemma == "be" && !nounAt(c, adjectivesEnd(c, k)):
			a.obj = span{k, adjectivesEnd(c, k)}
			if p, arg, ok := adjectiveComplement(c, a.obj); ok {
				// "is tantamount to capitulation": the adjective and its
				// preposition are the predicate, the phrase the object.
				a.predicate, a.obj, a.relationEnd = a.predicate+" "+p, arg, arg.from
			}
		default:
			// A pronoun in the subject case is the subject of a clause
			// the verb takes, never its object: "I hope he will come".
			if end := npForward(c, k, len(c)); end > k && !nominative[strings.ToLower(c[k].Text)] {
				a.obj = span{k, end}
			}
			switch {
			case a.obj == (span{}):
			case x.schema.Accusing[main.Lemma].Preposition != "":
				// "accused the minister | of taking bribes": the charge
				// is no part of the object (see accused).
				for j := a.obj.from + 1; j+1 < a.obj.to; j++ {
					if strings.EqualFold(c[j].Text, x.schema.Accusing[main.Lemma].Preposition) && c[j+1].Tag == "VBG" {
						a.obj.to = j
						break
					}
				}
			case x.schema.IsDoubleObject(main.Lemma):
				a.obj = secondObject(c, a.obj, st)
			case x.schema.IsNaming(main.Lemma):
				a.obj, cl.complement = namedAs(c, a.obj)
			}
		}
	}
	if a.obj == (span{}) && !passive && main.Lemma != "do" && main.Lemma != "be" && main.Lemma != "have" {
		// The pro-verbs of an ellipsis ("weapons that other countries
		// don't") have no object of their own to miss.
		a.obj = x.gapHead(c, subj, k)
	}
	if a.obj == (span{}) && st.surface && k+1 < len(c) && strings.EqualFold(c[k].Text, "that") && hasVerb(c[k+1:]) {
		// Open IE takes a clause as the object ("indicated that organic
		// compounds could carry current"); the graph has the clause's
		// own claims instead.
		end := trimMarks(c, k+1, len(c)).to
		a.obj, a.relationEnd, a.whole = span{k + 1, end}, k+1, true
		a.predicate += " that"
	}
	if a.obj == (span{}) && st.surface {
		// Open IE takes a time or an adverbial as the argument of a
		// clause with no object of its own: "was erected in 1866", "By
		// the end of this experiment several results were found".
		if after.to > after.from {
			a.obj, a.whole, a.relationEnd = after, true, e
		} else if end := frontedAdverbial(c, subj.from, st); end > 0 {
			a.obj, a.whole, a.relationEnd = span{0, end}, true, e
		}
	}
	return a
}

// agentAfter returns where "by" and a passive's agent stand after the
// verb group, past at most two phrases of place or time ("was banned
// at football stadiums by FIFA", "was organised on June 9 by the
// front"); k when no "by" follows them.
func agentAfter(c []nlp.Token, k int, st *docState) int {
	j := k
	for hops := 0; hops <= 2 && j+1 < len(c); hops++ {
		if strings.EqualFold(c[j].Text, "by") {
			return j
		}
		if t := timeAt(c, j, st); t > j {
			j = t
			continue
		}
		if !placePrepositions[strings.ToLower(c[j].Text)] {
			// "accepted as the son by", "protected from the engine by":
			// a complement, which its own claim keeps.
			break
		}
		end := npForward(c, j+1, len(c))
		if end == j+1 {
			break
		}
		j = end
	}
	return k
}

// placePrepositions open the phrases of place a passive's agent may
// follow.
var placePrepositions = map[string]bool{"at": true, "in": true, "on": true, "inside": true, "across": true, "throughout": true, "during": true}

// verbClause reads the predicate and object of the verb group c[g:e].
func (x *Extractor) verbClause(st *docState, c []nlp.Token, subj span, g, e int, speaker *claim.Entity) (clause, bool) {
	var cl clause
	vg, ok := x.readVerbGroup(c, subj.to, g, e)
	cl.negated, cl.hedged, cl.phase = vg.negated, vg.hedged, vg.phase
	if !ok {
		return cl, false
	}
	main, denial := vg.main, vg.denial
	k := e
	for k < len(c) && (c[k].Tag == "RB" || c[k].Tag == "``" || c[k].Text == "“") {
		k++
	}
	var after span // a time right after the verb group ("was erected in 1866")
	if end := timeAt(c, k, st); end > k {
		after, k = span{k, end}, end
	}
	if subj.from > 0 && strings.EqualFold(c[subj.from-1].Text, "neither") {
		cl.negated = !cl.negated
	}
	if k < len(c) && correlative(c[k]) {
		// "approved neither the budget nor the plan".
		if strings.EqualFold(c[k].Text, "neither") {
			cl.negated = !cl.negated
		}
		k++
	}
	a := x.argumentsAfter(st, c, subj, vg, e, k, after, &cl)
	subjTerm, obj, predicate, relationEnd, whole := a.subj, a.obj, a.predicate, a.relationEnd, a.whole
	if obj == (span{}) {
		return cl, false
	}
	if head, _, ok := x.contactAttribution(c, obj); ok {
		// "had terms critics say would …": the speaker is not part of
		// the object.
		obj = head
	}
	if !st.surface && !whole && directObject(c, e, obj) && clauseVerbAt(c, obj.to) {
		// "cops said 3 000 stormed the pitch", "opponents worry the
		// law could be used": what follows the verb is a clause, its
		// subject no object of the verb.
		return cl, false
	}
	if !st.surface && !whole && strings.HasSuffix(predicate, " between") && obj.to+1 < len(c) && strings.EqualFold(c[obj.to].Text, "and") {
		// "clashes erupted between the riot police and protesters":
		// both are the object, not two claims of one each.
		if end := npForward(c, obj.to+1, len(c)); end > obj.to+1 {
			obj, whole = span{obj.from, end}, true
		}
	}
	if !st.surface && !whole && directObject(c, e, obj) {
		// "ordered his government to conduct an audit": the object
		// is the phrase with what it is to do; "took to the streets
		// to protest" says why, not what.
		to := obj.to
		if more := conjuncts(c, obj, len(c), false); len(more) > 0 && infinitiveEnd(c, more[len(more)-1].to) > more[len(more)-1].to {
			// "ordered police and firefighters to evacuate": what they
			// are to do is each one's, so the phrases are one object.
			to = more[len(more)-1].to
		}
		if end := infinitiveEnd(c, to); end > to {
			obj, whole = span{obj.from, end}, true
		}
	}
	if cl.argsEnd == 0 {
		cl.argsEnd = obj.to
	}
	cl.main = main
	// A time is the claim's time, not part of an argument ("Moscow next
	// week", "last week the blueprint").
	if !whole {
		obj = withoutTimes(c, obj, st)
	}
	subjTerm = withoutTimes(c, subjTerm, st)
	if obj.from >= obj.to || subjTerm.from >= subjTerm.to {
		return cl, false
	}
	if !st.surface {
		// The graph's object is the thing a container holds and the
		// event a light verb's noun names; Open IE keeps the words.
		obj = x.contained(c, obj)
		if predicate == main.Lemma {
			if p, arg, w, ok := x.lightVerb(c, main, obj); ok {
				predicate, obj, whole = p, arg, w
			}
		}
	}
	cl.subject, cl.subjectText, cl.resolvedPronoun, ok = x.term(st, c, subjTerm, speaker)
	if !ok {
		return cl, false
	}
	if denial.Text != "" {
		who := cl.subject
		cl.speaker, cl.verb = &who, strings.ToLower(denial.Text)
	}
	switch {
	case st.surface:
	case noneOf(c, subjTerm):
		// "No one should comment on such things" says that nobody
		// should: the claim is anyone's, negated.
		cl.negated = !cl.negated
		cl.subject = valueFor("anyone")
	case strings.EqualFold(c[subjTerm.from].Text, "no") && c[subjTerm.from].Tag == "DT",
		!whole && strings.EqualFold(c[obj.from].Text, "no") && c[obj.from].Tag == "DT":
		// "No country has recognised it", "the council has no money":
		// the claim is the country's recognition, the council's money,
		// negated. The terms drop the determiner.
		cl.negated = !cl.negated
	}
	if st.surface && subjTerm.to <= g {
		// Likewise the subject's own modifiers up to the verb ("the
		// remaining trackage at Charles City").
		if end := furtherArguments(c[:g], subjTerm.to, st); end == g {
			cl.subjectText = textOf(c[subjTerm.from:end])
		}
	}
	var objPronoun bool
	if whole {
		cl.objectText = textOf(c[obj.from:obj.to])
		cl.object = valueFor(cl.objectText)
	} else if cl.object, cl.objectText, objPronoun, ok = x.term(st, c, obj, speaker); !ok {
		return cl, false
	}
	if st.surface {
		// Open IE's object carries the clause's further arguments ("her
		// film career in 1947"); the graph's object stays the phrase.
		if end := furtherArguments(c, obj.to, st); end > obj.to {
			cl.objectText = textOf(c[obj.from:end])
		}
	}
	if cl.subject.ID == cl.object.ID {
		return cl, false
	}
	cl.resolvedPronoun = cl.resolvedPronoun || objPronoun
	cl.subjectSpan, cl.objectSpan, cl.wholeObject = subjTerm, obj, whole
	cl.predicate = predicate
	cl.relationText = textOf(c[g:relationEnd])
	for k := max(subj.to, 0); k < max(g, obj.from); k++ {
		if strings.HasPrefix(c[k].Tag, "RB") && (k < g || k >= e) {
			// "potentially allows", "reportedly met", "is going over
			// maybe with": the adverbs around the verb, before its
			// object, say what the clause is.
			cl.adverbs = append(cl.adverbs, strings.ToLower(c[k].Text))
		}
	}
	if relationEnd == e && strings.HasSuffix(predicate, " "+strings.ToLower(c[max(obj.from-1, 0)].Text)) && obj.from > e {
		cl.relationText += " " + c[obj.from-1].Text
	}
	return cl, true
}

// clauseVerbAt reports a verb at k that a clause's subject stands
// before: a past or a modal ("said 3 000 stormed", "worry the law
// could"), or a present with words after it; "football matches." ends
// a noun phrase the tagger misread.
func clauseVerbAt(c []nlp.Token, k int) bool {
	if k < len(c) && (c[k].Tag == "``" || c[k].Text == "“") {
		// "said the government “understands …”": the quotation opens
		// with the clause's verb.
		k++
	}
	if k >= len(c) {
		return false
	}
	switch c[k].Tag {
	case "VBD", "MD":
		return true
	case "VBZ", "VBP":
		return k+1 < len(c) && !punctuationTag(c[k+1].Tag)
	}
	return false
}

// nounAt reports a common noun at k: after adjectives, the head of
// their phrase ("are long-time rivals", "were contributing factors").
func nounAt(c []nlp.Token, k int) bool {
	return k < len(c) && (c[k].Tag == "NN" || c[k].Tag == "NNS")
}

// directObject reports an object right after the verb group ending at
// e, past adverbs: no preposition stands between them.
func directObject(c []nlp.Token, e int, obj span) bool {
	if obj.from < e {
		return false
	}
	for k := e; k < obj.from; k++ {
		if !strings.HasPrefix(c[k].Tag, "RB") {
			return false
		}
	}
	return true
}

// complexPrepositionObject returns a complex preposition that opens at
// k ("in accordance with"), lower case, and the noun phrase after it;
// an empty phrase when there is none.
func (x *Extractor) complexPrepositionObject(c []nlp.Token, k int) (string, span) {
	var words []string
	for j := k; j < len(c) && j < k+4; j++ {
		words = append(words, strings.ToLower(c[j].Text))
	}
	n := x.schema.ComplexPrepositionAt(words)
	if n == 0 {
		return "", span{}
	}
	return strings.Join(words[:n], " "), span{k + n, npForward(c, k+n, len(c))}
}

// infinitiveEnd returns where an infinitive or a participle that
// completes a noun phrase ending at k ends ("his government | to conduct
// a thorough audit on all stadiums", "fans | streaming onto the
// pitch"), at the clause's end; k when none opens there.
func infinitiveEnd(c []nlp.Token, k int) int {
	var end int
	switch {
	case k+1 < len(c) && c[k].Tag == "TO" && c[k+1].Tag == "VB":
		end = k + 2
	case k+1 < len(c) && c[k].Tag == "VBG" && !punctuationTag(c[k+1].Tag) && !prepositions[strings.ToLower(c[k].Text)]:
		// "showed fans streaming onto the pitch", not "stormed the
		// pitch following the loss"
		end = k + 1
	default:
		return k
	}
	for end < len(c) && end < k+16 && !punctuationTag(c[end].Tag) && !clauseBoundary(c[end]) && !(c[end].Tag == "CC" && end+1 < len(c) && finite(c[end+1])) {
		end++
	}
	return end
}

// noneOf reports a phrase that names no one at all: "no one",
// "nobody", "none of them".
func noneOf(c []nlp.Token, sp span) bool {
	first := strings.ToLower(c[sp.from].Text)
	switch {
	case first == "nobody" || first == "none" || first == "noone":
		return true
	case first == "no" && sp.to-sp.from == 2 && strings.EqualFold(c[sp.from+1].Text, "one"):
		return true
	}
	return false
}

// secondObject returns what a double-object verb gives when a second
// noun phrase, opened by a determiner or a number, follows the first
// ("gave the council a report"); else the first. A phrase that a verb
// follows is the subject of a clause instead ("told reporters the deal
// was close").
func secondObject(c []nlp.Token, first span, st *docState) span {
	k := first.to
	if k >= len(c) || !opensPhrase(c, first.from, k) && c[k].Tag != "CD" || timeAt(c, k, st) > k {
		return first
	}
	end := npForward(c, k, len(c))
	if end <= k || end < len(c) && (isVerb(c[end]) || c[end].Tag == "RB" && end+1 < len(c) && isVerb(c[end+1])) {
		return first
	}
	return span{k, end}
}

// timeEndingAt returns the start of a time expression that ends at
// token k, or -1.
func timeEndingAt(c []nlp.Token, k int, st *docState) int {
	for _, tx := range findTimes(c, max(k-4, 0), k+1, st.published(), false) {
		if tx.end == k+1 {
			return tx.start
		}
	}
	return -1
}

// freeRelative returns the end of a clause opened by "what", "who",
// "how", "whether" and the like at k that has a verb of its own ("what
// he does"), up to the next comma or the end; or k.
func freeRelative(c []nlp.Token, k int) int {
	if k >= len(c) || c[k].Tag != "WP" && c[k].Tag != "WRB" && !strings.EqualFold(c[k].Text, "whether") {
		return k
	}
	end := k + 1
	for end < len(c) && c[end].Text != "," && c[end].Text != ";" && c[end].Text != "." {
		end++
	}
	if !hasVerb(c[k+1 : end]) {
		return k
	}
	return end
}

func withoutTimes(c []nlp.Token, sp span, st *docState) span {
	for _, tx := range findTimes(c, sp.from, sp.to, st.published(), false) {
		if tx.start == sp.from {
			sp.from = tx.end
		} else {
			sp.to = tx.start
			break
		}
	}
	return sp
}

// furtherArguments returns the end of the prepositional phrases and
// times that follow an argument ending at k, up to a clause boundary.
func furtherArguments(c []nlp.Token, k int, st *docState) int {
	for k < len(c) {
		if tx := timeAt(c, k, st); tx > k {
			k = tx
			continue
		}
		if (c[k].Tag == "IN" || c[k].Tag == "TO") && !strings.EqualFold(c[k].Text, "that") {
			if e := npForward(c, k+1, len(c)); e > k+1 {
				k = e
				continue
			}
		}
		break
	}
	return k
}

// timeAt returns the end of the time expression starting at k, or k.
func timeAt(c []nlp.Token, k int, st *docState) int {
	for _, tx := range findTimes(c, k, len(c), st.published(), false) {
		if tx.start == k {
			return tx.end
		}
	}
	return k
}

// absoluteSubject returns the subject of a participle at i that "with"
// opens, after a comma, a clause of its own: "…, with police firing tear
// gas", "…, with host Arema FC of Malang losing 3-2". The phrase between
// holds nouns, their modifiers and "of" phrases only.
func absoluteSubject(c []nlp.Token, i int) (span, bool) {
	if c[i].Tag != "VBG" {
		return span{}, false
	}
	for k := i - 1; k > 0 && k > i-12; k-- {
		t := c[k]
		switch {
		case strings.EqualFold(t.Text, "with"):
			ok := k+1 < i && (k == 0 || c[k-1].Text == ",")
			return span{k + 1, i}, ok
		case isVerb(t), punctuationTag(t.Tag), t.Tag == "IN" && !strings.EqualFold(t.Text, "of"):
			return span{}, false
		}
	}
	return span{}, false
}

// governing returns the word of the verb right before a clause's
// subject, past "that": the verb whose object the clause is.
func governing(c []nlp.Token, subj span) string {
	k := subj.from - 1
	if k >= 0 && strings.EqualFold(c[k].Text, "that") {
		k--
	}
	if k < 0 || !isVerb(c[k]) {
		return ""
	}
	return strings.ToLower(c[k].Text)
}
