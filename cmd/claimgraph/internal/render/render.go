// Package render writes claimgraph's results for people and programs:
// aligned tables, JSON, JSON Lines, CSV and Markdown.
package render

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/agreement"
	"github.com/claimgraph/claimgraph/graph/series"
	"golang.org/x/term"
)

// Formats lists the output formats of listings.
var Formats = []string{"table", "json", "jsonl", "csv", "markdown"}

// CheckFormat returns an error naming the allowed formats.
func CheckFormat(f string, allowed []string) error {
	for _, a := range allowed {
		if a == f {
			return nil
		}
	}
	return fmt.Errorf("unknown format %q (want one of %s)", f, strings.Join(allowed, ", "))
}

// JSON writes v indented.
func JSON(w io.Writer, v interface{}) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// JSONLines writes one compact object per line.
func JSONLines[T any](w io.Writer, items []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return nil
}

// Table writes rows under a header in the given format (table, csv or
// markdown).
func Table(w io.Writer, format string, header []string, rows [][]string) error {
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(header)
		cw.WriteAll(rows)
		return cw.Error()
	case "markdown":
		esc := func(cells []string) string {
			out := make([]string, len(cells))
			for i, c := range cells {
				out[i] = strings.ReplaceAll(strings.ReplaceAll(c, "|", `\|`), "\n", " ")
			}
			return "| " + strings.Join(out, " | ") + " |\n"
		}
		io.WriteString(w, esc(header))
		sep := make([]string, len(header))
		for i := range sep {
			sep[i] = "---"
		}
		io.WriteString(w, "| "+strings.Join(sep, " | ")+" |\n")
		for _, r := range rows {
			io.WriteString(w, esc(r))
		}
		return nil
	default:
		clean := make([][]string, len(rows))
		for i, r := range rows {
			clean[i] = make([]string, len(r))
			for j, c := range r {
				clean[i][j] = strings.NewReplacer("\t", " ", "\n", " ").Replace(c)
			}
		}
		if width := terminalWidth(w); width > 0 {
			clean = Fit(header, clean, width)
		}
		tw := tabwriter.NewWriter(w, 2, 4, colGap, ' ', 0)
		fmt.Fprintln(tw, strings.Join(header, "\t"))
		for _, r := range clean {
			fmt.Fprintln(tw, strings.Join(r, "\t"))
		}
		return tw.Flush()
	}
}

// colGap is the space between a table's columns.
const colGap = 2

// terminalWidth is the width of the terminal w writes to, or 0 when w
// is not one (a pipe or a file gets every cell whole).
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0
	}
	return width
}

// minFit is the narrowest a column is cut to.
const minFit = 8

// Fit cuts the cells of the widest columns, ending each cut one with
// "…", until the table's lines fit in width, as far as columns of minFit
// allow. The whole text stays in --format json and csv.
func Fit(header []string, rows [][]string, width int) [][]string {
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, r := range rows {
		for i, c := range r {
			if i < len(widths) {
				widths[i] = max(widths[i], utf8.RuneCountInString(c))
			}
		}
	}
	total := func() int {
		n := 0
		for _, w := range widths {
			n += w + colGap
		}
		return n
	}
	for total() > width {
		widest := 0
		for i := range widths {
			if widths[i] > widths[widest] {
				widest = i
			}
		}
		if widths[widest] <= minFit {
			break
		}
		widths[widest] = max(minFit, widths[widest]-(total()-width))
	}
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = make([]string, len(r))
		for j, c := range r {
			if j < len(widths) && utf8.RuneCountInString(c) > widths[j] {
				c = string([]rune(c)[:widths[j]-1]) + "…"
			}
			out[i][j] = c
		}
	}
	return out
}

func claimRows(claims []claim.View) [][]string {
	rows := make([][]string, 0, len(claims))
	for _, c := range claims {
		pred := c.Predicate
		if c.Negated {
			pred = "NOT " + pred
		}
		var speakers []string
		for _, r := range c.Reports {
			if r.Speaker != nil && !slices.Contains(speakers, r.Speaker.Name) {
				speakers = append(speakers, r.Speaker.Name)
			}
		}
		outlets := make([]string, len(c.Outlets))
		for i, o := range c.Outlets {
			outlets[i] = o
			if slices.Contains(c.Syndicated, o) {
				outlets[i] = o + " (copy)"
			}
		}
		for _, o := range c.ParaphraseOutlets {
			outlets = append(outlets, o+" (paraphrase)")
		}
		rows = append(rows, []string{statusText(c), c.Subject.Name, pred, c.Object.Name,
			strings.Join(outlets, ", "), strings.Join(speakers, ", "), fmt.Sprint(len(c.Reports))})
	}
	return rows
}

// statusText is a claim's status with how it conflicts ("conflicted
// (numeric)"), whether the text says its value changed ("revised") and
// its modality ("planned").
func statusText(c claim.View) string {
	var notes []string
	for _, other := range c.ConflictsWith {
		if k := string(c.ConflictKinds[other]); k != "" && !slices.Contains(notes, k) {
			notes = append(notes, k)
		}
	}
	if len(c.Revisions) > 0 {
		notes = append(notes, "revised")
	}
	if c.Modality != "" {
		notes = append(notes, c.Modality)
	}
	if len(notes) == 0 {
		return string(c.Status)
	}
	return string(c.Status) + " (" + strings.Join(notes, ", ") + ")"
}

