package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

func statsCommand() *cli.Command {
	return &cli.Command{
		Name: "stats", Usage: "count what the graph holds",
		Flags:  append([]cli.Flag{formatFlag("table", []string{"table", "json"})}, dbFlags...),
		Action: withGraph(statsCmd),
	}
}

func statsCmd(c *cli.Context, _ *schema.Schema, st *graph.Store) error {
	stats, err := st.Stats(c.Context)
	if err != nil {
		return err
	}
	if c.String("format") == "json" {
		return render.JSON(os.Stdout, stats)
	}
	return render.Table(os.Stdout, "table", []string{"QUADS", "DOCUMENTS", "CLAIMS", "REPORTS", "OUTLETS", "ENTITIES", "VALUES"},
		[][]string{{fmt.Sprint(stats.Quads), fmt.Sprint(stats.Documents), fmt.Sprint(stats.Claims), fmt.Sprint(stats.Reports), fmt.Sprint(stats.Outlets), fmt.Sprint(stats.Entities), fmt.Sprint(stats.Values)}})
}
