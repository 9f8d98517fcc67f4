// Package page renders claims as one self-contained HTML page: a matrix
// with a row per claim and a column per outlet, each cell saying whether
// the outlet stated the claim, stated it negated, reported it in conflict
// with another claim, or did not report it, with the evidence a click
// away. The page makes no network requests; every string from an
// article is escaped by html/template.
package page

import (
	_ "embed" // the page template
	"encoding/json"
	"html/template"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph"
)

//go:embed matrix.html
var matrixHTML string

// funcs lets templates link only names that have an entity page, not
// literal values, number rows from one, and list the statuses.
var funcs = template.FuncMap{
	"entity":   func(id string) bool { return strings.HasPrefix(id, "entity:") },
	"json":     toJSON,
	"mark":     func(state string) string { return marks[state] },
	"idLink":   idLink,
	"inc":      func(n int) int { return n + 1 },
	"statuses": func() []claim.Status { return claim.Statuses },
}

var matrix = template.Must(template.New("matrix").Funcs(funcs).Parse(matrixHTML))

// Cell states: how an outlet relates to a claim.
const (
	// Stated: the outlet states the claim in these words.
	Stated = "stated"
	// Hedged: it states it only with a hedge ("may", "reportedly").
	Hedged = "hedged"
	// Copy: it states it in a copy of another outlet's text.
	Copy = "copy"
	// Paraphrased: it states the claim in other words.
	Paraphrased = "paraphrased"
	// Denied: it states the claim negated (or, the claim being negated,
	// states it plainly).
	Denied = "denied"
	// Conflicting: it states another value where the claim allows one.
	Conflicting = "conflicting"
	// Absent: it says nothing of it.
	Absent = "absent"
)

// marks are the cells' signs, as the legend gives them.
var marks = map[string]string{Stated: "✓", Hedged: "?", Copy: "≡", Paraphrased: "≈", Denied: "✗", Conflicting: "≠", Absent: "·"}

