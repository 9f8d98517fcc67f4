package main

import (
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/extract/nlp"
)

func nlpCommand() *cli.Command {
	return &cli.Command{
		Name: "nlp", Usage: "the language model: train it, measure it",
		Subcommands: []*cli.Command{{
			Name: "train", Usage: "train the tagger and lemmatiser on UD English EWT and write the model",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "treebank", Required: true, Usage: "folder with en_ewt-ud-{train,dev}.conllu"},
				&cli.StringFlag{Name: "out", Value: filepath.Join("extract", "nlp", "model.gob.gz"), Usage: "where to write the model"},
			},
			Action: nlpTrainCmd,
		}, {
			Name: "parse", Usage: "split, tokenise, tag and parse raw text files", ArgsUsage: "FILE...",
			Flags:  []cli.Flag{formatFlag("conllu", []string{"conllu", "table"}), modelFlag},
			Before: nargs(atLeastOne, "give one or more text files"),
			Action: nlpParseCmd,
		}, {
			Name: "eval", Usage: "score the embedded model on a CoNLL-U file from its gold tokens", ArgsUsage: "TREEBANK.conllu",
			Flags: []cli.Flag{modelFlag, &cli.BoolFlag{Name: "raw", Usage: "start from the raw text: split, tokenise, tag and parse it, and score sentence and word spans too"},
				&cli.IntFlag{Name: "wrap", Usage: "with --raw, wrap each paragraph at this many columns, paragraphs parted by a blank line (0: a paragraph a line)"}},
			Before: nargs(exactly(1), "give one CoNLL-U file"),
			Action: nlpEvalCmd,
		}},
	}
}

var modelFlag = &cli.StringFlag{Name: "model", Usage: "a model written by `nlp train` in place of the embedded one"}

// scoresLines prints a model's figures, the main ones on the last line.
func scoresLines(sc nlp.Scores) string {
	return fmt.Sprintf("WORDS_F1=%.2f SENTENCES_F1=%.2f XPOS=%.2f\nUPOS=%.2f LEMMA=%.2f UAS=%.2f LAS=%.2f sentences=%d",
		100*sc.Words, 100*sc.Sentences, 100*sc.XPOS, 100*sc.UPOS, 100*sc.Lemma, 100*sc.UAS, 100*sc.LAS, sc.SentenceCount)
}

func nlpTrainCmd(c *cli.Context) error {
	dir := c.String("treebank")
	m, err := nlp.TrainTreebank(dir)
	if err != nil {
		return err
	}
	dev, err := nlp.ReadTreebankFile(nlp.TreebankSplit(dir, "dev"))
	if err != nil {
		return err
	}
	data, err := m.Encode()
	if err != nil {
		return err
	}
	if err := os.WriteFile(c.String("out"), data, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes); dev:\n%s\n", c.String("out"), len(data), scoresLines(m.Evaluate(dev)))
	return nil
}

func nlpEvalCmd(c *cli.Context) error {
	sents, err := nlp.ReadTreebankFile(c.Args().First())
	if err != nil {
		return err
	}
	m, err := loadModel(c)
	if err != nil {
		return err
	}
	sc := m.Evaluate(sents)
	if c.Bool("raw") {
		sc = m.EvaluateRaw(sents, c.Int("wrap"))
	}
	fmt.Println(scoresLines(sc))
	return nil
}

func nlpParseCmd(c *cli.Context) error {
	m, err := loadModel(c)
	if err != nil {
		return err
	}
	for i, path := range c.Args().Slice() {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !utf8.Valid(data) {
			return fmt.Errorf("%s: not UTF-8 text", path)
		}
		text := string(data)
		sents := m.Analyse(text)
		if c.String("format") == "table" {
			if err := writeParseTable(path, sents); err != nil {
				return err
			}
			continue
		}
		if i > 0 || c.NArg() > 1 {
			fmt.Printf("# newdoc id = %s\n", path)
		}
		if err := nlp.WriteCoNLLU(os.Stdout, text, sents); err != nil {
			return err
		}
	}
	return nil
}

// loadModel returns the model the --model flag names, else the embedded one.
func loadModel(c *cli.Context) (*nlp.Model, error) {
	path := c.String("model")
	if path == "" {
		return nlp.DefaultModel()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := nlp.DecodeModel(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// writeParseTable writes the analysed sentences of one file as a table,
// a row a token, heads given by token number within the sentence.
func writeParseTable(file string, sents []nlp.Span) error {
	header := []string{"FILE", "SENT", "ID", "FORM", "LEMMA", "UPOS", "XPOS", "HEAD", "REL"}
	var rows [][]string
	for n, s := range sents {
		for i, t := range s.Tokens {
			rows = append(rows, []string{file, fmt.Sprint(n + 1), fmt.Sprint(i + 1), t.Text, t.Lemma, t.UPOS, t.Tag, fmt.Sprint(t.Head), t.Rel})
		}
	}
	return render.Table(os.Stdout, "table", header, rows)
}
