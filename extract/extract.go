// Package extract turns article text into claims: it splits sentences,
// tags them, finds who is reported as saying what, and breaks each clause
// into a subject, a predicate and an object, with negation, hedging and
// times made absolute. Its interface is narrow (a document in, reports of
// claims out) so its internals can change without touching the graph.
package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
	"github.com/claimgraph/claimgraph/schema"
)

// Version changes whenever extraction would give other claims for the
// same text (a new rule, a retrained model), so that build extracts
// stored documents again.
const Version = 24

// Key names this extractor and its vocabulary; see claim.Document.Extractor.
func (x *Extractor) Key() string { return x.key }

// Extractor finds claims in documents.
type Extractor struct {
	schema    *schema.Schema
	model     *nlp.Model
	gazetteer *nlp.Gazetteer
	key       string
}

// New returns an Extractor using the embedded language model.
func New(s *schema.Schema) (*Extractor, error) {
	m, err := nlp.DefaultModel()
	if err != nil {
		return nil, err
	}
	key := fmt.Sprintf("extract %d schema %s", Version, s.ExtractionFingerprint())
	return &Extractor{schema: s, model: m, gazetteer: gazetteer(s), key: key}, nil
}

// Result is what extraction found in one document.
type Result struct {
	Sentences []claim.Sentence
	Reports   []claim.Report
}

// Extract finds the claims of a document. Offsets in the reports are byte
// offsets into doc.Text.
func (x *Extractor) Extract(doc claim.Document) Result {
	return x.extract(doc, nlp.Sentences(doc.Text), false)
}

// ExtractOpenIE finds the Open IE tuples of a document: arguments and
// relations as written, kept where the graph would drop them (an
// unresolved "he"), the clauses read off the dependency parse as well as
// the chunked ones. Open IE benchmarks score this.
func (x *Extractor) ExtractOpenIE(doc claim.Document) Result {
	return x.extract(doc, nlp.Sentences(doc.Text), true)
}

// ExtractSentences is ExtractOpenIE with each line of text taken as one
// sentence, as benchmark sentence lists are given.
func (x *Extractor) ExtractSentences(doc claim.Document) Result {
	return x.extract(doc, lineSpans(doc.Text), true)
}

// ExtractSentenceClaims is Extract with each line of text taken as one
// sentence: the graph's claims of a benchmark's sentences, to score what
// the graph stores.
func (x *Extractor) ExtractSentenceClaims(doc claim.Document) Result {
	return x.extract(doc, lineSpans(doc.Text), false)
}

// lineSpans tokenises each line of text as one sentence.
func lineSpans(text string) []nlp.Span {
	var spans []nlp.Span
	offset := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		trimmed := strings.TrimRight(line, "\r\n")
		toks := nlp.Tokenize(trimmed)
		for i := range toks {
			toks[i].Start += offset
			toks[i].End += offset
		}
		if len(toks) > 0 {
			spans = append(spans, nlp.Span{Start: toks[0].Start, End: toks[len(toks)-1].End, Tokens: toks})
		}
		offset += len(line)
	}
	return spans
}

// docState is what extraction remembers across a document's sentences.
type docState struct {
	doc       claim.Document
	names     *names
	persons   []string      // full names of people in order of mention
	lastSpeak *claim.Entity // the speaker of the previous sentence
	lastLine  int           // the line (paragraph) of the previous sentence
	quoted    bool          // whether the current sentence's content is quoted
	// lastQuoted says the previous sentence gave lastSpeak's own words.
	lastQuoted bool
	// openQuotes counts the quotation marks opened and not yet closed in
	// the paragraph so far: a sentence inside a quotation that runs on
	// is its speaker's own words.
	openQuotes int
	plural     bool // whether the current sentence's speaker is plural (see attribution)
	// lastMeasure is what the document's last figure measured, for "the
	// figure" and "the number" that refer back to it, and lastMeasureAt
	// the sentence it was in: a reference reaches one sentence back.
	lastMeasure   string
	lastMeasureAt int
	// listOccasion is the other occasion a list's heading names, for the
	// figures of its items ("July 2003:" then "• Organisers' figure:
	// 500,000").
	listOccasion string
	// surface keeps arguments a claim graph cannot use (an unresolved
	// "he"), for Open IE benchmarks that score the words as written.
	surface bool
}

