package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// TreebankWord is one syntactic word of a CoNLL-U sentence.
type TreebankWord struct {
	Form, Lemma, UPOS, XPOS string
	Head                    int
	Rel                     string
}

// TreebankSentence is a sentence of a CoNLL-U file.
type TreebankSentence struct {
	Text  string
	Words []TreebankWord
}

// ReadCoNLLU reads the sentences of a CoNLL-U treebank. Multiword-token
// lines and empty nodes are skipped: taggers and parsers work on words.
func ReadCoNLLU(r io.Reader) ([]TreebankSentence, error) {
	var out []TreebankSentence
	var cur TreebankSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur = TreebankSentence{}
		case strings.HasPrefix(l, "# text = "):
			cur.Text = strings.TrimPrefix(l, "# text = ")
		case strings.HasPrefix(l, "#"):
		default:
			f := strings.Split(l, "\t")
			if len(f) != 10 {
				return nil, fmt.Errorf("line %d: want 10 tab-separated fields, have %d", line, len(f))
			}
			if strings.ContainsAny(f[0], "-.") {
				continue
			}
			var head int
			fmt.Sscan(f[6], &head)
			cur.Words = append(cur.Words, TreebankWord{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: head, Rel: f[7]})
		}
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}
