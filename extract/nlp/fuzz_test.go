package nlp

import (
	"testing"
	"unicode/utf8"
)

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"Mr. Witkoff met U.S. officials on Jan. 5. They talked.",
		"“We have agreed. I hope,” he said. \"Next.\" (LONDON) — it’s… done",
		"https://example.com/a.b. x'y 1,200.50 don’t",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		last := 0
		for _, sp := range Sentences(text) {
			if sp.Start < last || sp.End > len(text) || sp.Start >= sp.End || len(sp.Tokens) == 0 {
				t.Fatalf("bad span %d:%d after %d in %q", sp.Start, sp.End, last, text)
			}
			for _, tok := range sp.Tokens {
				if tok.Start < sp.Start || tok.End > sp.End || text[tok.Start:tok.End] != tok.Text || tok.Text == "" {
					t.Fatalf("token %q at %d:%d does not match the text", tok.Text, tok.Start, tok.End)
				}
			}
			last = sp.End
		}
	})
}

// FuzzAnalyse checks that any text parses into trees: each sentence has
// one root, every head is in the sentence, and no word is its own
// ancestor; and that names lie inside their sentence.
func FuzzAnalyse(f *testing.F) {
	f.Add("Ushakov denied that Russia leaked the call. “It was leaked,” he said.")
	f.Add("U.S. President Donald Trump's envoy Steve Witkoff met the Bank of England.")
	f.Add("!!! -- ... :) 08/16/2000")
	m, err := DefaultModel()
	if err != nil {
		f.Fatal(err)
	}
	g := &Gazetteer{Titles: set("president"), Organizations: set(), Places: set(), OrgWords: set("bank")}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, sp := range m.Analyse(text) {
			toks := sp.Tokens
			roots := 0
			for i, tok := range toks {
				if tok.Head < 0 || tok.Head > len(toks) || tok.Head == i+1 || tok.Rel == "" {
					t.Fatalf("token %d %q: head %d, relation %q in a sentence of %d", i, tok.Text, tok.Head, tok.Rel, len(toks))
				}
				if tok.Head == 0 {
					roots++
				}
				seen := 0
				for h := tok.Head; h != 0; h = toks[h-1].Head {
					if seen++; seen > len(toks) {
						t.Fatalf("token %d %q is its own ancestor", i, tok.Text)
					}
				}
			}
			if roots != 1 {
				t.Fatalf("%d roots in %q", roots, text[sp.Start:sp.End])
			}
			for _, e := range g.Entities(toks, 0, len(toks)) {
				if e.Start < 0 || e.End > len(toks) || e.Start >= e.End {
					t.Fatalf("name at %d:%d in a sentence of %d", e.Start, e.End, len(toks))
				}
			}
		}
	})
}