func (x *Extractor) extract(doc claim.Document, spans []nlp.Span, surface bool) Result {
	st := &docState{doc: doc, names: newNames(x.schema.Distinct, x.schema.Gender), lastLine: -1, surface: surface}
	for _, sp := range spans {
		x.model.Tag(sp.Tokens)
		fixTags(sp.Tokens)
		x.verbsReadAsNouns(sp.Tokens)
		x.nounsReadAsVerbs(sp.Tokens)
		x.participlesReadAsAdjectives(sp.Tokens)
		x.superlativesReadAsNouns(sp.Tokens)
		if surface {
			x.model.Parser.Parse(sp.Tokens)
		}
	}
	// Names are registered first so that a surname resolves even when the
	// full name comes later in the document.
	for _, sp := range spans {
		for _, m := range x.mentions(sp.Tokens, 0, len(sp.Tokens)) {
			st.names.add(m.name, m.kind, m.titles)
		}
	}
	// lines[i] is the line (paragraph) sentence i starts on.
	lines := make([]int, len(spans))
	for i, sp := range spans {
		from := 0
		if i > 0 {
			from, lines[i] = spans[i-1].Start, lines[i-1]
		}
		lines[i] += strings.Count(doc.Text[from:sp.Start], "\n")
	}
	var res Result
	for i, sp := range spans {
		sent := claim.Sentence{Index: i, Start: sp.Start, End: sp.End, Text: doc.Text[sp.Start:sp.End]}
		res.Sentences = append(res.Sentences, sent)
		reports := x.sentence(st, sent, sp.Tokens, lines[i], x.attributedLater(st, spans, lines, i))
		res.Reports = append(res.Reports, reports...)
		st.lastLine = lines[i]
	}
	return res
}

// attributedLater returns the speaker of a quotation that opens in
// sentence i, runs on, and is attributed only in the sentence where it
// closes, later in the same paragraph ("“I speak with him often. No one
// should comment,” he said."); nil when sentence i is not such a start.
func (x *Extractor) attributedLater(st *docState, spans []nlp.Span, lines []int, i int) *claim.Entity {
	if !startsWithQuote(spans[i].Tokens) || closesQuote(spans[i].Tokens[1:]) {
		return nil
	}
	for j := i + 1; j < len(spans) && j <= i+maxQuoteSentences && lines[j] == lines[i]; j++ {
		if closesQuote(spans[j].Tokens) {
			if a := x.attribution(st, spans[j].Tokens); a != nil {
				return a.speaker
			}
			return nil
		}
	}
	return nil
}

// maxQuoteSentences bounds how far a quotation is followed to its
// attribution, so that a paragraph of unclosed quotation marks costs
// linear time.
const maxQuoteSentences = 8

// closesQuote reports whether a closing quotation mark is among toks.
func closesQuote(toks []nlp.Token) bool {
	for _, t := range toks {
		if t.Text == "”" || t.Text == "\"" || t.Tag == "''" {
			return true
		}
	}
	return false
}

