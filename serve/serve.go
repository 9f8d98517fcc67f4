// Package serve is claimgraph's web front: the claims-by-outlet page, the
// entity and outlet listings as JSON, and Cayley's own HTTP API (v2:
// Gizmo and GraphQL queries, quad reads) over the same graph, so any
// Cayley client works against it. Writes through the API are refused
// unless the server was made writable: documents are loaded whole by
// `build`, and a quad written by hand would bypass that.
package serve

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	cayleygraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // Gizmo over the API
	_ "github.com/cayleygraph/cayley/query/graphql" // GraphQL over the API
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"github.com/claimgraph/claimgraph/agreement"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/page"
)

// Options configure the server.
type Options struct {
	// Writable lets Cayley's API write and delete quads.
	Writable bool
	// Functional are the predicates whose second value is a conflict.
	Functional map[string]bool
	// QueryTimeout bounds each query sent to Cayley's API.
	QueryTimeout time.Duration
}

// Handler serves the graph in st.
func Handler(st *graph.Store, opt Options) (http.Handler, error) {
	w, err := cayleygraph.NewQuadWriter("single", st.QS, nil)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	api := cayleyhttp.NewAPIv2(&cayleygraph.Handle{QuadStore: st.QS, QuadWriter: w})
	api.SetReadOnly(!opt.Writable)
	if opt.QueryTimeout > 0 {
		api.SetQueryTimeout(opt.QueryTimeout)
	}
	mux := http.NewServeMux()
	mux.Handle("/api/v2/", api)
	mux.HandleFunc("/", func(rw http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(rw, r)
			return
		}
		claims, err := st.Claims(r.Context(), graph.Filter{}, opt.Functional)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusInternalServerError)
			return
		}
		var buf bytes.Buffer
		if err := page.Write(&buf, page.Build("Claims by outlet", claims, time.Now())); err != nil {
			http.Error(rw, err.Error(), http.StatusInternalServerError)
			return
		}
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		// The page loads nothing from anywhere: forbid it outright.
		rw.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'")
		rw.Write(buf.Bytes())
	})
	mux.HandleFunc("/entities.json", jsonHandler(func(r *http.Request) (interface{}, error) {
		return st.Entities(r.Context())
	}))
	mux.HandleFunc("/outlets.json", jsonHandler(func(r *http.Request) (interface{}, error) {
		claims, err := st.Claims(r.Context(), graph.Filter{}, opt.Functional)
		if err != nil {
			return nil, err
		}
		return map[string]interface{}{"trust": agreement.TruthFinder(claims, agreement.DefaultParams), "pairs": agreement.Matrix(claims)}, nil
	}))
	return mux, nil
}

func jsonHandler(get func(*http.Request) (interface{}, error)) http.HandlerFunc {
	return func(rw http.ResponseWriter, r *http.Request) {
		v, err := get(r)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusInternalServerError)
			return
		}
		rw.Header().Set("Content-Type", "application/json")
		enc := json.NewEncoder(rw)
		enc.SetIndent("", "  ")
		enc.Encode(v)
	}
}

// IsLoopback reports whether addr (host:port) listens on this machine only.
func IsLoopback(addr string) bool {
	host := addr
	if i := strings.LastIndex(addr, ":"); i >= 0 {
		host = addr[:i]
	}
	host = strings.Trim(host, "[]")
	return host == "localhost" || strings.HasPrefix(host, "127.") || host == "::1"
}
