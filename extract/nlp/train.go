package nlp

import (
	"fmt"
	"os"
	"path/filepath"
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