// sentence extracts the reports of one sentence.
// later is the speaker named where a quotation opening in this sentence
// closes (see attributedLater), or nil.
func (x *Extractor) sentence(st *docState, sent claim.Sentence, toks []nlp.Token, line int, later *claim.Entity) []claim.Report {
	attr := x.attribution(st, toks)
	if line != st.lastLine {
		st.openQuotes = 0
	}
	inQuotation := st.openQuotes > 0
	runsOn := false
	switch {
	case attr == nil && st.lastSpeak != nil && line == st.lastLine && (startsWithQuote(toks) || inQuotation),
		attr == nil && st.lastSpeak != nil && line != st.lastLine && later == nil && st.lastQuoted && startsWithQuote(toks):
		// A quotation that runs on from the previous sentence of the same
		// paragraph keeps its speaker, whether or not the sentence opens
		// with a mark of its own. So does a paragraph that opens with a
		// quotation it attributes to no one, right after someone's quoted
		// words: news runs one speaker's quotation over paragraphs.
		attr = &attribution{speaker: st.lastSpeak, verb: "said", content: []span{{0, len(toks)}}, quoted: true}
		runsOn = true
	case attr == nil && later != nil:
		attr = &attribution{speaker: later, verb: "said", content: []span{{0, len(toks)}}, quoted: true}
	}
	// "Organizers said two million joined, while police estimated that
	// 338,000 turned up": each speaker says their own clause.
	var second *attribution
	if attr != nil && !runsOn && !st.surface {
		second = x.secondAttribution(st, toks, attr)
		if second == nil {
			// "…, as the White House claims momentum": the writer's
			// aside, in the outlet's own voice.
			second = asideOf(toks, attr)
		}
	}
	// Claims come from the reported content when the sentence attributes
	// it, else from the whole sentence. Content interrupted by its
	// attribution ("Witkoff, Ushakov said, will meet Putin") is read as one
	// clause again.
	content := toks
	var speaker *claim.Entity
	st.quoted = attr != nil && (runsOn || directQuote(toks, attr))
	st.plural = attr != nil && attr.plural
	if attr != nil {
		speaker = attr.speaker
		content = nil
		for _, part := range attr.content {
			content = append(content, toks[part.from:part.to]...)
		}
	}
	var reports []claim.Report
	if st.surface && attr != nil && attr.speakerText != "" {
		// Open IE scores the attribution itself as a tuple: he – said –
		// what he said.
		said := textOf(content)
		c := clause{subject: *attr.speaker, subjectText: attr.speakerText, predicate: attr.verbToken.Lemma, relationText: attr.verbToken.Text,
			object: valueFor(said), objectText: strings.Trim(said, "“”\"` ")}
		if r := x.report(st, sent, c, nil); r != nil {
			reports = append(reports, *r)
		}
	}
	for _, c := range append(x.appositives(st, toks, nil), x.quantities(toks)...) {
		if r := x.report(st, sent, c, nil); r != nil {
			reports = append(reports, *r)
		}
	}
	clauses := x.clausesIn(st, content, speaker)
	if attr != nil && !st.surface {
		for _, c := range x.speakerRelatives(st, toks, attr) {
			if r := x.report(st, sent, c, nil); r != nil {
				reports = append(reports, *r)
			}
		}
	}
	if st.surface {
		// Open IE reads the clauses off the parse, and keeps those of the
		// chunked reading the parse has no predicate for.
		tree := x.treeClauses(st, toks, attr)
		for _, c := range tree {
			if r := x.report(st, sent, c, nil); r != nil {
				reports = append(reports, *r)
			}
		}
		clauses = unanchored(clauses, tree)
	}
	if !st.surface {
		// Meetings and calls a noun names ("in an October 14 call with
		// Ushakov") are claims of their own.
		said, narrated := x.events(st, toks, clauses, attr)
		clauses = append(clauses, said...)
		for _, c := range narrated {
			if r := x.report(st, sent, c, nil); r != nil {
				reports = append(reports, *r)
			}
		}
	}
	for _, c := range clauses {
		if r := x.report(st, sent, c, attr); r != nil {
			reports = append(reports, *r)
		}
	}
	if second != nil {
		var said []nlp.Token
		for _, part := range second.content {
			said = append(said, toks[part.from:part.to]...)
		}
		more := x.clausesIn(st, said, second.speaker)
		var secondAttr *attribution
		if second.speaker != nil {
			secondAttr = second
		}
		for _, c := range more {
			if r := x.report(st, sent, c, secondAttr); r != nil {
				reports = append(reports, *r)
			}
		}
		clauses = append(clauses, more...)
	}
	if st.surface {
		// Two readings of one clause in the same words are one tuple:
		// Open IE scores a repeat as a wrong extraction.
		reports = distinctTuples(reports)
	} else {
		// The graph takes the chunked reading's clauses first, for their
		// precision, and the parse's for the verbs it left without one.
		reports = append(reports, x.treeReports(st, sent, toks, attr, clauses)...)
		reports = x.withFigures(st, sent, toks, attr, reports)
	}
	for _, m := range x.mentions(toks, 0, len(toks)) {
		full := st.names.resolve(m.name)
		if m.kind == claim.Person || st.names.kindOf(full) == claim.Person {
			st.persons = append(st.persons, full)
		}
	}
	for _, t := range toks {
		switch {
		case t.Text == "\"":
			// A straight mark opens or closes by where it stands, which
			// the tagger does not always read: take it as a toggle.
			if st.openQuotes > 0 {
				st.openQuotes--
			} else {
				st.openQuotes++
			}
		case isOpenMark(t):
			st.openQuotes++
		case (t.Text == "”" || t.Tag == "''") && st.openQuotes > 0:
			st.openQuotes--
		}
	}
	st.lastSpeak, st.lastQuoted = nil, st.quoted
	if attr != nil && attr.speaker != nil {
		st.lastSpeak = attr.speaker
		if attr.speaker.Kind == claim.Person {
			st.persons = append(st.persons, attr.speaker.Name)
		}
	}
	return reports
}

