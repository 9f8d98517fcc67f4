package extract

import (
	"strings"

	"github.com/claimgraph/claimgraph/extract/nlp"
	"github.com/claimgraph/claimgraph/schema"
)

// Measures: what a figure's number measures, read from the noun it
// counts or the words of a measure nearest it in its clause
// (schema/measures.yaml).

// measureOf finds what a numeral measures: the noun it counts ("240,000
// participants", "125 dead"), else the nearest word of a measure in its
// clause ("174 people were killed", "put the death toll at 131").
func (x *Extractor) measureOf(toks []nlp.Token, n numeral, boundFrom, lo, hi int) (measure, unit string) {
	if m := x.schema.MeasureNoun(n.attached); m != "" {
		return m, ""
	}
	counted := n.to
	if counted+1 < hi && strings.EqualFold(toks[counted].Text, "of") {
		// "three of my children", "200,000 of the guns": a part of
		// what the "of" phrase names, which counts as a noun after the
		// number does.
		head := partitiveHead(toks, counted+1, hi)
		if head < hi && (toks[head].Tag == "NN" || toks[head].Tag == "NNS") && !x.schema.IsTotal(strings.ToLower(toks[head].Lemma)) &&
			x.measureNounAt(toks, head, hi) == "" {
			return "", ""
		}
	}
	if counted < hi {
		if m := x.measureNounAt(toks, counted, hi); m != "" && x.schema.Measures[m].Kind == schema.MeasureProperty {
			// "a 6.4 magnitude earthquake": the number is the value of
			// the property the noun after it names.
			return m, ""
		}
		if head := npChunk(toks, counted, hi) - 1; head > counted && isNoun(toks[head]) {
			// "three Israeli soldiers", "28 arrest warrants": the
			// phrase's head is what is counted.
			counted = head
		}
		if m := x.measureNounAt(toks, counted, hi); m != "" {
			// "three protesters were arrested": what befell the people
			// counted is the measure, not that they were protesters.
			if v := predicateOf(toks, counted+1, hi); v >= 0 {
				if mv := x.measureVerbAt(toks, v); mv != "" {
					return mv, ""
				}
				if mv := x.measureNounAt(toks, v, hi); mv != "" && toks[v].Tag == "JJ" {
					return mv, ""
				}
			}
			return m, ""
		}
		t := toks[counted]
		lemma := strings.ToLower(t.Lemma)
		switch {
		case x.schema.IsTotal(lemma):
			counted++
		case isNoun(t) || t.Tag == "JJ":
			// "8 km": a unit of a measure the clause names.
			if m := x.nearestMeasure(toks, boundFrom, counted+1, lo); m != "" {
				if _, _, ok := x.schema.MeasureUnit(m, lemma); ok {
					return m, lemma
				}
			}
			if isNoun(t) {
				// "30 inmates escaped" counts what a measure counts;
				// "five police vehicles", "two officers" count
				// something else, or a part of a total.
				if m := x.nearestMeasure(toks, boundFrom, counted+1, lo); m != "" && x.schema.Counts(m, lemma) {
					return m, ""
				}
				return "", ""
			}
		}
	}
	return x.nearestMeasure(toks, boundFrom, counted, lo), ""
}

// predicateOf is the verb of the clause whose subject ends before k,
// past its auxiliaries and adverbs ("were reportedly arrested"), or the
// adjective after "be" ("were injured"); -1 when the next word is
// neither.
func predicateOf(toks []nlp.Token, k, hi int) int {
	afterBe := false
	for i := k; i < hi; i++ {
		t := toks[i]
		switch {
		case auxiliary(t) || t.Tag == "MD" || t.Tag == "RB":
			afterBe = afterBe || t.Lemma == "be"
			continue
		case isVerb(t) || t.Tag == "JJ" && afterBe:
			return i
		}
		return -1
	}
	return -1
}

