package main

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/claimgraph/claimgraph"

// pkg is what go list says of one of the module's packages.
type pkg struct {
	ImportPath string
	Imports    []string
	Deps       []string
}

// listPackages lists the module's packages with what they import, tests
// left out: the rules are about what a user's binary links.
func listPackages(t *testing.T) map[string]pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-json=ImportPath,Imports,Deps", module+"/...")
	cmd.Dir = filepath.Join("..", "..")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string]pkg{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs[strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")] = p
	}
	return pkgs
}

// under reports whether path (relative to the module) is dir or inside it.
func under(path, dir string) bool { return path == dir || strings.HasPrefix(path, dir+"/") }

// layoutRules are the pipeline's dependency rules: documents → extract →
// claims → graph (resolve) → queries/diff → output, one storage boundary.
// A rule binds the packages applies selects, and forbids the module's
// own packages own names (by module-relative path) and the outside
// packages external names (by import path).
var layoutRules = []struct {
	rule     string
	applies  func(path string) bool
	own      func(path string) bool
	external func(importPath string) bool
	// direct checks imports only; otherwise every dependency counts.
	direct bool
}{
	{rule: "the claim model, nlp and schema import nothing of the project's own",
		applies: func(p string) bool {
			return p == "extract/claim" || p == "extract/nlp" || p == "schema" || p == "extract/shared"
		},
		own: func(string) bool { return true }},
	{rule: "nothing under extract depends on graph, queries or cmd",
		applies: func(p string) bool { return under(p, "extract") },
		own:     func(d string) bool { return under(d, "graph") || under(d, "queries") || under(d, "cmd") }},
	{rule: "nothing under graph or queries depends on cmd",
		applies: func(p string) bool { return under(p, "graph") || under(p, "queries") },
		own:     func(d string) bool { return under(d, "cmd") }},
	{rule: "reading claims from a store (graph, queries) does not load the language model",
		applies: func(p string) bool { return p == "graph" || p == "queries" },
		own:     func(d string) bool { return d == "extract" || d == "extract/nlp" || d == "graph/match" }},
	{rule: "only graph/... imports Cayley (cmd/bench/rawload is the raw-Cayley baseline builds are measured against)",
		applies: func(p string) bool { return !under(p, "graph") && p != "cmd/bench/rawload" },
		external: func(d string) bool {
			return strings.HasPrefix(d, "github.com/cayleygraph/") || strings.HasPrefix(d, "github.com/hidal-go/")
		}, direct: true},
	{rule: "only cmd/... imports the command line's libraries",
		applies: func(p string) bool { return !under(p, "cmd") },
		external: func(d string) bool {
			return d == "github.com/urfave/cli/v2" || strings.HasPrefix(d, "github.com/schollz/progressbar") || d == "github.com/mattn/go-isatty"
		}, direct: true},
}

// TestLayout keeps the dependency rules true, over go list's view of
// what each package links; a broken rule fails naming the package and
// the import that breaks it.
func TestLayout(t *testing.T) {
	pkgs := listPackages(t)
	if len(pkgs) < 10 {
		t.Fatalf("go list found %d packages", len(pkgs))
	}
	for _, r := range layoutRules {
		bound := 0
		for path, p := range pkgs {
			if !r.applies(path) {
				continue
			}
			bound++
			deps := p.Deps
			if r.direct {
				deps = p.Imports
			}
			for _, d := range deps {
				rel, own := strings.CutPrefix(d, module+"/")
				if own && r.own != nil && r.own(rel) || !own && r.external != nil && r.external(d) {
					t.Errorf("%s: %s imports %s", r.rule, path, d)
				}
			}
		}
		if bound == 0 {
			t.Errorf("%s: binds no package", r.rule)
		}
	}
}
