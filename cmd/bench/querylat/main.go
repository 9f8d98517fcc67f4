// Command querylat times claimgraph's saved Gizmo queries on a built
// graph beside the same lookups as the claims command makes them
// (graph.Store.Claims with a status filter, whole claims with their
// reports), in one run: the median of -n runs each, with the rows found.
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

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/graph/ingest"
	"github.com/claimgraph/claimgraph/queries"
)

func main() {
	backend := flag.String("backend", "bolt", "store backend")
	db := flag.String("db", "", "store address")
	n := flag.Int("n", 5, "runs of each query")
	limit := flag.Int("limit", 1000, "most rows a saved query returns, as the query command's default")
	a := flag.String("a", "", "outlet a for outlet-exclusive")
	b := flag.String("b", "", "outlet b for outlet-exclusive")
	speaker := flag.String("speaker", "ushakov", "speaker for by-speaker")
	entity := flag.String("entity", "witkoff", "entity for entity-timeline")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the queries to this file")
	flag.Parse()
	ctx := context.Background()
	st, err := graph.Open(*backend, *db)
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	st.Paraphrases = ingest.Paraphrases
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
			rows, err := queries.Run(ctx, st, q, queries.Options{Params: params, Limit: *limit, Timeout: 10 * time.Minute})
			return len(rows), err
		}
	}
	withStatus := func(status claim.Status) func() (int, error) {
		return func() (int, error) {
			claims, err := st.Claims(ctx, graph.Filter{Status: status})
			return len(claims), err
		}
	}
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
			rows, err := queries.Run(ctx, st, queries.Query{Name: "empty", Source: "g.Emit(1);"}, queries.Options{})
			return len(rows), err
		}},
		{"gizmo corroborated", gizmo("corroborated", nil)},
		{"Claims: status corroborated", withStatus(claim.Corroborated)},
		{"gizmo conflicts", gizmo("conflicts", nil)},
		{"Claims: status conflicted", withStatus(claim.Conflicted)},
		{"gizmo single-source (limit)", gizmo("single-source", nil)},
		{"Claims: status single-source", withStatus(claim.SingleSource)},
		{"gizmo outlet-exclusive a b (limit)", gizmo("outlet-exclusive", map[string]string{"a": *a, "b": *b})},
		{"gizmo by-speaker (limit)", gizmo("by-speaker", map[string]string{"speaker": *speaker})},
		{"gizmo entity-timeline", gizmo("entity-timeline", map[string]string{"entity": *entity})},
		{"gizmo figure-conflicts", gizmo("figure-conflicts", nil)},
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
