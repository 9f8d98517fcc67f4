package extract

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
)

// attribution is reported speech found in a sentence: who said it, with
// which verb, and which tokens hold what was said.
type attribution struct {
	speaker *claim.Entity
	verb    string
	// speakerText and verbToken are the speaker and the reporting verb
	// as written ("he", "said"), for Open IE, which scores the
	// attribution as a tuple.
	speakerText string
	verbToken   nlp.Token
	// plural says the speaker is many or an organisation, which speak of
	// themselves as "they".
	plural  bool
	content []span
	negates bool
	hedges  bool
	quoted  bool
}

func isCloseMark(t nlp.Token) bool {
	return t.Text == "," || t.Text == "”" || t.Text == "\"" || t.Tag == "''"
}

func (x *Extractor) reportingVerb(t nlp.Token) bool {
	if !strings.HasPrefix(t.Tag, "VB") || t.Tag == "VBG" {
		return false
	}
	_, ok := x.schema.Reporting(t.Lemma)
	return ok
}

// hasVerb reports whether toks hold a finite verb, so can be a clause.
func hasVerb(toks []nlp.Token) bool {
	return slices.ContainsFunc(toks, finite)
}

// attribution finds reported speech: "X said (that) ...", "..., X said",
// "..., said X", "A, X said, B" and "according to X, ...".
func (x *Extractor) attribution(st *docState, toks []nlp.Token) *attribution {
	a := x.accordingTo(st, toks)
	nests := a != nil
	if a == nil {
		// Not inside a quotation: "I said no," Trump said is Trump's.
		a = x.reportedSpeech(st, toks)
		nests = a != nil && !a.quoted
	}
	if nests && len(a.content) == 1 {
		// "Peskov told reporters that …, according to Tass", "The front
		// said a million marched, the reports said": what the outer
		// speaker reports is that the inner one said it, so the inner
		// one is its speaker.
		c := a.content[0]
		if inner := x.reportedSpeech(st, toks[c.from:c.to]); inner != nil {
			for i := range inner.content {
				inner.content[i].from += c.from
				inner.content[i].to += c.from
			}
			return inner
		}
	}
	return a
}

// reportedSpeech finds the attributions of attribution but "according
// to".
func (x *Extractor) reportedSpeech(st *docState, toks []nlp.Token) *attribution {
	quoted := strings.ContainsAny(textOf(toks), "“\"")
	for i := len(toks) - 1; i > 0; i-- {
		if !x.reportingVerb(toks[i]) {
			continue
		}
		if a := x.speakerBeforeVerb(st, toks, i, quoted); a != nil {
			return a
		}
		if a := x.speakerAfterVerb(st, toks, i, quoted); a != nil {
			return a
		}
	}
	// "X said (that) ...": the first reporting verb with a subject. A
	// verb with an infinitive or a preposition's gerund reports nothing
	// ("Russia and the US continue to build relations", "insisted on
	// pushing the bill").
	for i := 1; i < len(toks); i++ {
		if !x.reportingVerb(toks[i]) || i+1 < len(toks) && toks[i+1].Tag == "TO" || opensInterjection(toks, i) || gerundAfter(toks, i) {
			continue
		}
		// The subject stands before the whole verb group: "Trump had
		// already told reporters".
		g := i
		for g > 1 && (toks[g-1].Tag == "MD" || toks[g-1].Tag == "RB" || isVerb(toks[g-1]) && auxiliary(toks[g-1])) {
			g--
		}
		subj, ok := subjectBefore(toks, g)
		if !ok {
			continue
		}
		// The subject opens the sentence or follows a comma, dash,
		// quotation mark, adverb or a conjunction that opens the
		// sentence ("But Lavrov warned that …").
		if k := subj.from - 1; k >= 0 && toks[k].Text != "," && toks[k].Text != "—" && toks[k].Tag != "``" && toks[k].Tag != "RB" && !(k == 0 && toks[k].Tag == "CC") {
			continue
		}
		start := x.contentStart(st, toks, i)
		if start >= len(toks) || !hasVerb(toks[start:]) {
			continue
		}
		// A denial takes a noun as often as a clause: "rejected the
		// candidate who leaked the memo" denies no leak. Unless "that"
		// or a colon says so, its content must open with a clause.
		if x.denies(toks[i]) && !strings.EqualFold(toks[start-1].Text, "that") && toks[start-1].Text != ":" && !hasSubjectAndVerb(toks, start) {
			continue
		}
		a := x.newAttribution(st, toks, subj, i, quoted)
		if a == nil {
			continue
		}
		a.content = []span{trimMarks(toks, start, len(toks))}
		return a
	}
	return nil
}

