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