// Evidence is one report behind a cell.
type Evidence struct {
	Outlet    string `json:"outlet"`
	Published string `json:"published,omitempty"`
	Speaker   string `json:"speaker,omitempty"`
	Verb      string `json:"verb,omitempty"`
	Sentence  string `json:"sentence"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Hedged    bool   `json:"hedged,omitempty"`
	// Modality is what the report makes of the claim when not a plain
	// statement ("planned", "possible").
	Modality string `json:"modality,omitempty"`
	// Claim is the claim as this report words it when that is not the
	// row's claim: a paraphrase, or what contradicts it.
	Claim string `json:"claim,omitempty"`
}

// Cell is one outlet's relation to one claim.
type Cell struct {
	State    string
	Evidence []Evidence
}

// Row is a claim with a cell per outlet.
type Row struct {
	Claim    claim.View
	Cells    []Cell
	Speakers string
	// Support counts the outlets that state the claim in any words.
	Support int
	// Wordings are the other claims of its cluster, as text.
	Wordings []string
	// Search is the lower-case text the page's filter matches.
	Search string
	// First and Last are the earliest and latest publication dates of the
	// claim's reports (YYYY-MM-DD), empty when no date is known.
	First, Last string
}

// Matrix is what the page shows.
type Matrix struct {
	Title     string
	Generated string
	Outlets   []string
	Rows      []Row
	// Links makes names and outlets link to the server's pages; a page
	// written to a file has nothing to link to.
	Links bool
	// Window, when set, says which part of a longer list Rows are.
	Window *Window
}

// WindowRows is how many claims a served page shows at once: a row has a
// cell per outlet, and a page of every claim of a large graph ran to
// megabytes and took seconds to build.
const WindowRows = 200

// Window is the part of the claims, filtered by Query and Status, that a
// served page shows: rows From up to From+WindowRows of Total.
type Window struct {
	From, Total   int
	Query, Status string
}

// Filter keeps the listed claims whose search text (graph.SearchText)
// contains query (any case) and whose status is status; empty ones keep
// all.
func Filter(rows []graph.Listed, query, status string) []graph.Listed {
	if query == "" && status == "" {
		return rows
	}
	q := strings.ToLower(query)
	var out []graph.Listed
	for _, l := range rows {
		if (status == "" || string(l.Status) == status) && strings.Contains(l.Search, q) {
			out = append(out, l)
		}
	}
	return out
}

// Slice returns the window's part of rows (already filtered).
func (w Window) Slice(rows []graph.Listed) []graph.Listed {
	from := min(max(w.From, 0), len(rows))
	return rows[from:min(from+WindowRows, len(rows))]
}

// Last is the number of the window's last row.
func (w Window) Last() int { return min(w.From+WindowRows, w.Total) }

// Prev and Next are the query strings of the windows before and after
// this one, "" where there is none.
func (w Window) Prev() string {
	if w.From <= 0 {
		return ""
	}
	return w.link(max(w.From-WindowRows, 0))
}

// Next: see Prev.
func (w Window) Next() string {
	if w.From+WindowRows >= w.Total {
		return ""
	}
	return w.link(w.From + WindowRows)
}

// CSVQuery is the query string that downloads the window's claims (all
// that match, not only this page's).
func (w Window) CSVQuery() string {
	v := w.filters()
	if len(v) == 0 {
		return ""
	}
	return "?" + v.Encode()
}

func (w Window) link(from int) string {
	v := w.filters()
	v.Set("from", strconv.Itoa(from))
	return "?" + v.Encode()
}

func (w Window) filters() url.Values {
	v := url.Values{}
	if w.Query != "" {
		v.Set("q", w.Query)
	}
	if w.Status != "" {
		v.Set("status", w.Status)
	}
	return v
}

// Index is what a page looks up among the claims it was given: each
// claim by ID, each claim's cluster (graph.Clusters) and the outlets.
// Made once per read of the claims, for Leaders and Build alike.
type Index struct {
	all      []claim.View
	byID     map[string]claim.View
	clusters map[string][]claim.View
	outlets  []string
}

// NewIndex indexes claims, most reported first, under the outlets the
// page has columns for. A page of some claims needs whole clusters of
// them, and the claims they contradict, for its rows to be whole.
func NewIndex(all []claim.View, outlets []string) *Index {
	x := &Index{all: all, byID: make(map[string]claim.View, len(all)), clusters: graph.Clusters(all), outlets: outlets}
	for _, c := range all {
		x.byID[c.ID] = c
	}
	return x
}

// Leaders keeps, of each cluster of claims worded otherwise but taken
// for one (graph.Clusters), its first: the page shows a row per cluster.
func (x *Index) Leaders() []claim.View {
	var out []claim.View
	for _, c := range x.all {
		if x.clusters[c.ID][0].ID == c.ID {
			out = append(out, c)
		}
	}
	return out
}

// Build lays claims out by outlet, most reported first as given: a row
// per claim, with the other wordings of its cluster (see Leaders). The
// claims may be a part of those x indexes: a claim's other wordings and
// contradictions are looked up in x, and its outlets are the columns.
func Build(title string, claims []claim.View, x *Index, now time.Time) Matrix {
	m := Matrix{Title: title, Generated: now.UTC().Format("2006-01-02 15:04 UTC"), Outlets: x.outlets}
	byID, of := x.byID, x.clusters
	for _, c := range claims {
		row := Row{Claim: c, Support: len(c.Outlets) + len(c.ParaphraseOutlets)}
		var others []claim.View
		for _, o := range of[c.ID] {
			if o.ID != c.ID {
				others = append(others, o)
				row.Wordings = append(row.Wordings, Text(o))
			}
		}
		speakers := graph.Speakers(c)
		for _, o := range m.Outlets {
			row.Cells = append(row.Cells, cellOf(c, others, o, byID))
		}
		for _, r := range c.Reports {
			if d := r.Published; d != "" {
				if row.First == "" || d < row.First {
					row.First = d
				}
				row.Last = max(row.Last, d)
			}
		}
		row.Speakers = strings.Join(speakers, ", ")
		row.Search = graph.SearchText(c)
		m.Rows = append(m.Rows, row)
	}
	return m
}

// cellOf says how outlet relates to c: its own reports of c first, then
// its reports of another wording of c (others, or a paraphrase), then of
// a claim contradicting c.
func cellOf(c claim.View, others []claim.View, outlet string, byID map[string]claim.View) Cell {
	own := evidenceOf(c, outlet, "")
	if len(own) > 0 {
		state := Hedged
		for _, e := range own {
			if !e.Hedged {
				state = Stated
			}
		}
		if slices.Contains(c.Syndicated, outlet) {
			state = Copy
		}
		return Cell{State: state, Evidence: own}
	}
	var worded []Evidence
	for _, o := range others {
		worded = append(worded, evidenceOf(o, outlet, Text(o))...)
	}
	if len(worded) > 0 {
		return Cell{State: Paraphrased, Evidence: worded}
	}
	var ev []Evidence
	for _, id := range c.SameAs {
		if other, ok := byID[id]; ok {
			ev = append(ev, evidenceOf(other, outlet, Text(other))...)
		}
	}
	if len(ev) > 0 {
		return Cell{State: Paraphrased, Evidence: ev}
	}
	state := Conflicting
	for _, id := range c.ConflictsWith {
		if other, ok := byID[id]; ok {
			found := evidenceOf(other, outlet, Text(other))
			if len(found) > 0 && c.ConflictKinds[id] == claim.ConflictNegation {
				state = Denied
			}
			ev = append(ev, found...)
		}
	}
	if len(ev) > 0 {
		return Cell{State: state, Evidence: ev}
	}
	return Cell{State: Absent}
}

// evidenceOf is outlet's reports of c, each marked with wording when c
// is not the row's claim.
func evidenceOf(c claim.View, outlet, wording string) []Evidence {
	var ev []Evidence
	for _, r := range c.Reports {
		if r.Outlet != outlet {
			continue
		}
		e := Evidence{Outlet: r.Outlet, Published: r.Published, Verb: r.Verb, Sentence: r.Sentence,
			Title: r.Title, URL: r.URL, Hedged: r.Hedged, Modality: r.Modality, Claim: wording}
		if r.Speaker != nil {
			e.Speaker = r.Speaker.Name
		}
		ev = append(ev, e)
	}
	return ev
}

// Text is a claim as a line: subject, predicate (with NOT when negated),
// object.
func Text(c claim.View) string {
	pred := c.Predicate
	if c.Negated {
		pred = "NOT " + pred
	}
	return c.Subject.Name + " " + pred + " " + c.Object.Name
}

// idLink is the page of a node a query returned by its IRI
// ("<claim:…>", "<entity:…>"), or "" for any other value.
func idLink(v string) string {
	id := strings.TrimSuffix(strings.TrimPrefix(v, "<"), ">")
	if len(id) != len(v)-2 {
		return ""
	}
	switch {
	case strings.HasPrefix(id, "claim:"):
		return "/claim?id=" + url.QueryEscape(id)
	case strings.HasPrefix(id, "entity:"):
		return "/entity?id=" + url.QueryEscape(id)
	}
	return ""
}

// toJSON is a value as JSON for a data attribute that the page's script
// reads; html/template escapes it for the attribute.
func toJSON(v interface{}) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

// Write renders the matrix as HTML.
func Write(w io.Writer, m Matrix) error {
	return matrix.Execute(w, m)
}
