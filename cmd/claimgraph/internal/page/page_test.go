package page

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/extract/claim"
)

func TestMatrixCellsAndEscaping(t *testing.T) {
	hostile := `He said <script>alert("x")</script> & left.`
	speaker := claim.Ref{ID: "entity:ushakov", Name: "Yury <b>Ushakov</b>"}
	claims := []claim.View{
		{ID: "claim:1", Subject: claim.Ref{Name: "Steve Witkoff"}, Predicate: "visit", Object: claim.Ref{Name: "Moscow"},
			Status: claim.Corroborated, Outlets: []string{"ABC News", "Newsweek"},
			Reports: []claim.ReportView{{Outlet: "ABC News", Sentence: hostile, Speaker: &speaker, Verb: "said"}, {Outlet: "Newsweek", Sentence: "Witkoff will travel to Moscow."}}},
		{ID: "claim:2", Subject: claim.Ref{Name: "Russia"}, Predicate: "leak", Object: claim.Ref{Name: "call"}, Negated: true,
			Status: claim.SingleSource, Outlets: []string{"Newsweek"}, Reports: []claim.ReportView{{Outlet: "Newsweek", Sentence: "Ushakov denied it."}}},
	}
	m := Build("Witkoff <visit>", claims, time.Date(2025, 11, 27, 0, 0, 0, 0, time.UTC))
	if got := []string{m.Rows[0].Cells[0].State, m.Rows[0].Cells[1].State, m.Rows[1].Cells[0].State, m.Rows[1].Cells[1].State}; strings.Join(got, " ") != "stated stated absent negated" {
		t.Errorf("cells %v", got)
	}
	if ev := m.Rows[0].Cells[0].Evidence; len(ev) != 1 || !strings.HasPrefix(ev[0], "Yury <b>Ushakov</b> (said): He said") {
		t.Errorf("evidence %q", ev)
	}
	var buf bytes.Buffer
	if err := Write(&buf, m); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"<script>alert", "<b>Ushakov", "<visit>", "http://", "https://", "src="} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert", "Witkoff &lt;visit&gt;", `class="cell negated"`, "<th>Newsweek</th>", "2 claims, 2 outlets"} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}
