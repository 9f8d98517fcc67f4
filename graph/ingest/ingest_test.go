package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/shared"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/graphtest"
	"github.com/claimgraph/claimgraph/schema"
)

func write(t *testing.T, path, body string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRunIsIncrementalAndPrunesOnlyItsRoots(t *testing.T) {
	ctx := context.Background()
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	st, err := graph.Open("memory", "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	write(t, filepath.Join(a, "one.md"), "---\noutlet: Daily\n---\nMayor Maria Lopez said the council approved the budget.\n")
	write(t, filepath.Join(a, "two.md"), "---\noutlet: Wire\n---\nThe council approved the budget, Mayor Maria Lopez said.\n")
	write(t, filepath.Join(b, "three.md"), "---\noutlet: Wire\n---\nThe plan was criticized by the opposition.\n")
	write(t, filepath.Join(a, "bad.txt"), "")

	var progress []int
	sum, err := Run(ctx, st, s, []string{a, b}, Options{Progress: func(done, total int) { progress = append(progress, done*10+total) }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 3 || sum.Loaded != 3 || sum.Reports != 3 || sum.Outlets != 2 || len(sum.Errors) != 1 {
		t.Errorf("first build: %v", sum)
	}
	if len(progress) != 4 || progress[3] != 44 {
		t.Errorf("progress calls: %v", progress)
	}
	claims, _ := st.Claims(ctx, graph.Filter{Status: claim.Corroborated})
	if len(claims) != 1 {
		t.Errorf("the budget claim is corroborated by Daily and Wire: %+v", claims)
	}

	sum, _ = Run(ctx, st, s, []string{a, b}, Options{})
	if sum.Loaded != 0 || sum.Unchanged != 3 {
		t.Errorf("second build: %v", sum)
	}

	os.Remove(filepath.Join(a, "two.md"))
	sum, err = Run(ctx, st, s, []string{a}, Options{Prune: true})
	if err != nil || sum.Pruned != 1 {
		t.Errorf("prune: %v %v", sum, err)
	}
	docs, _ := st.DocumentIDs(ctx)
	if len(docs) != 2 {
		t.Errorf("the document under the other root stays: %v", docs)
	}
}

// TestConcurrentBuildsOnPostgres runs two builds against one PostgreSQL
// database at once, one of them over both folders: both succeed and the
// graph ends with every document and the corroboration between them.
func TestConcurrentBuildsOnPostgres(t *testing.T) {
	if !slices.Contains(graphtest.Backends(t), "postgres") {
		t.Skip("no PostgreSQL test server")
	}
	ctx := context.Background()
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	for i := 0; i < 6; i++ {
		write(t, filepath.Join(a, fmt.Sprintf("%d.md", i)), fmt.Sprintf("---\noutlet: Daily %d\n---\nMayor Maria Lopez said the council approved budget %d.\n", i, i%2))
		write(t, filepath.Join(b, fmt.Sprintf("%d.md", i)), fmt.Sprintf("---\noutlet: Wire %d\n---\nThe plan was criticized by party %d.\n", i, i%3))
	}
	addr := graphtest.Address(t, "postgres")
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, roots := range [][]string{{a}, {a, b}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := graph.Open("postgres", addr)
			if err != nil {
				errs[i] = err
				return
			}
			defer st.Close()
			sum, err := Run(ctx, st, s, roots, Options{Workers: 2})
			if err == nil && len(sum.Errors) > 0 {
				err = sum.Errors[0]
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	st, err := graph.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.Paraphrases = Paraphrases
	docs, _ := st.DocumentIDs(ctx)
	claims, _ := st.Claims(ctx, graph.Filter{})
	if len(docs) != 12 || len(claims) != 5 {
		t.Errorf("after two concurrent builds: %d documents (want 12), %d claims (want 5)", len(docs), len(claims))
	}
	for _, c := range claims {
		if len(c.Reports) < 2 {
			t.Errorf("claim %s %s %s has %d reports", c.Subject.Name, c.Predicate, c.Object.Name, len(c.Reports))
		}
	}
}

// TestLayeredClaimsMatchComputed builds the four-outlet corpus (surnames
// resolved across documents, paraphrases, a revision, copies) and checks
// that every listing by status or outlet, and a diff of two outlets, read
// from the stored resolution layer equals the same computed from the whole
// graph.
func TestLayeredClaimsMatchComputed(t *testing.T) {
	ctx := context.Background()
	st := built(t, filepath.Join("..", "..", "testdata", "seeds"), shared.Path(t, "corpus", "witkoff-visit"))
	all, err := st.Claims(ctx, graph.Filter{}) // no status or outlet: computed
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []graph.Filter{
		{Status: claim.Corroborated}, {Status: claim.SingleSource}, {Status: claim.Conflicted},
		{Outlet: "TASS"}, {Outlet: "abc news"}, {Outlet: "Newsweek", Status: claim.Corroborated}, {Outlet: "Nobody"},
	} {
		var want []claim.View
		for _, c := range all {
			if (f.Status == "" || c.Status == f.Status) && (f.Outlet == "" || containsFold(c.Outlets, f.Outlet)) {
				want = append(want, c)
			}
		}
		sameJSON(t, fmt.Sprintf("%+v: from the layer", f), claimsOf(t, st, f), want)
	}
	// A page reads the views of every claim it selects and the reports
	// of its own: the same claims as a slice of the whole list.
	for _, f := range []graph.Filter{{Limit: 5}, {Offset: 3, Limit: 4}, {Status: claim.SingleSource, Offset: 2, Limit: 3},
		{Outlet: "TASS", Limit: 2}, {Offset: 1000, Limit: 5}, {Limit: 100000}} {
		whole := claimsOf(t, st, graph.Filter{Status: f.Status, Outlet: f.Outlet})
		sameJSON(t, fmt.Sprintf("%+v: page", f), claimsOf(t, st, f), whole[min(f.Offset, len(whole)):min(f.Offset+f.Limit, len(whole))])
	}
	layered, err := st.DiffOutlets(ctx, "TASS", "ABC News")
	if err != nil {
		t.Fatal(err)
	}
	// An entity is found through the index of names by their words
	// (a part of a word, "witk", reads every claim).
	entities := []graph.Filter{{Entity: "Witkoff"}, {Entity: "ushakov"}, {Entity: "Steve Witkoff"}, {Entity: "witk"},
		{Entity: "Moscow", Status: claim.Corroborated}, {Entity: "Kremlin", Outlet: "TASS"}, {Entity: "Nobody"}}
	byIndex := map[int][]claim.View{}
	for i, f := range entities {
		byIndex[i] = claimsOf(t, st, f)
	}
	listed, err := st.Listing(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Each entity's claims through its node (and the surnames resolved
	// to it), as its page reads them.
	named, err := st.Entities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	naming := map[string][]claim.View{}
	for _, e := range named {
		if naming[e.ID], err = st.EntityClaims(ctx, e.ID); err != nil {
			t.Fatal(err)
		}
	}
	st.Rules.Version = "changed" // the layer is stale: computed from every claim
	relisted, err := st.Listing(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "listing from the layer", listed, relisted)
	if len(listed) != len(all) || slices.IndexFunc(listed, func(l graph.Listed) bool { return !l.Leads() }) < 0 {
		t.Errorf("%d listed of %d claims, none another's paraphrase", len(listed), len(all))
	}
	for _, e := range named {
		var want []claim.View
		for _, c := range all {
			if c.Subject.ID == e.ID || c.Object.ID == e.ID || slices.ContainsFunc(c.Reports, func(r claim.ReportView) bool {
				return r.Speaker != nil && r.Speaker.ID == e.ID
			}) {
				want = append(want, c)
			}
		}
		sameJSON(t, "claims naming "+e.ID, naming[e.ID], want)
	}
	for i, f := range entities {
		read := claimsOf(t, st, f)
		sameJSON(t, fmt.Sprintf("%+v: through the index", f), byIndex[i], read)
		if f.Entity == "Witkoff" && len(read) == 0 {
			t.Errorf("no claim names Witkoff")
		}
	}
	computed, err := st.DiffOutlets(ctx, "TASS", "ABC News")
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "diff from the layer", layered, computed)
	if len(computed.Shared) == 0 {
		t.Error("TASS and ABC News share no claim")
	}
}

func claimsOf(t *testing.T, st *graph.Store, f graph.Filter) []claim.View {
	t.Helper()
	claims, err := st.Claims(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return claims
}

// sameJSON fails the test unless got and want encode alike.
func sameJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(want)
	if string(gj) != string(wj) {
		t.Errorf("%s\n%s\nwant\n%s", what, gj, wj)
	}
}

func containsFold(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, s) })
}

// TestEntityClaimsFollowSurnames checks that an entity's claims, read
// through its node, include those of an article that gave only its
// surname, which build resolved to it.
func TestEntityClaimsFollowSurnames(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "one.md"), "---\noutlet: Daily\n---\nMayor Maria Lopez approved the budget.\n")
	write(t, filepath.Join(dir, "two.md"), "---\noutlet: Wire\n---\nLopez visited the flooded school on Monday.\n")
	claims, err := built(t, dir).EntityClaims(context.Background(), "entity:maria-lopez")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, c := range claims {
		texts = append(texts, c.Subject.Name+" | "+c.Predicate+" | "+c.Object.Name)
	}
	slices.Sort(texts)
	if got := strings.Join(texts, "; "); got != "Maria Lopez | approve | budget; Maria Lopez | visit | flooded school" {
		t.Errorf("claims naming Maria Lopez: %s", got)
	}
}

// built is a memory store that build ran on roots with the default schema.
func built(t *testing.T, roots ...string) *graph.Store {
	t.Helper()
	st := graphtest.Open(t, "memory")
	s, err := schema.Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), st, s, roots, Options{}); err != nil {
		t.Fatal(err)
	}
	return st
}