// gerundAfter reports a verb at i followed by a preposition and a
// gerund ("insisted on pushing").
func gerundAfter(toks []nlp.Token, i int) bool {
	return i+2 < len(toks) && toks[i+1].Tag == "IN" && toks[i+2].Tag == "VBG"
}

// denies reports a reporting verb that negates what it reports ("deny").
func (x *Extractor) denies(t nlp.Token) bool {
	rv, ok := x.schema.Reporting(t.Lemma)
	return ok && rv.Negates
}

// reportBeforeName reports a phrase toks[from:to] in which a noun of
// report comes before a name: in "…, a claim Kyiv rejected" the claim
// is what Kyiv rejected, not Kyiv's title.
func (x *Extractor) reportBeforeName(toks []nlp.Token, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if x.schema.IsHedgingNoun(strings.ToLower(toks[k].Text)) && toks[k+1].IsProperNoun() {
			return true
		}
	}
	return false
}

// opensInterjection reports a verb that opens a participial phrase
// between commas ("Starmer, asked about the talks, said …"): it reports
// nothing of its own.
func opensInterjection(toks []nlp.Token, i int) bool {
	if toks[i-1].Text != "," {
		return false
	}
	for k := i + 1; k < len(toks) && k < i+12; k++ {
		if toks[k].Text == "," {
			return interjectionBetweenCommas(toks, k) == i-1
		}
	}
	return false
}

// speakerBeforeVerb reads "..., X said" and "A, X said, B" (not "...,
// X said he would") for the reporting verb at i.
func (x *Extractor) speakerBeforeVerb(st *docState, toks []nlp.Token, i int, quoted bool) *attribution {
	rest := restAfter(toks, i+1)
	untilComma := toks[i+1 : max(rest.from-1, i+1)]
	if rest.from == len(toks) {
		untilComma = toks[i+1:]
	}
	end := i
	if i > 3 && toks[i-1].Text == "," && toks[i-2].Tag == "CD" && toks[i-3].Text == "," {
		// "protester Peter Chan, 21, told AFP": an age between commas
		// belongs to the speaker.
		end = i - 3
	}
	if s := npBackward(toks, end-1, 0); s < end && s > 0 && isCloseMark(toks[s-1]) && !hasVerb(untilComma) && !x.reportBeforeName(toks, s, end) {
		before := trimMarks(toks, 0, s-1)
		// A closing mark alone before the verb names no speaker
		// ("“…,” said Newsom"): speakerAfterVerb reads it.
		if before.to > before.from && hasVerb(toks[before.from:before.to]) || s > 1 && toks[s-1].Text == "," && before.to > before.from {
			a := x.newAttribution(st, toks, span{s, end}, i, quoted)
			if a == nil {
				return nil
			}
			a.content = []span{before}
			switch {
			case participial(toks, before):
				// "Pressed on the report, Trump replied, “No, …”":
				// the phrase before describes the speaker; what he
				// said follows, if anything.
				a.content = nil
				if rest.to > rest.from && hasVerb(toks[rest.from:rest.to]) {
					a.content = []span{rest}
				}
			case rest.to > rest.from && !hasVerb(toks[before.from:before.to]) && hasVerb(toks[rest.from:rest.to]):
				a.content = append(a.content, rest)
			}
			return a
		}
	}
	return nil
}

// speakerAfterVerb reads "..., said X." for the reporting verb at i.
func (x *Extractor) speakerAfterVerb(st *docState, toks []nlp.Token, i int, quoted bool) *attribution {
	// "…, told AFP": a verb of telling is followed by its hearer, never
	// by its speaker.
	if rv, _ := x.schema.Reporting(toks[i].Lemma); isCloseMark(toks[i-1]) && !rv.Hearer {
		// The speaker ends the sentence or its clause: in "…, said
		// Britain would send troops" Britain is no speaker.
		e := npForward(toks, i+1, len(toks))
		who := span{i + 1, e}
		if name, ok := x.nameAfterTitle(toks, e); ok {
			who, e = name, name.to
		}
		if e > i+1 && (e == len(toks) || punctuationTag(toks[e].Tag)) {
			before := trimMarks(toks, 0, i-1)
			if before.to > before.from && hasVerb(toks[before.from:before.to]) {
				if a := x.newAttribution(st, toks, who, i, quoted); a != nil {
					a.content = []span{before}
					return a
				}
			}
		}
	}
	return nil
}

