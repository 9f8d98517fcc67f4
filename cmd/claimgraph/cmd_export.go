package main

import (
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name: "export", Usage: "write the graph for other tools: N-Quads, or the claims for Graphviz (dot)",
		Flags:  append([]cli.Flag{schemaFlag, formatFlag("nquads", []string{"nquads", "dot"})}, dbFlags...),
		Action: withGraph(exportCmd),
	}
}

func exportCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	if c.String("format") == "dot" {
		claims, err := st.Claims(c.Context, graph.Filter{})
		if err != nil {
			return err
		}
		return render.Dot(os.Stdout, claims)
	}
	_, err := st.ExportNQuads(c.Context, os.Stdout)
	return err
}
