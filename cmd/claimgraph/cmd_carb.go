package main

import (
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/extract/carb"
)

func carbCommand() *cli.Command {
	return &cli.Command{
		Name: "carb", Usage: "score extractions on the CaRB Open IE benchmark", ArgsUsage: "PREDICTIONS.jsonl",
		Description: "PREDICTIONS.jsonl is what `extract --sentences --format jsonl` prints for the benchmark's sentences.",
		Flags:       []cli.Flag{&cli.StringFlag{Name: "gold", Required: true, Usage: "CaRB gold TSV (sentence, relation, arguments)"}},
		Before:      nargs(exactly(1), "give the predictions file"),
		Action:      carbCmd,
	}
}

func carbCmd(c *cli.Context) error {
	read := func(path string, parse func(io.Reader) (map[string][]carb.Tuple, error)) (map[string][]carb.Tuple, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		t, err := parse(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return t, nil
	}
	gold, err := read(c.String("gold"), carb.ReadGold)
	if err != nil {
		return err
	}
	preds, err := read(c.Args().First(), carb.ReadPredictions)
	if err != nil {
		return err
	}
	fmt.Println(carb.Score(preds, gold))
	return nil
}
