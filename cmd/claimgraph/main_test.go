package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/claimgraph/claimgraph/graph/graphtest"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"claimgraph": func() { os.Exit(run()) }})
}

// TestScripts runs the end-to-end scripts in testdata/script through the
// real binary. $TESTDATA is the project's testdata folder, $SHARED the
// shared material beside the project, $PGADDR a fresh PostgreSQL database
// when the test server is running (see graphtest).
func TestScripts(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join(testdata, "script"),
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", testdata)
			env.Setenv("SHARED", filepath.Join(testdata, "..", "..", "shared"))
			if os.Getenv(graphtest.PostgresEnv) == "" && os.Getenv("CI") != "" {
				return errors.New(graphtest.PostgresEnv + " is not set: .ci/run starts a PostgreSQL server for these tests")
			}
			if os.Getenv(graphtest.PostgresEnv) != "" {
				addr, drop, err := graphtest.FreshPostgres()
				if err != nil {
					return err
				}
				env.Defer(drop)
				env.Setenv("PGADDR", addr)
			}
			return nil
		},
		// [postgres] holds where a PostgreSQL test server is running.
		Condition: func(cond string) (bool, error) {
			if cond != "postgres" {
				return false, fmt.Errorf("unknown condition %q", cond)
			}
			return os.Getenv(graphtest.PostgresEnv) != "", nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// writehex FILE HEX writes bytes a txtar file cannot hold
			// (NUL bytes, invalid UTF-8).
			"writehex": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: writehex FILE HEX")
				}
				b, err := hex.DecodeString(args[1])
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o644))
			},
		},
	})
}
