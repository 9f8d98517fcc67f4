package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/claimgraph/claimgraph/extract/shared"
	"github.com/claimgraph/claimgraph/graph/graphtest"
)

// selfEnv makes the test binary act as the claimgraph command, for tests
// that run it themselves (TestCrashSafety).
const selfEnv = "CLAIMGRAPH_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(selfEnv) == "1" {
		os.Exit(run())
	}
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
			port, err := freePort()
			if err != nil {
				return err
			}
			env.Setenv("PORT", port)
			if root, err := shared.Root(); err == nil {
				env.Setenv("SHARED", root)
			} else if shared.Required() {
				return err
			}
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
		// [postgres] holds where a PostgreSQL test server is running,
		// [shared] where ../shared is beside the project.
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "postgres":
				return os.Getenv(graphtest.PostgresEnv) != "", nil
			case "shared":
				_, err := shared.Root()
				return err == nil, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mkhostile": mkhostile,
			"httpget":   httpget,
			// validutf8 FILE fails unless FILE is UTF-8 throughout.
			"validutf8": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: validutf8 FILE")
				}
				if ok := utf8.ValidString(ts.ReadFile(args[0])); ok == neg {
					ts.Fatalf("%s: valid UTF-8 is %v", args[0], ok)
				}
			},
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

// freePort returns a loopback port that was free a moment ago.
func freePort() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	_, port, err := net.SplitHostPort(ln.Addr().String())
	return port, err
}

// httpget URL FILE fetches URL into FILE, waiting up to ten seconds for
// a server started in the background to listen.
func httpget(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: httpget URL FILE")
	}
	var resp *http.Response
	var err error
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if resp, err = http.Get(args[0]); err == nil {
			break
		}
	}
	ts.Check(err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), body, 0o644))
	if ok := resp.StatusCode == http.StatusOK; ok == neg {
		ts.Fatalf("GET %s: %s", args[0], resp.Status)
	}
}

// mkhostile DIR writes the hostile-input suite: files a txtar archive
// cannot hold (NUL bytes, invalid UTF-8, a 100 MB file, a FIFO, links,
// one to a file outside the folder, a name with a newline, one not UTF-8) beside some good articles.
func mkhostile(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: mkhostile DIR")
	}
	dir := ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(dir, 0o755))
	write := func(name, body string) {
		ts.Check(os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	good := "Mayor Maria Lopez said the council approved the budget.\n"
	write("good.md", "---\noutlet: Example Daily\n---\n"+good)
	write("binary.txt", "\x7fELF\x02\x01\x01\x00\x00\x00garbage")
	write("latin1.txt", "caf\xe9 au lait")
	write("utf16.txt", "\xff\xfe"+string([]byte{'T', 0, 'h', 0, 'e', 0, ' ', 0, 'p', 0, 'l', 0, 'a', 0, 'n', 0, ' ', 0, 'w', 0, 'a', 0, 's', 0, ' ', 0, 'c', 0, 'r', 0, 'i', 0, 't', 0, 'i', 0, 'c', 0, 'i', 0, 'z', 0, 'e', 0, 'd', 0, ' ', 0, 'b', 0, 'y', 0, ' ', 0, 'S', 0, 'e', 0, 'n', 0, 'a', 0, 't', 0, 'o', 0, 'r', 0, ' ', 0, 'J', 0, 'a', 0, 'n', 0, 'e', 0, ' ', 0, 'D', 0, 'o', 0, 'e', 0, '.', 0}))
	write("empty.txt", "")
	write("deep.html", "<html><body>"+strings.Repeat("<div>", 10000)+"<p>Deep.</p>"+strings.Repeat("</div>", 10000)+"</body></html>")
	write("noarticle.html", "<html><head><title>Home</title></head><body><script>x()</script></body></html>")
	write("frontmatter.md", "---\ntitle: [unclosed\n---\n"+good)
	write("broken.json", `{"text": "unterminated`)
	write("lines.jsonl", `{"text": "The plan was criticized by the opposition.", "outlet": "Wire"}`+"\n{oops\n"+`{"text": "Governor John Smith denied that his office leaked the memo.", "outlet": "Wire"}`+"\n")
	write("caf\xe9.txt", "---\noutlet: Example Daily\n---\nThe mayor opened the new library on Monday.\n")
	write("new\nline.txt", "---\noutlet: Example Daily\n---\nThe senator will travel to Berlin next week.\n")
	big, err := os.Create(filepath.Join(dir, "huge.txt"))
	ts.Check(err)
	ts.Check(big.Truncate(100 << 20))
	ts.Check(big.Close())
	ts.Check(syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644))
	ts.Check(os.Symlink(filepath.Join(dir, "missing.txt"), filepath.Join(dir, "dangling.txt")))
	ts.Check(os.Symlink(dir, filepath.Join(dir, "loop")))
	secret := filepath.Join(filepath.Dir(dir), "secret")
	ts.Check(os.MkdirAll(secret, 0o755))
	ts.Check(os.WriteFile(filepath.Join(secret, "notes.txt"), []byte("Senator Ada Black approved the secret budget.\n"), 0o644))
	ts.Check(os.Symlink(filepath.Join("..", "secret", "notes.txt"), filepath.Join(dir, "outside.txt")))
}
