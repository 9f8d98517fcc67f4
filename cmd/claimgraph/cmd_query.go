package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/queries"
	"github.com/claimgraph/claimgraph/schema"
)

func queryCommand() *cli.Command {
	return &cli.Command{
		Name: "query", Usage: "run a saved Gizmo query (query list shows them)", ArgsUsage: "NAME|FILE.js",
		Flags: append([]cli.Flag{
			&cli.StringSliceFlag{Name: "param", Usage: "key=value passed to the query as params.key"},
			&cli.IntFlag{Name: "limit", Value: 1000, Usage: "most results to return (0: no limit)"},
			&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "stop the query after this long"},
			&cli.StringSliceFlag{Name: "queries", Usage: "folder of your own .js queries"},
			formatFlag("table", render.Formats)}, dbFlags...),
		Before: nargs(exactly(1), "give one query name or .js file (query list shows the names)"),
		Action: withGraph(queryCmd),
		Subcommands: []*cli.Command{{
			Name: "list", Usage: "list saved queries and their parameters",
			Flags:  []cli.Flag{&cli.StringSliceFlag{Name: "queries", Usage: "folder of your own .js queries"}},
			Action: queryListCmd,
		}},
	}
}

func queryListCmd(c *cli.Context) error {
	qs, err := queries.List(c.StringSlice("queries")...)
	if err != nil {
		return err
	}
	for _, q := range qs {
		fmt.Printf("%s (%s)\n", q.Name, q.Origin)
		for _, line := range strings.Split(q.Doc, "\n") {
			fmt.Printf("    %s\n", line)
		}
	}
	return nil
}

func queryCmd(c *cli.Context, _ *schema.Schema, st *graph.Store) error {
	q, err := queries.Find(c.Args().First(), c.StringSlice("queries")...)
	if err != nil {
		return err
	}
	params := map[string]string{}
	for _, p := range c.StringSlice("param") {
		k, v, ok := strings.Cut(p, "=")
		if !ok || k == "" {
			return fmt.Errorf("--param %q: want key=value", p)
		}
		params[k] = v
	}
	// Saved queries read the statuses build stores; a build stopped before
	// it stored them, or a changed schema, leaves them behind.
	if _, err := st.Resolve(c.Context); err != nil {
		return fmt.Errorf("resolve claims: %w", err)
	}
	res, err := queries.Run(c.Context, st, q, queries.Options{Params: params, Limit: c.Int("limit"), Timeout: c.Duration("timeout")})
	if err != nil {
		return err
	}
	return render.Results(os.Stdout, c.String("format"), res)
}