// measureNounAt returns the measure a noun (or a noun and the next)
// at i names.
func (x *Extractor) measureNounAt(toks []nlp.Token, i, hi int) string {
	if !isNoun(toks[i]) && toks[i].Tag != "JJ" && toks[i].Tag != "VBN" {
		return ""
	}
	lemma := strings.ToLower(toks[i].Lemma)
	if i+1 < hi {
		if m := x.schema.MeasureNoun(lemma + " " + strings.ToLower(toks[i+1].Lemma)); m != "" {
			return m
		}
	}
	if i > 0 {
		if m := x.schema.MeasureNoun(strings.ToLower(toks[i-1].Lemma) + " " + lemma); m != "" {
			return m
		}
	}
	if m := x.schema.MeasureNoun(lemma); m != "" {
		return m
	}
	return x.schema.MeasureNoun(strings.ToLower(toks[i].Text))
}

// measureVerbAt returns the measure a verb at i counts, read with its
// particle or preposition ("take part", "turn out", "take to").
func (x *Extractor) measureVerbAt(toks []nlp.Token, i int) string {
	if !isVerb(toks[i]) {
		return ""
	}
	if i+1 < len(toks) {
		if m := x.schema.MeasureVerb(toks[i].Lemma + " " + strings.ToLower(toks[i+1].Text)); m != "" {
			return m
		}
	}
	return x.schema.MeasureVerb(toks[i].Lemma)
}

// figureWindow is how many words from a numeral a word naming its
// measure may stand.
const figureWindow = 12

// nearestMeasure finds the word of a measure nearest a numeral, before
// it (from its bound back to lo) or after it (from after, up to the next
// number), counting words as the clause reads them: auxiliaries add
// nothing, so "174 people have been killed" has its verb next to its
// number, and an "of" phrase, an aside between ", or" and a comma and
// brackets after the number are passed over ("two million of Hong
// Kong's seven million people turned out"). A clause boundary ("while",
// ";") ends the search; the nearer word wins, the one before on a tie.
func (x *Extractor) nearestMeasure(toks []nlp.Token, boundFrom, after, lo int) string {
	before, dBefore := x.measureBefore(toks, boundFrom, lo)
	next, dAfter := x.measureAfter(toks, after, figureWindow+1)
	switch {
	case next != "" && boundFrom > 0 && toks[boundFrom-1].Tag == "CC":
		// "58 are dead and 12 people remain unaccounted for": a number
		// that opens a conjunct has its own clause's words.
		return next
	case before != "" && dBefore <= dAfter:
		return before
	}
	return next
}

// measureBefore finds the measure a word before a number names, back to
// lo or the clause's start, and how far it stands.
func (x *Extractor) measureBefore(toks []nlp.Token, boundFrom, lo int) (string, int) {
	dist := 0
	for k := boundFrom - 1; k >= lo && dist <= figureWindow; k-- {
		if endsFigureClause(toks[k]) || clauseComma(toks, k) {
			break
		}
		m := x.contextNounAt(toks, k)
		if m == "" && objectOf(toks, k, boundFrom) {
			// A verb before a number counts it only as its object
			// ("killing at least 40", "can hold 42,000"), not "held in
			// 657".
			m = x.measureVerbAt(toks, k)
		}
		if m != "" {
			return m, dist
		}
		dist += wordStep(toks, k, k+1)
	}
	return "", figureWindow + 1
}

// measureAfter finds the measure a word after a number names, from
// after to the next number or the clause's end, past asides, and how
// far it stands.
func (x *Extractor) measureAfter(toks []nlp.Token, after, limit int) (string, int) {
	dist := 0
	for k := after; k < len(toks) && dist < limit; k++ {
		if k == after || toks[k].Text == "(" || toks[k].Text == "," && k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "or") {
			if skip := asideEnd(toks, k); skip > k {
				k = skip - 1
				continue
			}
		}
		if endsFigureClause(toks[k]) {
			break
		}
		if _, ok := readNumeral(toks, k); ok {
			break
		}
		if m := x.measureAt(toks, k); m != "" && (isNoun(toks[k]) || !x.schema.Measures[m].Objects) {
			// A verb after a number has it for its subject: "two can
			// hold" is no capacity.
			return m, dist
		}
		dist += wordStep(toks, k, k-1)
	}
	return "", figureWindow + 1
}

