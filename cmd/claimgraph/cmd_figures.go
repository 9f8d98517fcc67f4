package main

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/series"
	"github.com/claimgraph/claimgraph/schema"
)

func figuresCommand() *cli.Command {
	return &cli.Command{
		Name: "figures", Usage: "list the figures outlets give (tolls, turnouts, magnitudes) by measure and occasion, each value corroborated, revised or in conflict",
		Flags: append([]cli.Flag{schemaFlag,
			&cli.StringFlag{Name: "measure", Usage: "only this measure (see the schema's measures: death toll, turnout, …)"},
			&cli.StringFlag{Name: "event", Usage: `only this occasion: "story" for the story's own, or the year or date of another (as the OCCASION column gives it)`},
			formatFlag("table", render.Formats)}, dbFlags...),
		Action: withGraph(figuresCmd),
	}
}

func figuresCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	measure := c.String("measure")
	if _, ok := s.Measures[measure]; measure != "" && !ok {
		return fmt.Errorf("no measure %q in the schema (measures: %s)", measure, strings.Join(slices.Sorted(maps.Keys(s.Measures)), ", "))
	}
	f := series.Filter{Measure: measure}
	switch event := c.String("event"); event {
	case "story", "this story":
		f.Story = true
	default:
		f.Occasion = event
	}
	claims, err := st.FigureClaims(c.Context)
	if err != nil {
		return err
	}
	measures := s.Resolution().Measures
	all := series.Of(claims, measures, f)
	if len(all) == 0 && f.Occasion != "" {
		occasions := series.Occasions(series.Of(claims, measures, series.Filter{Measure: measure}))
		for i, o := range occasions {
			if o == "" {
				occasions[i] = "story"
			}
		}
		return fmt.Errorf("no figures about the occasion %q (occasions: %s)", f.Occasion, strings.Join(occasions, ", "))
	}
	return render.Figures(os.Stdout, c.String("format"), all)
}