var claimHeader = []string{"STATUS", "SUBJECT", "PREDICATE", "OBJECT", "OUTLETS", "SPEAKERS", "REPORTS"}

// Claims writes claims in a format. CSV, which goes to spreadsheets,
// has a row per report, with the evidence: the sentence, who said it,
// whether it was hedged, and where the article is.
func Claims(w io.Writer, format string, claims []claim.View) error {
	if format == "csv" {
		return Table(w, format, evidenceHeader, evidenceRows(claims))
	}
	return listing(w, format, claims, claimHeader, claimRows)
}

var evidenceHeader = []string{"CLAIM", "STATUS", "SUBJECT", "PREDICATE", "OBJECT", "NEGATED", "OUTLET", "PUBLISHED", "SPEAKER", "VERB", "HEDGED", "MODALITY", "SENTENCE", "TITLE", "URL", "DOCUMENT"}

func evidenceRows(claims []claim.View) [][]string {
	var rows [][]string
	for _, c := range claims {
		for _, r := range c.Reports {
			speaker := ""
			if r.Speaker != nil {
				speaker = r.Speaker.Name
			}
			rows = append(rows, []string{c.ID, string(c.Status), c.Subject.Name, c.Predicate, c.Object.Name, fmt.Sprint(c.Negated),
				r.Outlet, r.Published, speaker, r.Verb, fmt.Sprint(r.Hedged), r.Modality, r.Sentence, r.Title, r.URL, r.Document})
		}
	}
	return rows
}

// listing writes items as JSON, JSON Lines, or a table of rows.
func listing[T any](w io.Writer, format string, items []T, header []string, rows func([]T) [][]string) error {
	switch format {
	case "json":
		if items == nil {
			items = []T{}
		}
		return JSON(w, items)
	case "jsonl":
		return JSONLines(w, items)
	default:
		return Table(w, format, header, rows(items))
	}
}

// Outlets writes each outlet's trust, then every pair of outlets
// compared claim by claim; JSON holds both under "trust" and "pairs".
func Outlets(w io.Writer, format string, s agreement.Summary) error {
	trust, pairs := s.Trust, s.Pairs
	switch format {
	case "json":
		return JSON(w, s)
	case "jsonl":
		if err := JSONLines(w, trust); err != nil {
			return err
		}
		return JSONLines(w, pairs)
	}
	trustRows := make([][]string, len(trust))
	for i, t := range trust {
		trustRows[i] = []string{t.Outlet, fmt.Sprintf("%.3f", t.Score), fmt.Sprint(t.Claims), fmt.Sprint(t.Corroborate), fmt.Sprint(t.Conflicted)}
	}
	if err := Table(w, format, []string{"OUTLET", "TRUST", "CLAIMS", "CORROBORATED", "CONFLICTED"}, trustRows); err != nil {
		return err
	}
	fmt.Fprintln(w)
	pairRows := make([][]string, len(pairs))
	for i, p := range pairs {
		pairRows[i] = []string{p.A, p.B, fmt.Sprintf("%.2f", p.Agreement()), fmt.Sprint(p.Shared), fmt.Sprint(p.Conflicting), fmt.Sprint(p.OnlyA), fmt.Sprint(p.OnlyB)}
	}
	return Table(w, format, []string{"A", "B", "AGREEMENT", "SHARED", "CONFLICTING", "ONLY A", "ONLY B"}, pairRows)
}

// Entities writes entities with their kinds, counts, outlets and other
// spellings.
func Entities(w io.Writer, format string, entities []graph.EntityView) error {
	header := []string{"NAME", "KIND", "REPORTS", "SPEAKER", "OUTLETS", "ALIASES", "ID"}
	return listing(w, format, entities, header, func(es []graph.EntityView) [][]string {
		rows := make([][]string, len(es))
		for i, e := range es {
			rows[i] = []string{e.Name, e.Kind, fmt.Sprint(e.Reports), fmt.Sprint(e.Speaker),
				strings.Join(e.Outlets, ", "), strings.Join(e.Aliases, ", "), e.ID}
		}
		return rows
	})
}

// Diff writes an outlet comparison.
func Diff(w io.Writer, format, a, b string, d graph.Diff) error {
	switch format {
	case "json":
		return JSON(w, d)
	case "jsonl":
		type row struct {
			Section string     `json:"section"`
			Claim   claim.View `json:"claim"`
		}
		var rows []row
		for _, s := range []struct {
			name   string
			claims []claim.View
		}{{"shared", d.Shared}, {"only_a", d.OnlyA}, {"only_b", d.OnlyB}, {"conflicts", d.Conflicts}} {
			for _, c := range s.claims {
				rows = append(rows, row{s.name, c})
			}
		}
		return JSONLines(w, rows)
	}
	sections := []struct {
		title  string
		claims []claim.View
	}{
		{fmt.Sprintf("Shared by %s and %s", a, b), d.Shared},
		{fmt.Sprintf("Only %s", a), d.OnlyA},
		{fmt.Sprintf("Only %s", b), d.OnlyB},
		{"Conflicts", d.Conflicts},
	}
	for i, s := range sections {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if format == "markdown" {
			fmt.Fprintf(w, "## %s (%d)\n\n", s.title, len(s.claims))
		} else {
			fmt.Fprintf(w, "%s (%d)\n", s.title, len(s.claims))
		}
		if len(s.claims) > 0 {
			if err := Table(w, format, claimHeader, claimRows(s.claims)); err != nil {
				return err
			}
		}
	}
	return nil
}

