package nlp

import (
	"reflect"
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