// wordStep is how far the word at k takes a scan that came from the
// word at prev: a noun phrase counts once however long ("the October 1,
// 2022, stampede at Kanjuruhan Stadium" is three steps), auxiliaries
// and adverbs not at all.
func wordStep(toks []nlp.Token, k, prev int) int {
	t := toks[k]
	switch {
	case auxiliary(t) || strings.HasPrefix(t.Tag, "RB"):
		return 0
	case nounish(t) && prev >= 0 && prev < len(toks) && nounish(toks[prev]):
		return 0
	}
	return 1
}

// nounish reports a word that can stand inside a noun phrase, a date's
// commas and numbers included.
func nounish(t nlp.Token) bool {
	return isNoun(t) || determiner(t) || t.Tag == "POS" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "PRP$" || t.Text == ","
}

// partitiveHead returns the head noun of the phrase at from, past a
// possessor ("the city's seven million people": people).
func partitiveHead(toks []nlp.Token, from, hi int) int {
	head := from
	for {
		for head < hi && (determiner(toks[head]) || toks[head].Tag == "JJ" || toks[head].Tag == "PRP$" || toks[head].Tag == "CD") {
			head++
		}
		// A common noun's run, or a name's: "the guns Chavez wants"
		// ends at guns.
		for head+1 < hi && (toks[head+1].Tag == "NN" || toks[head+1].Tag == "NNS" || strings.HasPrefix(toks[head].Tag, "NNP") && strings.HasPrefix(toks[head+1].Tag, "NNP")) {
			head++
		}
		if head+2 < hi && toks[head+1].Tag == "POS" {
			head += 2
			continue
		}
		return head
	}
}

// objectOf reports whether the words between a verb at k and a number
// starting at from leave the number its object: none but determiners,
// adverbs and a particle.
func objectOf(toks []nlp.Token, k, from int) bool {
	for j := k + 1; j < from; j++ {
		if t := toks[j]; !determiner(t) && !strings.HasPrefix(t.Tag, "RB") && t.Tag != "RP" {
			return false
		}
	}
	return true
}

// measureAt returns the measure the word at k names or counts.
func (x *Extractor) measureAt(toks []nlp.Token, k int) string {
	if m := x.measureVerbAt(toks, k); m != "" {
		return m
	}
	return x.contextNounAt(toks, k)
}

// contextNounAt returns the measure a noun near a number names. The
// totals ("lives", "bodies") name one only as the noun a number counts
// ("1,200 lives lost"): "social life" and "the lives of a million
// people" count no dead.
func (x *Extractor) contextNounAt(toks []nlp.Token, k int) string {
	if x.schema.IsTotal(strings.ToLower(toks[k].Lemma)) {
		return ""
	}
	return x.measureNounAt(toks, k, len(toks))
}

// asideEnd returns where an aside that opens at k ends: an "of" phrase
// up to its verb, a bracket up to its close, ", or …," up to the comma;
// k when none opens there.
func asideEnd(toks []nlp.Token, k int) int {
	switch {
	case strings.EqualFold(toks[k].Text, "of"):
		for j := k + 1; j < len(toks) && j < k+figureWindow; j++ {
			if isVerb(toks[j]) && toks[j].Tag != "VBN" || toks[j].Text == "," {
				return j
			}
		}
	case toks[k].Text == "(":
		for j := k + 1; j < len(toks); j++ {
			if toks[j].Text == ")" {
				return j + 1
			}
		}
	case toks[k].Text == ",":
		for j := k + 2; j < len(toks); j++ {
			if toks[j].Text == "," {
				return j + 1
			}
		}
	}
	return k
}

// clauseComma reports a comma at k that is not a date's ("October 1,
// 2022,"): before a number, words past it are another clause's.
func clauseComma(toks []nlp.Token, k int) bool {
	return toks[k].Text == "," && !(k > 0 && toks[k-1].Tag == "CD") && !(k+1 < len(toks) && toks[k+1].Tag == "CD")
}

// endsFigureClause reports a word that ends the clause a figure's words
// are looked for in.
func endsFigureClause(t nlp.Token) bool {
	switch strings.ToLower(t.Text) {
	case ";", "while", "whereas", "but", "although", "though":
		return true
	}
	return false
}
