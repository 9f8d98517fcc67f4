package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/extract/shared"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

// BenchmarkBuild loads 40 documents (copies of the seed articles, each
// with its own outlet so claims corroborate across them) into a fresh
// store per iteration: reading, extraction and writing together.
func BenchmarkBuild(b *testing.B) {
	dir := b.TempDir()
	size := 0
	for i := 0; i < 20; i++ {
		for _, name := range []string{"newsweek-ushakov-leak.txt", "abcnews-ushakov-witkoff-visit.txt"} {
			data, err := os.ReadFile(filepath.Join(shared.Path(b, "corpus", "seeds"), name))
			if err != nil {
				b.Fatal(err)
			}
			body := fmt.Sprintf("---\noutlet: Outlet %d\npublished: 2025-11-26\n---\n%s", i, data)
			size += len(body)
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d-%s", i, name)), []byte(body), 0o644)
		}
	}
	s, err := schema.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, backend := range []string{"memory", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			b.SetBytes(int64(size))
			var quads int64
			for i := 0; i < b.N; i++ {
				st, err := graph.Open(backend, filepath.Join(b.TempDir(), "db"))
				if err != nil {
					b.Fatal(err)
				}
				sum, err := Run(context.Background(), st, s, []string{dir}, Options{})
				if err != nil || len(sum.Errors) > 0 || sum.Loaded != 40 {
					b.Fatalf("%v %v", sum, err)
				}
				b.StopTimer()
				stats, _ := st.Stats(context.Background())
				quads = stats.Quads
				st.Close()
				b.StartTimer()
			}
			b.ReportMetric(40*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
			b.ReportMetric(float64(quads)/40, "quads/doc")
		})
	}
}
