package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/extract/nlp"
)

// Tag corrections: the tagger's errors that the extraction rules depend
// on, put right after tagging, with the closed classes they use.

// acronym reports a word of two or more capitals and nothing else; a
// run of them is a headline or a shout, which the rule leaves alone.
func acronym(word string) bool {
	return len(word) >= 2 && strings.IndexFunc(word, func(r rune) bool { return !unicode.IsUpper(r) }) < 0
}

// score is a game's result, "3-2".
var score = regexp.MustCompile(`^\d{1,3}[-–]\d{1,3}$`)

// possessives are the possessive determiners, a closed class.
var possessives = map[string]bool{"my": true, "your": true, "his": true, "her": true, "its": true, "our": true, "their": true, "whose": true, "one's": true}

// doSupport reports a finite "do" or a modal, after which a verb is in
// its base form.
func doSupport(t nlp.Token) bool {
	return t.Tag == "MD" || strings.EqualFold(t.Lemma, "do") && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP")
}

// fixTags corrects tagger errors the rules depend on: "her" before a
// noun phrase is a possessive determiner, not a pronoun object, and a
// word after "to" that ends as only nouns end ("to capitulation", "to
// neutrality") is a noun, not an infinitive.
func fixTags(toks []nlp.Token) {
	for i := range toks {
		// Prepositions are a closed class: a word the tagger read as one
		// that is none is a noun ("fired tear gas").
		if toks[i].Tag == "IN" && !prepositions[strings.ToLower(toks[i].Text)] && strings.IndexFunc(toks[i].Text, unicode.IsLetter) >= 0 {
			toks[i].Tag, toks[i].UPOS = "NN", "NOUN"
		}
		// An acronym is a name ("ECOWAS", which it read as an adverb).
		if acronym(toks[i].Text) && !toks[i].IsProperNoun() && !(i > 0 && acronym(toks[i-1].Text) || i+1 < len(toks) && acronym(toks[i+1].Text)) {
			toks[i].Tag, toks[i].UPOS = "NNP", "PROPN"
		}
		// So are possessive determiners: "tear" is none.
		if toks[i].Tag == "PRP$" && !possessives[strings.ToLower(toks[i].Text)] {
			toks[i].Tag, toks[i].UPOS = "NN", "NOUN"
		}
		// A word with letters in it is no punctuation mark ("G-7" was
		// read as a bracket).
		if punctuationTag(toks[i].Tag) && strings.IndexFunc(toks[i].Text, unicode.IsLetter) >= 0 {
			toks[i].Tag, toks[i].UPOS = "NN", "NOUN"
			if nlp.Capitalised(toks[i].Text) {
				toks[i].Tag, toks[i].UPOS = "NNP", "PROPN"
			}
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		// A clause that "that" or a subordinating conjunction opens has
		// a tense: in "said that the plane crashed", crashed is past,
		// not the participle the tagger often reads. A participle with
		// an agent or before the clause's verb stays one ("that the plan
		// proposed by the council was ready").
		if toks[i].Tag == "IN" && (strings.EqualFold(toks[i].Text, "that") || subordinators[strings.ToLower(toks[i].Text)]) {
			if j := npChunk(toks, i+1, len(toks)); j > i+1 && j+1 < len(toks) && toks[j].Tag == "VBN" && strings.HasSuffix(toks[j].Text, "ed") &&
				!strings.EqualFold(toks[j+1].Text, "by") && !finiteInClause(toks, j) {
				toks[j].Tag = "VBD"
			}
		}
		// "shot down 40 drones", "called off the talks": an adverb of
		// direction between a verb and its object is the verb's
		// particle.
		if i+2 < len(toks) && isVerb(toks[i]) && toks[i+1].Tag == "RB" && particles[strings.ToLower(toks[i+1].Text)] && objectStart(toks[i+2].Tag) {
			toks[i+1].Tag = "RP"
		}
		if doSupport(toks[i]) {
			// "did not heed": after "do" or a modal the verb is its base
			// form, which "-eed" and "-ed" words are read out of.
			j := i + 1
			if j+1 < len(toks) && toks[j].Tag == "RB" {
				j++
			}
			if toks[j].Tag == "VBD" || toks[j].Tag == "VBN" {
				toks[j].Tag, toks[j].Lemma = "VB", strings.ToLower(toks[j].Text)
			}
		}
		next := toks[i+1].Tag
		if toks[i].Tag == "JJ" && i > 0 && (toks[i-1].Tag == "POS" || toks[i-1].Tag == "JJ" && i > 1 && toks[i-2].Tag == "POS") &&
			(next == "VBD" || next == "VBZ" || next == "VBN" || next == "MD") {
			// "Hong Kong's chief executive apologized": a possessor's
			// phrase ends in a noun, before its verb.
			toks[i].Tag, toks[i].UPOS = "NN", "NOUN"
			if next == "VBN" {
				toks[i+1].Tag = "VBD"
			}
		}
		if i > 0 && (toks[i].Tag == "VB" || toks[i].Tag == "VBP") && (next == "NN" || next == "NNS") && (toks[i-1].Tag == "VBD" || toks[i-1].Tag == "VBZ") && !bareInfinitive[toks[i-1].Lemma] {
			// "fired tear gas": a verb's base form cannot follow a
			// finite verb, but for "helped build houses".
			toks[i].Tag, toks[i].UPOS = "NN", "NOUN"
		}
		if lemma, ok := nlp.IrregularPast(toks[i+1].Text); ok && next == "VB" && (toks[i].Tag == "NN" || toks[i].Tag == "NNP") {
			// "A man fell to his death": a base form never follows its
			// singular subject, so an irregular past read as one is past.
			toks[i+1].Tag, toks[i+1].Lemma = "VBD", lemma
		}
		if toks[i].Tag == "PRP" && strings.EqualFold(toks[i].Text, "her") && (strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ")) {
			toks[i].Tag = "PRP$"
		}
		if strings.EqualFold(toks[i].Text, "to") && next == "VB" && nounSuffixed(toks[i+1].Text) {
			toks[i].Tag, toks[i+1].Tag = "IN", "NN"
		}
		if i > 0 && score.MatchString(toks[i].Text) && punctuationTag(toks[i+1].Tag) && strings.HasPrefix(toks[i-1].Tag, "NN") {
			// "beat Chelsea 2-1.": a score after the object says how.
			toks[i].Tag, toks[i].UPOS = "RB", "ADV"
		}
		if i > 0 && isVerb(toks[i-1]) && score.MatchString(toks[i].Text) && strings.EqualFold(toks[i+1].Text, "to") {
			// "lost 3-2 to Persebaya": a score after a verb says how,
			// and "to" opens the verb's object, not an infinitive.
			toks[i].Tag, toks[i].UPOS = "RB", "ADV"
			toks[i+1].Tag, toks[i+1].UPOS = "IN", "ADP"
			if i+2 < len(toks) && toks[i+2].Tag == "VB" {
				toks[i+2].Tag, toks[i+2].UPOS = "JJ", "ADJ"
			}
		}
		if i+2 < len(toks) && toks[i].Tag == "VBG" && i > 0 && (strings.HasPrefix(toks[i-1].Tag, "NN") || toks[i-1].Tag == "JJ") && next == "NN" && toks[i+2].IsProperNoun() {
			// "world soccer governing body FIFA": before a noun and the
			// name it describes, a participle is the noun's modifier.
			toks[i].Tag, toks[i].UPOS = "JJ", "ADJ"
		}
		if i > 0 && toks[i].Tag == "," && (toks[i].Text == "-" || toks[i].Text == "–") && joinable(toks[i-1]) && joinable(toks[i+1]) {
			// "mortgage - backed", as tokenised text writes
			// "mortgage-backed": a hyphen, not a pause.
			toks[i].Tag = "HYPH"
		}
	}
}

// verbsReadAsNouns corrects a verb in -s that the tagger read as a
// plural noun: "G-7 consists of …", "what the council decides". A word
// the treebank only ever had as a verb is one; so is a word it never
// had that follows the subject's singular noun, comes before a
// preposition, determiner or the end of its clause, and leaves its
// clause without any other finite verb. A word it had both ways is left
// to the tagger ("weekend talks in Geneva" is a noun phrase) unless an
// infinitive follows it.
func (x *Extractor) verbsReadAsNouns(toks []nlp.Token) {
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.Tag != "NNS" || !strings.HasSuffix(t.Text, "s") || nlp.Capitalised(t.Text) {
			continue
		}
		amb := x.model.Ambiguity[strings.ToLower(t.Text)]
		verb := amb == "VERB"
		afterSubject := func() bool {
			prev := toks[i-1].Tag
			return (prev == "NN" || prev == "NNP") && opensClause(toks, npBackward(toks, i-1, 0)) && !finiteInClause(toks, i)
		}
		switch {
		case verb:
		case amb == "":
			verb = (i+1 == len(toks) || clauseGoesOn(toks[i+1].Tag)) && afterSubject()
		default:
			// A word read both ways is a verb when an infinitive follows
			// and its clause has no other verb: "the council plans to
			// approve", not "the council's plans to build … were
			// dropped".
			verb = i+2 < len(toks) && toks[i+1].Tag == "TO" && infinitiveAt(toks, i+2, len(toks)) && afterSubject()
		}
		if verb {
			toks[i].Tag, toks[i].UPOS = "VBZ", "VERB"
			toks[i].Lemma = x.model.Lemma(t.Text, "VBZ")
		}
	}
}

