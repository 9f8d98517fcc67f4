package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
	"github.com/claimgraph/claimgraph/schema"
)

type wantClaim struct {
	Claim   string `yaml:"claim"`
	Negated bool   `yaml:"negated"`
	Hedged  bool   `yaml:"hedged"`
	Speaker string `yaml:"speaker"`
	Verb    string `yaml:"verb"`
	Time    string `yaml:"time"`
	Quote   string `yaml:"quote"`
	Phase   string `yaml:"phase"`
	// Modality is the report's modality (see claim.Report.Modality).
	Modality string `yaml:"modality"`
}

type fixture struct {
	Name   string      `yaml:"name"`
	Text   string      `yaml:"text"`
	Claims []wantClaim `yaml:"claims"`
}

func newExtractor(t testing.TB) *Extractor {
	t.Helper()
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(s)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

var published = time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC)

func describe(r claim.Report) wantClaim {
	w := wantClaim{
		Claim:   r.Claim.Subject.Name + " | " + r.Claim.Predicate + " | " + r.Claim.Object.Name,
		Negated: r.Claim.Negated, Hedged: r.Hedged, Verb: r.Verb, Time: r.Claim.Time, Quote: r.Quote, Phase: r.Phase, Modality: r.Modality,
	}
	if r.Speaker != nil {
		w.Speaker = r.Speaker.Name
	}
	return w
}

// TestConstructions runs the construction fixtures, a file a family of
// constructions (testdata/constructions/*.yaml), a subtest a case.
func TestConstructions(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "constructions", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no construction fixtures: %v", err)
	}
	x := newExtractor(t)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cases []fixture
		if err := yaml.Unmarshal(data, &cases); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(f), ".yaml"), func(t *testing.T) { runConstructions(t, x, cases) })
	}
}

func runConstructions(t *testing.T, x *Extractor, cases []fixture) {
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			res := x.Extract(claim.Document{ID: "doc:test", Text: c.Text, Published: published})
			var got []wantClaim
			for _, r := range res.Reports {
				got = append(got, describe(r))
			}
			key := func(w []wantClaim) func(i, j int) bool {
				return func(i, j int) bool { return w[i].Claim < w[j].Claim }
			}
			sort.Slice(got, key(got))
			sort.Slice(c.Claims, key(c.Claims))
			if len(got) != len(c.Claims) {
				t.Fatalf("got %d claims, want %d:\n got %+v\nwant %+v", len(got), len(c.Claims), got, c.Claims)
			}
			for i := range got {
				if got[i] != c.Claims[i] {
					t.Errorf("claim %d:\n got %+v\nwant %+v", i, got[i], c.Claims[i])
				}
			}
		})
	}
}

// TestNameKindsAreClaimKinds guards the cast from the name recogniser's
// kinds to the claim model's: nlp keeps its own type so that it imports
// nothing of the project's.
func TestNameKindsAreClaimKinds(t *testing.T) {
	for k, want := range map[nlp.Kind]claim.Kind{nlp.Person: claim.Person, nlp.Organization: claim.Organization,
		nlp.Place: claim.Place, nlp.Other: claim.Other} {
		if claim.Kind(k) != want {
			t.Errorf("nlp kind %q casts to %q, want %q", k, claim.Kind(k), want)
		}
	}
}

func TestOffsetsPointAtSentences(t *testing.T) {
	x := newExtractor(t)
	text := "Intro line.\nMayor Maria Lopez said the council approved the budget."
	res := x.Extract(claim.Document{ID: "doc:t", Text: text})
	if len(res.Reports) != 1 {
		t.Fatalf("reports: %+v", res.Reports)
	}
	r := res.Reports[0]
	if text[r.Start:r.End] != r.Sentence.Text || !strings.HasPrefix(r.Sentence.Text, "Mayor") {
		t.Errorf("offsets %d:%d give %q, sentence %q", r.Start, r.End, text[r.Start:r.End], r.Sentence.Text)
	}
}

func TestExtractSentencesOnePerLine(t *testing.T) {
	x := newExtractor(t)
	res := x.ExtractSentences(claim.Document{Text: "The plan was criticized by the opposition . It passed\nThe council approved the budget .\n"})
	if len(res.Sentences) != 2 {
		t.Errorf("lines are sentences: got %d", len(res.Sentences))
	}
}

