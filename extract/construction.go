package extract

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
)

// Constructions read apart from the plain subject–verb–object clause:
// reciprocal and coordinated subjects, conditions, naming, describing and
// accusing verbs, relative clauses that report, appositives.

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

// knownAs finds ", known as X," at i: the phrase before the comma and
// the name it is known by ("thousands of supporters, known as
// “Aremania,” reacted").
func knownAs(c []nlp.Token, i int) (head, name span, ok bool) {
	if i < 2 || i+2 >= len(c) || c[i].Tag != "VBN" || c[i].Lemma != "know" || c[i-1].Text != "," || !strings.EqualFold(c[i+1].Text, "as") {
		return span{}, span{}, false
	}
	from := i + 2
	if c[from].Tag == "``" || c[from].Text == "“" {
		from++
	}
	end := npForward(c, from, len(c))
	k := i - 2
	if end <= from || !isNoun(c[k]) || c[k].Tag == "PRP" {
		return span{}, span{}, false
	}
	return span{npBackward(c, k, 0), k + 1}, span{from, end}, true
}

// knownAsClause states ", known as X," as head – be known as – X.
func (x *Extractor) knownAsClause(st *docState, c []nlp.Token, head, name span, verb nlp.Token, speaker *claim.Entity) (clause, bool) {
	cl := clause{predicate: "be known as", relationText: "known as", main: verb, subjectSpan: head, objectSpan: name, argsEnd: name.to}
	var ok bool
	if cl.subject, cl.subjectText, _, ok = x.term(st, c, head, speaker); !ok {
		return cl, false
	}
	if cl.object, cl.objectText, _, ok = x.term(st, c, name, speaker); !ok || cl.subject.ID == cl.object.ID {
		return cl, false
	}
	return cl, true
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

// correlative reports the word that opens a coordination of two
// phrases: "neither … nor", "either … or", "both … and".
func correlative(t nlp.Token) bool {
	switch strings.ToLower(t.Text) {
	case "neither", "either", "both":
		return t.Tag == "CC" || t.Tag == "DT"
	}
	return false
}

// reciprocal reads a symmetric verb with a coordinated subject as each
// conjunct's relation to the other: "Scholz and Macron met in Paris"
// says that Scholz met Macron.
func (x *Extractor) reciprocal(st *docState, c []nlp.Token, subj span, g, e int, speaker *claim.Entity) []clause {
	// Few subjects are coordinated: look for that before reading the
	// verb group, which verbClause reads again.
	parts := append([]span{subj}, conjuncts(c, subj, g, true)...)
	if len(parts) < 2 {
		return nil
	}
	vg, ok := x.readVerbGroup(c, subj.to, g, e)
	if !ok || !x.schema.Predicates[x.schema.Predicate(vg.main.Lemma)].Symmetric {
		return nil
	}
	// With an object of their own ("Scholz and Macron met Biden") the
	// conjuncts are not said to have met each other.
	times := findTimes(c, e, clauseEnd(c, e), st.published(), x.futureIn(c[g:e]))
	if end := npForward(c, e, len(c)); end > e && !(len(times) > 0 && times[0].start == e) {
		return nil
	}
	when := ""
	if len(times) > 0 {
		when = times[0].value
	}
	type arg struct {
		entity claim.Entity
		text   string
		sp     span
	}
	var args []arg
	for _, sp := range parts {
		if ent, text, _, ok := x.term(st, c, sp, speaker); ok {
			args = append(args, arg{ent, text, sp})
		}
	}
	var out []clause
	for i := range args {
		for j := i + 1; j < len(args); j++ {
			a, b := args[i], args[j]
			out = append(out, clause{subject: a.entity, subjectText: a.text, object: b.entity, objectText: b.text,
				predicate: vg.main.Lemma, relationText: vg.main.Text, negated: vg.negated, hedged: vg.hedged, main: vg.main, time: when,
				subjectSpan: a.sp, objectSpan: b.sp, argsEnd: e})
		}
	}
	return out
}

// reciprocalNoun reads "A and B are (long-time) rivals" as A – be rival
// of – B, for a noun of what two are to each other: neither is a rival
// alone.
func (x *Extractor) reciprocalNoun(st *docState, c []nlp.Token, subj span, g, e int, speaker *claim.Entity) []clause {
	parts := append([]span{subj}, conjuncts(c, subj, g, true)...)
	if len(parts) != 2 {
		return nil
	}
	vg, ok := x.readVerbGroup(c, subj.to, g, e)
	end := npForward(c, e, len(c))
	if !ok || vg.main.Lemma != "be" || end <= e || c[end-1].Tag != "NNS" || end < len(c) && strings.EqualFold(c[end].Text, "of") {
		return nil
	}
	noun := strings.ToLower(c[end-1].Lemma)
	if !x.schema.IsReciprocalNoun(noun) {
		return nil
	}
	a, aText, _, okA := x.term(st, c, parts[0], speaker)
	b, bText, _, okB := x.term(st, c, parts[1], speaker)
	if !okA || !okB {
		return nil
	}
	return []clause{{subject: a, subjectText: aText, object: b, objectText: bText, predicate: "be " + noun + " of",
		relationText: vg.main.Text, negated: vg.negated, hedged: vg.hedged, main: vg.main, subjectSpan: parts[0], objectSpan: parts[1], argsEnd: end}}
}

// conditions follows the conditionals of one content span.
type conditions struct {
	// pending says a condition opened the clauses ("If A, B") and its
	// consequent B, the first clause after until, is still to come.
	pending bool
	until   int
	// lastFrom is where the clauses of the verb before start in out, the
	// consequent of a condition that follows it ("B if A"); lastMain is
	// that verb's offset and lastEnd where its arguments end. lastFrom
	// is -1 while there is none.
	lastFrom, lastMain, lastEnd int
}

// conditioned reports whether the clause whose subject is subj and whose
// verb group ends at e states a condition or what holds under one,
// hedging the clauses of the verb before when the condition follows
// them: "the mayor will sign the law if the council approves it" asserts
// neither.
func (x *Extractor) conditioned(cond *conditions, c []nlp.Token, subj span, e int, out []clause) bool {
	k := subj.from - 1
	if k < 0 || !x.schema.IsConditional(strings.ToLower(c[k].Text)) {
		if cond.pending && subj.from > cond.until {
			cond.pending = false
			return true
		}
		return cond.pending
	}
	if k > 0 && (strings.EqualFold(c[k-1].Text, "even") || strings.EqualFold(c[k-1].Text, "as") || isVerb(c[k-1])) {
		// "Even if A, B" concedes A and asserts B; "looks as if A"
		// compares; "check if A" asks whether A. Only A is hedged.
		return true
	}
	if cond.lastFrom >= 0 && !strings.EqualFold(c[max(k-1, 0)].Text, "that") && !slices.ContainsFunc(c[min(cond.lastEnd, k):k], isVerb) {
		for j := cond.lastFrom; j < len(out); j++ {
			if out[j].main.Start == cond.lastMain {
				out[j].hedged, out[j].conditional = true, true
			}
		}
		return true
	}
	cond.pending, cond.until = true, len(c)
	for j := e; j < len(c); j++ {
		if c[j].Text == "," || strings.EqualFold(c[j].Text, "then") {
			cond.until = j
			break
		}
	}
	return true
}

// reportedByNoun reports whether the clause whose subject starts at i is
// the "that" clause of a noun that only reports it: "concerns that the
// envoy was too close to Moscow".
func (x *Extractor) reportedByNoun(c []nlp.Token, i int) bool {
	return i >= 2 && strings.EqualFold(c[i-1].Text, "that") && x.schema.IsHedgingNoun(strings.ToLower(c[i-2].Text))
}

// coordinated repeats a clause for each further conjunct of its subject
// and its object: "Putin and Trump met in Alaska" is also Trump – meet in
// – Alaska; "G-7 consists of the U.S. , Japan and Italy" gives a claim
// for each country. The verb group starts at g.
func (x *Extractor) coordinated(st *docState, c []nlp.Token, cl clause, g int, speaker *claim.Entity) []clause {
	type arg struct {
		entity claim.Entity
		text   string
	}
	subjects := []arg{{cl.subject, cl.subjectText}}
	if cl.subjectSpan.to <= g {
		for _, sp := range conjuncts(c, cl.subjectSpan, g, true) {
			if e, text, _, ok := x.term(st, c, sp, speaker); ok {
				subjects = append(subjects, arg{e, text})
			}
		}
	}
	objects := []arg{{cl.object, cl.objectText}}
	if !cl.wholeObject && cl.objectSpan.from >= g {
		for _, sp := range conjuncts(c, cl.objectSpan, len(c), false) {
			if e, text, _, ok := x.term(st, c, sp, speaker); ok {
				objects = append(objects, arg{e, text})
			}
		}
	}
	var out []clause
	for i, s := range subjects {
		for j, o := range objects {
			if i == 0 && j == 0 || s.entity.ID == o.entity.ID {
				continue
			}
			more := cl
			more.hedged = more.hedged || len(subjects) > 1 && disjunct(c, cl.subjectSpan, g) || len(objects) > 1 && disjunct(c, cl.objectSpan, len(c))
			more.subject, more.subjectText, more.object, more.objectText = s.entity, s.text, o.entity, o.text
			out = append(out, more)
		}
	}
	return out
}

// conjuncts returns the noun phrases coordinated after sp, before limit:
// "and Trump", ", Japan , Britain and Italy". A comma-separated run
// counts only when a conjunction ends it, and for an object a phrase
// followed by a verb is the next clause's subject ("approved the budget
// and the mayor signed it"), which ends the run.
func conjuncts(c []nlp.Token, sp span, limit int, subject bool) []span {
	var out []span
	bareComma := false
	for k := sp.to; k+1 < limit; {
		next, viaCC := k+1, false
		switch {
		case c[k].Tag == "CC" && (strings.EqualFold(c[k].Text, "and") || strings.EqualFold(c[k].Text, "or") || strings.EqualFold(c[k].Text, "nor")):
			viaCC = true
		case c[k].Text == "," && k+2 < limit && c[k+1].Tag == "CC":
			next, viaCC = k+2, true
		case c[k].Text == ",":
			bareComma = true
		default:
			return listed(out, bareComma, false)
		}
		end := npChunk(c, next, limit)
		if end == next || !subject && end < len(c) && isVerb(c[end]) && !adjectival(c, end) {
			return listed(out, bareComma, false)
		}
		out = append(out, span{next, end})
		if viaCC {
			return listed(out, bareComma, true)
		}
		k = end
	}
	return listed(out, bareComma, false)
}

// listed keeps the conjuncts found unless they were joined by commas
// alone, with no conjunction to close the list.
// disjunct reports whether the phrase at sp is the first of phrases
// joined by "or": "the council or the mayor will approve it" says of
// neither that it will.
func disjunct(c []nlp.Token, sp span, limit int) bool {
	more := conjuncts(c, sp, limit, true)
	if len(more) == 0 {
		return false
	}
	last := more[len(more)-1].from - 1
	return last >= 0 && strings.EqualFold(c[last].Text, "or")
}

func listed(conj []span, bareComma, closed bool) []span {
	if bareComma && !closed {
		return nil
	}
	return conj
}

// namedAs splits a naming verb's object from what it is made: a name
// or pronoun and the bare common nouns after it in one phrase ("named
// John Smith chairman"), or a name or pronoun and the phrase after it
// ("named him the new chairman"). It returns obj whole, and no
// complement, when there is none.
func namedAs(c []nlp.Token, obj span) (span, span) {
	named := func(t nlp.Token) bool { return t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "PRP" }
	for p := obj.from + 1; p < obj.to; p++ {
		if !named(c[p-1]) || named(c[p]) {
			continue
		}
		common := true
		for _, t := range c[p:obj.to] {
			common = common && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ")
		}
		if common {
			return span{obj.from, p}, span{p, obj.to}
		}
	}
	if named(c[obj.to-1]) && obj.to < len(c) {
		if end := npForward(c, obj.to, len(c)); end > obj.to && (end == len(c) || !isVerb(c[end])) {
			return obj, span{obj.to, end}
		}
	}
	return obj, span{}
}

// named states what a naming verb made its object: "The board named
// John Smith chairman" is also John Smith – be – chairman.
func (x *Extractor) named(st *docState, c []nlp.Token, cl clause, speaker *claim.Entity) (clause, bool) {
	if cl.complement == (span{}) || cl.negated {
		return clause{}, false
	}
	n := clause{subject: cl.object, subjectText: cl.objectText, predicate: "be", relationText: "is",
		hedged: cl.hedged, time: cl.time, main: cl.main}
	var ok bool
	if n.object, n.objectText, _, ok = x.term(st, c, cl.complement, speaker); !ok || n.object.ID == n.subject.ID {
		return clause{}, false
	}
	return n, true
}

// included is the clause again for the phrase after ", including" that
// names some of what one of its arguments counts: "34 died at the
// stadium, including two officers" (two officers died at the stadium),
// "the blast killed 40 people, including a child" (it killed a child).
// The argument is the nearest that is plural or a number, the object
// before the subject.
func (x *Extractor) included(st *docState, c []nlp.Token, cl clause, speaker *claim.Entity) (clause, bool) {
	k := cl.argsEnd
	if k+2 >= len(c) || c[k].Text != "," || !strings.EqualFold(c[k+1].Text, "including") {
		return clause{}, false
	}
	part := span{k + 2, npForward(c, k+2, len(c))}
	if part.to <= part.from {
		return clause{}, false
	}
	term, text, _, ok := x.term(st, c, part, speaker)
	if !ok {
		return clause{}, false
	}
	switch n := cl; {
	case counted(c, cl.objectSpan):
		n.object, n.objectText, n.objectSpan = term, text, part
		return n, true
	case counted(c, cl.subjectSpan):
		n.subject, n.subjectText, n.subjectSpan = term, text, part
		return n, true
	}
	return clause{}, false
}

// counted reports a phrase that is plural or a number ("34", "40
// people"), which a part can be included in.
func counted(c []nlp.Token, sp span) bool {
	if sp.to <= sp.from || sp.to > len(c) {
		return false
	}
	head := c[sp.to-1].Tag
	return head == "NNS" || head == "NNPS" || head == "CD"
}

// contactAttribution finds a reporting verb inside a relative clause
// that has no relative pronoun: "the terms critics say would have
// constituted a capitulation", "the man police say attacked the guard".
// A reporting verb directly followed by a finite verb has no clause of
// its own for content, so the noun phrase np before it is two: the head
// the content is about ("terms") and the speaker ("critics").
func (x *Extractor) contactAttribution(c []nlp.Token, np span) (head, speaker span, ok bool) {
	g := np.to
	if g == 0 || g+1 >= len(c) || !x.reportingVerb(c[g]) || np.from >= g || !finite(c[g+1]) {
		return span{}, span{}, false
	}
	// The speaker is the last noun with its determiners and adjectives.
	from := g - 1
	if !isNoun(c[from]) {
		return span{}, span{}, false
	}
	for from > np.from && (c[from-1].Tag == "DT" || c[from-1].Tag == "JJ" || c[from-1].Tag == "PRP$") {
		from--
	}
	head = span{np.from, from}
	if from <= np.from || npChunk(c, head.from, head.to) != head.to {
		return span{}, span{}, false
	}
	return head, span{from, g}, true
}

// reportedInRelative reads the content clause of a contact attribution
// whose reporting verb group is c[g:e]: its verb group is the same
// without the reporting verb, its subject the head, and the speaker the
// one named before the verb.
func (x *Extractor) reportedInRelative(st *docState, c []nlp.Token, head, who span, g, e int, speaker *claim.Entity) (clause, bool) {
	sayer, _, _, ok := x.term(st, c, who, speaker)
	if !ok {
		return clause{}, false
	}
	if !st.surface {
		head = x.host(st, c, head)
	}
	cl, ok := x.verbClause(st, c, head, g+1, e, speaker)
	if !ok {
		return clause{}, false
	}
	cl.speaker, cl.verb = &sayer, strings.ToLower(c[g].Text)
	return cl, true
}

// host follows a container noun attached by "with" to the phrase it
// belongs to: in "the peace plan proposal put to Kyiv last week, with
// terms critics say would …" what the terms would do, the plan would.
// The phrase is the nearest before "with" that is not inside a
// prepositional phrase, a time or a participle modifying it.
func (x *Extractor) host(st *docState, c []nlp.Token, sp span) span {
	head := npChunk(c, sp.from, sp.to)
	if head <= sp.from || sp.from < 2 || !strings.EqualFold(c[sp.from-1].Text, "with") || !x.schema.IsContainer(strings.ToLower(c[head-1].Lemma)) {
		return sp
	}
	k := sp.from - 2
	if c[k].Text == "," {
		k--
	}
	for steps := 0; k > 0 && steps < 4; steps++ {
		if tx := timeEndingAt(c, k, st); tx >= 0 {
			k = tx - 1 // "last week"
			continue
		}
		if s := npBackward(c, k, 0); s <= k && s > 0 && (c[s-1].Tag == "IN" || c[s-1].Tag == "TO") {
			k = s - 2 // "to Kyiv"
			continue
		}
		if (c[k].Tag == "VBN" || c[k].Tag == "VB") && k > 0 && isNoun(c[k-1]) {
			k-- // "put", a participle after its noun
			continue
		}
		break
	}
	if k < 0 || !isNoun(c[k]) {
		return sp
	}
	return span{npBackward(c, k, 0), k + 1}
}

// describedAs reads what a describing verb's "as" complement says of its
// object, in its subject's words: "Ukraine criticized the plan as
// tantamount to capitulation" (and "the plan was criticized by Ukraine
// and its allies as …") gives plan – be tantamount to – capitulation,
// with Ukraine as speaker. Without a describer there is no one to whom
// to attribute the description, so no claim.
func (x *Extractor) describedAs(st *docState, c []nlp.Token, cl clause, speaker *claim.Entity) (clause, bool) {
	if !x.schema.IsDescribing(cl.main.Lemma) || cl.negated {
		return clause{}, false
	}
	k := cl.argsEnd
	// Pass over the rest of a coordinated argument ("Ukraine and its
	// European allies").
	if more := conjuncts(c, span{k, k}, len(c), true); len(more) > 0 {
		k = more[len(more)-1].to
	}
	if k+1 >= len(c) || !strings.EqualFold(c[k].Text, "as") {
		return clause{}, false
	}
	d := clause{subject: cl.object, subjectText: cl.objectText, predicate: "be", relationText: "be",
		hedged: cl.hedged, time: cl.time, speaker: &cl.subject, verb: strings.ToLower(cl.main.Text)}
	var obj span
	if p, arg, ok := adjectiveComplement(c, span{k + 1, k + 2}); ok {
		d.predicate, obj = "be "+p, arg
		d.relationText = "be " + textOf(c[k+1:arg.from])
	} else if end := npForward(c, k+1, len(c)); end > k+1 {
		obj = span{k + 1, end}
	} else if end := adjectivesEnd(c, k+1); end > k+1 {
		obj = span{k + 1, end} // "rejected the plan as unworkable"
	} else {
		return clause{}, false
	}
	var ok bool
	if d.object, d.objectText, _, ok = x.term(st, c, obj, speaker); !ok || d.object.ID == d.subject.ID {
		return clause{}, false
	}
	return d, true
}

// accused reads the charge an accusing verb lays on its object, in its
// subject's words: "Lavrov accused the West of prolonging the war" gives
// West – prolong – war, Lavrov speaking, hedged as an accusation is.
func (x *Extractor) accused(st *docState, c []nlp.Token, cl clause, speaker *claim.Entity) (clause, bool) {
	acc, ok := x.schema.Accusing[cl.main.Lemma]
	k := cl.argsEnd
	if !ok || cl.negated || k+2 >= len(c) || !strings.EqualFold(c[k].Text, acc.Preposition) || c[k+1].Tag != "VBG" {
		return clause{}, false
	}
	end := npForward(c, k+2, len(c))
	if end <= k+2 {
		return clause{}, false
	}
	d := clause{subject: cl.object, subjectText: cl.objectText, predicate: c[k+1].Lemma, relationText: c[k+1].Text, main: c[k+1],
		hedged: cl.hedged || acc.Hedges, time: cl.time, speaker: &cl.subject, verb: strings.ToLower(cl.main.Text)}
	if d.object, d.objectText, _, ok = x.term(st, c, span{k + 2, end}, speaker); !ok || d.object.ID == d.subject.ID {
		return clause{}, false
	}
	return d, true
}

// adjectivesEnd returns the end of the run of adjectives ("lucky",
// "fair and balanced") starting at k, or k.
func adjectivesEnd(c []nlp.Token, k int) int {
	if k >= len(c) || c[k].Tag != "JJ" && c[k].Tag != "JJR" {
		return k
	}
	end := k + 1
	for end < len(c) && (c[end].Tag == "JJ" || c[end].Tag == "CC") {
		end++
	}
	return end
}

// adjectiveComplement reads a prepositional complement after the
// adjectives adj ("tantamount to capitulation", "responsible for the
// budget"): it returns the adjectives with the preposition, and the
// phrase.
func adjectiveComplement(c []nlp.Token, adj span) (string, span, bool) {
	k := adj.to
	if k+1 >= len(c) || c[k].Tag != "IN" && c[k].Tag != "TO" || strings.EqualFold(c[k].Text, "that") {
		return "", span{}, false
	}
	end := npForward(c, k+1, len(c))
	if end == k+1 {
		return "", span{}, false
	}
	var words []string
	for _, t := range c[adj.from : adj.to+1] {
		words = append(words, strings.ToLower(t.Text))
	}
	return strings.Join(words, " "), span{k + 1, end}, true
}

// appositives finds a name and a description set beside it between
// commas, in the document's own voice even inside reported speech ("Yury Ushakov, the Kremlin's top foreign policy aide, said";
// "The Kremlin's top aide, Yury Ushakov, confirmed") and states that the
// one is the other.
func (x *Extractor) appositives(st *docState, c []nlp.Token, speaker *claim.Entity) []clause {
	var out []clause
	for k := 1; k+1 < len(c); k++ {
		if c[k].Text != "," {
			continue
		}
		before := npBackward(c, k-1, 0)
		if before > k-1 || before > 0 && c[before-1].Text != "," && c[before-1].Text != "—" && c[before-1].Tag != "IN" && !isVerb(c[before-1]) {
			continue
		}
		// The second phrase runs to the next comma or dash, verb-free.
		end := k + 1
		for end < len(c) && c[end].Text != "," && c[end].Text != "—" && c[end].Text != "." && !isVerb(c[end]) && !relativePronoun(c[end]) {
			end++
		}
		if end == k+1 || end < len(c) && isVerb(c[end]) || npChunk(c, k+1, end) == k+1 || inList(c, k+1, end) {
			continue
		}
		a, b := span{before, k}, span{k + 1, end}
		// A phrase opening with a determiner describes, whatever it ends
		// in ("the top adviser to President Vladimir Putin").
		properA := endsInName(c, a) && !determined(c, a)
		properB := endsInName(c, b) && !determined(c, b)
		if properA && properB {
			// "Geneva, Switzerland": a place, then the place it is in.
			if cl, ok := x.placeIn(st, c, a, b, speaker); ok {
				out = append(out, cl)
			}
			continue
		}
		if !properA && !properB && st.surface && indefinite(c, b) {
			// Open IE also takes "the Trail Crew, a crew of students":
			// an indefinite phrase describes the one before it.
			properA = true
		}
		if properA == properB {
			continue
		}
		name, desc := a, b
		if properB {
			name, desc = b, a
		}
		if !isDescription(c, desc) {
			continue
		}
		subj, subjText, _, ok := x.term(st, c, name, speaker)
		if !ok || subj.Kind == claim.Value && !st.surface {
			continue
		}
		out = append(out, clause{subject: subj, subjectText: subjText, predicate: "be", relationText: "is",
			object: valueFor(valueText(c[desc.from:desc.to])), objectText: textOf(c[desc.from:desc.to])})
	}
	return out
}

// placeIn states that the place named at a is in the place named at b.
func (x *Extractor) placeIn(st *docState, c []nlp.Token, a, b span, speaker *claim.Entity) (clause, bool) {
	inner, innerText, _, ok := x.term(st, c, a, speaker)
	if !ok || inner.Kind != claim.Place {
		return clause{}, false
	}
	outer, outerText, _, ok := x.term(st, c, b, speaker)
	if !ok || outer.Kind != claim.Place || outer.ID == inner.ID {
		return clause{}, false
	}
	return clause{subject: inner, subjectText: innerText, predicate: "be in", relationText: "is in", object: outer, objectText: outerText}, true
}

func indefinite(c []nlp.Token, sp span) bool {
	return strings.EqualFold(c[sp.from].Text, "a") || strings.EqualFold(c[sp.from].Text, "an")
}

// inList reports whether the phrase c[from:to] after a comma is an item
// of a list ("Japan , Britain , West Germany and Italy") rather than an
// apposition: it holds a conjunction, or a comma and another item
// follow it.
func inList(c []nlp.Token, from, to int) bool {
	for _, t := range c[from:to] {
		if t.Tag == "CC" {
			return true
		}
	}
	if to+1 < len(c) && c[to].Text == "," {
		if e := npChunk(c, to+1, len(c)); e > to+1 && e < len(c) && (c[e].Text == "," || c[e].Tag == "CC") {
			return true
		}
	}
	return false
}

func determined(c []nlp.Token, sp span) bool {
	return c[sp.from].Tag == "DT" || c[sp.from].Tag == "PRP$"
}

func endsInName(c []nlp.Token, sp span) bool {
	return sp.to > sp.from && c[sp.to-1].IsProperNoun()
}

// isDescription reports whether a phrase describes rather than names: it
// opens with a determiner or possessive, or its head noun is common.
func isDescription(c []nlp.Token, sp span) bool {
	switch c[sp.from].Tag {
	case "DT", "PRP$":
		return true
	}
	head := npChunk(c, sp.from, sp.to)
	return head > sp.from && !c[head-1].IsProperNoun() && strings.HasPrefix(c[head-1].Tag, "NN")
}
