package extract

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
	"github.com/claimgraph/claimgraph/schema"
)

// A figure is a number that measures something a story is about: a
// death toll, a turnout, a capacity. Figures are claims of their own,
// "measure | be | value" ("death toll | be | at least 174"), so that the
// graph compares what outlets give for one measure whatever the clause
// around the number says: "174 people were killed", "killing at least
// 174", "the death toll rose to 174", "left 174 dead" are one claim.
// The words around the number say what it measures (see
// schema/measures.yaml), how it bounds the value, who gives it, whether
// the text places it before or after a change, and whether it is about
// another occasion ("in 2010", "a week earlier").

// numeral is a number as a sentence writes it, in tokens [from, to).
type numeral struct {
	from, to         int
	value, precision float64
	// attached is the word a hyphen joins to the number ("magnitude" in
	// "magnitude-5.9", "strong" in "million-strong"), lower case.
	attached string
}

// numerals finds the numbers of a sentence, in order.
func numerals(toks []nlp.Token) []numeral {
	var out []numeral
	for i := 0; i < len(toks); i++ {
		if n, ok := readNumeral(toks, i); ok {
			out = append(out, n)
			i = n.to - 1
		}
	}
	return out
}

// readNumeral reads the number that starts at token i: "174", "1,030,000",
// "42 000", "1.03 million", "two million", "a million", "half a
// million", "magnitude-5.9".
func readNumeral(toks []nlp.Token, i int) (numeral, bool) {
	text := toks[i].Text
	n := numeral{from: i, to: i + 1}
	if strings.EqualFold(text, "half") && i+2 < len(toks) && strings.EqualFold(toks[i+1].Text, "a") {
		// "half a million"
		if scale, ok := scaleWord(toks[i+2].Text); ok {
			n.to, n.value, n.precision = i+3, scale/2, scale/2
			n.attached = hyphenTail(toks[i+2].Text)
			return n, true
		}
	}
	if strings.EqualFold(text, "a") && i+1 < len(toks) {
		if scale, ok := scaleWord(toks[i+1].Text); ok {
			n.to, n.value, n.precision = i+2, scale, scale
			n.attached = hyphenTail(toks[i+1].Text)
			return n, true
		}
		return numeral{}, false
	}
	head, tail, hyphen := strings.Cut(text, "-")
	if hyphen && !isNumber(head) && isNumber(tail) {
		// "magnitude-5.9"
		head, tail = tail, head
	}
	if !isNumber(head) || toks[i].Tag != "CD" && !hyphen || vagueNumber[strings.ToLower(head)] {
		return numeral{}, false
	}
	f, ok := parseNumber(head)
	if !ok {
		return numeral{}, false
	}
	n.value, n.precision = f.Value, f.Precision
	if hyphen {
		n.attached = strings.ToLower(tail)
		return n, tail != "" && strings.IndexFunc(tail, unicode.IsDigit) < 0
	}
	// "42 000": a group of three digits after a number of one to three
	// is its thousands.
	if next := n.to; next < len(toks) && len(toks[next].Text) == 3 && isDigits(toks[next].Text) && len(head) <= 3 && isDigits(head) {
		if g, ok := parseNumber(head + toks[next].Text); ok {
			n.to, n.value, n.precision = next+1, g.Value, g.Precision
		}
	}
	if n.to < len(toks) {
		if scale, ok := scaleWord(toks[n.to].Text); ok {
			n.value *= scale
			n.precision *= scale
			n.attached = hyphenTail(toks[n.to].Text)
			n.to++
		}
	}
	return n, true
}

// vagueNumber are number words that alone count nothing exactly:
// "several hundred demonstrators", "thousands".
var vagueNumber = map[string]bool{"hundred": true, "thousand": true}

// parseNumber reads a number in digits or in words.
func parseNumber(s string) (claim.Figure, bool) {
	if v, ok := claim.NumberWord(s); ok {
		return claim.Figure{Value: v, Precision: 1}, true
	}
	if strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && r != ',' && r != '.' }) >= 0 {
		return claim.Figure{}, false
	}
	return claim.ParseFigure(s)
}

func isNumber(s string) bool {
	_, ok := parseNumber(s)
	return ok && s != ""
}

