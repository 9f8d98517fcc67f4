// Package serve is claimgraph's web front: the claims-by-outlet page, the
// entity and outlet listings as JSON, and Cayley's own HTTP API (v2:
// Gizmo and GraphQL queries, quad reads) over the same graph, so any
// Cayley client works against it. Writes through the API are refused
// unless the server was made writable: documents are loaded whole by
// `build`, and a quad written by hand would bypass that.
package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/page"
	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/series"
	"github.com/claimgraph/claimgraph/queries"
)

// Options configure the server.
type Options struct {
	// Writable lets Cayley's API write and delete quads.
	Writable bool
	// QueryTimeout bounds each query sent to Cayley's API or run as a
	// saved query.
	QueryTimeout time.Duration
	// QueryDirs are folders of the user's own saved queries.
	QueryDirs []string
	// Measures name what figures measure (the schema's), by name, with
	// their kinds, for the figures page and figures' claim pages.
	Measures map[string]string
	// Addr is the address the server listens on. On a loopback address
	// requests must name the machine itself (see guard).
	Addr string
}

// maxRenders bounds the pages and JSON listings built at once: a page
// reads its part of the graph, and the CSV download every claim.
var maxRenders = runtime.NumCPU()

// Handler serves the graph in st.
func Handler(st *graph.Store, opt Options) (http.Handler, error) {
	api, err := st.APIHandler(opt.Writable, opt.QueryTimeout)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/api/v2/", api)
	renders := make(chan struct{}, maxRenders)
	rendered := func(pattern string, h http.HandlerFunc) { mux.Handle(pattern, oneOf(renders, h)) }
	failed := func(rw http.ResponseWriter, err error) { http.Error(rw, err.Error(), http.StatusInternalServerError) }
	rendered("/{$}", func(rw http.ResponseWriter, r *http.Request) {
		w, err := window(r)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		m, err := claimsPage(r.Context(), st, &w)
		if err != nil {
			failed(rw, err)
			return
		}
		writeHTML(rw, func(b *bytes.Buffer) error { return page.Write(b, m) })
	})
	rendered("/entity", func(rw http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		entities, err := st.Entities(r.Context())
		if err != nil {
			failed(rw, err)
			return
		}
		i := slices.IndexFunc(entities, func(e graph.EntityView) bool { return e.ID == id })
		if i < 0 {
			http.NotFound(rw, r)
			return
		}
		claims, err := st.EntityClaims(r.Context(), id)
		if err != nil {
			failed(rw, err)
			return
		}
		writeHTML(rw, func(b *bytes.Buffer) error { return page.WriteEntity(b, page.BuildEntity(entities[i], claims)) })
	})
	rendered("/claim", func(rw http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		claims, err := claimNeighbourhood(r.Context(), st, id, opt.Measures)
		if err != nil {
			failed(rw, err)
			return
		}
		p, ok := page.BuildClaim(id, claims, opt.Measures)
		if !ok {
			http.NotFound(rw, r)
			return
		}
		writeHTML(rw, func(b *bytes.Buffer) error { return page.WriteClaim(b, p) })
	})
	rendered("/figures", func(rw http.ResponseWriter, r *http.Request) {
		claims, err := st.FigureClaims(r.Context())
		if err != nil {
			failed(rw, err)
			return
		}
		p := page.FiguresPage{Series: series.Of(claims, opt.Measures, series.Filter{Measure: r.URL.Query().Get("measure")})}
		writeHTML(rw, func(b *bytes.Buffer) error { return page.WriteFigures(b, p) })
	})
	rendered("/claims.csv", func(rw http.ResponseWriter, r *http.Request) {
		w, err := window(r)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		rows, err := st.Listing(r.Context())
		if err != nil {
			failed(rw, err)
			return
		}
		claims, err := st.ClaimsByID(r.Context(), ids(page.Filter(rows, w.Query, w.Status)))
		if err != nil {
			failed(rw, err)
			return
		}
		rw.Header().Set("Content-Type", "text/csv; charset=utf-8")
		rw.Header().Set("Content-Disposition", `attachment; filename="claims.csv"`)
		render.Claims(rw, "csv", claims)
	})
	rendered("/outlet", func(rw http.ResponseWriter, r *http.Request) {
		name := r.URL.Query().Get("name")
		sum, err := st.OutletAgreement(r.Context())
		if err != nil {
			failed(rw, err)
			return
		}
		if !slices.Contains(sum.Outlets(), name) {
			http.NotFound(rw, r)
			return
		}
		claims, err := st.Claims(r.Context(), graph.Filter{Outlet: name})
		if err != nil {
			failed(rw, err)
			return
		}
		writeHTML(rw, func(b *bytes.Buffer) error { return page.WriteOutlet(b, page.BuildOutlet(name, claims, sum)) })
	})
	rendered("/queries", func(rw http.ResponseWriter, r *http.Request) {
		qs, err := queries.List(opt.QueryDirs...)
		if err != nil {
			failed(rw, err)
			return
		}
		p := page.QueriesPage{Queries: qs, Ran: r.URL.Query().Get("run")}
		if p.Ran != "" {
			p.Columns, p.Rows, err = runQuery(r, st, qs, p.Ran, opt)
			if err != nil {
				p.Error = err.Error()
			}
		}
		writeHTML(rw, func(b *bytes.Buffer) error { return page.WriteQueries(b, p) })
	})
	rendered("/entities.json", jsonHandler(func(r *http.Request) (interface{}, error) {
		return st.Entities(r.Context())
	}))
	rendered("/outlets.json", jsonHandler(func(r *http.Request) (interface{}, error) {
		return st.OutletAgreement(r.Context())
	}))
	return guard(mux, IsLoopback(opt.Addr)), nil
}