// withFigures adds to the reports of a sentence those of its figures.
// A figure its clauses also gave ("the death toll was 127", "the death
// toll had exceeded 125", "the number has risen to 33", "at least 58 |
// be | dead") is reported once, as the figure, which knows its measure,
// source, bound and phase.
func (x *Extractor) withFigures(st *docState, sent claim.Sentence, toks []nlp.Token, attr *attribution, reports []claim.Report) []claim.Report {
	switch {
	case listSentence(toks):
		// A list and its headings carry on the text before them.
		st.lastMeasureAt = sent.Index
	case sent.Index > st.lastMeasureAt+1:
		st.lastMeasure = ""
	}
	for _, c := range x.figures(st, toks, &st.lastMeasure, attr) {
		st.lastMeasureAt = sent.Index
		// A source the figure's own clause names replaces the
		// sentence's attribution, its polarity and hedging with it.
		a := attr
		if c.speaker != nil {
			a = nil
		}
		r := x.report(st, sent, c, a)
		if r == nil {
			continue
		}
		reports = slices.DeleteFunc(reports, func(g claim.Report) bool {
			return g.Claim.ID == r.Claim.ID || g.ObjectText == c.objectText || strings.HasSuffix(g.SubjectText, " "+c.objectText) ||
				g.Claim.Subject.ID == r.Claim.Subject.ID && strings.Contains(g.ObjectText, c.objectText) || x.givesFigure(g.Claim)
		})
		reports = append(reports, *r)
	}
	return reports
}

// givesFigure reports a claim that only says a source gave or revised a
// figure ("organisers | put | turnout", "police | peg | number of
// protesters", "police | revise | figure"):
// the figure's own claim says what, and who.
func (x *Extractor) givesFigure(c claim.Claim) bool {
	verb := false
	words := strings.Fields(c.Predicate)
	for i, w := range words {
		// A change verb gives a figure only with the figure as its
		// object ("police revised the figure"); with a preposition its
		// object is where something went ("fell to his death").
		transitive := i == len(words)-1
		if _, ok := x.schema.Reporting(w); ok || x.schema.IsSourceVerb(w) || transitive && x.changes(w) {
			verb = true
		}
	}
	if !verb {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(c.Object.Name)) {
		w = strings.TrimSuffix(w, "s")
		if x.schema.MeasureNoun(w) != "" || x.schema.IsFigureReference(w) {
			return true
		}
	}
	return false
}

// secondAttribution finds a second speaker in the content of attr, in
// a clause of its own after ";" or ", while" (", whereas", ", but"):
// "Organizers said nearly two million joined, while police estimated
// that 338,000 turned up". It cuts attr's content before that clause and
// returns the clause's own attribution, or nil.
func (x *Extractor) secondAttribution(st *docState, toks []nlp.Token, attr *attribution) *attribution {
	for i, t := range toks {
		if t.Start <= attr.verbToken.Start {
			continue
		}
		from := 0
		switch w := strings.ToLower(t.Text); {
		case w == ";":
			from = i + 1
		case w == "," && i+1 < len(toks) && contrastive[strings.ToLower(toks[i+1].Text)]:
			from = i + 2
		default:
			continue
		}
		second := x.speakerOpening(st, toks, from)
		if second == nil {
			continue
		}
		attr.cutAt(i)
		return second
	}
	return nil
}