// scaleWord reads "million", "billion", "thousand" and the same joined
// to a word by a hyphen ("million-strong").
func scaleWord(text string) (float64, bool) {
	word, _, _ := strings.Cut(strings.ToLower(text), "-")
	switch word {
	case "thousand":
		return 1e3, true
	case "million":
		return 1e6, true
	case "billion":
		return 1e9, true
	}
	return 0, false
}

func hyphenTail(text string) string {
	_, tail, _ := strings.Cut(strings.ToLower(text), "-")
	return tail
}

// figure is what the words around a numeral say of it.
type figure struct {
	numeral
	measure   string
	unit      string
	bound     claim.Bound
	predicate string
	phase     string
	// occasion is the time of another occasion than the story's the
	// figure is about ("1989" in "a rally in 1989").
	occasion string
	// source and sourceVerb are who the figure's own clause says gives
	// it, and with which verb; nil and "" when it does not. A verb that
	// denies ("police denied reports that the toll exceeded 125")
	// negates the figure; one that hedges hedges it.
	source          *claim.Entity
	sourceVerb      string
	negated, hedged bool
}

// figures finds the figures of a sentence as clauses. lastMeasure is
// what the previous figure in the document measured, for "the figure"
// and "the number" that refer back to it; it is updated.
//
// attr is the sentence's attribution, or nil: a figure whose nearest
// reporting verb is the attribution's keeps the attribution's speaker.
func (x *Extractor) figures(st *docState, toks []nlp.Token, lastMeasure *string, attr *attribution) []clause {
	if len(x.schema.Measures) == 0 {
		return nil
	}
	var nums []numeral
	for _, n := range numerals(toks) {
		if !x.notAFigure(toks, n) {
			nums = append(nums, n)
		}
	}
	item := isListItem(toks)
	if !item {
		st.listOccasion = ""
	}
	var out []clause
	var prev *figure
	for k, n := range nums {
		lo, hi := 0, len(toks)
		if k > 0 {
			lo = nums[k-1].to
		}
		if k+1 < len(nums) {
			hi = nums[k+1].from
		}
		f, ok := x.readFigure(st, toks, n, lo, hi, *lastMeasure, attr)
		if !ok {
			continue
		}
		*lastMeasure = f.measure
		if f.source == nil && f.phase != "" && prev != nil && prev.source != nil {
			// "X confirmed the toll was 125, not 174", "X said it was
			// revised from 129 to 125": one source gives both values.
			f.source, f.sourceVerb, f.negated, f.hedged = prev.source, prev.sourceVerb, prev.negated, prev.hedged
		}
		prev = &f
		if f.occasion == "" && item {
			f.occasion = st.listOccasion
		}
		value := claim.Figure{Value: f.value, Unit: f.unit, Bound: f.bound, Precision: f.precision}
		c := clause{subject: valueFor(f.measure), subjectText: f.measure, predicate: f.predicate, relationText: f.predicate,
			object: valueFor(value.String()), objectText: textOf(toks[n.from:n.to]), phase: f.phase, time: f.occasion}
		c.speaker, c.verb, c.negated, c.hedged = f.source, f.sourceVerb, f.negated, f.hedged
		out = append(out, c)
	}
	if len(toks) > 0 && toks[len(toks)-1].Text == ":" {
		// "July 2003: a protest against …:" opens a list whose items'
		// figures are about that occasion.
		if occasion, _ := x.otherOccasion(st, toks, 0, len(toks)); occasion != "" {
			st.listOccasion = occasion
		}
	}
	return out
}

// isListItem reports a sentence that opens with a bullet.
func isListItem(toks []nlp.Token) bool { return len(toks) > 0 && bullets[toks[0].Text] }

// listSentence reports a list's item or a heading that opens one.
func listSentence(toks []nlp.Token) bool {
	return isListItem(toks) || len(toks) > 0 && toks[len(toks)-1].Text == ":"
}

// bullets open the items of a list.
var bullets = map[string]bool{"•": true, "-": true, "*": true, "–": true, "·": true}

