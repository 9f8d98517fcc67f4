package graph

import (
	"fmt"
	"net/http"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/query/graphql" // GraphQL over the API
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
)

// APIHandler serves Cayley's own HTTP API (v2: Gizmo and GraphQL
// queries, quad reads) over the graph, so that any Cayley client works
// against it; it writes and deletes quads only when writable. Each query
// stops after timeout when timeout > 0. Writes hold the Store's write
// lock, as its own writes do.
func (s *Store) APIHandler(writable bool, timeout time.Duration) (http.Handler, error) {
	w, err := graph.NewQuadWriter("single", s.lockedQuadStore(), nil)
	if err != nil {
		return nil, fmt.Errorf("cayley API: %w", err)
	}
	api := cayleyhttp.NewAPIv2(&graph.Handle{QuadStore: s.qs, QuadWriter: w})
	api.SetReadOnly(!writable)
	if timeout > 0 {
		api.SetQueryTimeout(timeout)
	}
	return s.watchedQueries(api), nil
}