// speakerOpening returns the attribution of a clause that opens at from
// with its speaker and a reporting verb ("police said the number was
// …"), its content what follows the verb; nil when the clause does not.
func (x *Extractor) speakerOpening(st *docState, toks []nlp.Token, from int) *attribution {
	for v := from + 1; v < len(toks) && v <= from+8; v++ {
		if !x.reportingVerb(toks[v]) {
			continue
		}
		subj, ok := sourceSubject(toks, v, from)
		start := x.contentStart(st, toks, v)
		if !ok || subj.from != from || start >= len(toks) || !hasVerb(toks[start:]) {
			return nil
		}
		a := x.newAttribution(st, toks, subj, v, strings.ContainsAny(textOf(toks[from:]), "“\""))
		if a != nil {
			a.content = []span{trimMarks(toks, start, len(toks))}
		}
		return a
	}
	return nil
}

// asideOf cuts from attr's content a clause that ", as" opens after the
// reporting verb, with its own subject and verb, and returns it as an
// attribution with no speaker; nil when there is none.
func asideOf(toks []nlp.Token, attr *attribution) *attribution {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Start <= attr.verbToken.Start || toks[i].Text != "," || !strings.EqualFold(toks[i+1].Text, "as") || !hasSubjectAndVerb(toks, i+2) {
			continue
		}
		attr.cutAt(i)
		return &attribution{content: []span{trimMarks(toks, i+2, len(toks))}}
	}
	return nil
}

// cutAt ends what the attribution reports before token i.
func (a *attribution) cutAt(i int) {
	var kept []span
	for _, part := range a.content {
		if part.from < i {
			kept = append(kept, span{part.from, min(part.to, i)})
		}
	}
	a.content = kept
}

// contrastive conjunctions open a clause that sets a second source
// against the first.
var contrastive = map[string]bool{"while": true, "whereas": true, "but": true, "although": true}

// distinctTuples drops reports whose subject, relation and object read
// as an earlier one's, keeping the first.
func distinctTuples(reports []claim.Report) []claim.Report {
	seen := map[[3]string]bool{}
	out := reports[:0]
	for _, r := range reports {
		key := [3]string{r.SubjectText, r.RelationText, r.ObjectText}
		if !seen[key] {
			seen[key] = true
			out = append(out, r)
		}
	}
	return out
}

// directQuote reports whether the attributed content is the speaker's own
// words in quotation marks rather than indirect speech with a quoted phrase
// inside ("said he speaks with Witkoff “fairly often”").
func directQuote(toks []nlp.Token, attr *attribution) bool {
	if len(attr.content) == 0 {
		return false
	}
	from, to := attr.content[0].from, attr.content[len(attr.content)-1].to
	// A quotation that opened in an earlier sentence closes before its
	// attribution: "… but will be accompanied by others,” Ushakov added.
	closed := closesQuote(toks[to:min(to+2, len(toks))])
	return startsWithQuote(toks) || from > 0 && isOpenMark(toks[from-1]) || closed
}

func isOpenMark(t nlp.Token) bool { return t.Text == "“" || t.Tag == "``" }

func startsWithQuote(toks []nlp.Token) bool {
	return len(toks) > 0 && (toks[0].Text == "“" || toks[0].Text == "\"")
}

// keepApart gives a name the user listed as distinct an entity ID of its
// own spelling, unfolded, so that "Jon Smit" and "John Smith" stay two.
func (x *Extractor) keepApart(e *claim.Entity) {
	if e != nil && strings.HasPrefix(e.ID, "entity:") && x.schema.KeptApart(e.Name) {
		e.ID = "entity:" + slug(strings.ToLower(e.Name))
	}
}

