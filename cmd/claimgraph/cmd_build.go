package main

import (
	"fmt"
	"os"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/ingest"
	"github.com/claimgraph/claimgraph/schema"
)

func buildCommand() *cli.Command {
	return &cli.Command{
		Name: "build", Usage: "load the articles under DIR... into the graph", ArgsUsage: "DIR...",
		Flags: append([]cli.Flag{schemaFlag, &cli.BoolFlag{Name: "prune", Usage: "remove documents no longer on disk"},
			&cli.IntFlag{Name: "workers", Usage: "files read and extracted at once (default: one per CPU)"}}, dbFlags...),
		Before: nargs(atLeastOne, "give at least one folder of articles"),
		Action: withNewGraph(buildCmd),
	}
}

func buildCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	opt := ingest.Options{Prune: c.Bool("prune"), Workers: c.Int("workers")}
	var bar *progressbar.ProgressBar
	if isatty.IsTerminal(os.Stderr.Fd()) {
		opt.Start = func(total int) {
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(os.Stderr),
				progressbar.OptionSetDescription("building"), progressbar.OptionShowCount(),
				progressbar.OptionSetItsString("docs"), progressbar.OptionShowIts(), progressbar.OptionClearOnFinish())
		}
		opt.Progress = func(done, _ int) { bar.Set(done) }
	}
	sum, err := ingest.Run(c.Context, st, s, c.Args().Slice(), opt)
	if bar != nil {
		bar.Finish()
	}
	for _, e := range sum.Warnings {
		fmt.Fprintln(os.Stderr, "warning:", e)
	}
	for _, e := range sum.Errors {
		fmt.Fprintln(os.Stderr, "error:", e)
	}
	if err != nil {
		return err
	}
	fmt.Println(sum)
	if len(sum.Errors) > 0 {
		return fmt.Errorf("%w: %d errors", errPartial, len(sum.Errors))
	}
	return nil
}
