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

	"golang.org/x/sync/singleflight"

	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/page"
	"github.com/claimgraph/claimgraph/cmd/claimgraph/internal/render"
	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/agreement"
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

// maxRenders bounds the pages and JSON listings built at once: each
// reads the whole graph, and twenty at once on a large graph took 220 s
// and 2.2 GB where one took 6 s.
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
	reads := &sharedReads{st: st}
	rendered := func(pattern string, h http.HandlerFunc) { mux.Handle(pattern, oneOf(renders, h)) }
	// Pages of every claim read them before they take a slot, so that
	// all the requests waiting share one read.
	withClaims := func(pattern string, h func(rw http.ResponseWriter, r *http.Request, claims []claim.View)) {
		mux.HandleFunc(pattern, func(rw http.ResponseWriter, r *http.Request) {
			claims, err := reads.claims(r.Context())
			if err != nil {
				http.Error(rw, err.Error(), http.StatusInternalServerError)
				return
			}
			oneOf(renders, http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) { h(rw, r, claims) })).ServeHTTP(rw, r)
		})
	}
	withClaims("/{$}", func(rw http.ResponseWriter, r *http.Request, claims []claim.View) {
		w, err := window(r)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		x := page.NewIndex(claims)
		shown := page.Filter(x.Leaders(), w.Query, w.Status)
		w.Total = len(shown)
		m := page.Build("Claims by outlet", w.Slice(shown), x, time.Now())
		m.Links, m.Window = true, &w
		writeHTML(rw, func(b *bytes.Buffer) error { return page.Write(b, m) })
	})
	rendered("/entity", func(rw http.ResponseWriter, r *http.Request) {
		claims, entities, err := st.ClaimsAndEntities(r.Context())
		if err != nil {
			http.Error(rw, err.Error(), http.StatusInternalServerError)
			return
		}
		id := r.URL.Query().Get("id")
		for _, e := range entities {
			if e.ID == id {
				writeHTML(rw, func(b *bytes.Buffer) error { return page.WriteEntity(b, page.BuildEntity(e, claims)) })
				return
			}
		}
		http.NotFound(rw, r)
	})
	withClaims("/claim", func(rw http.ResponseWriter, r *http.Request, claims []claim.View) {
		p, ok := page.BuildClaim(r.URL.Query().Get("id"), claims, opt.Measures)
		if !ok {
			http.NotFound(rw, r)
			return
		}
		writeHTML(rw, func(b *bytes.Buffer) error { return page.WriteClaim(b, p) })
	})
	rendered("/figures", func(rw http.ResponseWriter, r *http.Request) {
		claims, err := st.FigureClaims(r.Context())
		if err != nil {
			http.Error(rw, err.Error(), http.StatusInternalServerError)
			return
		}
		p := page.FiguresPage{Series: series.Of(claims, opt.Measures, series.Filter{Measure: r.URL.Query().Get("measure")})}
		writeHTML(rw, func(b *bytes.Buffer) error { return page.WriteFigures(b, p) })
	})
	withClaims("/claims.csv", func(rw http.ResponseWriter, r *http.Request, claims []claim.View) {
		w, err := window(r)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		rw.Header().Set("Content-Type", "text/csv; charset=utf-8")
		rw.Header().Set("Content-Disposition", `attachment; filename="claims.csv"`)
		render.Claims(rw, "csv", page.Filter(claims, w.Query, w.Status))
	})
	withClaims("/outlet", func(rw http.ResponseWriter, r *http.Request, claims []claim.View) {
		name := r.URL.Query().Get("name")
		p := page.BuildOutlet(name, claims, agreement.Summarise(claims))
		if p.Trust == nil {
			http.NotFound(rw, r)
			return
		}
		writeHTML(rw, func(b *bytes.Buffer) error { return page.WriteOutlet(b, p) })
	})
	rendered("/queries", func(rw http.ResponseWriter, r *http.Request) {
		qs, err := queries.List(opt.QueryDirs...)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusInternalServerError)
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

// sharedReads lets requests that arrive while every claim is being read
// take that read's result instead of reading again: a page's cost is
// almost all that read, and twenty simultaneous loads of a large graph
// each read it whole. Only requests that come while a read runs share
// it, and the next one reads afresh: nothing is kept between reads.
type sharedReads struct {
	st    *graph.Store
	group singleflight.Group
}

// claims returns every claim; callers must not change the slice.
func (s *sharedReads) claims(ctx context.Context) ([]claim.View, error) {
	v, err, _ := s.group.Do("claims", func() (interface{}, error) {
		// One client leaving must not fail the others waiting.
		return s.st.Claims(context.WithoutCancel(ctx), graph.Filter{})
	})
	if err != nil {
		return nil, err
	}
	return v.([]claim.View), nil
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
