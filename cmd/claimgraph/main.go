// Command claimgraph turns a folder of news articles into a knowledge
// graph of claims and shows which claims outlets corroborate, which
// conflict, and what one outlet reported that another did not.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/graph"
)

func main() { os.Exit(run()) }

func run() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := app().RunContext(ctx, os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "claimgraph:", err)
		return exitCode(err)
	}
	return 0
}

// errPartial marks a run that did its work but met bad input.
var errPartial = errors.New("some files failed")

// exitCode tells scripts what happened: 1 an error, 2 some files
// failed (the others loaded), 3 the database file is damaged.
func exitCode(err error) int {
	switch {
	case errors.Is(err, errPartial):
		return 2
	case errors.Is(err, graph.ErrDamaged):
		return 3
	}
	return 1
}

func app() *cli.App {
	a := &cli.App{
		Name:  "claimgraph",
		Usage: "a knowledge graph of claims from news articles",
		// Without this urfave/cli answers "No help topic" with exit 3,
		// the status for a damaged database.
		Before: func(c *cli.Context) error {
			if name := c.Args().First(); name != "" && c.App.Command(name) == nil {
				var names []string
				for _, cmd := range c.App.Commands {
					names = append(names, cmd.Name)
				}
				if best := graph.Closest(name, names); len(best) > 0 {
					return fmt.Errorf("unknown command %q (did you mean %q?)", name, best[0])
				}
				return fmt.Errorf("unknown command %q (claimgraph help lists them)", name)
			}
			return nil
		},
		Commands: []*cli.Command{
			buildCommand(),
			extractCommand(),
			outletsCommand(),
			entitiesCommand(),
			claimsCommand(),
			figuresCommand(),
			queryCommand(),
			diffCommand(),
			statsCommand(),
			nlpCommand(),
			carbCommand(),
			exportCommand(),
			serveCommand(),
			reportCommand(),
		},
	}
	strictArgs(a.Commands)
	return a
}
