// Command claimgraph turns a folder of news articles into a knowledge
// graph of claims and shows which claims outlets corroborate, which
// conflict, and what one outlet reported that another did not.
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/page"
	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/serve"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/carb"
	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/document"
	"github.com/claimgraph/claimgraph/extract/nlp"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/agreement"
	"github.com/claimgraph/claimgraph/graph/ingest"
	"github.com/claimgraph/claimgraph/queries"
	"github.com/claimgraph/claimgraph/schema"
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

var (
	dbFlags = []cli.Flag{
		&cli.StringFlag{Name: "db", Value: "claimgraph.db", EnvVars: []string{"CLAIMGRAPH_DB"}, Usage: "bolt database folder"},
		&cli.StringFlag{Name: "backend", Value: "bolt", Usage: "store: bolt, memory or postgres"},
		&cli.StringFlag{Name: "address", EnvVars: []string{"CLAIMGRAPH_ADDRESS"}, Usage: "postgres connection URL (with --backend postgres)"},
	}
	schemaFlag = &cli.StringSliceFlag{Name: "schema", Usage: "YAML file overriding the embedded vocabulary (repeatable)"}
)

// formatFlag is --format, refused at parse time outside allowed.
func formatFlag(def string, allowed []string) *cli.StringFlag {
	return &cli.StringFlag{Name: "format", Value: def, Usage: strings.Join(allowed, "|"),
		Action: func(_ *cli.Context, v string) error { return render.CheckFormat(v, allowed) }}
}

// nargs is a Before hook that checks the number of positional arguments.
func nargs(ok func(n int) bool, usage string) cli.BeforeFunc {
	return func(c *cli.Context) error {
		if !ok(c.NArg()) {
			return fmt.Errorf("%s: %s", c.Command.Name, usage)
		}
		return nil
	}
}

func atLeastOne(n int) bool { return n >= 1 }
func exactly(k int) func(int) bool {
	return func(n int) bool { return n == k }
}

// rulesOf is what reading claims back needs of the vocabulary.
func rulesOf(s *schema.Schema) graph.Rules {
	return graph.Rules{
		Distinct:   s.Distinct,
		Functional: s.PredicatesWhere(func(p schema.Predicate) bool { return p.Functional }),
		Numeric:    s.PredicatesWhere(func(p schema.Predicate) bool { return p.Numeric }),
		Changes:    s.PredicatesWhere(func(p schema.Predicate) bool { return p.Change }),
		Tolerance:  s.NumericTolerance,
		Version:    s.Fingerprint(),
	}
}

// withGraph wraps an action that needs the vocabulary and an open store.
func withGraph(fn func(c *cli.Context, s *schema.Schema, st *graph.Store) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		s, err := schema.Load(c.StringSlice("schema")...)
		if err != nil {
			return err
		}
		st, err := openStore(c)
		if err != nil {
			return err
		}
		defer st.Close()
		st.Rules = rulesOf(s)
		return fn(c, s, st)
	}
}