// prepositions are the words English uses as prepositions and
// subordinating conjunctions (Penn's IN), a closed class.
var prepositions = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`aboard about above across after against ahead albeit along alongside amid amidst
		among amongst around as aside astride at atop barring because before behind below beneath beside besides
		between beyond but by circa concerning considering cos cuz despite down during except excluding following
		for from given if in including inside into less like minus near nearer nearest next notwithstanding of off
		on once onto opposite out outside over past pending per plus post pre pro regarding round save since so
		than that though through throughout thru till to toward towards under underneath unless unlike until unto
		up upon versus via vs vs. whereas whether while whilst with within without worth lest o' ' til 'til`) {
		m[w] = true
	}
	return m
}()

// bareInfinitive verbs take a verb's base form: "helped build",
// "let go", "made leave", "saw fall".
var bareInfinitive = map[string]bool{"help": true, "let": true, "make": true, "see": true, "hear": true, "watch": true, "have": true, "do": true}

// particles are the adverbs that complete a phrasal verb.
var particles = map[string]bool{"down": true, "up": true, "out": true, "off": true, "away": true, "back": true}

// objectStart reports a tag that opens a noun phrase object.
func objectStart(tag string) bool {
	switch tag {
	case "DT", "CD", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ":
		return true
	}
	return false
}