// report turns a clause into a report, or nil when it is not a claim.
func (x *Extractor) report(st *docState, sent claim.Sentence, c clause, attr *attribution) *claim.Report {
	if c.subject.Name == "" || c.predicate == "" || c.object.Name == "" {
		return nil
	}
	negated := c.negated
	hedged := c.hedged
	r := &claim.Report{
		Document:     st.doc.ID,
		Sentence:     sent,
		Start:        sent.Start,
		End:          sent.End,
		SubjectText:  c.subjectText,
		RelationText: c.relationText,
		ObjectText:   c.objectText,
	}
	if attr != nil {
		r.Speaker = attr.speaker
		r.Verb = attr.verb
		if attr.negates {
			negated = !negated
		}
		hedged = hedged || attr.hedges
		if attr.quoted {
			r.Quote = quoteText(sent.Text)
		}
	}
	if c.speaker != nil {
		r.Speaker, r.Verb = c.speaker, c.verb
	}
	r.Hedged = hedged
	r.Modality = x.modality(st, c, attr, hedged)
	r.Phase = c.phase
	for _, e := range []*claim.Entity{&c.subject, &c.object, r.Speaker} {
		x.keepApart(e)
	}
	subject, object := c.subject, c.object
	predicate, swap := x.schema.Orient(c.predicate, subject.ID, object.ID)
	if swap {
		subject, object = object, subject
	}
	if x.schema.Predicates[predicate].Change && !numeric(object.Name) {
		// "fell to his death" is no figure falling: a change of value
		// needs a value.
		predicate = c.predicate
	}
	r.Claim = claim.Claim{
		Subject:   subject,
		Predicate: predicate,
		Object:    object,
		Negated:   negated,
		Hedged:    hedged,
		Time:      c.time,
	}
	if !st.surface && (x.vague(subject.Name) || x.vague(object.Name) || pronounClause(object.Name) || timeOnly(subject.Name) || timeOnly(object.Name) ||
		r.Speaker == nil && unboundPossessive(c.subjectText)) {
		// "the issue | be discussed with | European countries", "want to
		// see | it end", "use of tear gas | trigger | Sunday", "their
		// team's loss | be known as | Aremania".
		return nil
	}
	r.Claim.Identify()
	r.Confidence = confidence(c, r)
	return r
}

// modality is what a report makes of its clause when not a plain
// statement: conditional under "if"; else what its verb group's words
// say ("will visit", "could form", "has got to sell"); else what a
// hedging attribution's verb says ("hoped that": desired), possible by
// default; possible for another hedge; planned for a time after
// publication.
func (x *Extractor) modality(st *docState, c clause, attr *attribution, hedged bool) string {
	switch {
	case c.conditional:
		return claim.Conditional
	case c.governor != "":
		return x.schema.ModalityOf([]string{c.governor})
	}
	if m := x.schema.ModalityOf(append(slices.Clone(c.adverbs), strings.Fields(strings.ToLower(c.relationText))...)); m != "" {
		return m
	}
	if attr != nil && attr.hedges {
		if m := x.schema.ModalityOf([]string{attr.verbToken.Lemma}); m != "" {
			return m
		}
		return claim.Possible
	}
	if hedged {
		return claim.Possible
	}
	if pub := st.published(); c.time != "" && !pub.IsZero() {
		start, _, _ := strings.Cut(c.time, "/")
		if day := pub.Format("2006-01-02"); len(start) <= len(day) && start > day[:len(start)] {
			return claim.Planned
		}
	}
	return ""
}

// pronounClause reports an argument that is a pronoun and what it does
// ("it end"): a clause cut from its verb, not a thing.
func pronounClause(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	return len(words) > 1 && objectPronouns[words[0]]
}

// objectPronouns are the personal pronouns a clause cut to its subject
// starts with; not "her", which is as often "her film career".
var objectPronouns = map[string]bool{"it": true, "them": true, "him": true, "us": true, "me": true, "they": true, "he": true, "she": true}

// vague reports an argument that is a vague noun alone, with at most a
// determiner ("issue", "this kind").
func (x *Extractor) vague(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 2 && determiners[words[0]] {
		words = words[1:]
	}
	return len(words) == 1 && x.schema.IsVague(words[0])
}

