package extract

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
	"github.com/claimgraph/claimgraph/schema"
)

type span struct{ from, to int }

// clause is one subject–predicate–object found in content tokens.
type clause struct {
	subject, object         claim.Entity
	subjectText, objectText string
	predicate, relationText string
	negated, hedged         bool
	time                    string
	phase                   string // see claim.Report.Phase
	resolvedPronoun         bool
	// speaker and verb, when set, say who the clause's own words report
	// as saying it ("Ukraine criticized the plan as a capitulation": the
	// plan is a capitulation, in Ukraine's words).
	speaker *claim.Entity
	verb    string
	// main is the main verb, argsEnd where its arguments end.
	main    nlp.Token
	argsEnd int
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

func isVerb(t nlp.Token) bool { return strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" }
func isNoun(t nlp.Token) bool {
	return strings.HasPrefix(t.Tag, "NN") || t.Tag == "PRP" || t.Tag == "CD" || t.Tag == "EX"
}

// npTag reports whether a token can be inside a noun phrase.
func npTag(t nlp.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "PRP", "$", "NFP":
		return true
	case "``", "''":
		return true
	}
	return false
}

// adjectival reports whether a participle at i modifies a noun ("the
// leaked call", "a barnstorming professional team") rather than heading
// a verb group.
func adjectival(toks []nlp.Token, i int) bool {
	t := toks[i]
	if t.Tag != "VBN" && t.Tag != "VBG" {
		return false
	}
	prevNP := i > 0 && (toks[i-1].Tag == "DT" || toks[i-1].Tag == "JJ" || toks[i-1].Tag == "PRP$" || toks[i-1].Tag == "POS" || toks[i-1].Tag == "IN" || toks[i-1].Tag == "HYPH")
	nextNominal := i+1 < len(toks) && (strings.HasPrefix(toks[i+1].Tag, "NN") || toks[i+1].Tag == "JJ")
	return prevNP && nextNominal
}

// inNP reports whether token j continues a noun phrase: a word that can
// be inside one, a participle modifying its noun, or a conjunction
// between two adjectives ("an industrial and residential area").
func inNP(toks []nlp.Token, j, to int) bool {
	t := toks[j]
	switch {
	case t.Tag == "PRP":
		return false
	case npTag(t) || adjectival(toks, j):
		return true
	case t.Tag == "CC" && j > 0 && j+1 < to:
		return toks[j-1].Tag == "JJ" && toks[j+1].Tag == "JJ"
	}
	return false
}

// determiner reports a word that opens a noun phrase.
func determiner(t nlp.Token) bool {
	return t.Tag == "DT" || t.Tag == "PDT" || t.Tag == "PRP$"
}

// opensPhrase reports whether the determiner at j, after a noun, opens a
// second noun phrase ("gave the council a report") rather than belonging
// to the phrase that starts at from: a quantifier floating after its
// noun ("£15 each") and the article of a rate after a number ("one day
// a week", "$4 a gallon") belong.
func opensPhrase(toks []nlp.Token, from, j int) bool {
	if j > from && toks[j-1].IsProperNoun() && amountAt(toks, j) {
		// "fined Google 2.4 billion euros": a name takes numbers into
		// itself ("Boeing 737"), never an amount.
		return true
	}
	if j <= from || !determiner(toks[j]) || !isNoun(toks[j-1]) {
		return false
	}
	switch strings.ToLower(toks[j].Text) {
	case "each", "all", "both", "half":
		return false
	case "a", "an":
		for _, t := range toks[from:j] {
			if t.Tag == "CD" || t.Tag == "$" {
				return false
			}
		}
	}
	return true
}

// amountAt reports a sum of money or a scaled number at j: "$5", "2.4
// billion", "12 percent".
func amountAt(toks []nlp.Token, j int) bool {
	if toks[j].Tag == "$" {
		return true
	}
	if toks[j].Tag != "CD" || j+1 >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[j+1].Text) {
	case "million", "billion", "trillion", "percent", "%":
		return true
	}
	return false
}

// quantified reports a phrase headed by a quantifier ("each of these
// people"), whose determiner is the head and stays.
func quantified(toks []nlp.Token) bool {
	return len(toks) > 2 && quantifiers[strings.ToLower(toks[0].Text)] && strings.EqualFold(toks[1].Text, "of")
}

// quantifiers head a phrase of their own with an "of" complement ("each
// of these people", "most of the proposals").
var quantifiers = map[string]bool{"each": true, "all": true, "some": true, "most": true, "many": true, "none": true,
	"both": true, "either": true, "neither": true, "any": true, "several": true, "few": true, "one": true, "half": true}

// numberBound returns how many words at i bound the number after them
// ("more than", "fewer than", "at least", "at most"), or 0.
func numberBound(toks []nlp.Token, i, to int) int {
	if i+2 >= to || toks[i+2].Tag != "CD" {
		return 0
	}
	first, second := strings.ToLower(toks[i].Text), strings.ToLower(toks[i+1].Text)
	switch {
	case (first == "more" || first == "less" || first == "fewer") && second == "than",
		first == "at" && (second == "least" || second == "most"):
		return 2
	}
	return 0
}

