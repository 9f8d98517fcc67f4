package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/ingest"
	"github.com/claimgraph/claimgraph/graph/match"
	"github.com/claimgraph/claimgraph/schema"
)

// The flags and wiring that the commands share.

var (
	dbFlags = []cli.Flag{
		&cli.StringFlag{Name: "db", Value: "claimgraph.db", EnvVars: []string{"CLAIMGRAPH_DB"}, Usage: "bolt database folder"},
		&cli.StringFlag{Name: "backend", Value: "bolt", Usage: "store: bolt, memory or postgres"},
		&cli.StringFlag{Name: "address", EnvVars: []string{"CLAIMGRAPH_ADDRESS"}, Usage: "postgres connection URL (with --backend postgres)"},
	}
	schemaFlag = &cli.StringSliceFlag{Name: "schema", Usage: "YAML file overriding the embedded vocabulary (repeatable)"}
)

// formatFlag is --format, refused at parse time outside allowed.
func formatFlag(def string, allowed []string) *cli.StringFlag {
	return &cli.StringFlag{Name: "format", Value: def, Usage: strings.Join(allowed, "|"),
		Action: func(_ *cli.Context, v string) error { return render.CheckFormat(v, allowed) }}
}

// nargs is a Before hook that checks the number of positional arguments.
func nargs(ok func(n int) bool, usage string) cli.BeforeFunc {
	return func(c *cli.Context) error {
		if !ok(c.NArg()) {
			return fmt.Errorf("%s: %s", c.Command.Name, usage)
		}
		return nil
	}
}

// strictArgs makes every command refuse what urfave/cli would take for
// an argument without a word: a flag after the arguments (the parser
// stops at the first argument, so `build corpus --db x.db` read "--db"
// as a folder and built into the default database), and any argument
// to a command that takes none (`claims Witkoff` ignored "Witkoff").
func strictArgs(cmds []*cli.Command) {
	for _, cmd := range cmds {
		strictArgs(cmd.Subcommands)
		before := cmd.Before
		if before == nil && cmd.ArgsUsage == "" && len(cmd.Subcommands) == 0 {
			before = nargs(exactly(0), "takes no arguments")
		}
		cmd.Before = func(c *cli.Context) error {
			if c.Command.Command(c.Args().First()) != nil {
				return nil // the subcommand checks its own
			}
			for _, a := range c.Args().Slice() {
				if len(a) > 1 && strings.HasPrefix(a, "-") {
					return fmt.Errorf("%s: flags go before arguments (%s comes after one); nothing was done", c.Command.Name, a)
				}
			}
			if before != nil {
				return before(c)
			}
			return nil
		}
	}
}

func atLeastOne(n int) bool { return n >= 1 }
func exactly(k int) func(int) bool {
	return func(n int) bool { return n == k }
}

// rulesOf is what reading claims back needs of the vocabulary. Its
// version covers the matcher's rules too: a graph resolved under other
// rules of either is resolved again.
func rulesOf(s *schema.Schema) graph.Rules {
	r := s.Resolution()
	return graph.Rules{Distinct: s.Distinct, Functional: r.Functional, Numeric: r.Numeric, Changes: r.Change,
		Tolerance: r.Tolerance, Measures: r.Measures, Designators: r.Designators, Version: fmt.Sprintf("%s match %d", s.ResolutionFingerprint(), match.Version)}
}

// withGraph wraps an action that needs the vocabulary and an existing
// store.
func withGraph(fn func(c *cli.Context, s *schema.Schema, st *graph.Store) error) cli.ActionFunc {
	return graphAction(fn, false)
}

// withNewGraph is withGraph for build, which creates the store if needed.
func withNewGraph(fn func(c *cli.Context, s *schema.Schema, st *graph.Store) error) cli.ActionFunc {
	return graphAction(fn, true)
}

func graphAction(fn func(c *cli.Context, s *schema.Schema, st *graph.Store) error, create bool) cli.ActionFunc {
	return func(c *cli.Context) error {
		s, err := schema.Load(c.StringSlice("schema")...)
		if err != nil {
			return err
		}
		st, err := openStore(c, rulesOf(s), create)
		if errors.Is(err, graph.ErrNoDatabase) {
			return fmt.Errorf("%w (build one with: claimgraph build --db %s FOLDER)", err, c.String("db"))
		}
		if err != nil {
			return err
		}
		defer st.Close()
		// Loaded only if the claims' resolution is out of date: reading
		// an up-to-date graph needs no language model.
		st.Paraphrases = ingest.Paraphrases
		return st.Guarded(func() error { return fn(c, s, st) })
	}
}

// openStore opens the store for build (create) or, for the others, to
// read beside other readers (a running `serve`): shared, when its claims'
// resolution is up to date. One that is not is opened alone, so that the
// command can bring it up to date; so is one `serve --writable` serves.
func openStore(c *cli.Context, rules graph.Rules, create bool) (*graph.Store, error) {
	backend, addr := c.String("backend"), c.String("db")
	if backend == "postgres" {
		addr = c.String("address")
		if addr == "" {
			return nil, errors.New("--backend postgres needs --address (a postgres:// URL)")
		}
	}
	alone := func() (*graph.Store, error) {
		open := graph.OpenExisting
		if create {
			open = graph.Open
		}
		st, err := open(backend, addr)
		if err == nil {
			st.Rules = rules
		}
		return st, err
	}
	if create || c.Bool("writable") {
		return alone()
	}
	st, err := graph.OpenShared(backend, addr)
	if err != nil {
		return nil, err
	}
	st.Rules = rules
	var stale bool
	err = st.Guarded(func() (err error) {
		stale, err = st.Stale(c.Context)
		return err
	})
	if err == nil && !stale {
		return st, nil
	}
	st.Close()
	if err != nil {
		return nil, err
	}
	return alone()
}
