package nlp

import (
	"reflect"
	"strings"
	"testing"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations and initials",
			"Mr. Witkoff met U.S. officials on Jan. 5. They talked.",
			[]string{"Mr. Witkoff met U.S. officials on Jan. 5.", "They talked."}},
		{"quoted title with periods",
			"in an interview for the program “Moscow. Kremlin. Putin,” broadcast on Wednesday. Next one.",
			[]string{"in an interview for the program “Moscow. Kremlin. Putin,” broadcast on Wednesday.", "Next one."}},
		{"sentences inside one quotation",
			"“We have agreed to meet. I hope he will come,” Ushakov added.",
			[]string{"“We have agreed to meet.", "I hope he will come,” Ushakov added."}},
		{"closing quote after the stop",
			"He called it “complicated.” Then he left.",
			[]string{"He called it “complicated.”", "Then he left."}},
		{"straight quotes open and close",
			`"Witkoff will come," Trump said. "He respects Moscow." Then "no."`,
			[]string{`"Witkoff will come," Trump said.`, `"He respects Moscow."`, `Then "no."`}},
		{"line breaks end headlines",
			"Kremlin: Leak Is Attempt to Hinder Talks\n\nThe Kremlin said so.",
			[]string{"Kremlin: Leak Is Attempt to Hinder Talks", "The Kremlin said so."}},
		{"dateline and ellipsis",
			"(LONDON and KYIV, Ukraine) — The aide confirmed it … There are details.",
			[]string{"(LONDON and KYIV, Ukraine) — The aide confirmed it …", "There are details."}},
		{"lower-case after stop is no boundary",
			"The vote was 5 vs. 4. it passed.",
			[]string{"The vote was 5 vs. 4. it passed."}},
	}
	for _, c := range cases {
		if got := sentenceTexts(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestOverlongSentenceIsCut: text with no stops is cut into sentences of
// at most MaxSentenceTokens, after a comma where there is one.
func TestOverlongSentenceIsCut(t *testing.T) {
	text := strings.Repeat("the council met the mayor and the police ", 90) + "and then, " + strings.Repeat("word ", 300)
	spans := Sentences(text)
	total := 0
	for _, s := range spans {
		if len(s.Tokens) > MaxSentenceTokens {
			t.Errorf("a sentence of %d tokens", len(s.Tokens))
		}
		total += len(s.Tokens)
	}
	if total != len(Tokenize(text)) {
		t.Errorf("sentences hold %d tokens of %d", total, len(Tokenize(text)))
	}
	if len(spans) < 6 {
		t.Fatalf("%d sentences", len(spans))
	}
	cutAtComma := false
	for _, s := range spans {
		cutAtComma = cutAtComma || s.Tokens[len(s.Tokens)-1].Text == ","
	}
	if !cutAtComma {
		t.Error("no sentence was cut after the comma")
	}
}
