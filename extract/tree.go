package extract

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/extract/nlp"
)

// depTree is a parsed sentence with each word's dependents, for reading
// clauses off the dependency parse: every predicate, its subject found
// or inherited along the tree (a conjoined verb shares its first
// conjunct's, a participle takes the noun it modifies), its arguments
// as whole subtrees.
type depTree struct {
	toks []nlp.Token
	kids [][]int
	// timeAt reports whether a time expression starts at a word;
	// negates whether a word negates (the schema's negations).
	timeAt  func(k int) bool
	negates func(word string) bool
}

func newDepTree(toks []nlp.Token, timeAt func(k int) bool, negates func(word string) bool) depTree {
	t := depTree{toks: toks, kids: make([][]int, len(toks)), timeAt: timeAt, negates: negates}
	for i := range toks {
		if h := t.head(i); h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

// head is the position of i's head, -1 for the root (or no parse).
func (t depTree) head(i int) int {
	if h := t.toks[i].Head - 1; h >= 0 && h < len(t.toks) && h != i {
		return h
	}
	return -1
}

// rel is i's relation without its subtype ("nsubj:pass" is "nsubj").
func (t depTree) rel(i int) string { return nlp.UniversalRelation(t.toks[i].Rel) }

// child returns i's first dependent whose relation, in full or without
// its subtype, is one of rels, or -1.
func (t depTree) child(i int, rels ...string) int {
	for _, k := range t.kids[i] {
		if slices.Contains(rels, t.toks[k].Rel) || slices.Contains(rels, t.rel(k)) {
			return k
		}
	}
	return -1
}

// subtree returns i and everything below it in sentence order, leaving
// out the subtrees of the dependents skip names.
func (t depTree) subtree(i int, skip func(k int) bool) []int {
	var out []int
	seen := make(map[int]bool)
	var walk func(k int)
	walk = func(k int) {
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, k)
		for _, d := range t.kids[k] {
			if skip == nil || !skip(d) {
				walk(d)
			}
		}
	}
	walk(i)
	slices.Sort(out)
	return out
}

// text joins words as the sentence spaced them, trimming punctuation and
// conjunctions left dangling at either edge.
func (t depTree) text(words []int) string {
	words = t.trim(words)
	var b strings.Builder
	for n, k := range words {
		if n > 0 && (words[n-1]+1 != k || t.toks[words[n-1]].End < t.toks[k].Start) {
			b.WriteByte(' ')
		}
		b.WriteString(t.toks[k].Text)
	}
	return b.String()
}

// trim drops punctuation and conjunctions at the edges of words.
func (t depTree) trim(words []int) []int {
	for len(words) > 0 && dangling(t.toks[words[0]]) {
		words = words[1:]
	}
	for len(words) > 0 && dangling(t.toks[words[len(words)-1]]) {
		words = words[:len(words)-1]
	}
	return words
}

func dangling(tok nlp.Token) bool {
	return tok.UPOS == "PUNCT" && tok.Text != "''" && tok.Text != "”" && tok.Text != ")" || tok.UPOS == "CCONJ"
}

// relativePronouns open a relative clause and stand for the noun it
// modifies.
var relativePronouns = map[string]bool{"who": true, "whom": true, "which": true, "that": true}

// treePredicate is one predicate read off the parse.
type treePredicate struct {
	head int // the verb, or the predicate noun or adjective of a copula
	// relation holds the words of the relation; args the dependents
	// whose subtrees are the object.
	relation, args []int
	subject        int
	// subjectSkip is a dependent of the subject that is not part of it:
	// the clause itself when the subject is the noun the clause modifies.
	subjectSkip int
	// stand is the noun a relative pronoun among the arguments stands
	// for ("the book that he wrote").
	stand, standFor int
	// copula is a form of "be" the sentence leaves out and the relation
	// states: "the situation, familiar to …" is familiar to.
	copula string
}

// start is where the predicate's relation starts.
func (p treePredicate) start() int {
	if len(p.relation) > 0 {
		return p.relation[0]
	}
	return p.head
}

// predicates finds every predicate of the sentence that has a subject
// and an argument.
func (t depTree) predicates() []treePredicate {
	var out []treePredicate
	for i, tok := range t.toks {
		if p, ok := t.modifierPredicate(i); ok {
			out = append(out, p)
			continue
		}
		cop := t.child(i, "cop")
		shared := t.sharedCopula(i)
		verbal := tok.UPOS == "VERB" && cop < 0
		if !verbal && cop < 0 && shared < 0 {
			continue
		}
		switch t.rel(i) {
		case "amod", "compound", "aux", "cop", "case", "mark", "det", "fixed", "flat", "goeswith":
			continue
		}
		if t.mergedInto(i) >= 0 {
			continue
		}
		p := treePredicate{head: i, subject: -1, subjectSkip: -1, stand: -1, standFor: -1}
		if !t.readSubject(&p) {
			continue
		}
		switch {
		case verbal:
			t.verbalParts(&p)
		case cop < 0:
			p.copula = t.toks[shared].Text
			t.nominalParts(&p, shared)
		default:
			t.nominalParts(&p, cop)
		}
		if len(p.args) == 0 {
			continue
		}
		out = append(out, p)
	}
	return out
}

// sharedCopula returns the copula of the predicate a noun or adjective
// i is conjoined to ("is a writer and a director": a director too), or
// -1.
func (t depTree) sharedCopula(i int) int {
	h := t.head(i)
	if h < 0 || t.toks[i].Rel != "conj" {
		return -1
	}
	switch t.toks[i].UPOS {
	case "NOUN", "PROPN", "ADJ", "NUM":
		return t.child(h, "cop")
	}
	return -1
}

// modifierPredicate reads what an adjective with a complement states of
// the noun it modifies, with the copula the sentence leaves out:
// "people close to the talks" are close to the talks.
func (t depTree) modifierPredicate(i int) (treePredicate, bool) {
	h := t.head(i)
	if h < 0 || t.toks[i].Rel != "amod" || t.toks[i].UPOS != "ADJ" || i < h {
		return treePredicate{}, false
	}
	o := t.child(i, "obl")
	if o < 0 {
		return treePredicate{}, false
	}
	p := treePredicate{head: i, subject: h, subjectSkip: i, stand: -1, standFor: -1, copula: t.be(h),
		relation: []int{i}, args: []int{o}}
	if c := t.child(o, "case"); c >= 0 && c < o {
		p.relation = append(p.relation, c)
	}
	return p, true
}

// be is the form of "be" that agrees with noun n and the sentence's
// tense.
func (t depTree) be(n int) string {
	plural := t.toks[n].Tag == "NNS" || t.toks[n].Tag == "NNPS"
	past := false
	for r, tok := range t.toks {
		if tok.Rel != "root" {
			continue
		}
		past = tok.Tag == "VBD"
		for _, k := range t.kids[r] {
			if t.rel(k) == "cop" || t.rel(k) == "aux" {
				past = past || t.toks[k].Tag == "VBD"
			}
		}
	}
	switch {
	case plural && past:
		return "were"
	case plural:
		return "are"
	case past:
		return "was"
	}
	return "is"
}

// mergedInto returns the verb whose relation an infinitive i completes
// ("wants to visit": one relation), or -1. A governor with an object of
// its own keeps the infinitive as an argument ("asked him to leave").
func (t depTree) mergedInto(i int) int {
	h := t.head(i)
	if h < 0 || t.toks[i].Rel != "xcomp" || t.toks[i].UPOS != "VERB" || t.toks[h].UPOS != "VERB" || t.child(h, "obj", "iobj") >= 0 {
		return -1
	}
	return h
}

// readSubject finds the predicate's subject, inherited where the clause
// has none of its own.
func (t depTree) readSubject(p *treePredicate) bool {
	i := p.head
	for depth := 0; depth < 8; depth++ {
		if s := t.child(i, "nsubj", "csubj", "nsubj:outer"); s >= 0 {
			if relativePronouns[strings.ToLower(t.toks[s].Text)] && t.toks[i].Rel == "acl:relcl" && t.head(i) >= 0 {
				p.subject, p.subjectSkip = t.head(i), i
				return true
			}
			p.subject = s
			return true
		}
		h := t.head(i)
		if h < 0 {
			return false
		}
		switch t.toks[i].Rel {
		case "xcomp":
			// "asked him to leave": he is to leave.
			if o := t.child(h, "obj", "iobj"); o >= 0 {
				p.subject = o
				return true
			}
			i = h
		case "conj", "advcl":
			i = h
		case "acl":
			if t.toks[h].UPOS == "VERB" {
				return false
			}
			p.subject, p.subjectSkip = h, i
			return true
		default:
			// Among them a relative clause without a subject: its noun
			// is its object ("the book he wrote") or the parse is wrong.
			return false
		}
	}
	return false
}

// verbalParts collects a verb's relation words and arguments, through
// the infinitives merged into it.
func (t depTree) verbalParts(p *treePredicate) {
	for v := p.head; v >= 0; {
		next := -1
		p.relation = append(p.relation, v)
		for _, k := range t.kids[v] {
			switch {
			case t.rel(k) == "aux" || t.toks[k].Rel == "compound:prt" || t.negation(k):
				p.relation = append(p.relation, k)
			case t.rel(k) == "mark" && strings.EqualFold(t.toks[k].Text, "to"):
				p.relation = append(p.relation, k)
			case k != p.head && t.mergedInto(k) == v:
				next = k
			case t.argument(k, v):
				p.args = append(p.args, k)
				if relativePronouns[strings.ToLower(t.toks[k].Text)] && t.toks[v].Rel == "acl:relcl" {
					p.stand, p.standFor = k, t.head(v)
				}
			}
		}
		v = next
	}
	slices.Sort(p.relation)
	slices.Sort(p.args)
	t.prepositionIntoRelation(p)
}

// argument reports whether dependent k of verb v belongs to the object:
// objects, complements, oblique and time phrases anywhere, and adverbs
// after the verb ("closed the plants temporarily").
func (t depTree) argument(k, v int) bool {
	switch t.rel(k) {
	case "obj", "iobj", "obl", "ccomp", "xcomp", "nmod":
		return true
	case "advmod":
		return k > v && t.toks[k].UPOS == "ADV"
	}
	return false
}

// negation reports an adverb that negates its head ("not", "never").
func (t depTree) negation(k int) bool {
	return t.rel(k) == "advmod" && t.negates(strings.ToLower(t.toks[k].Text))
}

// prepositionIntoRelation moves the preposition of an objectless verb's
// first argument after it into the relation, where Open IE puts it
// ("returned to – Cleveland"), and likewise the "that" of a clause
// ("indicated that – …"). A time keeps its preposition ("was erected –
// in 1866").
func (t depTree) prepositionIntoRelation(p *treePredicate) {
	if t.child(p.head, "obj", "iobj") >= 0 {
		return
	}
	last := p.relation[len(p.relation)-1]
	for _, a := range p.args {
		if a < last {
			continue
		}
		first := t.subtree(a, nil)[0]
		marker := "case"
		switch t.rel(a) {
		case "obl":
		case "ccomp":
			marker = "mark"
		default:
			return
		}
		if c := t.child(a, marker); c >= 0 && c == first && !t.timeAt(c) && !t.timeAt(c+1) {
			p.relation = append(p.relation, c)
		}
		return
	}
}

// nominalParts reads a copula's relation ("is", "was not", "is in") and
// takes the predicate noun or adjective, without the clause's other
// parts, as the one argument.
func (t depTree) nominalParts(p *treePredicate, cop int) {
	i := p.head
	for _, k := range t.kids[i] {
		if t.rel(k) == "aux" || k == cop || t.negation(k) {
			p.relation = append(p.relation, k)
		}
	}
	if c := t.child(i, "case"); c >= 0 && c < i && c > cop {
		p.relation = append(p.relation, c)
	}
	slices.Sort(p.relation)
	p.args = []int{i}
}

// objectWords returns the predicate's object words: the arguments
// after the relation in order, then those before it ("In 1984, X became
// Y": Y In 1984), each without punctuation at its edges.
func (t depTree) objectWords(p treePredicate) []int {
	inRelation := func(k int) bool { return slices.Contains(p.relation, k) }
	var after, before []int
	for _, a := range p.args {
		var words []int
		switch a {
		case p.head:
			words = t.subtree(a, func(k int) bool {
				switch t.rel(k) {
				case "nsubj", "csubj", "cop", "aux", "punct", "cc", "conj", "advcl", "parataxis", "mark", "expl", "discourse", "vocative", "acl", "dep", "list":
					return true
				}
				return inRelation(k) || t.negation(k)
			})
		case p.stand:
			words = t.subtree(p.standFor, func(k int) bool {
				return k == t.head(a) || t.toks[k].Rel == "acl:relcl" || t.head(k) == p.standFor && t.clausePart(k)
			})
		default:
			words = t.subtree(a, func(k int) bool {
				return inRelation(k) || t.rel(k) == "mark" && t.head(k) == a && t.rel(a) == "ccomp"
			})
		}
		words = slices.DeleteFunc(words, inRelation)
		words = t.trim(words)
		if a < p.start() && a != p.stand {
			before = append(before, words...)
		} else {
			after = append(after, words...)
		}
	}
	return append(after, before...)
}

// subjectWords returns the subject's words: a noun phrase, without
// the clause parts it heads when it is a predicate itself ("X is a
// method displaying …": the method) and the preposition of an oblique
// noun a participle modifies.
func (t depTree) subjectWords(p treePredicate) []int {
	return t.subtree(p.subject, func(k int) bool {
		if k == p.subjectSkip {
			return true
		}
		switch t.toks[k].Rel {
		case "acl:relcl", "appos", "punct", "parataxis":
			return true
		}
		return t.head(k) == p.subject && t.clausePart(k)
	})
}

// clausePart reports a dependent that makes its head a clause rather
// than a noun phrase: its subject, copula, auxiliaries, adverbial
// clauses, conjoined predicates, and a preposition the head governs.
func (t depTree) clausePart(k int) bool {
	switch t.rel(k) {
	case "nsubj", "csubj", "cop", "aux", "mark", "advcl", "expl", "case", "cc":
		return true
	case "conj":
		return t.toks[k].UPOS == "VERB" || t.child(k, "cop", "nsubj") >= 0
	}
	return false
}

// depTree is the parsed sentence toks as a tree, with the document's
// times and the schema's negations.
func (x *Extractor) depTree(st *docState, toks []nlp.Token) depTree {
	return newDepTree(toks, func(k int) bool { return timeAt(toks, k, st) > k }, x.schema.IsNegation)
}

// nounPhrase returns the span words cover when they leave no gap, hold
// no verb and are headed by a noun (or, when predicative, an
// adjective): a phrase the graph can name.
func (t depTree) nounPhrase(words []int, predicative bool) (span, bool) {
	if len(words) == 0 || words[len(words)-1]-words[0]+1 != len(words) {
		return span{}, false
	}
	for _, k := range words {
		switch t.toks[k].UPOS {
		case "VERB", "AUX":
			return span{}, false
		}
	}
	sp := span{words[0], words[len(words)-1] + 1}
	head := t.phraseHead(sp)
	if t.toks[words[0]].UPOS == "ADP" || strings.HasPrefix(t.toks[head].Tag, "W") {
		// A preposition the relation left out, or "who" and "what",
		// which stand for no one the graph can name.
		return span{}, false
	}
	switch t.toks[head].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
	case "ADJ":
		if !predicative {
			return span{}, false
		}
	default:
		return span{}, false
	}
	return sp, true
}

