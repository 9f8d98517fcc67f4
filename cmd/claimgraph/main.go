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

func exitCode(err error) int {
	if errors.Is(err, errPartial) {
		return 2
	}
	return 1
}

func app() *cli.App {
	return &cli.App{
		Name:  "claimgraph",
		Usage: "a knowledge graph of claims from news articles",
		Commands: []*cli.Command{
			buildCommand(),
			extractCommand(),
			outletsCommand(),
			entitiesCommand(),
			claimsCommand(),
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
}
