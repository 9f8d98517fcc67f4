package main

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/graph"
)

// runSelf runs this test binary as the claimgraph command.
func runSelf(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), selfEnv+"=1")
	return cmd
}

// quadsByLabel exports a database and groups its N-Quads lines by label.
func quadsByLabel(t *testing.T, db string) map[string][]string {
	t.Helper()
	var out bytes.Buffer
	cmd := runSelf("export", "--db", db)
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("export: %v", err)
	}
	groups := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if line == "" {
			continue
		}
		fields := strings.Fields(strings.TrimSuffix(line, " ."))
		label := fields[len(fields)-1]
		groups[label] = append(groups[label], line)
	}
	for _, g := range groups {
		sort.Strings(g)
	}
	return groups
}

// writeCorpus writes 60 articles; version 1 adds a sentence to each, so
// that building it over version 0 replaces every document.
func writeCorpus(t *testing.T, dir string, version int) {
	t.Helper()
	for i := 0; i < 30; i++ {
		for _, name := range []string{"newsweek-ushakov-leak.txt", "abcnews-ushakov-witkoff-visit.txt"} {
			data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", name))
			if err != nil {
				t.Fatal(err)
			}
			body := fmt.Sprintf("---\noutlet: Outlet %d\npublished: 2025-11-26\n---\n%s", i, data)
			if version == 1 {
				body += "\nThe council approved the budget, Mayor Maria Lopez said.\n"
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d-%s", i, name)), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestCrashSafety kills builds with SIGKILL at random moments while they
// load new documents and replace changed ones: whatever the graph then
// holds, every document in it is whole (its quads are exactly those of a
// clean build of one version), and the next build completes it, the
// claims' resolution included.
func TestCrashSafety(t *testing.T) {
	corpus := t.TempDir()
	var want [2]map[string][]string
	var took time.Duration // the longest clean build: kills fall within it
	for v := range want {
		writeCorpus(t, corpus, v)
		clean := filepath.Join(t.TempDir(), "clean")
		start := time.Now()
		if out, err := runSelf("build", "--db", clean, corpus).CombinedOutput(); err != nil {
			t.Fatalf("clean build: %v\n%s", err, out)
		}
		took = max(took, time.Since(start))
		want[v] = quadsByLabel(t, clean)
	}
	whole := func(label string, quads []string) bool {
		q := strings.Join(quads, "\n")
		return q == strings.Join(want[0][label], "\n") || q == strings.Join(want[1][label], "\n")
	}

	db := filepath.Join(t.TempDir(), "db")
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	killed := 0
	for round := 0; round < 8; round++ {
		writeCorpus(t, corpus, round%2)
		cmd := runSelf("build", "--db", db, corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int63n(int64(took))))
		if cmd.Process.Signal(syscall.SIGKILL) == nil {
			killed++
		}
		cmd.Wait()
		if _, err := os.Stat(filepath.Join(db, "indexes.bolt")); errors.Is(err, os.ErrNotExist) {
			// Killed before it made the database: nothing to be whole,
			// and reading it is "no database there".
			t.Logf("round %d: killed before the database was made", round)
			continue
		}
		got := quadsByLabel(t, db)
		for label, quads := range got {
			// The resolution layer is redone whole by the next build
			// (checked below); documents must be whole at every moment.
			if label == "<"+graph.ResolutionLabel+">" {
				continue
			}
			if !whole(label, quads) {
				t.Fatalf("round %d: document %s is not whole (%d quads)", round, label, len(quads))
			}
		}
		t.Logf("round %d (version %d): killed with %d of %d documents in the graph", round, round%2, len(got), len(want[0]))
	}
	final := 1
	writeCorpus(t, corpus, final)
	if out, err := runSelf("build", "--db", db, corpus).CombinedOutput(); err != nil {
		t.Fatalf("build after crashes: %v\n%s", err, out)
	}
	got := quadsByLabel(t, db)
	if len(got) != len(want[final]) {
		t.Fatalf("after the last build %d documents, want %d", len(got), len(want[final]))
	}
	for label := range want[final] {
		if strings.Join(got[label], "\n") != strings.Join(want[final][label], "\n") {
			t.Errorf("after the last build %s differs from a clean build", label)
		}
	}
	if killed == 0 {
		t.Error("no build was killed; the test proved nothing")
	}
}