// ResultTable lays query results out as a table: a column per key of the
// result objects, upper-cased, in sort order.
func ResultTable(results []interface{}) (header []string, rows [][]string) {
	keySet := map[string]bool{}
	for _, r := range results {
		if m, ok := r.(map[string]interface{}); ok {
			for k := range m {
				keySet[k] = true
			}
		}
	}
	// A claim reads subject, predicate, object; the rest follow by name.
	keys := make([]string, 0, len(keySet))
	for _, k := range []string{"subject", "predicate", "object"} {
		if keySet[k] {
			keys = append(keys, k)
			delete(keySet, k)
		}
	}
	rest := make([]string, 0, len(keySet))
	for k := range keySet {
		rest = append(rest, k)
	}
	sort.Strings(rest)
	keys = append(keys, rest...)
	if len(keys) == 0 {
		keys = []string{"result"}
	}
	rows = make([][]string, 0, len(results))
	for _, r := range results {
		m, ok := r.(map[string]interface{})
		if !ok {
			rows = append(rows, []string{cell(r)})
			continue
		}
		row := make([]string, len(keys))
		for i, k := range keys {
			row[i] = cell(m[k])
		}
		rows = append(rows, row)
	}
	header = make([]string, len(keys))
	for i, k := range keys {
		header[i] = strings.ToUpper(k)
	}
	return header, rows
}

// Results writes what a Gizmo query emitted: objects become rows with a
// column per key.
func Results(w io.Writer, format string, results []interface{}) error {
	switch format {
	case "json":
		if results == nil {
			results = []interface{}{}
		}
		return JSON(w, results)
	case "jsonl":
		return JSONLines(w, results)
	}
	header, rows := ResultTable(results)
	return Table(w, format, header, rows)
}

func cell(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []interface{}:
		parts := make([]string, len(x))
		for i, p := range x {
			parts[i] = cell(p)
		}
		return strings.Join(parts, ", ")
	}
	return fmt.Sprint(v)
}

// Dot writes claims as a Graphviz graph: an edge per claim from subject
// to object, labelled with the predicate and the number of outlets,
// green when corroborated, red when conflicted, dashed when negated.
func Dot(w io.Writer, claims []claim.View) error {
	var b strings.Builder
	b.WriteString("digraph claims {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n")
	nodes := map[string]bool{}
	node := func(r claim.Ref) {
		if !nodes[r.ID] {
			nodes[r.ID] = true
			fmt.Fprintf(&b, "  %s [label=%s];\n", dotQuote(r.ID), dotQuote(r.Name))
		}
	}
	for _, c := range claims {
		node(c.Subject)
		node(c.Object)
		label, color, style := c.Predicate, "gray40", "solid"
		if c.Negated {
			label, style = "NOT "+label, "dashed"
		}
		switch c.Status {
		case claim.Corroborated:
			color = "darkgreen"
		case claim.Conflicted:
			color = "red"
		}
		fmt.Fprintf(&b, "  %s -> %s [label=%s, color=%s, style=%s];\n", dotQuote(c.Subject.ID), dotQuote(c.Object.ID),
			dotQuote(fmt.Sprintf("%s (%d)", label, len(c.Outlets))), color, style)
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// dotQuote makes s a Graphviz quoted string.
func dotQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// Figures writes series of figures: in a table or CSV a row for each
// report of each value, in JSON the series whole.
func Figures(w io.Writer, format string, all []series.Series) error {
	header := []string{"MEASURE", "OCCASION", "VALUE", "VERDICT", "AGAINST", "REVISIONS", "OUTLET", "SOURCE", "PUBLISHED", "PHASE", "SENTENCE"}
	return listing(w, format, all, header, func(all []series.Series) [][]string {
		var rows [][]string
		for _, s := range all {
			occasion := s.Occasion
			if occasion == "" {
				occasion = "this story"
			}
			for _, v := range s.Values {
				value := v.Value
				if v.Negated {
					value = "not " + value
				}
				if v.Predicate != "be" {
					value = v.Predicate + " " + value
				}
				for _, r := range v.Reports {
					source := ""
					if r.Speaker != nil {
						source = r.Speaker.Name
					}
					rows = append(rows, []string{s.Measure, occasion, value, string(v.Verdict), strings.Join(v.Against, "; "),
						strings.Join(v.Revisions, "; "), r.Outlet, source, r.Published, r.Phase, r.Sentence})
				}
			}
		}
		return rows
	})
}
