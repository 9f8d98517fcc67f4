package page

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph/agreement"
)

func TestMatrixCellsAndEscaping(t *testing.T) {
	hostile := `He said <script>alert("x")</script> & left.`
	speaker := claim.Ref{ID: "entity:ushakov", Name: "Yury <b>Ushakov</b>"}
	claims := []claim.View{
		{ID: "claim:1", Subject: claim.Ref{Name: "Steve Witkoff"}, Predicate: "visit", Object: claim.Ref{Name: "Moscow"},
			Status: claim.Corroborated, Outlets: []string{"ABC News", "Newsweek"},
			Reports: []claim.ReportView{{Outlet: "ABC News", Sentence: hostile, Speaker: &speaker, Verb: "said", URL: "https://abc.example/a"},
				{Outlet: "Newsweek", Sentence: "Witkoff may travel to Moscow.", Hedged: true}}},
		{ID: "claim:2", Subject: claim.Ref{Name: "Russia"}, Predicate: "leak", Object: claim.Ref{Name: "call"}, Negated: true,
			Status: claim.Conflicted, Outlets: []string{"Newsweek"}, ConflictsWith: []string{"claim:3"}, ConflictKinds: map[string]claim.ConflictKind{"claim:3": claim.ConflictNegation},
			Reports: []claim.ReportView{{Outlet: "Newsweek", Sentence: "Ushakov denied it."}}},
		{ID: "claim:3", Subject: claim.Ref{Name: "Russia"}, Predicate: "leak", Object: claim.Ref{Name: "call"},
			Status: claim.Conflicted, Outlets: []string{"TASS"}, ConflictsWith: []string{"claim:2"}, SameAs: []string{"claim:4"}, ParaphraseOutlets: []string{"ABC News"},
			Reports: []claim.ReportView{{Outlet: "TASS", Sentence: "Russia leaked the call."}}},
		{ID: "claim:4", Subject: claim.Ref{Name: "Moscow"}, Predicate: "leak", Object: claim.Ref{Name: "phone call"},
			Status: claim.SingleSource, Outlets: []string{"ABC News"}, SameAs: []string{"claim:3"},
			Reports: []claim.ReportView{{Outlet: "ABC News", Sentence: "Moscow leaked the phone call."}}},
	}
	m := Build("Witkoff <visit>", claims[:3], NewIndex(claims, agreement.Outlets(claims)), time.Date(2025, 11, 27, 0, 0, 0, 0, time.UTC))
	states := func(r Row) string {
		var s []string
		for _, c := range r.Cells {
			s = append(s, c.State)
		}
		return strings.Join(s, " ")
	}
	// Columns: ABC News, Newsweek, TASS.
	for i, want := range []string{
		"stated hedged absent",           // Newsweek only hedges it
		"absent stated denied",           // worded NOT: Newsweek states it; TASS states the opposite
		"paraphrased conflicting stated", // ABC News says it in other words
	} {
		if got := states(m.Rows[i]); got != want {
			t.Errorf("row %d: %s, want %s", i, got, want)
		}
	}
	if leaders := NewIndex(claims, agreement.Outlets(claims)).Leaders(); len(leaders) != 3 || leaders[2].ID != "claim:3" {
		t.Errorf("leaders %v: claim:4 is another wording of claim:3", leaders)
	}
	if w := m.Rows[2].Wordings; len(w) != 1 || w[0] != "Moscow leak phone call" {
		t.Errorf("wordings %q", w)
	}
	if m.Rows[2].Support != 2 {
		t.Errorf("support of the paraphrased claim: %d, want 2", m.Rows[2].Support)
	}
	if ev := m.Rows[2].Cells[0].Evidence; len(ev) != 1 || ev[0].Claim != "Moscow leak phone call" {
		t.Errorf("paraphrase evidence %+v", ev)
	}
	if ev := m.Rows[0].Cells[0].Evidence; len(ev) != 1 || ev[0].Speaker != "Yury <b>Ushakov</b>" || ev[0].URL != "https://abc.example/a" {
		t.Errorf("evidence %+v", ev)
	}
	var buf bytes.Buffer
	if err := Write(&buf, m); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script>alert", "<b>Ushakov", "<visit>", "src="} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	for _, want := range []string{"Witkoff &lt;visit&gt;", `class="cell hedged"`, `class="cell paraphrased"`, `<th class="outlet">Newsweek</th>`, "3 claims (a claim's other wordings in its row), 3 outlets", "also worded: Moscow leak phone call"} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestTimeline: an entity's reports come by date, the undated last.
func TestTimeline(t *testing.T) {
	about := []claim.View{
		{ID: "claim:1", Reports: []claim.ReportView{{Published: "2025-11-27"}, {Published: ""}}},
		{ID: "claim:2", Reports: []claim.ReportView{{Published: "2025-11-20"}}},
	}
	var got []string
	for _, e := range (EntityPage{About: about}).Timeline() {
		got = append(got, e.Claim.ID+"@"+e.Report.Published)
	}
	if want := "claim:2@2025-11-20 claim:1@2025-11-27 claim:1@"; strings.Join(got, " ") != want {
		t.Errorf("timeline %q, want %q", got, want)
	}
}
