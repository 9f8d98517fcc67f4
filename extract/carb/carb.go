// Package carb scores Open IE extractions against the CaRB benchmark's
// gold tuples, the way CaRB's scorer does: sentences met without their
// spaces and punctuation, tuples made binary, words matched part by part
// (relation, first argument, the rest), recall from
// each gold tuple's best prediction, precision from a one-to-one greedy
// matching, F1 at the best confidence threshold and the area under the
// precision–recall curve.
package carb

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

// Tuple is one extraction: relation and two arguments, as surface text.
type Tuple struct {
	Rel, Arg1, Arg2 string
	Confidence      float64
}

// ReadGold reads CaRB's gold TSV: sentence, relation, arg1, arg2, further
// arguments (joined into arg2).
func ReadGold(r io.Reader) (map[string][]Tuple, error) {
	gold := map[string][]Tuple{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("gold line %d: want sentence, relation and arguments", n)
		}
		t := Tuple{Rel: f[1], Arg1: f[2]}
		if len(f) > 3 {
			t.Arg2 = strings.Join(f[3:], " ")
		}
		gold[sentenceKey(f[0])] = append(gold[sentenceKey(f[0])], t)
	}
	return gold, sc.Err()
}

// sentenceKey is what a sentence is matched by: its letters and digits
// without spaces or punctuation, as CaRB's scorer normalises sentences
// (some gold sentences end in a space the sentence file lacks).
func sentenceKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return r
	}, s)
}

var reportingVerbs = map[string]bool{"said": true, "told": true, "added": true, "says": true}

var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "am": true, "'s": true, "'re": true}

// matchedWords counts the words of pred found in gold, each gold word
// used at most once.
func matchedWords(pred, gold []string) int {
	left := map[string]int{}
	for _, w := range gold {
		left[w]++
	}
	n := 0
	for _, w := range pred {
		if left[w] > 0 {
			left[w]--
			n++
		}
	}
	return n
}

func relationsMeet(pred, gold []string) bool {
	gset := map[string]bool{}
	for _, w := range gold {
		gset[w] = true
	}
	for _, w := range pred {
		if gset[w] || w == "be" && anyOf(gold, beForms) {
			return true
		}
	}
	return false
}