// nameAfterTitle finds the name ending the sentence after a title
// whose "for" or "of" phrase opens at e ("said Minister for Political,
// Legal and Security Affairs Mahfud MD."): the last run of names, after
// any organisation's word in it. ok is false when the sentence goes on
// otherwise.
func (x *Extractor) nameAfterTitle(toks []nlp.Token, e int) (name span, ok bool) {
	if e >= len(toks) || toks[e].Tag != "IN" || !strings.EqualFold(toks[e].Text, "for") && !strings.EqualFold(toks[e].Text, "of") {
		return span{}, false
	}
	last := len(toks)
	for last > e && punctuationTag(toks[last-1].Tag) {
		last--
	}
	if hasVerb(toks[e:last]) {
		return span{}, false
	}
	from := last
	for from > e+1 && toks[from-1].Tag == "NNP" && !x.gazetteer.OrgWords[strings.ToLower(toks[from-1].Text)] {
		from--
	}
	return span{from, last}, from < last
}

// participial reports a phrase that opens with a participle ("Pressed
// on the report", "Asked about the talks"), which modifies the subject
// after it rather than stating anything of its own.
func participial(toks []nlp.Token, sp span) bool {
	return sp.to > sp.from && (toks[sp.from].Tag == "VBN" || toks[sp.from].Tag == "VBG") && sp.from == 0
}

// contentStart skips what stands between the reporting verb at v and
// its content: "that", a colon, or the hearer and time of "told
// reporters on Tuesday (that)".
func (x *Extractor) contentStart(st *docState, toks []nlp.Token, v int) int {
	k := v + 1
	for j := k; j < len(toks) && j < k+10; j++ {
		if strings.EqualFold(toks[j].Text, "that") && (toks[j].Tag == "IN" || toks[j].Tag == "WDT") {
			// After the verb's object, "that" opens a relative clause
			// ("rejected the plan that the council approved"), which
			// reports nothing, unless the object is a hearer ("told
			// reporters that") or a report ("denied claims that").
			if j > k && npChunk(toks, k, len(toks)) == j && !x.schema.IsDoubleObject(toks[v].Lemma) && !x.schema.IsHedgingNoun(strings.ToLower(toks[j-1].Text)) {
				return len(toks)
			}
			return j + 1
		}
		if isVerb(toks[j]) {
			break
		}
	}
	if x.schema.IsDoubleObject(toks[v].Lemma) {
		if j := npChunk(toks, k, len(toks)); j > k {
			if j = timeAt(toks, j, st); hasSubjectAndVerb(toks, j) {
				return j
			}
		}
	}
	for k < len(toks) && (toks[k].Text == ":" || toks[k].Text == ",") {
		k++
	}
	return k
}

func restAfter(toks []nlp.Token, k int) span {
	for j := k; j < len(toks); j++ {
		if toks[j].Text == "," {
			return trimMarks(toks, j+1, len(toks))
		}
	}
	return span{len(toks), len(toks)}
}

// trimMarks drops quotation marks, commas and final stops at both ends.
func trimMarks(toks []nlp.Token, from, to int) span {
	mark := func(t nlp.Token) bool {
		return t.Text == "," || t.Text == "." || t.Text == "“" || t.Text == "”" || t.Text == "\"" || t.Text == ":" || t.Tag == "``" || t.Tag == "''"
	}
	for from < to && mark(toks[from]) {
		from++
	}
	for to > from && mark(toks[to-1]) {
		to--
	}
	return span{from, to}
}

func (x *Extractor) accordingTo(st *docState, toks []nlp.Token) *attribution {
	for i := 0; i+2 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, "according") || !strings.EqualFold(toks[i+1].Text, "to") {
			continue
		}
		e := npForward(toks, i+2, len(toks))
		if e == i+2 {
			return nil
		}
		who := span{i + 2, e}
		if e+1 < len(toks) && (strings.EqualFold(toks[e].Text, "by") || strings.EqualFold(toks[e].Text, "from")) {
			// "according to estimates by protest organizers", "to
			// figures from the ministry": who made them says it.
			if by := npForward(toks, e+1, len(toks)); by > e+1 {
				who, e = span{e + 1, by}, by
			}
		}
		speaker, _, _, ok := x.term(st, toks, who, nil)
		if !ok {
			return nil
		}
		before := trimMarks(toks, 0, i)
		after := trimMarks(toks, e, len(toks))
		a := &attribution{speaker: &speaker, verb: "according to", quoted: strings.ContainsAny(textOf(toks), "“\"")}
		for _, s := range []span{before, after} {
			if s.to > s.from {
				a.content = append(a.content, s)
			}
		}
		return a
	}
	return nil
}

