// Command prose times claimgraph's language core beside prose v2, the
// Go NLP library it replaces, on the same text in one run: the treebank's
// test sentences grouped into articles, and the seed articles. Run it on
// one core: GOMAXPROCS=1 go run . [-shared ../../../../shared]
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/extract/nlp"
	"github.com/jdkato/prose/v2"
)

func main() {
	shared := flag.String("shared", filepath.Join("..", "..", "..", "..", "shared"), "the shared folder beside the project")
	seeds := flag.String("seeds", filepath.Join("..", "..", "..", "testdata", "seeds"), "folder of seed articles")
	repeat := flag.Int("repeat", 3, "passes over the text")
	modelPath := flag.String("model", "", "a model file in place of the embedded one")
	flag.Parse()

	docs, err := nlp.TreebankArticles(filepath.Join(*shared, "data", "ud-english-ewt"), "test", 20)
	if err != nil {
		log.Fatal(err)
	}
	matches, _ := filepath.Glob(filepath.Join(*seeds, "*.txt"))
	for _, p := range matches {
		b, err := os.ReadFile(p)
		if err != nil {
			log.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	bytes := 0
	for _, d := range docs {
		bytes += len(d)
	}
	bytes *= *repeat
	fmt.Printf("text: %d documents, %.2f MB over %d passes, GOMAXPROCS=%d\n", len(docs), float64(bytes)/1e6, *repeat, runtime.GOMAXPROCS(0))

	start := time.Now()
	m, err := nlp.DefaultModel()
	if *modelPath != "" {
		var data []byte
		if data, err = os.ReadFile(*modelPath); err == nil {
			m, err = nlp.DecodeModel(data)
		}
	}
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("claimgraph model load: %v\n", time.Since(start).Round(time.Millisecond))

	var sents [][]nlp.Token
	tokens := 0
	report := func(name string, d time.Duration) {
		fmt.Printf("%-34s %8.0f tokens/s %6.2f MB/s\n", name, float64(tokens)/d.Seconds(), float64(bytes)/1e6/d.Seconds())
	}
	timed := func(fn func()) time.Duration {
		start := time.Now()
		fn()
		return time.Since(start)
	}
	tok := timed(func() {
		for r := 0; r < *repeat; r++ {
			for _, d := range docs {
				for _, s := range nlp.Sentences(d) {
					sents = append(sents, s.Tokens)
					tokens += len(s.Tokens)
				}
			}
		}
	})
	tag := timed(func() {
		for _, s := range sents {
			m.Tag(s)
		}
	})
	parse := timed(func() {
		for _, s := range sents {
			m.Parser.Parse(s)
		}
	})
	report("claimgraph tokenise+split", tok)
	report("claimgraph tag", tag)
	report("claimgraph parse", parse)
	report("claimgraph tokenise+tag", tok+tag)
	report("claimgraph tokenise+tag+parse", tok+tag+parse)

	proseRun := func(name string, opts ...prose.DocOpt) {
		d := timed(func() {
			for r := 0; r < *repeat; r++ {
				for _, text := range docs {
					if _, err := prose.NewDocument(text, opts...); err != nil {
						log.Fatal(err)
					}
				}
			}
		})
		report(name, d)
	}
	all := strings.Join(docs, "\n\n")
	d := timed(func() {
		for r := 0; r < *repeat; r++ {
			if _, err := prose.NewDocument(all, prose.WithExtraction(false)); err != nil {
				log.Fatal(err)
			}
		}
	})
	report("prose tokenise+split+tag, one doc", d)
	proseRun("prose tokenise+split", prose.WithTagging(false), prose.WithExtraction(false))
	proseRun("prose tokenise+split+tag", prose.WithExtraction(false))
	proseRun("prose tokenise+split+tag+NER")
	fmt.Println("(tokens/s counts claimgraph's tokens for every row, so rows compare as the same text per second)")
}