// unboundPossessive reports a claim in the outlet's voice whose subject
// opens with "their" or "its", a possessor the claim does not name
// ("their team's loss | be known as"). "His" and "her" are resolved as
// pronouns are, and a speaker may be the possessor ("police said its
// count …").
func unboundPossessive(subject string) bool {
	f := strings.Fields(strings.ToLower(subject))
	return len(f) > 0 && (f[0] == "their" || f[0] == "its")
}

// determiners that may stand before a vague noun.
var determiners = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true, "a": true, "an": true, "such": true}

// numeric reports a phrase that holds a number, in digits or words.
func numeric(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if _, ok := parseNumber(strings.ToLower(w)); ok {
			return true
		}
		if _, ok := claim.ParseQuantity(w); ok {
			return true
		}
	}
	return false
}

// quoteText returns the text between the first pair of quotation marks,
// or for a sentence without an opening mark, up to the closing one.
func quoteText(s string) string {
	open := strings.IndexAny(s, "“\"")
	if open < 0 {
		// A sentence inside a quotation that opened earlier is quoted
		// up to where the quotation closes.
		if end := strings.IndexAny(s, "”"); end >= 0 {
			return strings.TrimSpace(s[:end])
		}
		return strings.TrimSpace(s)
	}
	_, size := utf8.DecodeRuneInString(s[open:])
	rest := s[open+size:]
	end := strings.IndexAny(rest, "”\"")
	if end < 0 {
		return strings.TrimSpace(rest)
	}
	return strings.TrimSpace(rest[:end])
}

// confidence ranks extractions: named arguments, a known speaker and short
// arguments make a claim more likely to be read right.
func confidence(c clause, r *claim.Report) float64 {
	if c.fromTree {
		return treeConfidence(c)
	}
	score := 0.45
	if c.subject.Kind != claim.Value {
		score += 0.2
	}
	if c.object.Kind != claim.Value {
		score += 0.1
	}
	if r.Speaker != nil {
		score += 0.1
	}
	if c.resolvedPronoun {
		score -= 0.1
	}
	score -= 0.02 * (wordsPast(c.subjectText, 6) + wordsPast(c.objectText, 6))
	return roundConfidence(score)
}

// wordsPast counts the words of text past the first n: what makes an
// argument long enough to be misread.
func wordsPast(text string, n int) float64 {
	return float64(max(len(strings.Fields(text))-n, 0))
}

// roundConfidence keeps a score within 0.05..1 at two decimals, so that
// claims of nearly equal confidence tie.
func roundConfidence(score float64) float64 {
	switch {
	case score < 0.05:
		return 0.05
	case score > 1:
		return 1
	}
	return float64(int(score*100+0.5)) / 100
}

// published is the reference date for relative times.
func (st *docState) published() time.Time { return st.doc.Published }

// clauseBoundary reports a token that ends the clause before it: a
// comma, semicolon, colon, dash (em or en: a dateline's "HONG KONG, NNA
// –") or bracket, a relative or question word,
// or a subordinating conjunction.
func clauseBoundary(t nlp.Token) bool {
	switch {
	case t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "—" || t.Text == "–" || t.Text == "--" || t.Text == "(":
		return true
	case t.Text == "-" && t.Tag != "HYPH":
		// A hyphen standing for a dash ("(ANTARA) - The police"); one
		// that joins two words is tagged HYPH (see fixTags).
		return true
	case t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WRB":
		return true
	}
	return t.Tag == "IN" && subordinators[strings.ToLower(t.Text)]
}

func punctuationTag(tag string) bool {
	switch tag {
	case "-LRB-", "-RRB-", ",", ".", ":", "``", "''", "HYPH", "NFP":
		return true
	}
	return false
}

// joinable reports a word a hyphen can join to another.
func joinable(t nlp.Token) bool {
	return strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || t.Tag == "VBN" || t.Tag == "VBG"
}

// nounSuffixed reports a word with a suffix that makes nouns and never
// verbs ("capitulation", "readiness", "neutrality", "revisionism").
func nounSuffixed(word string) bool {
	word = strings.ToLower(word)
	for _, suffix := range []string{"ation", "ution", "ness", "ity", "ism"} {
		if len(word) > len(suffix)+2 && strings.HasSuffix(word, suffix) {
			return true
		}
	}
	return false
}
