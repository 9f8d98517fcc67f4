package extract

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/extract/nlp"
)

// Subjects and clause boundaries: the subject before a verb group,
// relative and appositive clauses and interjections that come between,
// and where one clause ends and the next begins.

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

// subjectBefore finds the subject of the verb group at g. English puts
// the subject's head first ("the leak of a call between him and Witkoff
// was intended"), so it is the noun phrase that opens the stretch between
// the last clause boundary and the verb. Relative pronouns stand for the
// noun before them; "for X to do" makes X the subject of "do"; an
// appositive between commas ("Ushakov, the Kremlin aide, said") is
// passed over. It is one walk back from the verb with a case for each
// thing that can stand between a subject and its verb; the cases share
// the position reached, so it stays one function.
func subjectBefore(c []nlp.Token, g int) (span, bool) {
	j := g - 1
	for j >= 0 && c[j].Tag == "RB" {
		j--
	}
	j = beforeBracketedName(c, j)
	if j < 0 {
		return span{}, false
	}
	if nominative[strings.ToLower(c[j].Text)] && c[g].Tag != "TO" {
		// "in a bid to prevent violence she would suspend": a subject
		// pronoun is the subject, whatever stands before it.
		return span{j, j + 1}, true
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
			return namedBy(c, span{s, k + 1}), true
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
		j = beforeBracketedName(c, k-1)
	}
	b := boundaryBefore(c, j)
	if _, head, ok := reducedPassive(c, max(b, 0)); ok && b >= 0 {
		// "The memo obtained by the paper shows": the memo shows.
		return head, true
	}
	if b == 0 && c[b].Tag == "VBG" && j > b {
		// "Firing tear gas in a stadium is prohibited": a gerund with
		// its object opens the clause as its subject.
		return span{b, j + 1}, true
	}
	if head, ok := participleHead(c, b, j); ok {
		// "A statement issued on Sunday on behalf of the mayor said":
		// a participle's phrase modifies the noun before it.
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
		// Of a description and a name, the name is the subject, also
		// when the description is a post of an organisation ("the
		// secretary of the Rowing Federation, Ana Ruiz, said").
		if inner.to > inner.from && endsInName(c, inner) && (!endsInName(c, span{start, e}) || postOf(c, span{start, e})) {
			return inner, true
		}
		return span{start, e}, true
	}
	return span{}, false
}

// participleHead returns the noun phrase that opens the sentence and
// that a participle at b modifies, when the participle's phrase (a
// preposition's or a day's) runs to j, before the clause's verb, with
// no tense in it. Elsewhere a phrase before a participle is as often
// its object's ("to escape tear gas fired by police") or a relative
// clause's subject ("the plan the mayor proposed last week").
func participleHead(c []nlp.Token, b, j int) (span, bool) {
	if b <= 0 || b >= j || c[b].Tag != "VBN" || !isNoun(c[b-1]) || c[b-1].Tag == "PRP" || slices.ContainsFunc(c[b+1:j+1], finite) {
		return span{}, false
	}
	// A past tense read as a participle takes an object ("Localist
	// groups urged people to …"); a passive participle takes none.
	if next := c[b+1]; next.Tag != "IN" && !isWeekday(next.Text) {
		return span{}, false
	}
	if npBackward(c, b-1, 0) > 0 {
		return span{}, false
	}
	return span{0, b}, true
}

// postOf reports a description that opens with a common noun and its
// "of" phrase ("the secretary of the federation"): a post, whose holder
// a name beside it is.
func postOf(c []nlp.Token, sp span) bool {
	k := sp.from
	if k < sp.to && c[k].Tag == "DT" {
		k++
	}
	for ; k < sp.to && (c[k].Tag == "NN" || c[k].Tag == "JJ"); k++ {
	}
	return k > sp.from && k < sp.to && strings.EqualFold(c[k].Text, "of")
}

// beforeBracketedName passes back over a one-word name in brackets that
// ends a phrase at j ("the Department of Disaster Management (BPPD)"),
// which names the phrase again, to the phrase's last word.
func beforeBracketedName(c []nlp.Token, j int) int {
	if j >= 3 && c[j].Text == ")" && c[j-2].Text == "(" && c[j-1].IsProperNoun() {
		return j - 3
	}
	return j
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
	case (opener.Tag == "WDT" || opener.Tag == "WP" || opener.Tag == "WRB" && placeOrTimeRelative[strings.ToLower(opener.Text)]) && isNoun(c[k-1]):
		// ", where the stadium is located," describes a place too.
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

// placeOrTimeRelative are the relative adverbs that open a clause on a
// place or time ("the hospital, where the victims were taken,").
var placeOrTimeRelative = map[string]bool{"where": true, "when": true}

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