// claimsPage is the page of claims w selects, a row per cluster of
// paraphrases: it reads the layer's listing, then only the claims of the
// rows shown, with their clusters and the claims they contradict, so a
// page costs the same in a graph of any size. w.Total is set.
func claimsPage(ctx context.Context, st *graph.Store, w *page.Window) (page.Matrix, error) {
	rows, err := st.Listing(ctx)
	if err != nil {
		return page.Matrix{}, err
	}
	var leaders []graph.Listed
	for _, l := range rows {
		if l.Leads() {
			leaders = append(leaders, l)
		}
	}
	shown := page.Filter(leaders, w.Query, w.Status)
	w.Total = len(shown)
	lead := map[string]bool{}
	for _, l := range w.Slice(shown) {
		lead[l.ID] = true
	}
	// The listing's order, so that each cluster comes most reported first.
	var members []string
	for _, l := range rows {
		if lead[l.Lead] {
			members = append(members, l.ID)
		}
	}
	claims, err := withLinked(ctx, st, members)
	if err != nil {
		return page.Matrix{}, err
	}
	sum, err := st.OutletAgreement(ctx)
	if err != nil {
		return page.Matrix{}, err
	}
	var shownClaims []claim.View
	for _, c := range claims {
		if lead[c.ID] {
			shownClaims = append(shownClaims, c)
		}
	}
	m := page.Build("Claims by outlet", shownClaims, page.NewIndex(claims, sum.Outlets()), time.Now())
	m.Links, m.Window = true, w
	return m, nil
}

// withLinked reads the claims with these IDs, then those they
// paraphrase, contradict or revise that are not among them, after them.
func withLinked(ctx context.Context, st *graph.Store, ids []string) ([]claim.View, error) {
	claims, err := st.ClaimsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	have := map[string]bool{}
	for _, c := range claims {
		have[c.ID] = true
	}
	var more []string
	for _, c := range claims {
		for _, id := range slices.Concat(c.SameAs, c.ConflictsWith, c.Revisions) {
			if !have[id] {
				have[id] = true
				more = append(more, id)
			}
		}
	}
	linked, err := st.ClaimsByID(ctx, more)
	return append(claims, linked...), err
}

// claimNeighbourhood is what a claim's page reads: the claim, the claims
// linked to it and, for a figure, every figure claim, whose series the
// page shows.
func claimNeighbourhood(ctx context.Context, st *graph.Store, id string, measures map[string]string) ([]claim.View, error) {
	claims, err := withLinked(ctx, st, []string{id})
	if err != nil || len(claims) == 0 {
		return claims, err
	}
	if _, ok := measures[claims[0].Subject.Name]; !ok {
		return claims, nil
	}
	figures, err := st.FigureClaims(ctx)
	if err != nil {
		return nil, err
	}
	for _, c := range figures {
		if !slices.ContainsFunc(claims, func(x claim.View) bool { return x.ID == c.ID }) {
			claims = append(claims, c)
		}
	}
	return claims, nil
}

// ids are the IDs of rows.
func ids(rows []graph.Listed) []string {
	out := make([]string, len(rows))
	for i, l := range rows {
		out[i] = l.ID
	}
	return out
}

// window reads which claims the page shows from its query string.
func window(r *http.Request) (page.Window, error) {
	q := r.URL.Query()
	w := page.Window{Query: q.Get("q")}
	if v := q.Get("status"); v != "" {
		st, err := claim.ParseStatus(v)
		if err != nil {
			return w, err
		}
		w.Status = string(st)
	}
	if v := q.Get("from"); v != "" {
		from, err := strconv.Atoi(v)
		if err != nil || from < 0 {
			return w, fmt.Errorf("from=%q: want a row number from 0", v)
		}
		w.From = from
	}
	return w, nil
}

// runQuery runs the saved query named in the request with the
// parameters given as fields "p.NAME". Only a saved query's name is
// taken, never a file path: a path would run any .js file on the machine
// and show its text in the error.
func runQuery(r *http.Request, st *graph.Store, saved []queries.Query, name string, opt Options) ([]string, [][]string, error) {
	i := slices.IndexFunc(saved, func(q queries.Query) bool { return q.Name == name })
	if i < 0 {
		return nil, nil, fmt.Errorf("no saved query %q", name)
	}
	q := saved[i]
	params := map[string]string{}
	for k, v := range r.URL.Query() {
		if name, ok := strings.CutPrefix(k, "p."); ok && len(v) > 0 && strings.TrimSpace(v[0]) != "" {
			params[name] = strings.TrimSpace(v[0])
		}
	}
	results, err := queries.Run(r.Context(), st, q, queries.Options{Params: params, Limit: 1000, Timeout: opt.QueryTimeout})
	if err != nil {
		return nil, nil, err
	}
	header, rows := render.ResultTable(results)
	return header, rows, nil
}

// writeHTML sends a rendered page. The pages load nothing from anywhere,
// and the policy says so to the browser.
func writeHTML(rw http.ResponseWriter, write func(*bytes.Buffer) error) {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		http.Error(rw, err.Error(), http.StatusInternalServerError)
		return
	}
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	rw.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action 'self'; connect-src 'self'")
	rw.Write(buf.Bytes())
}

func jsonHandler(get func(*http.Request) (interface{}, error)) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) {
		v, err := get(r)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusInternalServerError)
			return
		}
		writeJSON(rw, v)
	}
}

func writeJSON(rw http.ResponseWriter, v interface{}) {
	rw.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(rw)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// IsLoopback reports whether addr (host:port) listens on this machine only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
