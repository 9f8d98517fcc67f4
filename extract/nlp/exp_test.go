package nlp

import (
	"encoding/gob"
	"fmt"
	"os"
	"strconv"
	"testing"
)

func TestExpParser(t *testing.T) {
	if os.Getenv("EXP") == "" {
		t.Skip()
	}
	train, _ := ReadTreebankFile(TreebankSplit(treebankDir, "train"))
	dev, _ := ReadTreebankFile(TreebankSplit(treebankDir, "dev"))
	var tagged [][]Token
	if f, err := os.Open("/tmp/exp/tagged.gob"); err == nil {
		gob.NewDecoder(f).Decode(&tagged)
		f.Close()
	} else {
		tagged = jackknife(train, jackknifeFolds)
		f, _ := os.Create("/tmp/exp/tagged.gob")
		gob.NewEncoder(f).Encode(tagged)
		f.Close()
	}
	m, _ := DefaultModel()
	if data, err := os.ReadFile("/tmp/m4.gob.gz"); err == nil {
		m, _ = DecodeModel(data)
	}
	passes, _ := strconv.Atoi(os.Getenv("EXP"))
	minw, _ := strconv.ParseFloat(os.Getenv("MINW"), 64)
	if minw == 0 {
		minw = parserMinWeight
	}
	labels, mv, ar := trainParser(train, tagged, passes)
	for _, minw := range []float64{0.5, 1, 1.5, 2, 3} {
		p := &Parser{Labels: labels, Moves: mv.averaged(minw), Arcs: ar.averaged(minw)}
		m.Parser = p
		sc := m.Evaluate(dev)
		data, _ := m.Encode()
		os.WriteFile(fmt.Sprintf("/tmp/exp/model-%d-%.1f.gob.gz", passes, minw), data, 0o644)
		fmt.Printf("minw=%.2f passes=%d UAS=%.2f LAS=%.2f moves=%d arcs=%d bytes=%d\n", minw, passes, 100*sc.UAS, 100*sc.LAS, p.Moves.Len(), p.Arcs.Len(), len(data))
	}
	p := &Parser{Labels: labels, Moves: mv.averaged(minw), Arcs: ar.averaged(minw)}
	m.Parser = p
	if os.Getenv("GOLDTAG") != "" {
		heads, n := 0, 0
		for _, s := range dev {
			toks := s.tokens()
			for i, w := range s.Words {
				toks[i].Tag, toks[i].UPOS = w.XPOS, w.UPOS
			}
			p.Parse(toks)
			for i, w := range s.Words {
				n++
				if toks[i].Head == w.Head {
					heads++
				}
			}
		}
		fmt.Printf("gold tags UAS=%.2f\n", 100*float64(heads)/float64(n))
	}
	sc := m.Evaluate(dev)
	data, _ := m.Encode()
	fmt.Printf("passes=%d UAS=%.2f LAS=%.2f moves=%d arcs=%d bytes=%d\n", passes, 100*sc.UAS, 100*sc.LAS, p.Moves.Len(), p.Arcs.Len(), len(data))
}

func TestExpTagger(t *testing.T) {
	if os.Getenv("EXPT") == "" {
		t.Skip()
	}
	train, _ := ReadTreebankFile(TreebankSplit(treebankDir, "train"))
	dev, _ := ReadTreebankFile(TreebankSplit(treebankDir, "dev"))
	m := Train(train, TrainingPasses)
	sc := m.Evaluate(dev)
	fmt.Printf("tagger UPOS=%.2f XPOS=%.2f LEMMA=%.2f feats=%d\n", 100*sc.UPOS, 100*sc.XPOS, 100*sc.Lemma, len(m.Weights))
}

func TestExpTagSentences(t *testing.T) {
	if os.Getenv("EXPT") == "" {
		t.Skip()
	}
	train, _ := ReadTreebankFile(TreebankSplit(treebankDir, "train"))
	m := Train(train, TrainingPasses)
	for _, s := range []string{"The report, which was published by Reuters, angered officials.", "\"Witkoff will visit Moscow next week,\" Trump said.", "“Witkoff will visit Moscow next week,” Trump said."} {
		toks := Tokenize(s)
		m.Tag(toks)
		for _, t := range toks {
			fmt.Printf("%s/%s ", t.Text, t.Tag)
		}
		fmt.Println()
	}
	data, _ := m.Encode()
	os.WriteFile("/tmp/exp/tagger.gob.gz", data, 0o644)
	dev, _ := ReadTreebankFile(TreebankSplit(treebankDir, "dev"))
	sc := m.Evaluate(dev)
	fmt.Printf("tagger UPOS=%.2f XPOS=%.2f LEMMA=%.2f feats=%d\n", 100*sc.UPOS, 100*sc.XPOS, 100*sc.Lemma, len(m.Weights))
}