// readFigure reads what the words in toks[lo:hi] around a numeral say
// of it; ok is false when they name no measure.
func (x *Extractor) readFigure(st *docState, toks []nlp.Token, n numeral, lo, hi int, lastMeasure string, attr *attribution) (figure, bool) {
	f := figure{numeral: n, predicate: "be"}
	var boundFrom int
	f.bound, boundFrom = x.boundBefore(toks, n.from, lo)
	if f.bound == claim.Exact && n.to+1 < len(toks) && strings.EqualFold(toks[n.to].Text, "or") && strings.EqualFold(toks[n.to+1].Text, "more") {
		f.bound = claim.AtLeast
	}
	f.measure, f.unit = x.measureOf(toks, n, boundFrom, lo, hi)
	change, earlier := x.changeAround(toks, boundFrom, lo)
	if f.measure == "" && (change != "" || earlier || x.refersBack(toks, lo, boundFrom) || x.saidBare(toks, n, boundFrom)) {
		f.measure = lastMeasure
	}
	if f.measure == "" || n.value < 2 && f.unit == "" {
		return figure{}, false
	}
	if n.attached != "" && n.attached != "strong" && x.schema.MeasureNoun(n.attached) == "" {
		// "F-102", "G-7": a number in a name.
		return figure{}, false
	}
	if f.unit != "" {
		canonical, size, _ := x.schema.MeasureUnit(f.measure, f.unit)
		f.unit, f.value, f.precision = canonical, f.value*size, f.precision*size
	}
	switch {
	case change != "":
		f.predicate, f.phase = change, schema.Later
	case earlier:
		f.phase = schema.Earlier
	default:
		f.phase = x.phaseAround(toks, n, lo, hi)
	}
	occasion, known := x.otherOccasion(st, toks, clauseBefore(toks, n.from), clauseAfter(toks, n.to, hi))
	if !known {
		return figure{}, false
	}
	f.occasion = occasion
	if occasion != "" {
		// "a week earlier" places the figure on another occasion, not
		// before a change of this one's.
		f.phase = ""
	}
	x.setSource(&f, st, toks, boundFrom, lo, attr)
	return f, true
}

// setSource gives a figure the source its own clause names, with its
// verb's polarity and hedge, unless that verb is the sentence's
// attribution's, whose speaker the figure keeps.
func (x *Extractor) setSource(f *figure, st *docState, toks []nlp.Token, boundFrom, lo int, attr *attribution) {
	source, verb := x.figureSource(st, toks, boundFrom, lo)
	if source == nil || attr != nil && verb.Start == attr.verbToken.Start && verb.End == attr.verbToken.End {
		return
	}
	rv, _ := x.schema.Reporting(verb.Lemma)
	f.source, f.sourceVerb, f.negated, f.hedged = source, strings.ToLower(verb.Text), rv.Negates, rv.Hedges
}

// notAFigure passes over numbers that are no count: years, dates, ages,
// scores, sums of money, percentages, ratios ("one in seven"), numbers
// that name ("Gate 13", but not "magnitude 6.1"), a whole of which a
// figure is part ("two million of Hong Kong's seven million people") and
// numbers in brackets, which restate the one before them ("8 km (five
// miles)"). It is one list of cases, each a line, so it stays one
// function.
func (x *Extractor) notAFigure(toks []nlp.Token, n numeral) bool {
	text := toks[n.from].Text
	if n.to-n.from == 1 && len(text) == 4 && isDigits(text) && text >= "1800" && text <= "2199" {
		return true
	}
	before := func(k int) string {
		if n.from-k < 0 {
			return ""
		}
		return strings.ToLower(toks[n.from-k].Text)
	}
	after := func(k int) string {
		if n.to+k-1 >= len(toks) {
			return ""
		}
		return strings.ToLower(toks[n.to+k-1].Text)
	}
	prev := nlp.Token{}
	if n.from > 0 {
		prev = toks[n.from-1]
	}
	switch {
	case months[before(1)] != 0 || months[after(1)] != 0,
		prev.Tag == "$" || after(1) == "%" || after(1) == "percent" || after(1) == "per",
		prev.Tag == "POS" || before(1) == "'s" || before(1) == "’s",
		after(1) == "in" && after(2) != "" && isNumber(after(2)),
		before(1) == "in" && n.from >= 2 && isNumber(before(2)),
		before(1) == "(",
		// "protester Peter Chan, 21, told AFP", "under the age of
		// 13", "aged 36": ages.
		before(1) == "," && (after(1) == "," || after(1) == ".") && n.from >= 2 && (toks[n.from-2].Tag == "NNP" || toks[n.from-2].Tag == "CD"),
		before(1) == "of" && before(2) == "age", before(1) == "aged",
		// "-0800", "007": codes, not counts.
		len(text) > 1 && text[0] == '0' && !strings.HasPrefix(text, "0."),
		// "four and a half hours"
		after(1) == "and" && after(2) == "a" && after(3) == "half",
		// "a 30 - year mortgage", written apart
		after(1) == "-" || after(1) == "–",
		// "won 47 to 38": a score or a range, unless "from … to"
		after(1) == "to" && isNumber(after(2)) && before(1) != "from",
		before(1) == "to" && n.from >= 2 && isNumber(before(2)) && !(n.from >= 3 && strings.EqualFold(toks[n.from-3].Text, "from")),
		prev.Tag == "NNP" || prev.Tag == "NN" && x.schema.MeasureNoun(strings.ToLower(prev.Lemma)) == "",
		strings.HasPrefix(n.attached, "year"):
		return true
	}
	return false
}

