package nlp

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// arc is a token's head and relation as words: "denied <-nsubj- Ushakov".
func arcs(toks []Token) map[string]string {
	out := map[string]string{}
	for _, t := range toks {
		head := "ROOT"
		if t.Head > 0 {
			head = toks[t.Head-1].Text
		}
		out[t.Text] = head + " " + t.Rel
	}
	return out
}

// TestParseNewsSentences holds fixtures of the constructions claims are
// built from; each was checked by eye against the UD guidelines.
func TestParseNewsSentences(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want map[string]string
	}{
		{"Ushakov denied that Russia leaked the call.", map[string]string{
			"denied": "ROOT root", "Ushakov": "denied nsubj", "leaked": "denied ccomp",
			"that": "leaked mark", "Russia": "leaked nsubj", "call": "leaked obj"}},
		{"The plan was criticized by officials in Kyiv.", map[string]string{
			"criticized": "ROOT root", "plan": "criticized nsubj:pass", "was": "criticized aux:pass",
			"officials": "criticized obl:agent", "by": "officials case"}},
		{"Witkoff will travel to Moscow next week.", map[string]string{
			"travel": "ROOT root", "Witkoff": "travel nsubj", "will": "travel aux",
			"Moscow": "travel obl", "to": "Moscow case"}},
		// In UD a name's first word heads the rest.
		{"Yury Ushakov, the Kremlin's top aide, said it was true.", map[string]string{
			"said": "ROOT root", "Yury": "said nsubj", "Ushakov": "Yury flat", "aide": "Yury appos", "true": "said ccomp"}},
	}
	for _, c := range cases {
		toks := Tokenize(c.text)
		m.Tag(toks)
		m.Parser.Parse(toks)
		got := arcs(toks)
		for word, want := range c.want {
			if got[word] != want {
				t.Errorf("%q: %s attaches as %q, want %q", c.text, word, got[word], want)
			}
		}
	}
}

// TestOracleRebuildsProjectiveTrees checks the dynamic oracle: following
// any zero-cost move from the start must rebuild a projective gold tree.
func TestOracleRebuildsProjectiveTrees(t *testing.T) {
	dev, err := ReadTreebankFile(TreebankSplit(treebankDir(t), "dev"))
	if err != nil {
		t.Fatal(err)
	}
	rebuilt, projective := 0, 0
	for _, s := range dev {
		n := len(s.Words)
		gold := make([]int, n+1)
		for i, w := range s.Words {
			gold[i] = w.Head - 1
			if w.Head == 0 {
				gold[i] = n
			}
		}
		gold[n] = -1
		if !isProjective(gold[:n]) {
			continue
		}
		projective++
		st := newParseState(n)
		for !st.terminal() {
			valid, costs := st.valid(), st.costs(gold)
			move := -1
			// Prefer the last zero-cost move, so that every kind of move
			// is taken when it is free.
			for m := moveCount - 1; m >= 0; m-- {
				if valid[m] && costs[m] == 0 {
					move = m
					break
				}
			}
			if move < 0 {
				t.Fatalf("%q: no zero-cost move", s.Text)
			}
			st.apply(move)
		}
		ok := true
		for i := 0; i < n; i++ {
			ok = ok && st.heads[i] == gold[i]
		}
		if ok {
			rebuilt++
		} else if rebuilt < 3 {
			t.Errorf("%q: oracle parse differs from the gold tree", s.Text)
		}
	}
	if rebuilt != projective || projective < len(dev)*9/10 {
		t.Errorf("rebuilt %d of %d projective trees (%d sentences)", rebuilt, projective, len(dev))
	}
}

// isProjective reports whether no two arcs cross; heads[i] is i's head,
// len(heads) the root.
func isProjective(heads []int) bool {
	for i, h := range heads {
		lo, hi := min(i, h), max(i, h)
		for j := lo + 1; j < hi; j++ {
			if k := heads[j]; k < lo || k > hi {
				return false
			}
		}
	}
	return true
}

