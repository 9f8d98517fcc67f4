package main

import (
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

func outletsCommand() *cli.Command {
	return &cli.Command{
		Name: "outlets", Usage: "compare outlets: trust from corroboration and conflicts (TruthFinder), and agreement pair by pair",
		Flags:  append([]cli.Flag{schemaFlag, formatFlag("table", render.Formats)}, dbFlags...),
		Action: withGraph(outletsCmd),
	}
}

func outletsCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	summary, err := st.OutletAgreement(c.Context)
	if err != nil {
		return err
	}
	return render.Outlets(os.Stdout, c.String("format"), summary)
}