func TestFoldName(t *testing.T) {
	same := [][2]string{{"Yuri Ushakov", "Yury Ushakov"}, {"Zelensky", "Zelenskyy"}, {"Ushakov’s", "ushakov"}, {"Łukasz", "Lukasz"}}
	for _, p := range same {
		if FoldName(p[0]) != FoldName(p[1]) {
			t.Errorf("FoldName(%q)=%q != FoldName(%q)=%q", p[0], FoldName(p[0]), p[1], FoldName(p[1]))
		}
	}
	for _, p := range [][2]string{{"Jared Kushner", "Jared Kirchner"}, {"338,000", "38,000"}, {"44", "4"}} {
		if FoldName(p[0]) == FoldName(p[1]) {
			t.Errorf("%q and %q must not fold together", p[0], p[1])
		}
	}
}

func TestTimes(t *testing.T) {
	cases := []struct {
		fn   func() string
		want string
	}{
		{func() string { return relativePeriod(published, "next", "week") }, "2025-12-01/2025-12-07"},
		{func() string { return relativePeriod(published, "last", "month") }, "2025-10"},
		{func() string { return weekdayDate(published, time.Tuesday, "on", false) }, "2025-11-25"},
		{func() string { return weekdayDate(published, time.Wednesday, "on", false) }, "2025-11-26"},
		{func() string { return weekdayDate(published, time.Monday, "on", true) }, "2025-12-01"},
		{func() string { return monthDate(published, time.December, 0, false) }, "2024-12"},
		{func() string { return monthDate(published, time.October, 14, false) }, "2025-10-14"},
		{func() string { return monthDate(published, time.May, 0, true) }, "2026-05"},
		{func() string { return monthDate(published, time.December, 0, true) }, "2025-12"},
		{func() string { return relativeDay(time.Time{}, "today") }, ""},
	}
	for i, c := range cases {
		if got := c.fn(); got != c.want {
			t.Errorf("case %d: got %q, want %q", i, got, c.want)
		}
	}
}

// TestDistinctNames: names the user's schema lists as distinct keep
// entities of their own, where the defaults would merge them.
func TestDistinctNames(t *testing.T) {
	text := "Yuri Ushakov criticized Steve Witkoff on Monday.\nUshakov visited Kyiv.\nYury Ushakov criticized Vladimir Putin."
	subjects := func(x *Extractor) []string {
		var ids []string
		for _, r := range x.Extract(claim.Document{ID: "doc:test", Text: text, Published: published}).Reports {
			ids = append(ids, r.Claim.Subject.ID)
		}
		return ids
	}
	if got := subjects(newExtractor(t)); fmt.Sprint(got) != "[entity:iuri-ushakov entity:iuri-ushakov entity:iuri-ushakov]" {
		t.Fatalf("defaults: subjects %v, want one Ushakov", got)
	}
	path := filepath.Join(t.TempDir(), "distinct.yaml")
	if err := os.WriteFile(path, []byte("distinct:\n  - [Ushakov, Yuri Ushakov]\n  - [Yuri Ushakov, Yury Ushakov]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := schema.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(s)
	if err != nil {
		t.Fatal(err)
	}
	if got := subjects(x); fmt.Sprint(got) != "[entity:yuri-ushakov entity:ushakov entity:yury-ushakov]" {
		t.Errorf("with distinct names: subjects %v", got)
	}
}

// TestOpenIETuples checks the tuples only Open IE output carries, as
// words written in the sentence: the attribution itself, and a clause as
// an object. The graph has the content's own claims instead.
func TestOpenIETuples(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		line string
		want string // subject | relation | object, as written
	}{
		{"He said the council approved the budget .", "He | said | the council approved the budget"},
		{"The council approved the budget , the mayor said .", "the mayor | said | The council approved the budget"},
		{"This finding indicated that organic compounds could carry current .", "This finding | indicated that | organic compounds could carry current"},
		{"In 1991 the museum was opened .", "the museum | was opened | In 1991"},
		{"A gravestone was erected in 1866 .", "A gravestone | was erected | in 1866"},
		{"In summer the lodge also houses the Trail Crew , a crew of students who help maintain the cabins .", "the Trail Crew | is | a crew of students"},
	}
	for _, c := range cases {
		var got []string
		for _, r := range x.ExtractSentences(claim.Document{ID: "doc:t", Text: c.line}).Reports {
			got = append(got, r.SubjectText+" | "+r.RelationText+" | "+r.ObjectText)
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: want %q among %q", c.line, c.want, got)
		}
		for _, r := range x.Extract(claim.Document{ID: "doc:t", Text: c.line}).Reports {
			if r.RelationText == "said" || strings.HasSuffix(r.RelationText, " that") {
				t.Errorf("%q: the graph got an Open IE tuple %+v", c.line, r.Claim)
			}
		}
	}
}