func anyOf(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// score returns the precision and recall of pred against gold, or false
// when they do not match at all.
func score(pred, gold Tuple) (p, r float64, ok bool) {
	pr, gr := strings.Fields(pred.Rel), strings.Fields(gold.Rel)
	if pred.Arg2 == "" || !relationsMeet(pr, gr) {
		return 0, 0, false
	}
	try := func(a1, a2 string) (float64, float64) {
		pp := [][]string{pr, strings.Fields(a1), strings.Fields(a2)}
		gp := [][]string{gr, strings.Fields(gold.Arg1), strings.Fields(gold.Arg2)}
		var matched, plen, glen int
		for i := range pp {
			matched += matchedWords(pp[i], gp[i])
			plen += len(pp[i])
			glen += len(gp[i])
		}
		if plen == 0 || glen == 0 {
			return 0, 0
		}
		return float64(matched) / float64(plen), float64(matched) / float64(glen)
	}
	p, r = try(pred.Arg1, pred.Arg2)
	if reportingVerbs[gold.Rel] {
		if p2, r2 := try(pred.Arg2, pred.Arg1); p2+r2 > p+r {
			p, r = p2, r2
		}
	}
	return p, r, true
}

// Result is a score on the benchmark.
type Result struct {
	F1, Precision, Recall, Threshold, AUC float64
	Predictions, Gold                     int
}

// sums are a threshold's numerators.
type sums struct{ precision, recall float64 }

// sentenceSums scores one sentence's predictions at or above a threshold.
func sentenceSums(preds, gold []Tuple, threshold float64) (s sums, n int) {
	var kept []Tuple
	for _, p := range preds {
		if p.Confidence >= threshold {
			kept = append(kept, p)
		}
	}
	n = len(kept)
	type cell struct {
		i, j int
		p, r float64
	}
	var cells []cell
	bestRecall := make([]float64, len(gold))
	for i, p := range kept {
		for j, g := range gold {
			if pp, rr, ok := score(p, g); ok {
				cells = append(cells, cell{i, j, pp, rr})
				bestRecall[j] = max(bestRecall[j], rr)
			}
		}
	}
	for _, r := range bestRecall {
		s.recall += r
	}
	// Precision: the best pairs first, each prediction and gold tuple
	// used once.
	sort.SliceStable(cells, func(a, b int) bool { return cells[a].p > cells[b].p })
	usedP, usedG := map[int]bool{}, map[int]bool{}
	for _, c := range cells {
		if !usedP[c.i] && !usedG[c.j] {
			usedP[c.i], usedG[c.j] = true, true
			s.precision += c.p
		}
	}
	return s, n
}

// Score scores predictions (by sentence) against gold. Sentences absent
// from the predictions count with no predictions.
func Score(preds, gold map[string][]Tuple) Result {
	thresholds := map[float64]bool{}
	for _, ps := range preds {
		for _, p := range ps {
			thresholds[p.Confidence] = true
		}
	}
	var ts []float64
	for t := range thresholds {
		ts = append(ts, t)
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(ts)))
	nGold := 0
	for _, g := range gold {
		nGold += len(g)
	}
	res := Result{Gold: nGold}
	type point struct{ p, r float64 }
	var curve []point
	for _, t := range ts {
		var total sums
		n := 0
		for sent, g := range gold {
			s, k := sentenceSums(preds[sent], g, t)
			total.precision += s.precision
			total.recall += s.recall
			n += k
		}
		if n == 0 {
			continue
		}
		p, r := total.precision/float64(n), total.recall/float64(nGold)
		curve = append(curve, point{p, r})
		if f := 2 * p * r / (p + r); p+r > 0 && f > res.F1 {
			res.F1, res.Precision, res.Recall, res.Threshold, res.Predictions = f, p, r, t, n
		}
	}
	// Area under the curve over recall, from (0, first precision).
	sort.SliceStable(curve, func(i, j int) bool { return curve[i].r < curve[j].r })
	prevR, prevP := 0.0, 0.0
	if len(curve) > 0 {
		prevP = curve[0].p
	}
	for _, c := range curve {
		res.AUC += (c.r - prevR) * (c.p + prevP) / 2
		prevR, prevP = c.r, c.p
	}
	return res
}

// jsonlRow is the part of `claimgraph extract --format jsonl` the score
// reads: the surface fields, as CaRB compares words as written.
type jsonlRow struct {
	Sentence   string  `json:"sentence"`
	Relation   string  `json:"relation"`
	Subject    string  `json:"subject_text"`
	Object     string  `json:"object_text"`
	Confidence float64 `json:"confidence"`
}

// ReadPredictions reads extractions written by `claimgraph extract
// --sentences --format jsonl`.
func ReadPredictions(r io.Reader) (map[string][]Tuple, error) {
	preds := map[string][]Tuple{}
	dec := json.NewDecoder(r)
	for n := 1; ; n++ {
		var row jsonlRow
		if err := dec.Decode(&row); err == io.EOF {
			return preds, nil
		} else if err != nil {
			return nil, fmt.Errorf("predictions line %d: %w", n, err)
		}
		preds[sentenceKey(row.Sentence)] = append(preds[sentenceKey(row.Sentence)], Tuple{Rel: row.Relation, Arg1: row.Subject, Arg2: row.Object, Confidence: row.Confidence})
	}
}

func (r Result) String() string {
	return fmt.Sprintf("F1=%.3f AUC=%.3f P=%.3f R=%.3f threshold=%.2f predictions=%d gold=%d",
		r.F1, r.AUC, r.Precision, r.Recall, r.Threshold, r.Predictions, r.Gold)
}
