// Package queries holds claimgraph's saved Gizmo queries and runs them,
// with parameters, a result limit and a timeout, through an Engine (the
// graph's store: only graph talks to Cayley).
// Each query is a .js file whose opening comment says what it finds and
// its parameters; users add their own folder of such files.
package queries

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

//go:embed *.js
var saved embed.FS

const preludeFile = "prelude.js"

// Query is a saved query.
type Query struct {
	Name string
	// Doc is the opening comment: what it finds and its parameters.
	Doc    string
	Source string
	Origin string
}

// ErrTimeout means a query ran past its time limit.
var ErrTimeout = errors.New("query timed out")

// List returns the embedded queries and those in dirs (which override
// embedded ones of the same name), sorted by name.
func List(dirs ...string) ([]Query, error) {
	byName := map[string]Query{}
	if err := addFrom(saved, ".", "embedded", byName); err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if err := addFrom(os.DirFS(d), ".", d, byName); err != nil {
			return nil, fmt.Errorf("queries folder %s: %w", d, err)
		}
	}
	out := make([]Query, 0, len(byName))
	for _, q := range byName {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func addFrom(fsys fs.FS, dir, origin string, into map[string]Query) error {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".js") || e.Name() == preludeFile {
			continue
		}
		src, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return err
		}
		q := parse(strings.TrimSuffix(e.Name(), ".js"), string(src))
		q.Origin = origin
		into[q.Name] = q
	}
	return nil
}

func parse(name, src string) Query {
	var doc []string
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "//") {
			break
		}
		doc = append(doc, strings.TrimSpace(strings.TrimPrefix(t, "//")))
	}
	return Query{Name: name, Doc: strings.Join(doc, "\n"), Source: src}
}

// Find returns a query by name, or reads it from a .js file path.
func Find(nameOrFile string, dirs ...string) (Query, error) {
	if strings.HasSuffix(nameOrFile, ".js") {
		src, err := os.ReadFile(nameOrFile)
		if err != nil {
			return Query{}, fmt.Errorf("query: %w", err)
		}
		q := parse(strings.TrimSuffix(filepath.Base(nameOrFile), ".js"), string(src))
		q.Origin = nameOrFile
		return q, nil
	}
	all, err := List(dirs...)
	if err != nil {
		return Query{}, err
	}
	var names []string
	for _, q := range all {
		if q.Name == nameOrFile {
			return q, nil
		}
		names = append(names, q.Name)
	}
	return Query{}, fmt.Errorf("no saved query %q (have: %s)", nameOrFile, strings.Join(names, ", "))
}

// Options bound a query run.
type Options struct {
	Params  map[string]string
	Limit   int
	Timeout time.Duration
}

// Engine runs Gizmo source against a graph and returns what it emitted,
// at most limit results when limit > 0, and those read before an error
// with it. graph.Store is one.
type Engine interface {
	Gizmo(ctx context.Context, src string, limit int) ([]interface{}, error)
}

// Run executes a query with its parameters, after the prelude, and
// returns what it emitted.
func Run(ctx context.Context, e Engine, q Query, opt Options) ([]interface{}, error) {
	prelude, err := saved.ReadFile(preludeFile)
	if err != nil {
		return nil, err
	}
	params := opt.Params
	if params == nil {
		params = map[string]string{}
	}
	pj, err := json.Marshal(params)
	if err != nil {
		return nil, err
	}
	src := fmt.Sprintf("var params = %s;\nvar limit = %d;\n%s\n%s", pj, max(opt.Limit, 0), prelude, q.Source)
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.Timeout)
		defer cancel()
	}
	out, err := e.Gizmo(ctx, src, opt.Limit)
	if err != nil {
		return out, wrapErr(ctx, q, err)
	}
	return out, nil
}

func wrapErr(ctx context.Context, q Query, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("query %s: %w", q.Name, ErrTimeout)
	}
	return &queryError{msg: fmt.Sprintf("query %s: %s", q.Name, scriptMessage(err)), err: err}
}

// jsPosition is where goja says a JavaScript error was thrown: nothing a
// user of a saved query can act on.
var jsPosition = regexp.MustCompile(` at <eval>:\d+:\d+\(\d+\)$`)

// scriptMessage is what a query's own thrown Error says ("param speaker
// is required"), without goja's "Error: " and position.
func scriptMessage(err error) string {
	msg := err.Error()
	if !jsPosition.MatchString(msg) {
		return msg
	}
	return strings.TrimPrefix(jsPosition.ReplaceAllString(msg, ""), "Error: ")
}

type queryError struct {
	msg string
	err error
}

func (e *queryError) Error() string { return e.msg }
func (e *queryError) Unwrap() error { return e.err }

// Param is a parameter a query's "Params:" line names.
type Param struct {
	Name string
	// Note is what the brackets say: required, optional, default 2.
	Note string
}

var paramPattern = regexp.MustCompile(`(\w+) \(([^)]*)\)`)

// Params lists the parameters the query's doc names on its "Params:"
// line, in order.
func (q Query) Params() []Param {
	var out []Param
	for _, line := range strings.Split(q.Doc, "\n") {
		rest, ok := strings.CutPrefix(line, "Params:")
		if !ok {
			continue
		}
		// Only the names before the first description: "a (required),
		// b (required): outlet names".
		for _, m := range paramPattern.FindAllStringSubmatch(rest, -1) {
			out = append(out, Param{Name: m[1], Note: m[2]})
		}
	}
	return out
}
