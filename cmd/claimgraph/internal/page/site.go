package page

import (
	_ "embed" // the site's templates
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/agreement"
	"github.com/claimgraph/claimgraph/graph/series"
	"github.com/claimgraph/claimgraph/queries"
)

//go:embed site.html
var siteHTML string

var site = template.Must(template.New("site").Funcs(funcs).Parse(siteHTML))

// EntityPage is an entity with the claims about it and those it made.
type EntityPage struct {
	Entity graph.EntityView
	About  []claim.View
	Said   []claim.View
}

// BuildEntity selects from claims those naming the entity and those it
// is quoted in.
func BuildEntity(e graph.EntityView, claims []claim.View) EntityPage {
	p := EntityPage{Entity: e}
	for _, c := range claims {
		if c.Subject.ID == e.ID || c.Object.ID == e.ID {
			p.About = append(p.About, c)
		}
		for _, r := range c.Reports {
			if r.Speaker != nil && r.Speaker.ID == e.ID {
				p.Said = append(p.Said, c)
				break
			}
		}
	}
	return p
}

// ClaimPage is one claim with all that bears on it: its reports, the
// claims worded otherwise that state it, those that contradict it and
// those that give its quantity another value over time.
type ClaimPage struct {
	Claim       claim.View
	Text        string
	Paraphrases []claim.View
	Conflicts   []claim.View
	Revisions   []claim.View
	// Series are, for a figure, every value given for its measure on
	// the occasions its reports are about.
	Series []series.Series
}

// BuildClaim gathers a claim's page from every claim; ok is false when
// no claim has the id. measures names what figures measure (the
// schema's), so that a figure's page shows its series.
func BuildClaim(id string, claims []claim.View, measures map[string]string) (ClaimPage, bool) {
	byID := make(map[string]claim.View, len(claims))
	for _, c := range claims {
		byID[c.ID] = c
	}
	c, ok := byID[id]
	if !ok {
		return ClaimPage{}, false
	}
	pick := func(ids []string) []claim.View {
		var out []claim.View
		for _, id := range ids {
			if other, ok := byID[id]; ok {
				out = append(out, other)
			}
		}
		return out
	}
	c.Reports = byDate(c.Reports)
	p := ClaimPage{Claim: c, Text: Text(c), Paraphrases: pick(c.SameAs), Conflicts: pick(c.ConflictsWith), Revisions: pick(c.Revisions)}
	if _, ok := measures[c.Subject.Name]; ok {
		var occasions []string
		for _, r := range c.Reports {
			if !slices.Contains(occasions, r.Time) {
				occasions = append(occasions, r.Time)
			}
		}
		for _, s := range series.Of(claims, measures, series.Filter{Measure: c.Subject.Name}) {
			if slices.Contains(occasions, s.Occasion) {
				p.Series = append(p.Series, s)
			}
		}
	}
	return p, true
}

// FiguresPage is every series of figures the graph holds.
type FiguresPage struct{ Series []series.Series }

// WriteFigures renders the figures page.
func WriteFigures(w io.Writer, p FiguresPage) error { return site.ExecuteTemplate(w, "figures", p) }

// byDate orders reports by publication date, undated ones last: a
// claim's timeline.
func byDate(reports []claim.ReportView) []claim.ReportView {
	out := slices.Clone(reports)
	slices.SortStableFunc(out, func(a, b claim.ReportView) int { return dateOrder(a.Published, b.Published) })
	return out
}

// dateOrder compares two YYYY-MM-DD dates, the empty one last.
func dateOrder(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return strings.Compare(a, b)
}

// TimelineEntry is one report of a claim about an entity, for the
// entity's timeline.
type TimelineEntry struct {
	Claim  claim.View
	Report claim.ReportView
}

// Timeline lists the reports of the entity's claims, by date.
func (p EntityPage) Timeline() []TimelineEntry {
	var out []TimelineEntry
	for _, c := range p.About {
		for _, r := range c.Reports {
			out = append(out, TimelineEntry{Claim: c, Report: r})
		}
	}
	slices.SortStableFunc(out, func(a, b TimelineEntry) int { return dateOrder(a.Report.Published, b.Report.Published) })
	return out
}

// WriteClaim renders a claim's page.
func WriteClaim(w io.Writer, p ClaimPage) error { return site.ExecuteTemplate(w, "claim", p) }

// OutletPair is an outlet's agreement with one other.
type OutletPair struct {
	Other       string
	Agreement   float64
	Shared      int
	Conflicting int
	// Mine counts the claims only this outlet reports, Theirs those only
	// the other does.
	Mine, Theirs int
}

// OutletPage is an outlet's trust, agreement with the others, conflicts
// and exclusive claims.
type OutletPage struct {
	Name      string
	Trust     *agreement.Trust
	Pairs     []OutletPair
	Conflicts []claim.View
	Exclusive []claim.View
}

// BuildOutlet shows one outlet's part of sum, the outlets compared over
// claims, with the outlet's conflicting and exclusive claims.
func BuildOutlet(name string, claims []claim.View, sum agreement.Summary) OutletPage {
	p := OutletPage{Name: name}
	for _, t := range sum.Trust {
		if t.Outlet == name {
			t := t
			p.Trust = &t
		}
	}
	for _, pair := range sum.Pairs {
		switch name {
		case pair.A:
			p.Pairs = append(p.Pairs, OutletPair{pair.B, pair.Agreement(), pair.Shared, pair.Conflicting, pair.OnlyA, pair.OnlyB})
		case pair.B:
			p.Pairs = append(p.Pairs, OutletPair{pair.A, pair.Agreement(), pair.Shared, pair.Conflicting, pair.OnlyB, pair.OnlyA})
		}
	}
	for _, c := range claims {
		if !slices.Contains(c.Outlets, name) {
			continue
		}
		if c.Status == claim.Conflicted {
			p.Conflicts = append(p.Conflicts, c)
		}
		if len(c.Outlets) == 1 {
			p.Exclusive = append(p.Exclusive, c)
		}
	}
	return p
}

// QueriesPage lists the saved queries and, after a run, its results.
type QueriesPage struct {
	Queries []queries.Query
	Ran     string
	Error   string
	Columns []string
	Rows    [][]string
}

// WriteEntity renders an entity's page.
func WriteEntity(w io.Writer, p EntityPage) error { return site.ExecuteTemplate(w, "entity", p) }

// WriteOutlet renders an outlet's page.
func WriteOutlet(w io.Writer, p OutletPage) error { return site.ExecuteTemplate(w, "outlet", p) }

// WriteQueries renders the saved queries page.
func WriteQueries(w io.Writer, p QueriesPage) error { return site.ExecuteTemplate(w, "queries", p) }
