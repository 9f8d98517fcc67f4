package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
	"github.com/claimgraph/claimgraph/schema"
)

// Terms and references: a span of tokens as a claim's entity or value,
// and the names that pronouns and definite descriptions stand for.

// nominative pronouns are subjects only.
var nominative = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true}

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
	if m, ok := x.namingMention(c, sp); ok {
		full := m.name
		if !x.placeMention(c, m.start) {
			full = st.names.resolve(m.name)
		}
		if a, ok := x.schema.Alias(full); ok {
			full = a
		}
		kind := m.kind
		if kind == claim.Other {
			kind = st.names.kindOf(full)
		}
		return entityFor(full, kind), text, false, true
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

// placeMention reports a name at i that its words make a place: after
// "in" ("arrived in Malang") or after a kind of place and "of" ("the
// city of Malang"). A place is not a surname of a longer name.
func (x *Extractor) placeMention(c []nlp.Token, i int) bool {
	switch {
	case i >= 1 && (strings.EqualFold(c[i-1].Text, "in") || strings.EqualFold(c[i-1].Text, "near")):
		return true
	case i >= 2 && strings.EqualFold(c[i-1].Text, "of"):
		return x.schema.IsPlaceNoun(strings.ToLower(c[i-2].Lemma))
	}
	return false
}

// headBeforeOf reports a phrase whose head comes before a preposition
// whose phrase the name at nameFrom ends: "the streets of Hong Kong",
// "supporters of the home team Arema", "a stadium in Indonesia" are the
// streets, the supporters and the stadium, not the name. A title ("the
// chief of the police, Dedi Prasetyo") or a place noun ("the city of
// Malang") before it leaves the phrase the name's.
func (x *Extractor) headBeforeOf(c []nlp.Token, from, nameFrom int) bool {
	for k := from + 1; k < nameFrom; k++ {
		if c[k].Tag != "IN" {
			continue
		}
		head := strings.ToLower(c[k-1].Lemma)
		return !x.schema.IsTitle(head) && !placeNouns[head] && isNoun(c[k-1])
	}
	return false
}

// placeNouns name a place by the name their "of" phrase gives it.
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "province": true, "region": true, "state": true,
	"country": true, "island": true, "district": true, "county": true, "capital": true, "port": true, "municipality": true,
	"republic": true, "kingdom": true, "regency": true, "prefecture": true, "area": true}

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

// namingMention returns the name that the phrase sp stands for: the one
// that ends it (before a closing quotation mark), or a person's whose
// "of" phrase follows ("Deputy Governor Emil Dardak of East Java
// province" says where the office is); none when the phrase's head
// comes before the name ("the streets of Hong Kong").
func (x *Extractor) namingMention(c []nlp.Token, sp span) (mention, bool) {
	ms := x.mentions(c, sp.from, sp.to)
	if len(ms) == 0 {
		return mention{}, false
	}
	m := ms[len(ms)-1]
	if p := ms[0]; p.kind == claim.Person && p.end < sp.to && strings.EqualFold(c[p.end].Text, "of") {
		m = p
	} else if m.end != sp.to && !(m.end+1 == sp.to && (c[m.end].Tag == "''" || c[m.end].Text == "”")) {
		return mention{}, false
	}
	return m, !x.headBeforeOf(c, sp.from, m.start)
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
