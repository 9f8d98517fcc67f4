package main

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// hostileQueries each ended the whole process before queries were
// watched: the recursions with "stack overflow", the loops with "out of
// memory".
var hostileQueries = map[string]string{
	"recursion":            `function f(n) { return f(n + 1) + 1 }; f(0)`,
	"recursion-through-go": `function f() { [1].forEach(f) }; f()`,
	"recursive-tostring":   `var o = {}; o.toString = function() { return "" + o }; "" + o`,
	"allocation-loop":      `var a = []; while (true) { a.push([1, 2, 3, 4, 5, 6, 7, 8]) }`,
	"string-doubling":      `var s = "x"; while (true) { s = s + s }`,
}

// memoryCapped runs this test binary as claimgraph under a 6 GB address
// space limit, so that a bound that fails cannot take the machine down.
func memoryCapped(args ...string) *exec.Cmd {
	cmd := exec.Command("sh", append([]string{"-c", `ulimit -v 6000000 && exec "$0" "$@"`, os.Args[0]}, args...)...)
	cmd.Env = append(os.Environ(), selfEnv+"=1")
	return cmd
}

// TestHostileQueries runs each hostile query through `claimgraph query`,
// which must end with an error that says why, then sends each twice to a
// running server, then a normal query that must still be answered.
func TestHostileQueries(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a gigabyte per query")
	}
	db := seedGraph(t)
	dir := t.TempDir()
	for name, src := range hostileQueries {
		file := filepath.Join(dir, name+".js")
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := memoryCapped("query", "--db", db, file).CombinedOutput()
		if code := exitCodeOf(err); code != 1 || !strings.Contains(string(out), "query stopped: it ") {
			t.Errorf("query %s: exit %d, %s; want exit 1 and why it was stopped", name, code, out)
		}
	}
	addr := startServe(t, memoryCapped, db)

	for round := 0; round < 2; round++ {
		for name, src := range hostileQueries {
			status, body := postQuery(t, addr, src)
			if status == http.StatusOK || !strings.Contains(body, "query stopped") {
				t.Errorf("%s: %d %s; want an error saying the query was stopped", name, status, body)
			}
		}
	}
	if status, body := postQuery(t, addr, `g.V("<entity:steve-witkof>").Out("<cg:name>").All()`); status != http.StatusOK || !strings.Contains(body, "Steve Witkoff") {
		t.Fatalf("normal query after the hostile ones: %d %s", status, body)
	}

}

func postQuery(t *testing.T, addr, src string) (int, string) {
	t.Helper()
	req, err := http.NewRequest("POST", "http://"+addr+"/api/v2/query?lang=gizmo", strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "text/plain")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("the server did not answer: %v", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func exitCodeOf(err error) int {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}