// boundBefore reads the words before a numeral that bound it ("at
// least", "more than a" in "more than a million", "has exceeded"),
// passing over quotation marks; it returns the bound and where its
// words start.
func (x *Extractor) boundBefore(toks []nlp.Token, from, lo int) (claim.Bound, int) {
	start := from
	for start > lo && (toks[start-1].Tag == "``" || toks[start-1].Tag == "''" || toks[start-1].Text == "“" || toks[start-1].Text == "”") {
		start--
	}
	for size := 4; size >= 1; size-- {
		if start-size < lo {
			continue
		}
		words := make([]string, size)
		for i := range words {
			words[i] = strings.ToLower(toks[start-size+i].Text)
		}
		if b := x.schema.FigureBound(strings.Join(words, " ")); b != "" {
			return claim.Bound(b), start - size
		}
		if last := toks[start-1]; isVerb(last) {
			// "has exceeded 125": a verb bounds in any tense.
			words[size-1] = last.Lemma
			if b := x.schema.FigureBound(strings.Join(words, " ")); b != "" {
				return claim.Bound(b), start - size
			}
		}
	}
	return claim.Exact, from
}

// changeAround reads a change a numeral is the end or the start of: the
// predicate of "revised down to 125", "raised the toll to 129",
// "revised from 129 to 125" for 125, and earlier true for the 129 of
// "revised from 129 to 125" and "raising the toll from 129" or for a
// value a correction sets aside ("125, not 174").
func (x *Extractor) changeAround(toks []nlp.Token, boundFrom, lo int) (predicate string, earlier bool) {
	k := boundFrom - 1
	if k < lo {
		return "", false
	}
	word := strings.ToLower(toks[k].Text)
	switch word {
	case "not":
		return "", k > 0 && toks[k-1].Text == ","
	case "from":
		return "", x.changeVerbBefore(toks, k, lo) != ""
	case "to":
		if k-2 >= 0 && strings.EqualFold(toks[k-2].Text, "from") {
			// "from 129 to 125": the verb stands before "from".
			if _, ok := readNumeral(toks, k-1); ok {
				return x.changeVerbBefore(toks, k-2, 0), false
			}
		}
		return x.changeVerbBefore(toks, k, lo), false
	}
	return "", false
}

// changeVerbBefore returns the change predicate of the verb before the
// word at k, with a particle and an object between them ("revised the
// figure down to"), or "".
func (x *Extractor) changeVerbBefore(toks []nlp.Token, k, lo int) string {
	particle := ""
	if j := k - 1; j >= lo && !isVerb(toks[j]) {
		// "the toll rose to 61", "has risen to 33": the tagger reads a
		// verb next to a noun as a noun or an adjective.
		for _, tag := range []string{"VBD", "VBN"} {
			if p := x.schema.Predicate(x.model.Lemma(toks[j].Text, tag) + " to"); x.schema.Predicates[p].Change {
				return p
			}
		}
	}
	for j := k - 1; j >= lo && j >= k-6; j-- {
		t := toks[j]
		switch {
		case isVerb(t) && !auxiliary(t):
			for _, phrase := range []string{t.Lemma + particle + " to", t.Lemma + " to"} {
				p := x.schema.Predicate(phrase)
				if x.schema.Predicates[p].Change {
					return p
				}
			}
			return ""
		case (t.Tag == "RP" || t.Tag == "RB") && particles[strings.ToLower(t.Text)]:
			particle = " " + strings.ToLower(t.Text)
		case isNoun(t) || determiner(t) || t.Tag == "JJ" || t.Tag == "RB" || auxiliary(t):
		default:
			return ""
		}
	}
	return ""
}

