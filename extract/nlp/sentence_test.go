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

// TestWrappedText: text wrapped at a fixed width is read as paragraphs,
// while short lines (a headline, a dateline, list items) stay lines, and
// offsets stay those of the text.
func TestWrappedText(t *testing.T) {
	text := "FLOODS CLOSE ROADS\n\nLONDON (Wire) -\n\nHeavy rain closed dozens of roads across the region on Tuesday, and the\nweather service warned that rivers could rise further overnight as more\nrain moved in from the west. Police asked drivers to stay at home.\n\nClosed roads:\n- the A1 near Newark\n- the M6 at junction 20\n\nThe council said it had opened three shelters for residents whose homes\nwere flooded, and that volunteers were handing out sandbags.\n"
	if u := Unwrap(text); len(u) != len(text) {
		t.Fatalf("Unwrap changed the length: %d, was %d", len(u), len(text))
	}
	want := []string{"FLOODS CLOSE ROADS", "LONDON (Wire) -",
		"Heavy rain closed dozens of roads across the region on Tuesday, and the\nweather service warned that rivers could rise further overnight as more\nrain moved in from the west.",
		"Police asked drivers to stay at home.", "Closed roads:", "- the A1 near Newark", "- the M6 at junction 20",
		"The council said it had opened three shelters for residents whose homes\nwere flooded, and that volunteers were handing out sandbags."}
	if got := sentenceTexts(text); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	// A list of lines of about one length is not wrapped text.
	schedule := "Game 1: Monday, May 28 at 2:00PM vs. Los Angeles SPARKS\nGame 3: Monday, June 11 at 7:00PM vs. Los Angeles SPARKS\n" +
		"Game 4: Thursday, June 14 at 7:30PM vs. Portland FIRE\nGame 5: Sunday, June 17 at 1:00PM vs. Utah STARZZ\n" +
		"Game 6: Tuesday, June 19 at 7:30PM vs. Washington MYSTICS\nThanks,\nCindy\n"
	if Unwrap(schedule) != schedule {
		t.Errorf("Unwrap joined the lines of a list: %q", Unwrap(schedule))
	}
	// One paragraph a line, as captured articles come, is left alone.
	lines := "Short headline\nA first paragraph that is one line long and ends here.\nA second one, also a line.\nAnd a third.\n"
	if Unwrap(lines) != lines {
		t.Errorf("Unwrap joined the lines of %q", lines)
	}
}
