package main

import (
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

func entitiesCommand() *cli.Command {
	return &cli.Command{
		Name: "entities", Usage: "list people, organisations and places with their spellings and how often outlets report them",
		Flags:  append([]cli.Flag{formatFlag("table", render.Formats)}, dbFlags...),
		Action: withGraph(entitiesCmd),
	}
}

func entitiesCmd(c *cli.Context, _ *schema.Schema, st *graph.Store) error {
	entities, err := st.Entities(c.Context)
	if err != nil {
		return err
	}
	return render.Entities(os.Stdout, c.String("format"), entities)
}
