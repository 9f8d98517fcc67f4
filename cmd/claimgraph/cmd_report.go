package main

import (
	"bytes"
	"fmt"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/page"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/agreement"
	"github.com/claimgraph/claimgraph/schema"
)

func reportCommand() *cli.Command {
	return &cli.Command{
		Name: "report", Usage: "write the claims-by-outlet matrix as one self-contained HTML file",
		Flags: append([]cli.Flag{schemaFlag,
			&cli.StringFlag{Name: "html", Required: true, Usage: "the HTML file to write"},
			&cli.StringFlag{Name: "title", Value: "Claims by outlet", Usage: "the page's title"}}, dbFlags...),
		Action: withGraph(reportCmd),
	}
}

func reportCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	claims, err := st.Claims(c.Context, graph.Filter{})
	if err != nil {
		return err
	}
	x := page.NewIndex(claims, agreement.Outlets(claims))
	var buf bytes.Buffer
	if err := page.Write(&buf, page.Build(c.String("title"), x.Leaders(), x, time.Now())); err != nil {
		return err
	}
	if err := os.WriteFile(c.String("html"), buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d claims, %d KB\n", c.String("html"), len(claims), buf.Len()>>10)
	return nil
}
