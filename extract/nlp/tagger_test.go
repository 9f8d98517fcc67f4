package nlp

import (
	"bytes"
	"testing"

	"github.com/claimgraph/claimgraph/extract/shared"
)

// treebankDir returns the UD English treebank beside the project, or
// skips t without it.
func treebankDir(t testing.TB) string { return shared.Path(t, "data", "ud-english-ewt") }

// tagged tokenises and tags text with the embedded model.
func tagged(t *testing.T, text string) []Token {
	t.Helper()
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	toks := Tokenize(text)
	m.Tag(toks)
	return toks
}

func TestEmbeddedModelTagsNews(t *testing.T) {
	toks := tagged(t, "Ushakov denied that Russia leaked the call.")
	want := []struct{ tag, lemma string }{
		{"NNP", "Ushakov"}, {"VBD", "deny"}, {"IN", "that"}, {"NNP", "Russia"},
		{"VBD", "leak"}, {"DT", "the"}, {"NN", "call"}, {".", "."},
	}
	for i, w := range want {
		if toks[i].Tag != w.tag || toks[i].Lemma != w.lemma {
			t.Errorf("token %q: got %s/%s, want %s/%s", toks[i].Text, toks[i].Tag, toks[i].Lemma, w.tag, w.lemma)
		}
	}
}

// TestTokenisedQuotes tags the doubled quotes of tokenised text as the
// quotation marks they stand for.
func TestTokenisedQuotes(t *testing.T) {
	toks := tagged(t, "`` It 's late , '' he said .")
	if toks[0].Tag != "``" || toks[5].Tag != "''" || toks[2].Tag != "VBZ" {
		t.Errorf("got %s %s %s for ``, 's and ''", toks[0].Tag, toks[2].Tag, toks[5].Tag)
	}
}

// TestEmbeddedModelAccuracy guards the shipped model against regressions
// on the treebank's dev split.
func TestEmbeddedModelAccuracy(t *testing.T) {
	path := TreebankSplit(treebankDir(t), "dev")
	dev, err := ReadTreebankFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	sc := m.Evaluate(dev)
	if sc.UPOS < 0.945 || sc.XPOS < 0.94 || sc.Lemma < 0.965 {
		t.Errorf("on dev: UPOS %.4f (want ≥ 0.945), XPOS %.4f (want ≥ 0.94), lemma %.4f (want ≥ 0.965)", sc.UPOS, sc.XPOS, sc.Lemma)
	}
	if sc.UAS < 0.83 || sc.LAS < 0.79 {
		t.Errorf("on dev: UAS %.4f (want ≥ 0.83), LAS %.4f (want ≥ 0.79)", sc.UAS, sc.LAS)
	}
}

func TestInflectionLemma(t *testing.T) {
	cases := map[[2]string]string{
		{"criticized", "VBN"}: "criticize", {"leaked", "VBD"}: "leak", {"stopped", "VBD"}: "stop",
		{"agencies", "NNS"}: "agency", {"talks", "VBZ"}: "talk", {"meeting", "VBG"}: "meet",
		{"coaching", "VBG"}: "coach", {"passes", "VBZ"}: "pass",
		// A short syllable not doubled had an e; a longer stem keeps
		// its last consonant.
		{"fined", "VBD"}: "fine", {"timed", "VBN"}: "time", {"typed", "VBD"}: "type", {"ruling", "VBG"}: "rule",
		{"misused", "VBD"}: "misuse", {"visited", "VBD"}: "visit", {"opened", "VBD"}: "open",
		{"rained", "VBD"}: "rain", {"fixed", "VBD"}: "fix", {"planned", "VBD"}: "plan",
	}
	for in, want := range cases {
		if got := inflectionLemma(in[0], in[1]); got != want {
			t.Errorf("inflectionLemma(%q, %s) = %q, want %q", in[0], in[1], got, want)
		}
	}
}

// TestEncodeIsStable checks that the embedded model decodes and encodes
// back to the same bytes, so retraining on the same treebank is
// reproducible byte for byte.
func TestEncodeIsStable(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	data, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, embeddedModel) {
		t.Errorf("re-encoded model differs from the embedded one (%d vs %d bytes)", len(data), len(embeddedModel))
	}
}

// TestLemmaPrefersShortSyllableE checks that a known word without the e
// ("fin") does not win over the e a short syllable shows ("fined").
func TestLemmaPrefersShortSyllableE(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][3]string{{"fined", "VBD", "fine"}, {"declined", "VBD", "decline"}, {"misused", "VBN", "misuse"}, {"gases", "VBZ", "gas"}, {"shot", "VBD", "shoot"}, {"misled", "VBD", "mislead"}, {"withheld", "VBN", "withhold"}} {
		if got := m.Lemma(c[0], c[1]); got != c[2] {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
