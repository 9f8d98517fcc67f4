// Command sample draws claims at random, with a fixed seed, from the
// JSON Lines that `claimgraph claims --format jsonl` prints, for a
// precision sample read by hand (see BENCHMARKS.md, issue 20). It prints
// a tab-separated row per claim: a number, the claim's ID, its words
// ("subject | predicate | object"), its flags, and for its first report
// the outlet, the document's file name and the sentence's byte offsets,
// so that a reader can find the sentence; with -sentences, the sentence
// too, to label from (not to keep: the articles are not ours).
//
//	claimgraph claims --db DB --format jsonl > claims.jsonl
//	go run ./cmd/bench/sample -n 200 -seed 1 claims.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

type report struct {
	Document string `json:"document"`
	Path     string `json:"path"`
	Outlet   string `json:"outlet"`
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Speaker  *struct {
		Name string `json:"name"`
	} `json:"speaker"`
	Hedged bool `json:"hedged"`
}

type claimLine struct {
	ID        string                `json:"id"`
	Subject   struct{ Name string } `json:"subject"`
	Predicate string                `json:"predicate"`
	Object    struct{ Name string } `json:"object"`
	Negated   bool                  `json:"negated"`
	Hedged    bool                  `json:"hedged"`
	Reports   []report              `json:"reports"`
}

func main() {
	n := flag.Int("n", 200, "how many claims to draw")
	seed := flag.Uint64("seed", 1, "the draw's seed")
	sentences := flag.Bool("sentences", false, "print each claim's first sentence too")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: sample [-n N] [-seed S] [-sentences] CLAIMS.jsonl")
		os.Exit(2)
	}
	claims, err := read(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "sample:", err)
		os.Exit(1)
	}
	r := rand.New(rand.NewPCG(*seed, 0))
	r.Shuffle(len(claims), func(i, j int) { claims[i], claims[j] = claims[j], claims[i] })
	for i, c := range claims[:min(*n, len(claims))] {
		rep := c.Reports[0]
		flags := []string{}
		if c.Negated {
			flags = append(flags, "negated")
		}
		if c.Hedged {
			flags = append(flags, "hedged")
		}
		speaker := ""
		if rep.Speaker != nil {
			speaker = rep.Speaker.Name
		}
		row := []string{fmt.Sprint(i + 1), c.ID, c.Subject.Name + " | " + c.Predicate + " | " + c.Object.Name,
			strings.Join(flags, ","), speaker, rep.Outlet, filepath.Base(rep.Path), fmt.Sprintf("%d-%d", rep.Start, rep.End)}
		if *sentences {
			row = append(row, rep.Sentence)
		}
		fmt.Println(strings.Join(row, "\t"))
	}
}

func read(path string) ([]claimLine, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []claimLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		var c claimLine
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if len(c.Reports) > 0 {
			out = append(out, c)
		}
	}
	return out, sc.Err()
}
