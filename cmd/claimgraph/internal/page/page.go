// Package page renders claims as one self-contained HTML page: a matrix
// with a row per claim and a column per outlet, each cell saying whether
// the outlet stated the claim, stated it negated, reported it in conflict
// with another claim, or did not report it, with the evidence a click
// away. The page makes no network requests; every string from an
// article is escaped by html/template.
package page

import (
	_ "embed" // the page template
	"html/template"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph/agreement"
)

//go:embed matrix.html
var matrixHTML string

// funcs lets templates link only names that have an entity page, not
// literal values, number rows from one, and list the statuses.
var funcs = template.FuncMap{
	"entity":   func(id string) bool { return strings.HasPrefix(id, "entity:") },
	"inc":      func(n int) int { return n + 1 },
	"statuses": func() []claim.Status { return claim.Statuses },
}

var matrix = template.Must(template.New("matrix").Funcs(funcs).Parse(matrixHTML))

// Cell states.
const (
	Stated      = "stated"
	Negated     = "negated"
	Conflicting = "conflicting"
	Absent      = "absent"
)

// Cell is one outlet's relation to one claim.
type Cell struct {
	State string
	// Evidence are the outlet's report sentences, with speaker and verb.
	Evidence []string
}

// Row is a claim with a cell per outlet.
type Row struct {
	Claim    claim.View
	Cells    []Cell
	Speakers string
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

// Filter keeps the claims whose text, speakers or status contain query
// (any case) and whose status is status; empty ones keep all.
func Filter(claims []claim.View, query, status string) []claim.View {
	if query == "" && status == "" {
		return claims
	}
	q := strings.ToLower(query)
	var out []claim.View
	for _, c := range claims {
		if (status == "" || string(c.Status) == status) && strings.Contains(searchText(c, speakersOf(c)), q) {
			out = append(out, c)
		}
	}
	return out
}

// Slice returns the window's part of claims (already filtered).
func (w Window) Slice(claims []claim.View) []claim.View {
	from := min(max(w.From, 0), len(claims))
	return claims[from:min(from+WindowRows, len(claims))]
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

func (w Window) link(from int) string {
	v := url.Values{"from": {strconv.Itoa(from)}}
	if w.Query != "" {
		v.Set("q", w.Query)
	}
	if w.Status != "" {
		v.Set("status", w.Status)
	}
	return "?" + v.Encode()
}

func speakersOf(c claim.View) []string {
	var names []string
	for _, r := range c.Reports {
		if r.Speaker != nil && !slices.Contains(names, r.Speaker.Name) {
			names = append(names, r.Speaker.Name)
		}
	}
	return names
}

// searchText is what the page's filters match a claim against.
func searchText(c claim.View, speakers []string) string {
	return strings.ToLower(strings.Join([]string{c.Subject.Name, c.Predicate, c.Object.Name, strings.Join(speakers, ", "), string(c.Status)}, " "))
}

// Build lays claims out by outlet, most reported first as given.
func Build(title string, claims []claim.View, now time.Time) Matrix {
	m := Matrix{Title: title, Generated: now.UTC().Format("2006-01-02 15:04 UTC"), Outlets: agreement.Outlets(claims)}
	for _, c := range claims {
		row := Row{Claim: c}
		var speakers []string
		for _, o := range m.Outlets {
			cell := Cell{State: Absent}
			for _, r := range c.Reports {
				if r.Outlet != o {
					continue
				}
				cell.State = state(c)
				ev := r.Sentence
				if r.Speaker != nil {
					ev = r.Speaker.Name + " (" + r.Verb + "): " + ev
					if !slices.Contains(speakers, r.Speaker.Name) {
						speakers = append(speakers, r.Speaker.Name)
					}
				}
				cell.Evidence = append(cell.Evidence, ev)
				if d := r.Published; d != "" {
					if row.First == "" || d < row.First {
						row.First = d
					}
					if d > row.Last {
						row.Last = d
					}
				}
			}
			row.Cells = append(row.Cells, cell)
		}
		row.Speakers = strings.Join(speakers, ", ")
		row.Search = searchText(c, speakers)
		m.Rows = append(m.Rows, row)
	}
	return m
}

func state(c claim.View) string {
	switch {
	case c.Status == claim.Conflicted:
		return Conflicting
	case c.Negated:
		return Negated
	}
	return Stated
}

// Write renders the matrix as HTML.
func Write(w io.Writer, m Matrix) error {
	return matrix.Execute(w, m)
}
