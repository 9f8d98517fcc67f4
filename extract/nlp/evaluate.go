package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scores are a model's figures on treebank sentences, as the CoNLL 2018
// shared task computes them: each is the F1 of the words whose span and
// value match, which from gold tokens is plain accuracy.
type Scores struct {
	UPOS, XPOS, Lemma float64
	// UAS counts words with the right head, LAS those with the right head
	// and relation, the relation's subtype ignored ("nsubj:pass" is
	// "nsubj"); both zero without a parser.
	UAS, LAS float64
	// Words and Sentences are the F1 of word and sentence spans: 1 from
	// gold tokens, below when the model also tokenised the raw text.
	Words, Sentences float64
	// SentenceCount is how many gold sentences were scored.
	SentenceCount int
}

// Evaluate tags and parses the treebank's gold tokens and scores the
// result against the treebank.
func (m *Model) Evaluate(sents []TreebankSentence) Scores {
	var t tally
	for _, s := range sents {
		t.gold(s)
		toks := s.tokens()
		m.analyse(toks)
		t.system(toks, formSpans(toks, t.offset))
		t.offset += formLength(s)
	}
	return t.scores(len(sents))
}

// EvaluateRaw scores the model from the treebank's raw text: sentences
// are joined into paragraphs and documents as the treebank marks them,
// then split, tokenised, tagged and parsed as any article would be. With
// wrap > 0 each paragraph is wrapped at wrap columns and paragraphs are
// parted by a blank line, as in wire copy or e-mail; else a paragraph is
// a line.
func (m *Model) EvaluateRaw(sents []TreebankSentence, wrap int) Scores {
	var t tally
	for _, doc := range treebankDocuments(sents) {
		start := t.offset
		var text, par strings.Builder
		flush := func() {
			if wrap > 0 {
				text.WriteString(wrapAt(par.String(), wrap))
			} else {
				text.WriteString(par.String())
			}
			par.Reset()
		}
		for i, s := range doc {
			t.gold(s)
			t.offset += formLength(s)
			switch {
			case i == 0:
			case s.NewPar:
				flush()
				text.WriteString(map[bool]string{false: "\n", true: "\n\n"}[wrap > 0])
			default:
				par.WriteString(" ")
			}
			par.WriteString(s.Text)
		}
		flush()
		t.systemText(m, text.String(), start)
	}
	return t.scores(len(sents))
}

// wrapAt wraps text greedily at width columns, turning the space before
// each word that would not fit into a line break.
func wrapAt(text string, width int) string {
	b := []byte(text)
	lineStart, lastSpace := 0, -1
	for i := 0; i < len(b); i++ {
		if b[i] == ' ' {
			if utf8.RuneCount(b[lineStart:i]) > width && lastSpace > lineStart {
				b[lastSpace] = '\n'
				lineStart = lastSpace + 1
			}
			lastSpace = i
		}
	}
	if utf8.RuneCount(b[lineStart:]) > width && lastSpace > lineStart {
		b[lastSpace] = '\n'
	}
	return string(b)
}

// Analyse splits text into sentences and tags and parses each.
func (m *Model) Analyse(text string) []Span {
	sents := Sentences(text)
	for _, s := range sents {
		m.analyse(s.Tokens)
	}
	return sents
}

// analyse tags and, when the model has a parser, parses one sentence.
func (m *Model) analyse(toks []Token) {
	m.Tag(toks)
	if m.Parser != nil {
		m.Parser.Parse(toks)
	}
}

// treebankDocuments groups sentences by the treebank's newdoc marks.
func treebankDocuments(sents []TreebankSentence) [][]TreebankSentence {
	var docs [][]TreebankSentence
	for i, s := range sents {
		if i == 0 || s.NewDoc {
			docs = append(docs, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], s)
	}
	return docs
}

// A span locates a word or sentence by the non-space characters before
// and within it, which gold and system agree on however each tokenised.
type span struct{ start, end int }

type scoredWord struct {
	upos, xpos, lemma, rel string
	head                   span
}

// tally collects gold and system words and sentences by span.
type tally struct {
	goldWords, sysWords map[span]scoredWord
	goldSents, sysSents map[span]bool
	goldCount, sysCount int
	// offset is where the next gold sentence starts.
	offset int
}

