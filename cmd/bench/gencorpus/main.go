// Command gencorpus writes a benchmark corpus of real text: the UD EWT
// treebank's sentences grouped into articles of 25, and the seed
// articles, repeated under a dozen outlets until the corpus reaches the
// size asked for. The same arguments give the same corpus.
//
//	go run ./cmd/bench/gencorpus -shared ../shared -mb 10 -out /tmp/corpus
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/claimgraph/claimgraph/extract/nlp"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared folder")
	mb := flag.Int("mb", 10, "corpus size in MB")
	out := flag.String("out", "", "folder to write (created)")
	flag.Parse()
	if *out == "" {
		log.Fatal("give -out")
	}
	var articles []string
	for _, split := range []string{"train", "dev", "test"} {
		a, err := nlp.TreebankArticles(filepath.Join(*shared, "data", "ud-english-ewt"), split, 25)
		if err != nil {
			log.Fatal(err)
		}
		articles = append(articles, a...)
	}
	seeds, _ := filepath.Glob(filepath.Join(*shared, "corpus", "*", "*.txt"))
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			log.Fatal(err)
		}
		articles = append(articles, string(data))
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	total, n := 0, 0
	for total < *mb<<20 {
		body := fmt.Sprintf("---\noutlet: Outlet %d\npublished: 2025-11-%02d\n---\n%s\n", n%12, 1+n%28, articles[n%len(articles)])
		path := filepath.Join(*out, fmt.Sprintf("%03d", n/1000), fmt.Sprintf("a%06d.md", n))
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			log.Fatal(err)
		}
		total += len(body)
		n++
	}
	fmt.Printf("%d articles, %.1f MB in %s\n", n, float64(total)/(1<<20), *out)
}
