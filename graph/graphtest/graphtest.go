// Package graphtest opens every backend for store-level tests: memory,
// bolt and LevelDB in temporary folders, and PostgreSQL in a fresh database of the
// server named by $CLAIMGRAPH_TEST_POSTGRES (which .ci/run starts).
package graphtest

import (
	"database/sql"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/match"
)

// PostgresEnv names the variable holding the test server's URL.
const PostgresEnv = "CLAIMGRAPH_TEST_POSTGRES"

// Backends returns the backends to test: all four where a PostgreSQL
// server is given; without one, CI fails and a developer's run leaves
// PostgreSQL out with a note.
func Backends(t testing.TB) []string {
	if os.Getenv(PostgresEnv) == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not set: .ci/run starts a PostgreSQL server for these tests", PostgresEnv)
		}
		t.Logf("%s not set: PostgreSQL left out of this run", PostgresEnv)
		return []string{"memory", "bolt", "leveldb"}
	}
	return []string{"memory", "bolt", "leveldb", "postgres"}
}

// Address returns a fresh, empty place for a backend's store, removed when
// the test ends.
func Address(t testing.TB, backend string) string {
	t.Helper()
	switch backend {
	case "bolt", "leveldb":
		return filepath.Join(t.TempDir(), "db")
	case "postgres":
		return freshDatabase(t)
	}
	return ""
}

// Open opens a fresh store of a backend, closed when the test ends, that
// finds paraphrases with graph/match when it resolves claims.
func Open(t testing.TB, backend string) *graph.Store {
	t.Helper()
	st, err := graph.Open(backend, Address(t, backend))
	if err != nil {
		t.Fatalf("open %s: %v", backend, err)
	}
	st.Paraphrases = Paraphrases
	t.Cleanup(func() { st.Close() })
	return st
}

// Paraphrases is graph/match's paraphrase finder, for stores that
// resolve claims.
func Paraphrases() (graph.Paraphrases, error) { return match.New() }

func freshDatabase(t testing.TB) string {
	t.Helper()
	addr, drop, err := FreshPostgres()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(drop)
	return addr
}

// FreshPostgres creates an empty database on the test server and returns
// its URL and a function that drops it.
func FreshPostgres() (string, func(), error) {
	base := os.Getenv(PostgresEnv)
	u, err := url.Parse(base)
	if err != nil || base == "" {
		return "", nil, fmt.Errorf("%s=%q: not a PostgreSQL URL", PostgresEnv, base)
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		return "", nil, err
	}
	name := fmt.Sprintf("claimgraph_%d", rand.Int63())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		return "", nil, fmt.Errorf("create test database: %w", err)
	}
	u.Path = "/" + name
	return u.String(), func() {
		admin.Exec("DROP DATABASE " + name + " WITH (FORCE)")
		admin.Close()
	}, nil
}