func app() *cli.App {
	return &cli.App{
		Name:  "claimgraph",
		Usage: "a knowledge graph of claims from news articles",
		Commands: []*cli.Command{
			{
				Name: "build", Usage: "load the articles under DIR... into the graph", ArgsUsage: "DIR...",
				Flags: append([]cli.Flag{schemaFlag, &cli.BoolFlag{Name: "prune", Usage: "remove documents no longer on disk"},
					&cli.IntFlag{Name: "workers", Usage: "files read and extracted at once (default: one per CPU)"}}, dbFlags...),
				Before: nargs(atLeastOne, "give at least one folder of articles"),
				Action: withGraph(buildCmd),
			},
			{
				Name: "extract", Usage: "print the claims of files without touching a graph", ArgsUsage: "FILE...",
				Flags: []cli.Flag{schemaFlag, formatFlag("table", []string{"table", "jsonl"}),
					&cli.BoolFlag{Name: "openie", Usage: "print Open IE tuples (words as written, read off the parse as well) instead of the graph's claims"},
					&cli.BoolFlag{Name: "sentences", Usage: "treat each input line as one sentence; implies --openie unless --claims"},
					&cli.BoolFlag{Name: "claims", Usage: "with --sentences, print the graph's claims of each line, as CaRB can score them"}},
				Before: nargs(atLeastOne, "give at least one file"),
				Action: extractCmd,
			},
			{
				Name: "outlets", Usage: "compare outlets: trust from corroboration and conflicts (TruthFinder), and agreement pair by pair",
				Flags:  append([]cli.Flag{schemaFlag, formatFlag("table", render.Formats)}, dbFlags...),
				Action: withGraph(outletsCmd),
			},
			{
				Name: "entities", Usage: "list people, organisations and places with their spellings and how often outlets report them",
				Flags:  append([]cli.Flag{formatFlag("table", render.Formats)}, dbFlags...),
				Action: withGraph(entitiesCmd),
			},
			{
				Name: "claims", Usage: "list claims with their status and reports",
				Flags: append([]cli.Flag{schemaFlag, &cli.StringFlag{Name: "entity", Usage: "only claims naming this entity"},
					&cli.StringFlag{Name: "status", Usage: "corroborated|single-source|conflicted", Action: func(_ *cli.Context, v string) error {
						if v != graph.Corroborated && v != graph.SingleSource && v != graph.Conflicted {
							return fmt.Errorf("unknown status %q (want corroborated, single-source or conflicted)", v)
						}
						return nil
					}},
					&cli.StringFlag{Name: "outlet", Usage: "only claims this outlet reported"},
					formatFlag("table", render.Formats)}, dbFlags...),
				Action: withGraph(claimsCmd),
			},
			{
				Name: "query", Usage: "run a saved Gizmo query (query list shows them)", ArgsUsage: "NAME|FILE.js",
				Flags: append([]cli.Flag{
					&cli.StringSliceFlag{Name: "param", Usage: "key=value passed to the query as params.key"},
					&cli.IntFlag{Name: "limit", Value: 1000, Usage: "most results to return (0: no limit)"},
					&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "stop the query after this long"},
					&cli.StringSliceFlag{Name: "queries", Usage: "folder of your own .js queries"},
					formatFlag("table", render.Formats)}, dbFlags...),
				Before: nargs(exactly(1), "give one query name or .js file (query list shows the names)"),
				Action: withGraph(queryCmd),
				Subcommands: []*cli.Command{{
					Name: "list", Usage: "list saved queries and their parameters",
					Flags:  []cli.Flag{&cli.StringSliceFlag{Name: "queries", Usage: "folder of your own .js queries"}},
					Action: queryListCmd,
				}},
			},
			{
				Name: "diff", Usage: "compare two outlets claim by claim", ArgsUsage: "OUTLET_A OUTLET_B",
				Flags:  append([]cli.Flag{schemaFlag, formatFlag("table", render.Formats)}, dbFlags...),
				Before: nargs(exactly(2), "give two outlet names"),
				Action: withGraph(diffCmd),
			},
			{
				Name: "stats", Usage: "count what the graph holds",
				Flags:  append([]cli.Flag{formatFlag("table", []string{"table", "json"})}, dbFlags...),
				Action: withGraph(statsCmd),
			},
			{
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
					Flags:  []cli.Flag{modelFlag, &cli.BoolFlag{Name: "raw", Usage: "start from the raw text: split, tokenise, tag and parse it, and score sentence and word spans too"}},
					Before: nargs(exactly(1), "give one CoNLL-U file"),
					Action: nlpEvalCmd,
				}},
			},
			{
				Name: "carb", Usage: "score extractions on the CaRB Open IE benchmark", ArgsUsage: "PREDICTIONS.jsonl",
				Description: "PREDICTIONS.jsonl is what `extract --sentences --format jsonl` prints for the benchmark's sentences.",
				Flags:       []cli.Flag{&cli.StringFlag{Name: "gold", Required: true, Usage: "CaRB gold TSV (sentence, relation, arguments)"}},
				Before:      nargs(exactly(1), "give the predictions file"),
				Action:      carbCmd,
			},
			{
				Name: "export", Usage: "write the graph for other tools: N-Quads, or the claims for Graphviz (dot)",
				Flags:  append([]cli.Flag{schemaFlag, formatFlag("nquads", []string{"nquads", "dot"})}, dbFlags...),
				Action: withGraph(exportCmd),
			},
			{
				Name: "serve", Usage: "serve the claims page, entities and outlets as JSON, and Cayley's HTTP API (Gizmo, GraphQL) over the graph",
				Flags: append([]cli.Flag{schemaFlag,
					&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8080", Usage: "where to listen (loopback by default)"},
					&cli.BoolFlag{Name: "writable", Usage: "let Cayley's API write and delete quads"},
					&cli.StringSliceFlag{Name: "queries", Usage: "folder of your own .js queries"}}, dbFlags...),
				Action: withGraph(serveCmd),
			},
			{
				Name: "report", Usage: "write the claims-by-outlet matrix as one self-contained HTML file",
				Flags: append([]cli.Flag{schemaFlag,
					&cli.StringFlag{Name: "html", Required: true, Usage: "the HTML file to write"},
					&cli.StringFlag{Name: "title", Value: "Claims by outlet", Usage: "the page's title"}}, dbFlags...),
				Action: withGraph(reportCmd),
			},
		},
	}
}

