package main

import (
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

func diffCommand() *cli.Command {
	return &cli.Command{
		Name: "diff", Usage: "compare two outlets claim by claim", ArgsUsage: "OUTLET_A OUTLET_B",
		Flags:  append([]cli.Flag{schemaFlag, formatFlag("table", render.Formats)}, dbFlags...),
		Before: nargs(exactly(2), "give two outlet names"),
		Action: withGraph(diffCmd),
	}
}

func diffCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	a, b := s.Outlet(c.Args().Get(0)), s.Outlet(c.Args().Get(1))
	for _, o := range []string{a, b} {
		if err := st.CheckOutlet(c.Context, o); err != nil {
			return err
		}
	}
	d, err := st.DiffOutlets(c.Context, a, b)
	if err != nil {
		return err
	}
	return render.Diff(os.Stdout, c.String("format"), a, b, d)
}
