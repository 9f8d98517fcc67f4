package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

func claimsCommand() *cli.Command {
	return &cli.Command{
		Name: "claims", Usage: "list claims with their status and reports",
		Flags: append([]cli.Flag{schemaFlag, &cli.StringFlag{Name: "entity", Usage: "only claims naming this entity"},
			&cli.StringFlag{Name: "status", Usage: "corroborated|single-source|conflicted", Action: func(_ *cli.Context, v string) error {
				_, err := claim.ParseStatus(v)
				return err
			}},
			&cli.StringFlag{Name: "outlet", Usage: "only claims this outlet reported"},
			&cli.IntFlag{Name: "limit", Usage: "at most this many claims, most corroborated first (0: all)", Action: notNegative("limit")},
			&cli.IntFlag{Name: "offset", Usage: "skip this many claims first (with --limit, the next page)", Action: notNegative("offset")},
			formatFlag("table", render.Formats)}, dbFlags...),
		Action: withGraph(claimsCmd),
	}
}

func claimsCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	var status claim.Status
	if s := c.String("status"); s != "" {
		var err error
		if status, err = claim.ParseStatus(s); err != nil {
			return err
		}
	}
	f := graph.Filter{Entity: c.String("entity"), Status: status, Offset: c.Int("offset"), Limit: c.Int("limit")}
	if o := c.String("outlet"); o != "" {
		f.Outlet = s.Outlet(o)
	}
	claims, err := st.Claims(c.Context, f)
	if err != nil {
		return err
	}
	// Nothing found may be a mistyped name, which must not read as
	// "reported nothing".
	if len(claims) == 0 && f.Outlet != "" {
		if err := st.CheckOutlet(c.Context, f.Outlet); err != nil {
			return err
		}
	}
	if len(claims) == 0 && f.Entity != "" {
		if err := st.CheckEntity(c.Context, f.Entity); err != nil {
			return err
		}
	}
	return render.Claims(os.Stdout, c.String("format"), claims)
}

// notNegative refuses a negative count for the flag name.
func notNegative(name string) func(*cli.Context, int) error {
	return func(_ *cli.Context, v int) error {
		if v < 0 {
			return fmt.Errorf("--%s must be 0 or more, not %d", name, v)
		}
		return nil
	}
}