func openStore(c *cli.Context) (*graph.Store, error) {
	addr := c.String("db")
	if c.String("backend") == "postgres" {
		addr = c.String("address")
		if addr == "" {
			return nil, errors.New("--backend postgres needs --address (a postgres:// URL)")
		}
	}
	return graph.Open(c.String("backend"), addr)
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
					Confidence: r.Confidence, Negated: r.Claim.Negated, Hedged: r.Hedged, Speaker: r.Speaker, Verb: r.Verb,
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

func claimsCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	status := c.String("status")
	claims, err := st.Claims(c.Context, graph.Filter{Entity: c.String("entity"), Status: status, Outlet: c.String("outlet")})
	if err != nil {
		return err
	}
	return render.Claims(os.Stdout, c.String("format"), claims)
}

func outletsCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	claims, err := st.Claims(c.Context, graph.Filter{})
	if err != nil {
		return err
	}
	return render.Outlets(os.Stdout, c.String("format"), agreement.Summarise(claims))
}

func entitiesCmd(c *cli.Context, _ *schema.Schema, st *graph.Store) error {
	entities, err := st.Entities(c.Context)
	if err != nil {
		return err
	}
	return render.Entities(os.Stdout, c.String("format"), entities)
}

func queryListCmd(c *cli.Context) error {
	qs, err := queries.List(c.StringSlice("queries")...)
	if err != nil {
		return err
	}
	for _, q := range qs {
		fmt.Printf("%s (%s)\n", q.Name, q.Origin)
		for _, line := range strings.Split(q.Doc, "\n") {
			fmt.Printf("    %s\n", line)
		}
	}
	return nil
}

func queryCmd(c *cli.Context, _ *schema.Schema, st *graph.Store) error {
	q, err := queries.Find(c.Args().First(), c.StringSlice("queries")...)
	if err != nil {
		return err
	}
	params := map[string]string{}
	for _, p := range c.StringSlice("param") {
		k, v, ok := strings.Cut(p, "=")
		if !ok || k == "" {
			return fmt.Errorf("--param %q: want key=value", p)
		}
		params[k] = v
	}
	// Saved queries read the statuses build stores; a build stopped before
	// it stored them, or a changed schema, leaves them behind.
	if _, err := st.Resolve(c.Context); err != nil {
		return fmt.Errorf("resolve claims: %w", err)
	}
	res, err := queries.Run(c.Context, st.QS, q, queries.Options{Params: params, Limit: c.Int("limit"), Timeout: c.Duration("timeout")})
	if err != nil {
		return err
	}
	return render.Results(os.Stdout, c.String("format"), res)
}

func diffCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	a, b := s.Outlet(c.Args().Get(0)), s.Outlet(c.Args().Get(1))
	d, err := st.DiffOutlets(c.Context, a, b)
	if err != nil {
		return err
	}
	return render.Diff(os.Stdout, c.String("format"), a, b, d)
}

func statsCmd(c *cli.Context, _ *schema.Schema, st *graph.Store) error {
	stats, err := st.Stats(c.Context)
	if err != nil {
		return err
	}
	if c.String("format") == "json" {
		return render.JSON(os.Stdout, stats)
	}
	return render.Table(os.Stdout, "table", []string{"QUADS", "DOCUMENTS", "CLAIMS", "REPORTS", "OUTLETS", "ENTITIES"},
		[][]string{{fmt.Sprint(stats.Quads), fmt.Sprint(stats.Documents), fmt.Sprint(stats.Claims), fmt.Sprint(stats.Reports), fmt.Sprint(stats.Outlets), fmt.Sprint(stats.Entities)}})
}

func exportCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	if c.String("format") == "dot" {
		claims, err := st.Claims(c.Context, graph.Filter{})
		if err != nil {
			return err
		}
		return render.Dot(os.Stdout, claims)
	}
	_, err := st.ExportNQuads(c.Context, os.Stdout)
	return err
}

func serveCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	if _, err := st.Resolve(c.Context); err != nil {
		return fmt.Errorf("resolve claims: %w", err)
	}
	h, err := serve.Handler(st, serve.Options{Writable: c.Bool("writable"),
		QueryTimeout: time.Minute, QueryDirs: c.StringSlice("queries")})
	if err != nil {
		return err
	}
	addr := c.String("addr")
	if !serve.IsLoopback(addr) {
		fmt.Fprintf(os.Stderr, "serve: %s is reachable from other machines\n", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintf(os.Stderr, "serving http://%s/ (Cayley API at /api/v2/query); Ctrl-C stops\n", ln.Addr())
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-c.Context.Done()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

func reportCmd(c *cli.Context, s *schema.Schema, st *graph.Store) error {
	claims, err := st.Claims(c.Context, graph.Filter{})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := page.Write(&buf, page.Build(c.String("title"), claims, time.Now())); err != nil {
		return err
	}
	return os.WriteFile(c.String("html"), buf.Bytes(), 0o644)
}

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
		sc = m.EvaluateRaw(sents)
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
			if err := render.Parse(os.Stdout, path, sents); err != nil {
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

var modelFlag = &cli.StringFlag{Name: "model", Usage: "a model written by `nlp train` in place of the embedded one"}

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
