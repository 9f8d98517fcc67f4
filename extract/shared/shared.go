// Package shared finds the material beside the project that tests and
// benchmarks read but the repository does not hold: the real articles,
// the UD English treebank and the benchmarks, in ../shared. A plain clone
// has no such folder, so a test that needs it skips, unless
// CLAIMGRAPH_REQUIRE_SHARED=1 (set by .ci/run) makes its absence a
// failure, so that CI cannot pass by skipping.
package shared

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// RequireEnv names the variable that makes a missing folder a failure.
const RequireEnv = "CLAIMGRAPH_REQUIRE_SHARED"

// Required reports whether tests must fail rather than skip without the
// folder.
func Required() bool { return os.Getenv(RequireEnv) == "1" }

// Root returns the shared folder beside the module that holds the working
// directory, or an error saying why there is none.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			// cmd/bench/prose is a module of its own inside the project.
			if _, err := os.Stat(filepath.Join(dir, ".ci")); err == nil {
				break
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no project root (a folder with go.mod and .ci) above the working directory")
		}
		dir = parent
	}
	root := filepath.Join(filepath.Dir(dir), "shared")
	if fi, err := os.Stat(root); err != nil || !fi.IsDir() {
		return "", fmt.Errorf("no %s beside the project", root)
	}
	return root, nil
}

// Path returns the path of parts under the shared folder, or skips t with
// the reason when the folder or the path is missing (fails it when
// Required).
func Path(t testing.TB, parts ...string) string {
	t.Helper()
	root, err := Root()
	if err == nil {
		p := filepath.Join(append([]string{root}, parts...)...)
		if _, err = os.Stat(p); err == nil {
			return p
		}
	}
	if Required() {
		t.Fatalf("needs ../shared (%s=1): %v", RequireEnv, err)
	}
	t.Skipf("needs ../shared: %v", err)
	return ""
}
