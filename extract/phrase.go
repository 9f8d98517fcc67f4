package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph/extract/nlp"
)

// Noun-phrase chunking over tagged tokens: where a phrase starts and
// ends, amounts and their bounds, and the words of a span. Pure
// functions of the tokens.

type span struct{ from, to int }

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
// leaked call", "a barnstorming professional team", "the deadliest
// sporting disasters") rather than heading a verb group.
func adjectival(toks []nlp.Token, i int) bool {
	t := toks[i]
	if t.Tag != "VBN" && t.Tag != "VBG" {
		return false
	}
	prevNP := i > 0 && (toks[i-1].Tag == "DT" || strings.HasPrefix(toks[i-1].Tag, "JJ") || toks[i-1].Tag == "PRP$" || toks[i-1].Tag == "POS" || toks[i-1].Tag == "IN" || toks[i-1].Tag == "HYPH")
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