func (x *Extractor) newAttribution(st *docState, toks []nlp.Token, speakerSpan span, verb int, quoted bool) *attribution {
	// The closing mark before "he said" is no part of the speaker.
	speakerSpan = trimMarks(toks, speakerSpan.from, speakerSpan.to)
	var speaker claim.Entity
	gender := ""
	if speakerSpan.to-speakerSpan.from == 1 {
		gender = pronouns[strings.ToLower(toks[speakerSpan.from].Text)]
	}
	if gender != "" {
		// "he said": the speaker is who spoke or was named last before
		// this sentence, of the pronoun's gender, never a name inside the
		// quotation.
		var name string
		if st.lastSpeak != nil && st.lastSpeak.Kind == claim.Person && st.names.compatible(st.lastSpeak.Name, gender) {
			name = st.lastSpeak.Name
		} else {
			name = st.lastPerson(gender, func(string) bool { return true })
		}
		switch {
		case name != "":
			speaker = entityFor(name, claim.Person)
		case st.surface:
			// Open IE scores the words: "he" said it.
			speaker = valueFor(toks[speakerSpan.from].Text)
		default:
			return nil
		}
	} else if speakerSpan.to-speakerSpan.from == 1 && toks[speakerSpan.from].Tag == "PRP" {
		// "I believe" inside a quotation is not a new attribution.
		return nil
	} else {
		var ok bool
		speaker, _, _, ok = x.term(st, toks, speakerSpan, st.lastSpeak)
		if !ok {
			return nil
		}
	}
	if speaker.Kind == claim.Other || speaker.Kind == "" {
		// Whoever is reported as speaking is a person or an organisation
		// speaking through one; "person" is the better guess for names.
		speaker.Kind = claim.Person
	}
	rv, _ := x.schema.Reporting(toks[verb].Lemma)
	return &attribution{speaker: &speaker, verb: strings.ToLower(toks[verb].Text), negates: rv.Negates, hedges: rv.Hedges, quoted: quoted,
		speakerText: textOf(toks[speakerSpan.from:speakerSpan.to]), verbToken: toks[verb],
		plural: speaker.Kind == claim.Organization || strings.HasPrefix(toks[speakerSpan.to-1].Tag, "NNS") || toks[speakerSpan.to-1].Tag == "NNPS"}
}

// speakerRelatives reads, in the outlet's voice, the relative clauses in
// the words of a sentence that its attribution leaves out of what was
// said: "The union, which organized the strike, said …" and "The Civil
// Human Rights Front, the group that organized the protest, said …"
// state that the union organized the strike and the front the protest.
func (x *Extractor) speakerRelatives(st *docState, toks []nlp.Token, attr *attribution) []clause {
	var out []clause
	for r := 2; r+1 < len(toks); r++ {
		// A subject relative only: in "concerns that the envoy was
		// close", "that" opens what the concerns are.
		v := r + 1
		for v < len(toks) && toks[v].Tag == "RB" {
			v++
		}
		if !relativePronoun(toks[r]) || attr.says(r) || v == len(toks) || !isVerb(toks[v]) {
			continue
		}
		head, ok := relativeAntecedent(toks, r)
		if !ok {
			continue
		}
		end := r + 1
		for end < len(toks) && toks[end].Text != "," && toks[end].Text != "—" && !attr.says(end) {
			end++
		}
		if !hasVerb(toks[r+1 : end]) {
			continue
		}
		words := append(slices.Clone(toks[head.from:head.to]), toks[r+1:end]...)
		out = append(out, x.clausesIn(st, words, nil)...)
		r = end
	}
	return out
}

// says reports whether token i is in what the attribution reports.
func (a *attribution) says(i int) bool {
	return slices.ContainsFunc(a.content, func(sp span) bool { return sp.from <= i && i < sp.to })
}

// relativeAntecedent returns the noun phrase that the relative clause
// opening at r modifies: the one right before it, or before its comma
// ("the union, which").
func relativeAntecedent(toks []nlp.Token, r int) (span, bool) {
	k := r - 1
	if toks[k].Text == "," && !strings.EqualFold(toks[r].Text, "that") {
		k--
	}
	if k < 0 || !isNoun(toks[k]) || toks[k].Tag == "PRP" {
		return span{}, false
	}
	np := span{npBackward(toks, k, 0), k + 1}
	return namedBy(toks, np), np.from < np.to
}

// namedBy returns the name that the description at np stands in
// apposition to ("the front, the group that organized …"), since the
// name is what the description's clause is about; else np.
func namedBy(toks []nlp.Token, np span) span {
	if np.from < 2 || toks[np.from-1].Text != "," || !isDescription(toks, np) {
		return np
	}
	name := span{npBackward(toks, np.from-2, 0), np.from - 1}
	if name.from >= name.to {
		return np
	}
	// The tagger reads some names as common words ("Civil Human Rights
	// Front"): each word capitalised makes a name too.
	if endsInName(toks, name) || !slices.ContainsFunc(toks[name.from:name.to], func(t nlp.Token) bool { return !nlp.Capitalised(t.Text) }) {
		return name
	}
	return np
}