// asserted reports whether the clause headed by i states something: not
// a question ("whether") or a condition (the schema's conditionals), nor
// a clause on a noun: the content of "concerns that …", or a relative
// clause, whose object is the noun the chunked reading has already read.
func (x *Extractor) asserted(t depTree, i int) bool {
	if t.rel(i) == "acl" {
		return false
	}
	if m := t.child(i, "mark"); m >= 0 {
		low := strings.ToLower(t.toks[m].Text)
		return low != "whether" && !x.schema.IsConditional(low)
	}
	return true
}

// phraseHead returns the word of sp whose head lies outside it.
func (t depTree) phraseHead(sp span) int {
	head := sp.from
	for k := sp.from; k < sp.to; k++ {
		if h := t.head(k); h < sp.from || h >= sp.to {
			head = k
		}
	}
	return head
}

// ownSubject reports whether the predicate's subject is its own or a
// conjoined verb's: subjects inherited from a governing clause or a
// modified noun are misread too often for the graph.
func (t depTree) ownSubject(p treePredicate) bool {
	h := t.head(p.subject)
	if p.subjectSkip >= 0 {
		return false
	}
	// A conjunct without its conjunction is more often a misparse
	// ("discussed the proposal put to the council").
	return h == p.head || t.toks[p.head].Rel == "conj" && h == t.head(p.head) && t.child(p.head, "cc") >= 0
}

// reports says whether attr reports the clause headed by i: the clause
// lies in its content and, where the parse attaches it to the reporting
// verb, not as an adverbial clause, which is the writer's aside ("X
// confirmed …, as the White House claims momentum").
func (t depTree) reports(attr *attribution, i int) bool {
	in := false
	for _, s := range attr.content {
		in = in || i >= s.from && i < s.to
	}
	if !in || attr.verbToken.Text == "" {
		return in
	}
	for k, depth := i, 0; depth < len(t.toks); depth++ {
		h := t.head(k)
		if h < 0 {
			break
		}
		if t.toks[h].Start == attr.verbToken.Start {
			return t.rel(k) != "advcl"
		}
		k = h
	}
	return true
}

// verbAfterSubject reports whether a finite content verb at i follows,
// but for adverbs, a word that can end its subject: a clause the parse
// can add to the chunked reading's, worth parsing the sentence for.
func verbAfterSubject(toks []nlp.Token, i int) bool {
	if !finite(toks[i]) || toks[i].UPOS != "VERB" {
		return false
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	return j >= 0 && isNoun(toks[j])
}
