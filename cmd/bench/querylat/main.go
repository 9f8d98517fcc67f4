// Command querylat times claimgraph's saved Gizmo queries on a built
// graph beside the same lookups through Cayley's Go path API, in one run:
// the median of -n runs each, with the rows found.
//
//	go run ./cmd/bench/querylat -db /tmp/db -n 5
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"runtime/pprof"
	"sort"
	"time"

	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/queries"
)

func main() {
	backend := flag.String("backend", "bolt", "store backend")
	db := flag.String("db", "", "store address")
	n := flag.Int("n", 5, "runs of each query")
	limit := flag.Int("limit", 1000, "most rows a saved query returns, as the query command's default")
	a := flag.String("a", "", "outlet a for outlet-exclusive")
	b := flag.String("b", "", "outlet b for outlet-exclusive")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the queries to this file")
	flag.Parse()
	ctx := context.Background()
	st, err := graph.Open(*backend, *db)
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("graph: %d quads, %d claims\n", stats.Quads, stats.Claims)
	gizmo := func(name string, params map[string]string) func() (int, error) {
		return func() (int, error) {
			q, err := queries.Find(name)
			if err != nil {
				return 0, err
			}
			rows, err := queries.Run(ctx, st.QS, q, queries.Options{Params: params, Limit: *limit, Timeout: 10 * time.Minute})
			return len(rows), err
		}
	}
	count := func(p *path.Path) func() (int, error) {
		return func() (int, error) {
			rows := 0
			err := p.Iterate(ctx).EachValue(st.QS, func(quad.Value) { rows++ })
			return rows, err
		}
	}
	status := func(s string) *path.Path {
		return path.StartPath(st.QS).Has(quad.IRI(graph.PredStatus), quad.String(s))
	}
	var preds []interface{}
	for _, k := range graph.ConflictKindNames {
		preds = append(preds, quad.IRI(graph.PredConflicts+k))
	}
	conflicts := status(graph.Conflicted).Out(preds...)
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	for _, c := range []struct {
		name string
		run  func() (int, error)
	}{
		{"gizmo: an empty query (VM and prelude)", func() (int, error) {
			rows, err := queries.Run(ctx, st.QS, queries.Query{Name: "empty", Source: "g.Emit(1);"}, queries.Options{})
			return len(rows), err
		}},
		{"gizmo corroborated", gizmo("corroborated", nil)},
		{"path API: status corroborated", count(status(graph.Corroborated))},
		{"gizmo conflicts", gizmo("conflicts", nil)},
		{"path API: conflict links of conflicted claims", count(conflicts)},
		{"gizmo single-source (limit)", gizmo("single-source", nil)},
		{"path API: status single-source", count(status(graph.SingleSource))},
		{"gizmo outlet-exclusive a b (limit)", gizmo("outlet-exclusive", map[string]string{"a": *a, "b": *b})},
	} {
		var times []time.Duration
		rows := 0
		for i := 0; i < *n; i++ {
			start := time.Now()
			r, err := c.run()
			if err != nil {
				log.Fatalf("%s: %v", c.name, err)
			}
			times = append(times, time.Since(start))
			rows = r
		}
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		fmt.Printf("%-48s median %8.1f ms  (%d rows)\n", c.name, float64(times[len(times)/2].Microseconds())/1000, rows)
	}
}
