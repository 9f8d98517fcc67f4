package nlp

import (
	"strings"
	"testing"
)

func set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// TestEntities holds news sentences with the names a reader would mark
// and their kinds; titles are separated from names.
func TestEntities(t *testing.T) {
	g := &Gazetteer{
		Titles:        set("president", "envoy", "special envoy", "aide", "mr."),
		Organizations: set("kremlin", "bloomberg", "abc news"),
		Places:        set("moscow", "u.s.", "ukraine"),
		OrgWords:      set("ministry", "bank", "news"),
		PlaceWords:    set("greater", "regency"),
	}
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want []string // "name|kind|titles"
	}{
		{"U.S. President Donald Trump's special envoy Steve Witkoff met Yury Ushakov in Moscow.",
			[]string{"Donald Trump|person|president", "Steve Witkoff|person|envoy,special envoy", "Yury Ushakov|person|", "Moscow|place|"}},
		{"Fans came from Greater Malang and from Blitar Regency.",
			[]string{"Greater Malang|place|", "Blitar Regency|place|"}},
		{"The call was published by Bloomberg, the Kremlin said.",
			[]string{"Bloomberg|organization|", "Kremlin|organization|"}},
		{"The Foreign Ministry and NATO disagreed with the Bank of England.",
			[]string{"Foreign Ministry|organization|", "NATO|organization|", "Bank of England|organization|"}},
		{"Ukraine's President Volodymyr Zelensky spoke to ABC News on Friday.",
			[]string{"Ukraine|place|", "Volodymyr Zelensky|person|president", "ABC News|organization|"}},
		{"Mr. Witkoff declined to comment.",
			[]string{"Witkoff|person|mr."}},
	}
	for _, c := range cases {
		toks := Tokenize(c.text)
		m.Tag(toks)
		var got []string
		for _, e := range g.Entities(toks, 0, len(toks)) {
			var words []string
			for _, tk := range toks[e.Start:e.End] {
				words = append(words, tk.Text)
			}
			got = append(got, strings.Join(words, " ")+"|"+string(e.Kind)+"|"+strings.Join(e.Titles, ","))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestEntityKindRules(t *testing.T) {
	g := &Gazetteer{Titles: set(), Organizations: set(), Places: set("u.s."), OrgWords: set("agency")}
	cases := []struct {
		words []string
		want  Kind
	}{
		{[]string{"TASS"}, Organization},
		{[]string{"U.S."}, Place},
		{[]string{"Tass", "Agency"}, Organization},
		{[]string{"Steve", "Witkoff"}, Person},
		{[]string{"Witkoff"}, Other},
		{[]string{"ISS", "2"}, Other},
	}
	for _, c := range cases {
		toks := make([]Token, len(c.words))
		for i, w := range c.words {
			toks[i] = Token{Text: w, Tag: "NNP"}
		}
		if got := g.kind(toks, nil); got != c.want {
			t.Errorf("%v: %s, want %s", c.words, got, c.want)
		}
	}
}
