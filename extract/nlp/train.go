package nlp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
const TrainingPasses = 6

// TrainTreebank trains a model on the train split of the treebank in dir.
func TrainTreebank(dir string) (*Model, error) {
	train, err := ReadTreebankFile(TreebankSplit(dir, "train"))
	if err != nil {
		return nil, err
	}
	return Train(train, TrainingPasses), nil
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
