package build

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
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
	if sum.Documents != 3 || sum.Loaded != 3 || sum.Claims != 3 || sum.Outlets != 2 || len(sum.Errors) != 1 {
		t.Errorf("first build: %v", sum)
	}
	if len(progress) != 4 || progress[3] != 44 {
		t.Errorf("progress calls: %v", progress)
	}
	claims, _ := st.Claims(ctx, graph.Filter{Status: graph.Corroborated}, nil)
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