// saidBare reports a number a reporting verb gives alone ("organisers
// put the turnout at 500,000, while police said 120,000"): it measures
// what the figure before it did.
func (x *Extractor) saidBare(toks []nlp.Token, n numeral, boundFrom int) bool {
	bare := n.to == len(toks) || punctuationTag(toks[n.to].Tag) || toks[n.to].Tag == "CC"
	return bare && boundFrom > 0 && x.reportingVerb(toks[boundFrom-1])
}

// refersBack reports a noun that refers to an earlier figure ("the
// figure", "the number") in the words before a numeral, or "it" given
// a value ("the agency put it at 6.9").
func (x *Extractor) refersBack(toks []nlp.Token, lo, boundFrom int) bool {
	if k := boundFrom - 2; k >= lo && strings.EqualFold(toks[k].Text, "it") && (toks[k+1].Text == "at" || toks[k+1].Text == "as") {
		return true
	}
	for k := boundFrom - 1; k >= lo && k >= boundFrom-figureWindow; k-- {
		if endsFigureClause(toks[k]) {
			return false
		}
		if isNoun(toks[k]) && x.schema.IsFigureReference(strings.ToLower(toks[k].Lemma)) {
			return true
		}
	}
	return false
}

// phaseAround reads the words that place a figure before or after a
// change ("earlier", "initially", "later", "confirmed"): before it back
// to the previous number, and after it up to the end of its clause.
func (x *Extractor) phaseAround(toks []nlp.Token, n numeral, lo, hi int) string {
	for k := n.from - 1; k >= lo; k-- {
		if p := x.schema.Phase(strings.ToLower(toks[k].Text)); p != "" && !isNoun(toks[k]) {
			return p
		}
	}
	for k := n.to; k < hi && toks[k].Text != "," && !endsFigureClause(toks[k]); k++ {
		if p := x.schema.Phase(strings.ToLower(toks[k].Text)); p != "" && !isNoun(toks[k]) {
			return p
		}
	}
	return ""
}

// clauseBefore returns where the clause a number stands in starts: "In
// 2010 a magnitude-7.1 quake killed 70 people" places both figures in
// 2010.
func clauseBefore(toks []nlp.Token, from int) int {
	for k := from - 1; k >= 0; k-- {
		if endsFigureClause(toks[k]) {
			return k + 1
		}
	}
	return 0
}

// clauseAfter returns where the clause a number stands in ends after
// it, by hi: at a comma, a relative pronoun or a clause boundary, so
// that "1.3 million people, which would make it the largest protest
// since 1997" is not about 1997.
func clauseAfter(toks []nlp.Token, from, hi int) int {
	for k := from; k < hi; k++ {
		if toks[k].Text == "," || relativePronoun(toks[k]) || endsFigureClause(toks[k]) {
			return k
		}
	}
	return hi
}

// otherOccasion returns the time of another occasion than the story's
// that the words around a figure name: a year not the one of
// publication ("a rally in 1989"), "last week", "last Sunday's", "a
// week earlier". known is false when they name one the publication date
// cannot place, so the figure cannot be compared.
func (x *Extractor) otherOccasion(st *docState, toks []nlp.Token, lo, hi int) (occasion string, known bool) {
	pub := st.published()
	for k := max(lo, 1); k < hi; k++ {
		// "July 2003": a month and another year.
		text := toks[k].Text
		if months[strings.ToLower(toks[k-1].Text)] != 0 && len(text) == 4 && isDigits(text) && (pub.IsZero() || text != pub.Format("2006")) {
			return text, true
		}
	}
	for _, t := range findTimes(toks, lo, hi, pub, false) {
		first := strings.ToLower(toks[t.start].Text)
		year := len(t.value) == 4 && (pub.IsZero() || t.value != pub.Format("2006"))
		if year || first == "last" {
			return t.value, t.value != ""
		}
	}
	for k := lo + 1; k < hi; k++ {
		if !x.schema.IsEarlierOccasion(toks[k].Text) {
			continue
		}
		unit := strings.TrimSuffix(strings.ToLower(toks[k-1].Text), "s")
		if unit != "day" && unit != "week" && unit != "month" && unit != "year" {
			continue
		}
		if pub.IsZero() {
			return "", false
		}
		count := 1.0
		if k >= 2 {
			if f, ok := parseNumber(strings.ToLower(toks[k-2].Text)); ok {
				count = f.Value
			}
		}
		return earlierDate(pub, unit, int(count)), true
	}
	return "", true
}

