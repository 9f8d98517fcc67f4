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
	// NewDoc and NewPar say the sentence begins a document or paragraph.
	NewDoc, NewPar bool
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
		case strings.HasPrefix(l, "# newdoc"):
			cur.NewDoc, cur.NewPar = true, true
		case strings.HasPrefix(l, "# newpar"):
			cur.NewPar = true
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

// WriteCoNLLU writes analysed sentences of text in CoNLL-U, with each
// sentence's text and "SpaceAfter=No" where no space followed a token, so
// that CoNLL-U evaluators can align them with a treebank.
func WriteCoNLLU(w io.Writer, text string, sents []Span) error {
	bw := bufio.NewWriter(w)
	for n, s := range sents {
		fmt.Fprintf(bw, "# sent_id = %d\n# text = %s\n", n+1, oneLine(text[s.Start:s.End]))
		for i, t := range s.Tokens {
			misc := "_"
			if i+1 < len(s.Tokens) && s.Tokens[i+1].Start == t.End {
				misc = "SpaceAfter=No"
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n", i+1, field(t.Text), field(t.Lemma),
				field(t.UPOS), field(t.Tag), headField(t), field(t.Rel), misc)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// oneLine keeps a sentence's text on its comment line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// field writes "_" for an empty value, as CoNLL-U requires.
func field(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

func headField(t Token) string {
	if t.Rel == "" {
		return "_"
	}
	return fmt.Sprint(t.Head)
}