// nounsReadAsVerbs corrects the converse: a plural noun the tagger read
// as a verb in -s between a determined noun phrase and a verb in the
// past with its object, where no verb in -s can stand ("the Geneva talks produced a
// framework"). Auxiliaries keep their tag ("the agency has compiled").
func (x *Extractor) nounsReadAsVerbs(toks []nlp.Token) {
	for i := 1; i+1 < len(toks); i++ {
		t := toks[i]
		if t.Tag != "VBZ" || !pastWithObject(toks, i+1) || auxiliary(t) || x.model.Ambiguity[strings.ToLower(t.Text)] == "VERB" {
			continue
		}
		prev := toks[i-1].Tag
		if start := npBackward(toks, i-1, 0); (prev == "NN" || prev == "NNP") && start < i && toks[start].Tag == "DT" {
			toks[i].Tag, toks[i].UPOS = "NNS", "NOUN"
			toks[i].Lemma = x.model.Lemma(t.Text, "NNS")
		}
	}
	for i := 2; i < len(toks); i++ {
		// "a review of the football matches.", "into all football
		// matches and …": a word in -s that ends a prepositional
		// phrase's noun phrase is its head noun.
		t := toks[i]
		if t.Tag != "VBZ" || auxiliary(t) || toks[i-1].Tag != "NN" || i+1 < len(toks) && !punctuationTag(toks[i+1].Tag) && toks[i+1].Tag != "CC" {
			continue
		}
		if start := npBackward(toks, i-1, 0); start > 0 && toks[start-1].Tag == "IN" && !strings.EqualFold(toks[start-1].Text, "that") {
			toks[i].Tag, toks[i].UPOS = "NNS", "NOUN"
			toks[i].Lemma = x.model.Lemma(t.Text, "NNS")
		}
	}
}