// npForward returns the end of the noun phrase starting at i, or i when
// none starts there. A phrase may carry one "of" complement ("the content
// of their conversations").
func npForward(toks []nlp.Token, i, to int) int {
	end := npChunk(toks, i, to)
	if end == i && quantified(toks[i:to]) {
		if e := npChunk(toks, i+2, to); e > i+2 {
			return e
		}
	}
	if end > i && end+1 < to && strings.EqualFold(toks[end].Text, "of") {
		if e := npChunk(toks, end+1, to); e > end+1 {
			end = e
		}
	}
	return end
}

// npChunk returns the end of the base noun phrase (no complements)
// starting at i, or i. A personal pronoun is a phrase of its own.
func npChunk(toks []nlp.Token, i, to int) int {
	start := i
	for i < to && (toks[i].Tag == "``" || toks[i].Text == "“") {
		i++
	}
	if i < to && toks[i].Tag == "PRP" {
		return i + 1
	}
	// "More big investors": a comparative adverb opens the phrase.
	if i+1 < to && (toks[i].Tag == "RBR" || toks[i].Tag == "RBS") && (toks[i+1].Tag == "JJ" || strings.HasPrefix(toks[i+1].Tag, "NN")) {
		i++
	}
	// "more than 100 tanks", "at least 12 civilians": a bound on a
	// number.
	i += numberBound(toks, i, to)
	lastHead := -1
	for j := i; j < to && inNP(toks, j, to); j++ {
		if opensPhrase(toks, i, j) {
			break
		}
		if isNoun(toks[j]) {
			lastHead = j
		}
	}
	if lastHead < 0 {
		return start
	}
	end := lastHead + 1
	// Closing quotation marks stay with the phrase they close.
	if end < to && (toks[end].Tag == "''" || toks[end].Text == "”") && strings.Contains(textOf(toks[i:end]), "“") {
		end++
	}
	return end
}

// npBackward returns the start of the noun phrase ending at j (inclusive),
// or j+1 when none ends there.
func npBackward(toks []nlp.Token, j, from int) int {
	if j < from || !isNoun(toks[j]) && toks[j].Tag != "''" {
		return j + 1
	}
	i := j
	for i-1 >= from && (npTag(toks[i-1]) || adjectival(toks, i-1)) && toks[i-1].Tag != "PRP" && !opensPhrase(toks, max(i-4, from), i) {
		i--
	}
	return i
}

