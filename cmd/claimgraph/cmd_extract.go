package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/document"
	"github.com/claimgraph/claimgraph/schema"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name: "extract", Usage: "print the claims of files without touching a graph", ArgsUsage: "FILE...",
		Flags: []cli.Flag{schemaFlag, formatFlag("table", []string{"table", "jsonl"}),
			&cli.BoolFlag{Name: "openie", Usage: "print Open IE tuples (words as written, read off the parse as well) instead of the graph's claims"},
			&cli.BoolFlag{Name: "sentences", Usage: "treat each input line as one sentence; implies --openie unless --claims"},
			&cli.BoolFlag{Name: "claims", Usage: "with --sentences, print the graph's claims of each line, as CaRB can score them"}},
		Before: nargs(atLeastOne, "give at least one file"),
		Action: extractCmd,
	}
}

// extractRow is the JSONL form of one extracted claim.
type extractRow struct {
	Document    string        `json:"document"`
	Sentence    string        `json:"sentence"`
	Subject     string        `json:"subject"`
	Predicate   string        `json:"predicate"`
	Object      string        `json:"object"`
	SubjectText string        `json:"subject_text"`
	Relation    string        `json:"relation"`
	ObjectText  string        `json:"object_text"`
	Confidence  float64       `json:"confidence"`
	Negated     bool          `json:"negated"`
	Hedged      bool          `json:"hedged"`
	Modality    string        `json:"modality,omitempty"`
	Phase       string        `json:"phase,omitempty"`
	Speaker     *claim.Entity `json:"speaker"`
	Verb        string        `json:"verb,omitempty"`
	Time        string        `json:"time,omitempty"`
	Start       int           `json:"start"`
	End         int           `json:"end"`
	ClaimID     string        `json:"claim"`
	SubjectID   string        `json:"subject_id"`
	ObjectID    string        `json:"object_id"`
	Quote       string        `json:"quote,omitempty"`
}

func extractCmd(c *cli.Context) error {
	s, err := schema.Load(c.StringSlice("schema")...)
	if err != nil {
		return err
	}
	x, err := extract.New(s)
	if err != nil {
		return err
	}
	var rows []extractRow
	failed := 0
	for _, path := range c.Args().Slice() {
		docs, errs := document.NewReader(s, ".").Read(path)
		for _, e := range errs {
			fmt.Fprintln(os.Stderr, "error:", e)
			failed++
		}
		for _, d := range docs {
			var res extract.Result
			switch {
			case c.Bool("sentences") && c.Bool("claims"):
				res = x.ExtractSentenceClaims(d)
			case c.Bool("sentences"):
				res = x.ExtractSentences(d)
			case c.Bool("openie"):
				res = x.ExtractOpenIE(d)
			default:
				res = x.Extract(d)
			}
			for _, r := range res.Reports {
				rows = append(rows, extractRow{
					Document: d.ID, Sentence: r.Sentence.Text, Subject: r.Claim.Subject.Name, Predicate: r.Claim.Predicate,
					Object: r.Claim.Object.Name, SubjectText: r.SubjectText, Relation: r.RelationText, ObjectText: r.ObjectText,
					Confidence: r.Confidence, Negated: r.Claim.Negated, Hedged: r.Hedged, Modality: r.Modality, Phase: r.Phase, Speaker: r.Speaker, Verb: r.Verb,
					Time: r.Claim.Time, Start: r.Start, End: r.End, ClaimID: r.Claim.ID,
					SubjectID: r.Claim.Subject.ID, ObjectID: r.Claim.Object.ID, Quote: r.Quote,
				})
			}
		}
	}
	if c.String("format") == "jsonl" {
		err = render.JSONLines(os.Stdout, rows)
	} else {
		table := make([][]string, len(rows))
		for i, r := range rows {
			pred := r.Predicate
			if r.Negated {
				pred = "NOT " + pred
			}
			speaker := ""
			if r.Speaker != nil {
				speaker = r.Speaker.Name
			}
			table[i] = []string{r.Subject, pred, r.Object, speaker, fmt.Sprintf("%.2f", r.Confidence), r.Time}
		}
		err = render.Table(os.Stdout, "table", []string{"SUBJECT", "PREDICATE", "OBJECT", "SPEAKER", "CONF", "TIME"}, table)
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d errors", errPartial, failed)
	}
	return nil
}