// participlesReadAsAdjectives corrects a participle the tagger read as
// an adjective after "be" in a passive with an agent: "the protest was
// organised on June 9 by the front" (a spelling the treebank lacks).
// The word must end as participles do and be a known verb's form. A
// sentence's first word read as a verb before a noun and a finite verb
// is a noun: "Tear gas is banned".
func (x *Extractor) participlesReadAsAdjectives(toks []nlp.Token) {
	for i := 1; i+1 < len(toks); i++ {
		t := toks[i]
		if t.Tag != "JJ" || !strings.HasSuffix(strings.ToLower(t.Text), "ed") || toks[i-1].Lemma != "be" {
			continue
		}
		lemma := x.model.Lemma(t.Text, "VBN")
		if !x.model.Known[lemma] && !x.model.Known[strings.TrimSuffix(lemma, "ise")+"ize"] || !slices.ContainsFunc(toks[i+1:min(i+10, len(toks))], func(u nlp.Token) bool { return strings.EqualFold(u.Text, "by") }) {
			continue
		}
		toks[i].Tag, toks[i].UPOS, toks[i].Lemma = "VBN", "VERB", lemma
	}
	if len(toks) > 2 && toks[0].Tag == "VB" && strings.HasPrefix(toks[1].Tag, "NN") && finite(toks[2]) {
		toks[0].Tag, toks[0].UPOS = "NN", "NOUN"
		toks[0].Lemma = x.model.Lemma(toks[0].Text, "NN")
	}
}

// superlativesReadAsNouns corrects a noun in -est that the tagger read
// as a superlative ("the group that organized the protest", "under
// arrest"): a superlative is an adjective's form, never a noun's or a
// verb's lemma as written.
func (x *Extractor) superlativesReadAsNouns(toks []nlp.Token) {
	for i, t := range toks {
		if lower := strings.ToLower(t.Text); t.Tag == "JJS" && x.model.Known[lower] && lower != "best" && lower != "worst" {
			toks[i].Tag, toks[i].UPOS, toks[i].Lemma = "NN", "NOUN", lower
		}
	}
}

// pastWithObject reports a verb in the past at i, or a past participle
// with an object after it, which the tagger gives "produced" in "the
// talks produced a framework"; not "looks abandoned".
func pastWithObject(toks []nlp.Token, i int) bool {
	switch {
	case toks[i].Tag == "VBD":
		return true
	case toks[i].Tag == "VBN" && i+1 < len(toks):
		next := toks[i+1].Tag
		return next == "DT" || next == "PRP$" || next == "CD"
	}
	return false
}

// clauseGoesOn reports a tag that can follow a verb in -s: its object or
// preposition, or the end of the sentence.
func clauseGoesOn(tag string) bool {
	switch tag {
	case "IN", "DT", "PRP$", "CD", "JJ", "RP", ".":
		return true
	}
	return false
}

// opensClause reports whether a noun phrase starting at i can be a
// subject: it opens the sentence, follows a clause boundary or a verb
// whose content it begins ("said the spray overcomes"), not a
// preposition ("director of plant sciences").
func opensClause(toks []nlp.Token, i int) bool {
	return i == 0 || clauseBoundary(toks[i-1]) || toks[i-1].Tag == "CC" || strings.EqualFold(toks[i-1].Text, "that") || isVerb(toks[i-1])
}

// finiteInClause reports a finite verb in the clause of token i, other
// than at i: between the clause boundaries before and after it.
func finiteInClause(toks []nlp.Token, i int) bool {
	if finiteBefore(toks, i) {
		return true
	}
	for k := i + 1; k < len(toks) && !clauseBoundary(toks[k]); k++ {
		if finite(toks[k]) {
			return true
		}
	}
	return false
}

// finiteBefore reports a finite verb between the clause boundary before
// token i and i.
func finiteBefore(toks []nlp.Token, i int) bool {
	for k := i - 1; k >= 0 && !clauseBoundary(toks[k]); k-- {
		if finite(toks[k]) {
			return true
		}
	}
	return false
}