func textOf(toks []nlp.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && toks[i-1].End < t.Start {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

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

// contactRelative finds, in c[from:to], a determined common noun phrase
// followed by a phrase that opens with a determiner, possessive, pronoun or name:
// the noun a relative clause with no relative word modifies, and that
// clause's subject ("the plan | the mayor").
func contactRelative(c []nlp.Token, from, to int) (head, subj span, ok bool) {
	m := npForward(c, from, to)
	if m <= from || m >= to || !determined(c, span{from, m}) || !strings.HasPrefix(c[m-1].Tag, "NN") || c[m-1].Tag == "NNP" || npForward(c, m, to) != to || !opensWithReference(c, span{m, to}) {
		return span{}, span{}, false
	}
	return span{from, m}, span{m, to}, true
}

// gapHead returns the noun a relative clause modifies when that noun is
// the clause's object: in "the plan (that) the mayor proposed", subj is
// the mayor and the verb's arguments would start at k, where nothing
// follows but the clause's end. A noun of report takes a clause of its
// own ("the claim that the council approved") and a noun of time or
// reason is the clause's adjunct ("the day the mayor resigned"): neither
// is its object. Without a relative word, the noun must be an argument
// itself, not a preposition's ("in Kyiv the president spoke").
func (x *Extractor) gapHead(c []nlp.Token, subj span, k int) span {
	end := subj.from
	if end > 0 && relativeWords[strings.ToLower(c[end-1].Text)] {
		end--
		if end > 0 && c[end-1].Text == "," {
			// "the bill, which the Senate passed,".
			end--
		}
	} else if end == 0 || !strings.HasPrefix(c[end-1].Tag, "NN") || !opensWithReference(c, subj) {
		return span{}
	}
	if end < 1 || k < len(c) && !clauseBoundary(c[k]) && !punctuationTag(c[k].Tag) && !finite(c[k]) && c[k].Tag != "CC" {
		return span{}
	}
	start := npBackward(c, end-1, 0)
	head := c[end-1]
	if start >= end || head.Tag == "PRP" || x.schema.IsHedgingNoun(strings.ToLower(head.Text)) || x.schema.IsAdverbialNoun(strings.ToLower(head.Lemma)) {
		return span{}
	}
	if end == subj.from && start > 0 && (c[start-1].Tag == "IN" || c[start-1].Tag == "TO") {
		return span{}
	}
	return span{start, end}
}

// opensWithReference reports a noun phrase that opens with a
// determiner, a possessive, a pronoun or a name, as the subject of a
// clause with no relative word does ("the plan the mayor proposed", "the
// deal Trump signed").
func opensWithReference(c []nlp.Token, sp span) bool {
	t := c[sp.from]
	return determined(c, sp) || t.Tag == "PRP" || t.Tag == "NNP" && nlp.Capitalised(t.Text)
}

// relativeWords open a relative clause whose object may be its noun.
var relativeWords = map[string]bool{"that": true, "which": true, "whom": true}

// correlative reports the word that opens a coordination of two
// phrases: "neither … nor", "either … or", "both … and".
func correlative(t nlp.Token) bool {
	switch strings.ToLower(t.Text) {
	case "neither", "either", "both":
		return t.Tag == "CC" || t.Tag == "DT"
	}
	return false
}

// infinitiveAt reports a bare verb at i, perhaps after adverbs, as an
// infinitive's "to" takes it ("to officially comment").
func infinitiveAt(toks []nlp.Token, i, to int) bool {
	for i < to && toks[i].Tag == "RB" {
		i++
	}
	return i < to && toks[i].Tag == "VB"
}

// clausesIn finds the subject–predicate–object clauses of content.
func (x *Extractor) clausesIn(st *docState, c []nlp.Token, speaker *claim.Entity) []clause {
	var out []clause
	var prevSubj span
	hasPrev := false
	future := false
	cond := conditions{lastFrom: -1}
	i := 0
	for i < len(c) {
		if agent, head, ok := reducedPassive(c, i); ok {
			if cl, ok := x.agentClause(st, c, agent, head, c[i], speaker); ok {
				out = append(out, cl)
			}
			i = agent.to
			continue
		}
		if !isVerb(c[i]) || adjectival(c, i) || c[i].Tag == "VBG" && i > 0 && !isAux(c[i-1]) {
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
		if !ok && hasPrev && g > 0 && (c[g-1].Tag == "CC" || c[g-1].Text == ",") {
			subj, ok = prevSubj, true
		}
		if !ok {
			continue
		}
		prevSubj, hasPrev = subj, true
		if subj.from > 0 && strings.EqualFold(c[subj.from-1].Text, "whether") && !st.surface {
			// "declined to say whether Trump would attend" asks; the
			// graph has no claim of it. Open IE reads it as written.
			continue
		}
		conditioned := x.conditioned(&cond, c, subj, e, out)
		for _, r := range x.reciprocal(st, c, subj, g, e, speaker) {
			r.hedged = r.hedged || conditioned
			out = append(out, r)
		}
		cl, ok := x.verbClause(st, c, subj, g, e, speaker)
		if !ok {
			continue
		}
		if conditioned || x.reportedByNoun(c, cl.subjectSpan.from) {
			cl.hedged = true
		}
		future = future || futureIn(c[g:e])
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
	times := findTimes(c, e, clauseEnd(c, e), st.published(), futureIn(c[g:e]))
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

// futureIn reports a verb group in the future ("will meet").
func futureIn(group []nlp.Token) bool {
	return slices.ContainsFunc(group, func(t nlp.Token) bool { return t.Lemma == "will" || t.Lemma == "shall" })
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
				out[j].hedged = true
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

func isAux(t nlp.Token) bool {
	return t.Lemma == "be" || t.Tag == "MD"
}

// auxiliary reports a verb that can carry another's tense: be, have, do.
func auxiliary(t nlp.Token) bool {
	return t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do"
}

// subjectBefore finds the subject of the verb group at g. English puts
// the subject's head first ("the leak of a call between him and Witkoff
// was intended"), so it is the noun phrase that opens the stretch between
// the last clause boundary and the verb. Relative pronouns stand for the
// noun before them; "for X to do" makes X the subject of "do"; an
// appositive between commas ("Ushakov, the Kremlin aide, said") is
// passed over.
func subjectBefore(c []nlp.Token, g int) (span, bool) {
	j := g - 1
	for j >= 0 && c[j].Tag == "RB" {
		j--
	}
	if j < 0 {
		return span{}, false
	}
	if c[j].Tag == "WDT" || c[j].Tag == "WP" {
		k := j - 1
		if k >= 0 && c[k].Text == "," {
			k--
		}
		if s := npBackward(c, k, 0); s <= k {
			if s > 0 && c[s-1].Lemma == "be" && isVerb(c[s-1]) {
				// "Jane Doe is a lawyer who works for the city": the
				// phrase is what the copula's subject is, so the clause
				// is about the subject.
				if subj, ok := subjectBefore(c, s-1); ok {
					return subj, true
				}
			}
			return span{s, k + 1}, true
		}
		return span{}, false
	}
	if c[g].Tag == "TO" {
		for k := j; k >= 0 && k > j-20; k-- {
			if strings.EqualFold(c[k].Text, "for") && c[k].Tag == "IN" {
				if e := npForward(c, k+1, g); e > k+1 {
					return span{k + 1, e}, true
				}
			}
		}
		return span{}, false
	}
	var inner span // an appositive between commas, if any
	if k := interjectionBetweenCommas(c, j); k > 0 {
		// "Starmer, speaking in London, said", "The bill, which passed
		// the Senate on Tuesday, goes": the phrase describes the
		// subject before it.
		j = k - 1
	} else if c[j].Text == "," {
		// Pass over an appositive to the phrase before it, a relative
		// clause inside it too ("Jane Doe, a lawyer who grew up in
		// Ohio, said").
		k := boundaryBefore(c, j-1)
		if k >= 1 && c[k].Text != "," {
			k = appositiveStart(c, j)
		}
		if k < 1 || c[k].Text != "," {
			return span{}, false
		}
		inner = span{k + 1, j}
		j = k - 1
	}
	b := boundaryBefore(c, j)
	if _, head, ok := reducedPassive(c, max(b, 0)); ok && b >= 0 {
		// "The memo obtained by the paper shows": the memo shows.
		return head, true
	}
	if b >= 0 && isVerb(c[b]) {
		// A relative clause between subject and verb ("the plan that
		// emerged after the talks was criticized").
		if r := boundaryBefore(c, b-1); r > 0 && relativePronoun(c[r]) && isNoun(c[r-1]) {
			return modified(c, r)
		}
		if b == j {
			// A relative clause with no relative word between subject
			// and verb: "the plan the mayor proposed | was approved".
			if head, _, ok := contactRelative(c, boundaryBefore(c, b-1)+1, b); ok {
				return head, true
			}
		} else if _, subj, ok := contactRelative(c, b+1, j+1); ok {
			// After a verb, "approved the plan the mayor proposed": the
			// second phrase is the subject of a relative clause.
			return subj, true
		}
		if low := strings.ToLower(c[j].Text); j == b+1 && nominative[low] && low != "they" {
			// "I hope he will come": a subject pronoun after a verb
			// opens the clause the verb takes. Not "they", which the
			// verb's subject seldom is and a reported speaker's plural
			// would wrongly take ("Bloomberg reported that Witkoff
			// said they should work on a plan").
			return span{j, j + 1}, true
		}
		return span{}, false
	}
	if s, ok := relativeHead(c, b, g); ok {
		// "The plan that emerged after the talks was criticized": the
		// boundary found was inside the relative clause.
		return s, true
	}
	start := b + 1
	if start < j && correlative(c[start]) {
		// "Neither the council nor the mayor approved": the phrases
		// are the subject; verbClause reads the negation.
		start++
	}
	if start < j && c[start].Tag == "IN" && !subordinators[strings.ToLower(c[start].Text)] {
		// "In 1991 the museum was opened": an adverbial without its
		// comma stands before the subject, which opens with the first
		// determiner after a noun.
		if e := npForward(c, start+1, j+1); e > start+1 && e <= j {
			start = e
		} else if e > start+1 {
			for p := start + 2; p < e; p++ {
				if c[p].Tag == "DT" && isNoun(c[p-1]) {
					start = p
					break
				}
			}
		}
	}
	if e := npForward(c, start, j+1); e > start {
		// Of phrases in a row before the verb ("last week the
		// blueprint"), the last is the subject.
		for e <= j {
			next := npForward(c, e, j+1)
			if next <= e {
				break
			}
			start, e = e, next
		}
		// Of a description and a name, the name is the subject.
		if inner.to > inner.from && endsInName(c, inner) && !endsInName(c, span{start, e}) {
			return inner, true
		}
		return span{start, e}, true
	}
	return span{}, false
}

// interjectionBefore returns the comma that opens a phrase between
// commas right before the verb group at g, or -1.
func interjectionBefore(c []nlp.Token, g int) int {
	j := g - 1
	for j >= 0 && c[j].Tag == "RB" {
		j--
	}
	if j < 0 {
		return -1
	}
	return interjectionBetweenCommas(c, j)
}

// interjectionBetweenCommas returns the comma that opens a participial
// phrase (", speaking in London,", ", asked about the talks,") or a
// relative clause on the noun before it (", which passed the Senate on
// Tuesday,") closed by the comma at j, or -1.
func interjectionBetweenCommas(c []nlp.Token, j int) int {
	if c[j].Text != "," {
		return -1
	}
	k := j - 1
	// A comma between names ("Austin, Texas") is inside the phrase.
	for k > 0 && k > j-16 && (c[k].Text != "," || c[k-1].IsProperNoun() && c[k+1].IsProperNoun()) {
		if c[k].Text == ";" || c[k].Text == ":" || c[k].Text == "—" {
			return -1
		}
		k--
	}
	if k <= 0 || c[k].Text != "," || k+1 >= j {
		return -1
	}
	switch opener := c[k+1]; {
	case (opener.Tag == "WDT" || opener.Tag == "WP") && isNoun(c[k-1]):
		return k
	case opener.Tag == "VBG" || opener.Tag == "VBN" || opener.Tag == "VBD":
		// The tagger reads "asked" there as a past tense as often as a
		// participle; any other tense makes it a clause.
		if slices.ContainsFunc(c[k+2:j], finite) {
			return -1
		}
		return k
	}
	return -1
}

// appositiveStart returns the comma that opens an appositive closed by
// the comma at j when the appositive is a noun phrase with a relative
// clause ("a lawyer who grew up in Ohio"), or -1.
func appositiveStart(c []nlp.Token, j int) int {
	for k := j - 1; k > 0 && k > j-30; k-- {
		switch {
		case c[k].Text == ",":
			end := npForward(c, k+1, j)
			if end > k+1 && end < j && relativePronoun(c[end]) && isNoun(c[k-1]) {
				return k
			}
			return -1
		case c[k].Text == ";" || c[k].Text == ":" || c[k].Text == "—":
			return -1
		}
	}
	return -1
}

// relativeHead finds a relative clause that opens before the boundary b
// and runs up to the verb at g, and returns the noun phrase it modifies:
// the subject of g. The search stops at punctuation, which ends a
// subject's modifiers.
func relativeHead(c []nlp.Token, b, g int) (span, bool) {
	for r := b; r > 0; r-- {
		t := c[r]
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "—" || t.Text == "(" {
			return span{}, false
		}
		if relativePronoun(t) && isNoun(c[r-1]) && c[r-1].Tag != "PRP" && hasVerb(c[r+1:g]) {
			return modified(c, r)
		}
	}
	return span{}, false
}

func relativePronoun(t nlp.Token) bool {
	return t.Tag == "WDT" || t.Tag == "WP" || strings.EqualFold(t.Text, "that")
}

// modified returns the noun phrase that the relative clause opening at r
// modifies.
func modified(c []nlp.Token, r int) (span, bool) {
	start := boundaryBefore(c, r-1) + 1
	if e := npForward(c, start, r); e > start {
		return span{start, e}, true
	}
	return span{}, false
}

// subordinators open a clause with its own subject ("after Bloomberg
// published the call").
var subordinators = map[string]bool{"that": true, "because": true, "if": true, "while": true, "after": true,
	"before": true, "since": true, "until": true, "although": true, "though": true, "once": true, "unless": true, "whereas": true,
	"whether": true}

// boundaryBefore returns the index of the clause boundary (a comma,
// complementiser, clause-joining conjunction, dash, colon or verb) at or
// before j, or -1.
func boundaryBefore(c []nlp.Token, j int) int {
	for ; j >= 0; j-- {
		t := c[j]
		switch {
		case clauseBoundary(t):
			return j
		case isVerb(t) && !adjectival(c, j):
			return j
		case t.Tag == "CC" && (j > 0 && c[j-1].Text == "," || strings.EqualFold(t.Text, "but") || strings.EqualFold(t.Text, "yet") || joinsClauses(c, j)):
			// ", and" and "but" join clauses; a bare "and" joins the
			// parts of a subject ("Putin and Trump met") unless a clause
			// came before it.
			return j
		}
	}
	return -1
}

// clauseEnd returns where the clause whose verb group ends at e ends:
// at the next clause boundary, clause-joining conjunction or finite verb.
func clauseEnd(c []nlp.Token, e int) int {
	for j := e; j < len(c); j++ {
		t := c[j]
		if clauseBoundary(t) && t.Text != "," || finite(t) || t.Tag == "CC" && (strings.EqualFold(t.Text, "but") || strings.EqualFold(t.Text, "yet") || joinsClauses(c, j)) {
			return j
		}
		if t.Text == "," && j+1 < len(c) && (c[j+1].Tag == "CC" || hasSubjectAndVerb(c, j+1)) {
			return j
		}
	}
	return len(c)
}

// hasSubjectAndVerb reports a noun phrase at i followed by a finite verb.
func hasSubjectAndVerb(c []nlp.Token, i int) bool {
	end := npChunk(c, i, len(c))
	return end > i && end < len(c) && finite(c[end])
}

// joinsClauses reports whether the conjunction at j joins two clauses,
// each with its verb: "the council approved the budget and the mayor
// signed the law".
func joinsClauses(c []nlp.Token, j int) bool {
	return hasSubjectAndVerb(c, j+1) && finiteBefore(c, j)
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
		// criticized by the industry".
		conjoinedPassive := len(verbs) == 1 && v.Tag == "VBN" && g > 0 && c[g-1].Tag == "CC" && e < len(c) && strings.EqualFold(c[e].Text, "by")
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

// verbClause reads the predicate and object of the verb group c[g:e].
func (x *Extractor) verbClause(st *docState, c []nlp.Token, subj span, g, e int, speaker *claim.Entity) (clause, bool) {
	var cl clause
	vg, ok := x.readVerbGroup(c, subj.to, g, e)
	cl.negated, cl.hedged, cl.phase = vg.negated, vg.hedged, vg.phase
	if !ok {
		return cl, false
	}
	main, passive, predicate, denial := vg.main, vg.passive, vg.predicate, vg.denial
	k := e
	for k < len(c) && (c[k].Tag == "RB" || c[k].Tag == "``" || c[k].Text == "“") {
		k++
	}
	var after span // a time right after the verb group ("was erected in 1866")
	if end := timeAt(c, k, st); end > k {
		after, k = span{k, end}, end
	}
	subjTerm := subj
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
	var obj span
	relationEnd := e // where the words of the relation end
	whole := false   // whether the object is taken whole, as a value
	if passive && k+1 < len(c) && strings.EqualFold(c[k].Text, "by") {
		if end := npForward(c, k+1, len(c)); end > k+1 {
			subjTerm, obj = span{k + 1, end}, subj
			predicate = main.Lemma
			k = end
			cl.argsEnd = end
		}
	}
	if obj == (span{}) {
		switch {
		case k < len(c) && (c[k].Tag == "IN" || c[k].Tag == "TO") && !strings.EqualFold(c[k].Text, "that") && numberBound(c, k, len(c)) == 0:
			end := npForward(c, k+1, len(c))
			// "came after Bloomberg published excerpts": the phrase is
			// the subject of a clause the conjunction opens, no object.
			opensClause := end > k+1 && end < len(c) && finite(c[end]) && subordinators[strings.ToLower(c[k].Text)]
			if end > k+1 && !opensClause && timeAt(c, k, st) == k {
				predicate += " " + strings.ToLower(c[k].Text)
				obj = span{k + 1, end}
			} else if end := freeRelative(c, k+1); end > k+1 && !opensClause {
				// "depends on what he does": the clause is the object,
				// taken whole.
				predicate += " " + strings.ToLower(c[k].Text)
				obj, whole = span{k + 1, end}, true
			}
		case k < len(c) && c[k].Tag == "RP" && k+2 < len(c) && (c[k+1].Tag == "IN" || c[k+1].Tag == "TO"):
			if end := npForward(c, k+2, len(c)); end > k+2 {
				predicate += " " + strings.ToLower(c[k].Text) + " " + strings.ToLower(c[k+1].Text)
				obj = span{k + 2, end}
			}
		case adjectivesEnd(c, k) > k && main.Lemma == "be":
			obj = span{k, adjectivesEnd(c, k)}
			if p, arg, ok := adjectiveComplement(c, obj); ok {
				// "is tantamount to capitulation": the adjective and its
				// preposition are the predicate, the phrase the object.
				predicate, obj, relationEnd = predicate+" "+p, arg, arg.from
			}
		default:
			// A pronoun in the subject case is the subject of a clause
			// the verb takes, never its object: "I hope he will come".
			if end := npForward(c, k, len(c)); end > k && !nominative[strings.ToLower(c[k].Text)] {
				obj = span{k, end}
			}
			switch {
			case obj == (span{}):
			case x.schema.Accusing[main.Lemma].Preposition != "":
				// "accused the minister | of taking bribes": the charge
				// is no part of the object (see accused).
				for j := obj.from + 1; j+1 < obj.to; j++ {
					if strings.EqualFold(c[j].Text, x.schema.Accusing[main.Lemma].Preposition) && c[j+1].Tag == "VBG" {
						obj.to = j
						break
					}
				}
			case x.schema.IsDoubleObject(main.Lemma):
				obj = secondObject(c, obj, st)
			case x.schema.IsNaming(main.Lemma):
				obj, cl.complement = namedAs(c, obj)
			}
		}
	}
	if obj == (span{}) && !passive && main.Lemma != "do" && main.Lemma != "be" && main.Lemma != "have" {
		// The pro-verbs of an ellipsis ("weapons that other countries
		// don't") have no object of their own to miss.
		obj = x.gapHead(c, subj, k)
	}
	if obj == (span{}) && st.surface && k+1 < len(c) && strings.EqualFold(c[k].Text, "that") && hasVerb(c[k+1:]) {
		// Open IE takes a clause as the object ("indicated that organic
		// compounds could carry current"); the graph has the clause's
		// own claims instead.
		end := trimMarks(c, k+1, len(c)).to
		obj, relationEnd, whole = span{k + 1, end}, k+1, true
		predicate += " that"
	}
	if obj == (span{}) && st.surface {
		// Open IE takes a time or an adverbial as the argument of a
		// clause with no object of its own: "was erected in 1866", "By
		// the end of this experiment several results were found".
		if after.to > after.from {
			obj, whole, relationEnd = after, true, e
		} else if end := frontedAdverbial(c, subj.from, st); end > 0 {
			obj, whole, relationEnd = span{0, end}, true, e
		}
	}
	if obj == (span{}) {
		return cl, false
	}
	if head, _, ok := x.contactAttribution(c, obj); ok {
		// "had terms critics say would …": the speaker is not part of
		// the object.
		obj = head
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
	if relationEnd == e && strings.HasSuffix(predicate, " "+strings.ToLower(c[max(obj.from-1, 0)].Text)) && obj.from > e {
		cl.relationText += " " + c[obj.from-1].Text
	}
	return cl, true
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

// nominative pronouns are subjects only.
var nominative = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true}

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

// frontedAdverbial returns the end of a prepositional phrase or time
// that opens c before the subject at subj ("By the end of this
// experiment", "In 1991"), or 0.
func frontedAdverbial(c []nlp.Token, subj int, st *docState) int {
	if tx := timeAt(c, 0, st); tx > 0 && (tx == subj || tx+1 == subj && c[tx].Text == ",") {
		return tx
	}
	if subj < 2 || c[0].Tag != "IN" || subordinators[strings.ToLower(c[0].Text)] {
		return 0
	}
	if end := npForward(c, 1, subj); end == subj || end+1 == subj && c[end].Text == "," {
		return end
	}
	return 0
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

// afterBe reports whether verb v directly follows a form of "be" in verbs.
func afterBe(verbs []nlp.Token, v nlp.Token) bool {
	for i := 1; i < len(verbs); i++ {
		if verbs[i] == v {
			return verbs[i-1].Lemma == "be"
		}
	}
	return false
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

// pronouns stand for a person named before them, of their gender.
var pronouns = map[string]string{"he": schema.Masculine, "him": schema.Masculine, "she": schema.Feminine, "her": schema.Feminine}

// unresolvable pronouns stand for things this extractor cannot yet name.
var unresolvable = map[string]bool{"we": true, "us": true, "they": true, "them": true, "it": true, "this": true, "that": true, "you": true, "someone": true, "one": true}

// term turns a noun phrase into an entity: a named entity when it ends in
// a proper name, the speaker for "I", the antecedent for "he" or "she",
// otherwise a value.
func (x *Extractor) term(st *docState, c []nlp.Token, sp span, speaker *claim.Entity) (claim.Entity, string, bool, bool) {
	sp = trimMarks(c, sp.from, sp.to)
	if sp.from >= sp.to {
		return claim.Entity{}, "", false, false
	}
	toks := c[sp.from:sp.to]
	text := strings.Trim(textOf(toks), "“”\" ")
	if len(toks) == 1 && (toks[0].Tag == "PRP" || unresolvable[strings.ToLower(toks[0].Text)]) {
		low := strings.ToLower(toks[0].Text)
		switch {
		case (low == "i" || low == "me") && speaker != nil:
			return *speaker, text, true, true
		case pronouns[low] != "":
			if name := x.antecedent(st, c, sp.from, pronouns[low], speaker); name != "" {
				return entityFor(name, claim.Person), text, true, true
			}
		case low == "it" && speaker != nil && (speaker.Kind == claim.Organization || speaker.Kind == claim.Place || speaker.Kind == claim.Value && !st.plural) &&
			!st.quoted && !expletive(c, sp.from) && beforeVerb(c, sp.to):
			// In indirect speech an organisation, a country or a body
			// named by a common noun speaks of itself as "it", the
			// subject: "the Kremlin said it would respond", "the
			// government denied that it had used …"; an object "it" is
			// what was spoken of ("should raise it with Trump").
			return *speaker, text, true, true
		case (low == "they" || low == "them") && speaker != nil && st.plural && !st.quoted:
			// And many speakers, or an organisation, as "they":
			// "officials said they would visit Moscow".
			return *speaker, text, true, true
		}
		if st.surface {
			// Open IE scores the words as written; "he" is an argument.
			return valueFor(text), text, false, true
		}
		return claim.Entity{}, text, false, false
	}
	if len(toks) == 1 && (toks[0].Tag == "DT" || toks[0].Tag == "EX") {
		return claim.Entity{}, text, false, false
	}
	if ms := x.mentions(c, sp.from, sp.to); len(ms) > 0 {
		m := ms[len(ms)-1]
		if m.end == sp.to || m.end+1 == sp.to && (c[m.end].Tag == "''" || c[m.end].Text == "”") {
			full := st.names.resolve(m.name)
			if a, ok := x.schema.Alias(full); ok {
				full = a
			}
			kind := m.kind
			if kind == claim.Other {
				kind = st.names.kindOf(full)
			}
			return entityFor(full, kind), text, false, true
		}
	}
	// A capitalised word the tagger did not read as a name ("Witkoff" at
	// the start of a quotation) is still a name when the document gave it
	// as a surname.
	if len(toks) == 1 && nlp.Capitalised(toks[0].Text) {
		if full := st.names.resolve(toks[0].Text); full != toks[0].Text {
			return entityFor(full, st.names.kindOf(full)), text, false, true
		}
	}
	// A definite title ("the Kremlin aide") stands for the last person
	// the document gave that title or, failing that, for the person who
	// spoke last if the document gave him no title: "Ushakov said … .
	// The Kremlin aide said …", but not "Mayor Lopez said … . The
	// governor said …". "His aide" is never the speaker himself.
	if definite(toks) && x.schema.IsTitle(strings.ToLower(toks[len(toks)-1].Text)) {
		if name := st.names.withTitle(strings.ToLower(toks[len(toks)-1].Text), st.persons); name != "" {
			return entityFor(name, claim.Person), text, true, true
		}
		if st.lastSpeak != nil && st.lastSpeak.Kind == claim.Person && toks[0].Tag != "PRP$" && !st.names.titled(st.lastSpeak.Name) {
			return *st.lastSpeak, text, true, true
		}
	}
	value := valueText(toks)
	if q, ok := claim.ParseQuantity(value); ok {
		// "nineteen points" and "19 points" are one value.
		value = q.String()
	}
	return valueFor(value), text, false, true
}

// beforeVerb reports whether a verb, perhaps after adverbs, starts at
// k: what ends before it is the verb's subject.
func beforeVerb(c []nlp.Token, k int) bool {
	for k < len(c) && c[k].Tag == "RB" {
		k++
	}
	return k < len(c) && isVerb(c[k])
}

// expletive reports an "it" at i that stands for nothing: "it is
// unlikely that", "it seems", "it rained".
func expletive(c []nlp.Token, i int) bool {
	for k := i + 1; k < len(c) && k <= i+3; k++ {
		switch {
		case c[k].Tag == "MD" || c[k].Tag == "RB" || c[k].Lemma == "have" && k+1 < len(c) && c[k+1].Lemma == "be":
			continue
		case isVerb(c[k]):
			return expletiveVerbs[c[k].Lemma]
		}
		break
	}
	return false
}

// expletiveVerbs take an "it" that stands for nothing.
var expletiveVerbs = map[string]bool{"be": true, "seem": true, "appear": true, "remain": true, "take": true,
	"rain": true, "snow": true, "matter": true, "happen": true}

// definite reports a phrase that names one known referent: "the Kremlin
// aide", or a possessive one, "Trump's envoy", "his envoy".
func definite(toks []nlp.Token) bool {
	if toks[0].Lemma == "the" || toks[0].Tag == "PRP$" && len(toks) > 1 {
		// "the Kremlin aide", "his envoy".
		return true
	}
	for i := 1; i < len(toks)-1; i++ {
		if toks[i].Tag == "POS" {
			return toks[i-1].IsProperNoun()
		}
	}
	return false
}

// valueText is a phrase's text as written, without its leading
// determiner and its quotation marks.
func valueText(toks []nlp.Token) string {
	for len(toks) > 1 && (toks[0].Tag == "DT" && !quantified(toks) || toks[0].Tag == "``" || toks[0].Text == "“") {
		toks = toks[1:]
	}
	var kept []nlp.Token
	for _, t := range toks {
		if t.Text != "“" && t.Text != "”" && t.Text != "\"" {
			kept = append(kept, t)
		}
	}
	return textOf(kept)
}

// antecedent finds who "he" or "she" at i refers to: the last person of
// its gender named before it in the same content, else the speaker of
// indirect speech, else the last such person the document mentioned.
func (x *Extractor) antecedent(st *docState, c []nlp.Token, i int, gender string, speaker *claim.Entity) string {
	ms := x.mentions(c, 0, i)
	person := func(m mention) (string, bool) {
		full := st.names.resolve(m.name)
		return full, (st.names.kindOf(full) == claim.Person || m.kind == claim.Person) && st.names.compatible(full, gender)
	}
	if i > 1 && c[i-1].Lemma != "that" && subordinators[strings.ToLower(c[i-1].Text)] {
		// The subject of an adverbial clause after its main clause is
		// the main clause's subject, its first person, as Hobbs's
		// search finds it: "Witkoff will meet Putin if he comes".
		for _, m := range ms {
			if full, ok := person(m); ok {
				return full
			}
		}
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if full, ok := person(ms[k]); ok {
			return full
		}
	}
	// In indirect speech "X said he ..." is usually X; inside a quotation
	// X would say "I", so "he" is someone else.
	if speaker != nil && speaker.Kind == claim.Person && !st.quoted && st.names.compatible(speaker.Name, gender) {
		return speaker.Name
	}
	// A name of no known kind in the same words may be a person's
	// surname: "Zelenskyy met Macron … and thanked him".
	for k := len(ms) - 1; k >= 0; k-- {
		if full := st.names.resolve(ms[k].name); ms[k].kind == claim.Other && st.names.kindOf(full) == claim.Other && st.names.compatible(full, gender) {
			return full
		}
	}
	return st.lastPerson(gender, func(name string) bool { return speaker == nil || FoldName(name) != FoldName(speaker.Name) })
}

// lastPerson returns the person the document mentioned last who may be
// referred to by a pronoun of gender and passes keep, or "".
func (st *docState) lastPerson(gender string, keep func(name string) bool) string {
	for k := len(st.persons) - 1; k >= 0; k-- {
		if name := st.persons[k]; st.names.compatible(name, gender) && keep(name) {
			return name
		}
	}
	return ""
}

// mention is a proper name found in tokens, with the titles before it.
type mention struct {
	name       string
	kind       claim.Kind
	titles     []string
	start, end int
}

// mentions finds the names in toks[from:to], titles stripped ("U.S.
// President Donald Trump" names Donald Trump, a person).
func (x *Extractor) mentions(toks []nlp.Token, from, to int) []mention {
	var out []mention
	for _, e := range x.gazetteer.Entities(toks, from, to) {
		out = append(out, mention{name: textOf(toks[e.Start:e.End]), kind: claim.Kind(e.Kind), titles: e.Titles, start: e.Start, end: e.End})
	}
	return out
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