// TestWeightTable checks lookups in dense (few classes) and sparse
// tables, through the stored form and back. Keys have one to five
// weights, so that a sparse table holds some in its slots and spills
// the others.
func TestWeightTable(t *testing.T) {
	for _, classes := range []uint64{3, 50} {
		weights := map[uint64][]Weight{}
		for k := uint64(1); k <= 1000; k++ {
			n := min(k%5+1, classes)
			var ws []Weight
			for j := uint64(0); j < n; j++ {
				ws = append(ws, Weight{Tag: uint8((k + j) % classes), Value: int16(k) - int16(j)*700})
			}
			weights[k*0x9E3779B97F4A7C15] = ws
		}
		table := newWeightTable(weights)
		if table.dense != (classes <= denseClasses) {
			t.Errorf("%d classes: dense is %v", classes, table.dense)
		}
		again, err := table.wire.table()
		if err != nil {
			t.Fatal(err)
		}
		scores := make([]float32, classes)
		for k, ws := range weights {
			again.score([]uint64{k, 12345}, scores)
			want := make([]float32, classes)
			for _, w := range ws {
				want[w.Tag] = float32(w.Value)
			}
			if !slices.Equal(scores, want) {
				t.Fatalf("%d classes: feature %x scores %v, want %v", classes, k, scores, want)
			}
		}
		// All at once, more spilled lists than one score gathers.
		var all []uint64
		total := make([]float32, classes)
		for k, ws := range weights {
			all = append(all, k)
			for _, w := range ws {
				total[w.Tag] += float32(w.Value)
			}
		}
		if again.score(all, scores); !slices.Equal(scores, total) {
			t.Errorf("%d classes: all features score %v, want %v", classes, scores, total)
		}
	}
	table := newWeightTable(map[uint64][]Weight{1: {{Tag: 0, Value: 1}}})
	bad := table.wire
	bad.Counts = bad.Counts[:len(bad.Counts)-1]
	if _, err := bad.table(); err == nil {
		t.Error("a table whose counts do not match its keys decoded")
	}
}

func TestCoNLLURoundTrip(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	text := "Ushakov didn’t comment. “It was leaked,” he said."
	sents := m.Analyse(text)
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, text, sents); err != nil {
		t.Fatal(err)
	}
	written := buf.String()
	read, err := ReadCoNLLU(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(read) != len(sents) {
		t.Fatalf("wrote %d sentences, read %d", len(sents), len(read))
	}
	for i, s := range read {
		if s.Text != text[sents[i].Start:sents[i].End] {
			t.Errorf("sentence %d text %q", i, s.Text)
		}
		for j, w := range s.Words {
			tok := sents[i].Tokens[j]
			if w.Form != tok.Text || w.Head != tok.Head || w.Rel != tok.Rel || w.UPOS != tok.UPOS || w.XPOS != tok.Tag {
				t.Errorf("word %d of sentence %d: wrote %+v, read %+v", j, i, tok, w)
			}
		}
	}
	if !strings.Contains(written, "did\tdo\tAUX\tVBD\t_\t4\taux\t_\tSpaceAfter=No") {
		t.Errorf("\"did\" before its clitic is not an auxiliary without a space after:\n%s", written)
	}
}

// TestEvaluateRaw checks raw-text scoring against gold-token scoring on
// the same sentences: gold tokens align perfectly, raw text nearly.
func TestEvaluateRaw(t *testing.T) {
	dev, err := ReadTreebankFile(TreebankSplit(treebankDir(t), "dev"))
	if err != nil {
		t.Fatal(err)
	}
	dev = dev[:300]
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	gold, raw := m.Evaluate(dev), m.EvaluateRaw(dev, 0)
	if gold.Words != 1 || gold.Sentences != 1 {
		t.Errorf("from gold tokens: words F1 %.4f, sentences F1 %.4f, want 1", gold.Words, gold.Sentences)
	}
	if raw.Words < 0.95 || raw.Sentences < 0.6 || raw.UAS > gold.UAS || raw.UAS < gold.UAS-0.1 {
		t.Errorf("from raw text: words F1 %.4f, sentences F1 %.4f, UAS %.4f (gold tokens %.4f)", raw.Words, raw.Sentences, raw.UAS, gold.UAS)
	}
}

func BenchmarkParse(b *testing.B) {
	docs, err := TreebankArticles(treebankDir(b), "dev", 20)
	if err != nil {
		b.Fatal(err)
	}
	m, err := DefaultModel()
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]Token
	size := 0
	for _, d := range docs[:20] {
		size += len(d)
		for _, s := range Sentences(d) {
			m.Tag(s.Tokens)
			sents = append(sents, s.Tokens)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			m.Parser.Parse(s)
		}
	}
}
