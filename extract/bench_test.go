package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
	"github.com/claimgraph/claimgraph/extract/shared"
)

// benchDocs returns real text: the seed articles, or the treebank's dev
// sentences grouped into documents of 20 sentences.
func benchDocs(b *testing.B, which string) []claim.Document {
	b.Helper()
	var docs []claim.Document
	switch which {
	case "seeds":
		for _, name := range []string{"newsweek-ushakov-leak.txt", "abcnews-ushakov-witkoff-visit.txt"} {
			data, err := os.ReadFile(filepath.Join(shared.Path(b, "corpus", "seeds"), name))
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, claim.Document{ID: "doc:" + name, Text: string(data)})
		}
	case "treebank":
		articles, err := nlp.TreebankArticles(shared.Path(b, "data", "ud-english-ewt"), "dev", 20)
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range articles {
			docs = append(docs, claim.Document{ID: "doc:tb", Text: a})
		}
	}
	return docs
}

// startTimed counts the documents' bytes per operation and starts the
// clock, once whatever setup the benchmark needed is done.
func startTimed(b *testing.B, docs []claim.Document) {
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
}

func benchmarkExtract(b *testing.B, which string) {
	docs := benchDocs(b, which)
	x := newExtractor(b)
	startTimed(b, docs)
	claims := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			claims += len(x.Extract(d).Reports)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(claims)/float64(b.N), "claims/op")
}

// BenchmarkExtractParallel extracts the treebank documents on every core
// at once, as build's workers do: extraction alone, machine-wide.
func BenchmarkExtractParallel(b *testing.B) {
	docs := benchDocs(b, "treebank")
	x := newExtractor(b)
	startTimed(b, docs)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, d := range docs {
				x.Extract(d)
			}
		}
	})
}

func BenchmarkExtractSeeds(b *testing.B)    { benchmarkExtract(b, "seeds") }
func BenchmarkExtractTreebank(b *testing.B) { benchmarkExtract(b, "treebank") }

// BenchmarkExtractSentences is Open IE over the CaRB dev sentences, as
// `extract --sentences` reads them: tagged, parsed and read both ways.
func BenchmarkExtractSentences(b *testing.B) {
	data, err := os.ReadFile(shared.Path(b, "benchmarks", "carb", "dev.txt"))
	if err != nil {
		b.Fatal(err)
	}
	docs := []claim.Document{{ID: "doc:carb", Text: string(data)}}
	x := newExtractor(b)
	startTimed(b, docs)
	for i := 0; i < b.N; i++ {
		x.ExtractSentences(docs[0])
	}
}

// BenchmarkTokenizeTag isolates the language core from the rules.
func BenchmarkTokenizeTag(b *testing.B) {
	docs := benchDocs(b, "treebank")
	m, err := nlp.DefaultModel()
	if err != nil {
		b.Fatal(err)
	}
	tokens := 0
	startTimed(b, docs)
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			for _, sp := range nlp.Sentences(d.Text) {
				m.Tag(sp.Tokens)
				tokens += len(sp.Tokens)
			}
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkExtractNoStops extracts one line of the treebank's words with
// no punctuation, at two sizes: equal MB/s says extraction time grows
// linearly with such text (it grew with the square before sentences were
// bounded).
func BenchmarkExtractNoStops(b *testing.B) {
	docs := benchDocs(b, "treebank")
	var words []string
	for _, d := range docs {
		for _, w := range strings.Fields(d.Text) {
			if w = strings.TrimFunc(w, unicode.IsPunct); w != "" && !strings.ContainsFunc(w, unicode.IsPunct) {
				words = append(words, w)
			}
		}
	}
	x := newExtractor(b)
	for _, size := range []int{100 << 10, 400 << 10} {
		var text strings.Builder
		for i := 0; text.Len() < size; i++ {
			text.WriteString(words[i%len(words)])
			text.WriteByte(' ')
		}
		doc := []claim.Document{{ID: "doc:nostops", Text: text.String()}}
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			startTimed(b, doc)
			for i := 0; i < b.N; i++ {
				x.Extract(doc[0])
			}
		})
	}
}