// figureSource finds who gives a figure when its own clause says so:
// the subject of the nearest reporting, estimating or revising verb
// before it, back to the previous number or a comma ("police estimated 240,000
// participants",
// "the health department put the death toll at 131").
func (x *Extractor) figureSource(st *docState, toks []nlp.Token, boundFrom, lo int) (*claim.Entity, nlp.Token) {
	for k := boundFrom - 1; k > lo; k-- {
		t := toks[k]
		if clauseComma(toks, k) {
			// Past a comma (not a date's) the verb is another clause's:
			// "who claimed that names were counted twice, the toll was
			// lowered to 125".
			return nil, nlp.Token{}
		}
		// An agent that revises a figure gives it ("police revised the
		// figure down"); a figure that changes by itself ("the toll
		// rose", "the toll was revised") gives no source.
		revises := x.changes(t.Lemma) && t.Tag != "VBG" && !afterBeAt(toks, k) && k+1 < len(toks) && !intransitiveAt(toks, k+1)
		if !isVerb(t) || !x.reportingVerb(t) && !x.schema.IsSourceVerb(t.Lemma) && !revises {
			continue
		}
		subj, ok := sourceSubject(toks, k, lo)
		if !ok {
			return nil, nlp.Token{}
		}
		e, _, _, ok := x.term(st, toks, subj, nil)
		if !ok {
			return nil, nlp.Token{}
		}
		return &e, t
	}
	return nil, nlp.Token{}
}

// afterBeAt reports a participle at k after a form of "be", past
// adverbs: a passive ("was later revised").
func afterBeAt(toks []nlp.Token, k int) bool {
	j := k - 1
	for j >= 0 && strings.HasPrefix(toks[j].Tag, "RB") {
		j--
	}
	return toks[k].Tag == "VBN" && j >= 0 && toks[j].Lemma == "be"
}

// intransitiveAt reports a change verb with no object before its value
// ("has risen to 33", "fell from 40"): the figure changed by itself.
func intransitiveAt(toks []nlp.Token, k int) bool {
	w := strings.ToLower(toks[k].Text)
	return w == "to" || w == "from" || toks[k].Tag == "RP" || particles[w]
}

// changes reports a verb that changes a value ("revise", "raise"):
// who revises a figure gives its new value.
func (x *Extractor) changes(lemma string) bool {
	return x.schema.Predicates[x.schema.Predicate(lemma+" to")].Change
}

// sourceSubject returns the subject of the verb at k, back to lo: the
// noun phrase before its auxiliaries and adverbs ("Authorities had
// earlier put"), past an aside between commas ("the health centre,
// where the stadium is, reported") and with one prepositional phrase
// ("the health centre in Malang Regency").
func sourceSubject(toks []nlp.Token, k, lo int) (span, bool) {
	g := k
	for g > lo && (auxiliary(toks[g-1]) || strings.HasPrefix(toks[g-1].Tag, "RB") || toks[g-1].Tag == "MD") {
		g--
	}
	end := g
	if end-1 > lo && toks[end-1].Text == "," {
		for j := end - 2; j > lo; j-- {
			if toks[j].Text == "," {
				end = j
				break
			}
		}
	}
	start := npBackward(toks, end-1, lo)
	if start >= end {
		subj, ok := subjectBefore(toks, g)
		return subj, ok && subj.from >= lo
	}
	if start-2 >= lo && toks[start-1].Tag == "IN" && isNoun(toks[start-2]) {
		// The head of "the health centre in Malang Regency" comes
		// before its preposition.
		end, start = start-1, npBackward(toks, start-2, lo)
	}
	return span{start, end}, true
}
