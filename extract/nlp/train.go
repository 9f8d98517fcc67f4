package nlp

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"golang.org/x/sync/errgroup"
)

// TreebankSplit names the CoNLL-U file of a split ("train", "dev", "test")
// in a UD English EWT folder.
func TreebankSplit(dir, split string) string {
	return filepath.Join(dir, "en_ewt-ud-"+split+".conllu")
}

// ReadTreebankFile reads one CoNLL-U file.
func ReadTreebankFile(path string) ([]TreebankSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sents, nil
}

// TrainingPasses is how many passes over the training split Train makes;
// more stopped improving the dev split.
const TrainingPasses = 10

// jackknifeFolds is how many parts the training split is cut into so
// that the parser trains on tags from a tagger that never saw them.
const jackknifeFolds = 5

// TrainTreebank trains the tagger and the parser on the train split of
// the treebank in dir.
func TrainTreebank(dir string) (*Model, error) {
	train, err := ReadTreebankFile(TreebankSplit(dir, "train"))
	if err != nil {
		return nil, err
	}
	tagged := jackknife(train, jackknifeFolds)
	m := Train(train, TrainingPasses)
	m.Parser = TrainParser(train, tagged, ParserTrainingPasses)
	return m, nil
}

// jackknife tags each of folds parts of sents with a tagger trained on
// the other parts, the folds in parallel.
func jackknife(sents []TreebankSentence, folds int) [][]Token {
	out := make([][]Token, len(sents))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for k := 0; k < folds; k++ {
		g.Go(func() error {
			var rest []TreebankSentence
			for i, s := range sents {
				if i%folds != k {
					rest = append(rest, s)
				}
			}
			m := Train(rest, TrainingPasses)
			for i := k; i < len(sents); i += folds {
				out[i] = sents[i].tokens()
				m.Tag(out[i])
			}
			return nil
		})
	}
	g.Wait()
	return out
}

// tokens returns the sentence's gold words as untagged tokens.
func (s TreebankSentence) tokens() []Token {
	toks := make([]Token, len(s.Words))
	for i, w := range s.Words {
		toks[i] = Token{Text: w.Form}
	}
	return toks
}

// TreebankArticles returns the raw text of a split's sentences grouped
// into articles of perArticle sentences, one sentence a line: real text
// for benchmarks.
func TreebankArticles(dir, split string, perArticle int) ([]string, error) {
	sents, err := ReadTreebankFile(TreebankSplit(dir, split))
	if err != nil {
		return nil, err
	}
	var out []string
	for i := 0; i < len(sents); i += perArticle {
		var lines []string
		for _, s := range sents[i:min(i+perArticle, len(sents))] {
			lines = append(lines, s.Text)
		}
		out = append(out, strings.Join(lines, "\n"))
	}
	return out, nil
}