func (t *tally) init() {
	if t.goldWords == nil {
		t.goldWords, t.sysWords = map[span]scoredWord{}, map[span]scoredWord{}
		t.goldSents, t.sysSents = map[span]bool{}, map[span]bool{}
	}
}

func (t *tally) gold(s TreebankSentence) {
	t.init()
	spans := make([]span, len(s.Words))
	at := t.offset
	for i, w := range s.Words {
		n := nonSpaceLength(w.Form)
		spans[i] = span{at, at + n}
		at += n
	}
	for i, w := range s.Words {
		t.goldWords[spans[i]] = scoredWord{upos: w.UPOS, xpos: w.XPOS, lemma: w.Lemma, rel: UniversalRelation(w.Rel), head: headSpan(spans, w.Head)}
	}
	t.goldCount += len(s.Words)
	if len(spans) > 0 {
		t.goldSents[span{spans[0].start, spans[len(spans)-1].end}] = true
	}
}

// system records one analysed sentence whose words lie at spans.
func (t *tally) system(toks []Token, spans []span) {
	t.init()
	for i, tok := range toks {
		t.sysWords[spans[i]] = scoredWord{upos: tok.UPOS, xpos: tok.Tag, lemma: tok.Lemma, rel: UniversalRelation(tok.Rel), head: headSpan(spans, tok.Head)}
	}
	t.sysCount += len(toks)
	if len(spans) > 0 {
		t.sysSents[span{spans[0].start, spans[len(spans)-1].end}] = true
	}
}

// systemText analyses the raw text of a document whose gold words
// start at start.
func (t *tally) systemText(m *Model, text string, start int) {
	// before[i] counts the non-space characters of text[:i].
	before := make([]int, len(text)+1)
	n := 0
	for i, r := range text {
		size := utf8.RuneLen(r)
		if size < 0 {
			size = 1
		}
		for k := 0; k < size && i+k < len(text); k++ {
			before[i+k] = n
		}
		if !unicode.IsSpace(r) {
			n += size
		}
	}
	before[len(text)] = n
	for _, sent := range Sentences(text) {
		toks := sent.Tokens
		m.analyse(toks)
		spans := make([]span, len(toks))
		for i, tok := range toks {
			spans[i] = span{start + before[tok.Start], start + before[tok.End]}
		}
		t.system(toks, spans)
	}
}

func (t *tally) scores(sentences int) Scores {
	var sc Scores
	sc.SentenceCount = sentences
	f1 := func(correct, gold, system int) float64 {
		if gold+system == 0 {
			return 0
		}
		return 2 * float64(correct) / float64(gold+system)
	}
	var words, upos, xpos, lemma, uas, las int
	for sp, g := range t.goldWords {
		s, ok := t.sysWords[sp]
		if !ok {
			continue
		}
		words++
		upos += btoi(s.upos == g.upos)
		xpos += btoi(s.xpos == g.xpos)
		lemma += btoi(s.lemma == g.lemma)
		if s.rel != "" && s.head == g.head {
			uas++
			las += btoi(s.rel == g.rel)
		}
	}
	sc.Words = f1(words, t.goldCount, t.sysCount)
	sc.UPOS = f1(upos, t.goldCount, t.sysCount)
	sc.XPOS = f1(xpos, t.goldCount, t.sysCount)
	sc.Lemma = f1(lemma, t.goldCount, t.sysCount)
	sc.UAS = f1(uas, t.goldCount, t.sysCount)
	sc.LAS = f1(las, t.goldCount, t.sysCount)
	matched := 0
	for sp := range t.goldSents {
		matched += btoi(t.sysSents[sp])
	}
	sc.Sentences = f1(matched, len(t.goldSents), len(t.sysSents))
	return sc
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// headSpan is the span of the word at 1-based position head, or the
// empty span for the root.
func headSpan(spans []span, head int) span {
	if head < 1 || head > len(spans) {
		return span{-1, -1}
	}
	return spans[head-1]
}

func nonSpaceLength(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n += utf8.RuneLen(r)
		}
	}
	return n
}

func formLength(s TreebankSentence) int {
	n := 0
	for _, w := range s.Words {
		n += nonSpaceLength(w.Form)
	}
	return n
}

// formSpans gives gold tokens consecutive spans from at.
func formSpans(toks []Token, at int) []span {
	spans := make([]span, len(toks))
	for i, t := range toks {
		n := nonSpaceLength(t.Text)
		spans[i] = span{at, at + n}
		at += n
	}
	return spans
}
