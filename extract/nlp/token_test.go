package nlp

import (
	"reflect"
	"testing"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"U.S. President Donald Trump’s envoy", []string{"U.S.", "President", "Donald", "Trump", "’s", "envoy"}},
		{"I don’t know why they’re so interested.", []string{"I", "do", "n’t", "know", "why", "they", "’re", "so", "interested", "."}},
		{"a “preliminary agreement” — and likely", []string{"a", "“", "preliminary", "agreement", "”", "—", "and", "likely"}},
		{"Mr. Witkoff paid $1,200.50 at https://example.com/a.b.", []string{"Mr.", "Witkoff", "paid", "$", "1,200.50", "at", "https://example.com/a.b", "."}},
		{"the 28-point plan... next", []string{"the", "28-point", "plan", "...", "next"}},
		{"(LONDON and KYIV, Ukraine) —", []string{"(", "LONDON", "and", "KYIV", ",", "Ukraine", ")", "—"}},
		{"Wait -- really!!! See tass.com or mail press@tass.ru....", []string{"Wait", "--", "really", "!!!", "See", "tass.com", "or", "mail", "press@tass.ru", "...."}},
		{"On 08/16/2000 at 10:30 he cannot.", []string{"On", "08/16/2000", "at", "10:30", "he", "can", "not", "."}},
		{"It ended in Moscow.The next day", []string{"It", "ended", "in", "Moscow", ".", "The", "next", "day"}},
		// Tokenised text: clitics and doubled quotes stand alone.
		{"`` It 's Porter 's , '' he said", []string{"``", "It", "'s", "Porter", "'s", ",", "''", "he", "said"}},
		{"they ’re sure 'so' 'sure", []string{"they", "’re", "sure", "'", "so", "'", "'", "sure"}},
	}
	for _, c := range cases {
		got := texts(Tokenize(c.in))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	in := "Ushakov’s aide didn’t say “no.”"
	for _, tok := range Tokenize(in) {
		if in[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q has span %d:%d = %q", tok.Text, tok.Start, tok.End, in[tok.Start:tok.End])
		}
	}
}
