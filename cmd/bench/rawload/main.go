// Command rawload loads an N-Quads file into a fresh Cayley store with
// Cayley's own batch writer and nothing of claimgraph's: the baseline
// that claimgraph's load is compared with.
//
//	go run ./cmd/bench/rawload -backend bolt -db /tmp/raw.db graph.nq  (or -backend leveldb)
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	cg "github.com/claimgraph/claimgraph/graph" // registers the tuned LevelDB store
)

func main() {
	backend := flag.String("backend", "bolt", "bolt, leveldb or memstore")
	db := flag.String("db", "", "store path (bolt, leveldb)")
	batch := flag.Int("batch", 10000, "quads per transaction")
	flag.Parse()
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	if *backend == "leveldb" {
		*backend = cg.LevelDBStore // claimgraph's options, for a fair comparison
	}
	if *backend != "memstore" {
		if err := graph.InitQuadStore(*backend, *db, nil); err != nil {
			log.Fatal(err)
		}
	}
	qs, err := graph.NewQuadStore(*backend, *db, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer qs.Close()
	w, err := graph.NewQuadWriter("single", qs, graph.Options{"ignore_duplicate": true})
	if err != nil {
		log.Fatal(err)
	}
	start := time.Now()
	n, err := quad.CopyBatch(&writer{w}, nquads.NewReader(f, false), *batch)
	if err != nil {
		log.Fatal(err)
	}
	el := time.Since(start)
	fmt.Printf("raw cayley load: %d quads in %.2f s, %.0f quads/s\n", n, el.Seconds(), float64(n)/el.Seconds())
}

type writer struct{ w graph.QuadWriter }

func (w *writer) WriteQuad(q quad.Quad) error { return w.w.AddQuad(q) }
func (w *writer) WriteQuads(qs []quad.Quad) (int, error) {
	if err := w.w.AddQuadSet(qs); err != nil {
		return 0, err
	}
	return len(qs), nil
}
