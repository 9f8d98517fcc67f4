package render

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/claim"
)

var claims = []claim.View{{
	ID: "claim:1", Subject: claim.Ref{ID: "entity:a", Name: "Steve Witkoff"}, Predicate: "visit",
	Object: claim.Ref{ID: "entity:b", Name: "Moscow | Kremlin"}, Status: claim.Corroborated,
	Outlets: []string{"ABC News", "Newsweek"},
	Reports: []claim.ReportView{{Speaker: &claim.Ref{Name: "Yuri Ushakov"}}, {Speaker: &claim.Ref{Name: "Yuri Ushakov"}}},
}, {
	ID: "claim:2", Subject: claim.Ref{Name: "Russia"}, Predicate: "leak", Object: claim.Ref{Name: "call, \"the\""},
	Negated: true, Status: claim.SingleSource, Outlets: []string{"ABC News"}, Reports: []claim.ReportView{{}},
}}

func TestClaimFormats(t *testing.T) {
	cases := map[string][]string{
		"table":    {"STATUS", "corroborated   Steve Witkoff  visit      Moscow | Kremlin", "NOT leak", "Yuri Ushakov  2"},
		"markdown": {"| STATUS | SUBJECT |", "| --- |", `Moscow \| Kremlin`},
		"csv":      {"CLAIM,STATUS,SUBJECT,PREDICATE,OBJECT,NEGATED,OUTLET,PUBLISHED,SPEAKER,VERB,HEDGED,MODALITY,SENTENCE,TITLE,URL,DOCUMENT\n", `claim:2,single-source,Russia,leak,"call, ""the""",true,`, "claim:1,corroborated,Steve Witkoff,visit,Moscow | Kremlin,false,,,Yuri Ushakov,"},
		"jsonl":    {`{"id":"claim:1",`, `"negated":true`},
		"json":     {"[\n  {\n    \"id\": \"claim:1\""},
	}
	for format, want := range cases {
		var buf bytes.Buffer
		if err := Claims(&buf, format, claims); err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(buf.String(), w) {
				t.Errorf("%s output lacks %q:\n%s", format, w, buf.String())
			}
		}
	}
	if n := len(evidenceRows(claims)); n != 3 {
		t.Errorf("csv: %d rows, want one per report (3)", n)
	}
	if strings.Count(claimRows(claims)[0][5], "Yuri Ushakov") != 1 {
		t.Error("a speaker is listed once per claim")
	}
}

func TestEmptyJSONIsAnArray(t *testing.T) {
	var buf bytes.Buffer
	Claims(&buf, "json", nil)
	Results(&buf, "json", nil)
	if buf.String() != "[]\n[]\n" {
		t.Errorf("got %q", buf.String())
	}
}

func TestResultsColumns(t *testing.T) {
	var buf bytes.Buffer
	res := []interface{}{map[string]interface{}{"b": "x", "a": []interface{}{"p", "q"}}, map[string]interface{}{"c": 1.5}}
	if err := Results(&buf, "csv", res); err != nil {
		t.Fatal(err)
	}
	if buf.String() != "A,B,C\n\"p, q\",x,\n,,1.5\n" {
		t.Errorf("got %q", buf.String())
	}
}

func TestCheckFormat(t *testing.T) {
	if CheckFormat("json", Formats) != nil || CheckFormat("yaml", Formats) == nil {
		t.Error("CheckFormat")
	}
}

// TestFit: a table wider than the terminal has its widest cells cut to
// fit, marked with "…"; one that fits is left whole.
func TestFit(t *testing.T) {
	header := []string{"STATUS", "SUBJECT", "OBJECT"}
	rows := [][]string{{"corroborated", "Steve Witkoff", strings.Repeat("a long object that goes on ", 5)}}
	fitted := Fit(header, rows, 60)
	line := 0
	for _, c := range fitted[0] {
		line += utf8.RuneCountInString(c) + colGap
	}
	if line > 60 || !strings.HasSuffix(fitted[0][2], "…") || fitted[0][1] != "Steve Witkoff" {
		t.Errorf("fitted to 60: %q (%d wide)", fitted[0], line)
	}
	if whole := Fit(header, rows, 500); !reflect.DeepEqual(whole, rows) {
		t.Errorf("fitted to 500: %q", whole)
	}
}
