package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a sentence: a range of tokens and its byte span in the text.
type Span struct {
	Start, End int // byte offsets
	Tokens     []Token
}

func isTerminal(s string) bool {
	return s != "" && strings.Trim(s, ".!?") == "" || s == "…"
}

func isOpenQuote(s string) bool  { return s == "“" || s == "‘" || s == "«" }
func isCloseQuote(s string) bool { return s == "”" || s == "’" || s == "»" }
func isCloser(s string) bool {
	return isCloseQuote(s) || s == ")" || s == "]" || s == "\"" || s == "'"
}

// Sentences tokenises text and splits it into sentences. A line break
// ends a sentence: captured articles put one paragraph per line, and
// headlines and furniture have no final stop. Text wrapped at a fixed
// width (wire copy, e-mail) is the exception: a line break where the
// next word would not have fitted on the line is a space (see Unwrap).
func Sentences(text string) []Span {
	text = Unwrap(text)
	toks := Tokenize(text)
	var spans []Span
	begin := 0
	inQuote := -1 // token index where the open quotation began
	straightOpen := false
	flush := func(end int) {
		if end > begin {
			spans = append(spans, Span{Start: toks[begin].Start, End: toks[end-1].End, Tokens: toks[begin:end]})
		}
		begin = end
		inQuote = -1
		straightOpen = false
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		if i > begin && strings.Contains(text[toks[i-1].End:toks[i].Start], "\n") {
			flush(i)
		}
		if i-begin >= MaxSentenceTokens {
			flush(breakBefore(toks, begin, i))
		}
		switch {
		case isOpenQuote(t):
			inQuote = i
		case t == "\"":
			straightOpen = !straightOpen
			if straightOpen {
				inQuote = i
			} else {
				inQuote = -1
			}
		case isCloseQuote(t):
			inQuote = -1
		}
		if !isTerminal(t) {
			continue
		}
		end := i + 1
		for end < len(toks) && isCloser(toks[end].Text) && !lineBreakBefore(text, toks, end) {
			// A straight quotation mark after the stop closes only an open
			// quotation; otherwise it opens the next sentence.
			if toks[end].Text == "\"" {
				if !straightOpen {
					break
				}
				straightOpen = false
			}
			end++
		}
		if end < len(toks) && !startsSentence(toks[end].Text) {
			continue
		}
		if inQuote >= 0 && end <= i+1 && isQuotedTitle(toks[inQuote+1:i]) {
			continue
		}
		flush(end)
		i = end - 1
	}
	flush(len(toks))
	return spans
}

// MaxSentenceTokens bounds a sentence. Parsing a sentence costs more
// than its length: text with no stops (a table flattened to one line, a
// transcript) made one sentence of it all, and 400 KB took 14 s where
// 100 KB took 1.5 s. The longest sentence of UD English EWT has 159
// tokens; news sentences stay far below.
const MaxSentenceTokens = 200

// breakBefore is where an over-long sentence from begin is cut before
// end: after its last comma, semicolon, colon or dash in the second half,
// or at end when there is none.
func breakBefore(toks []Token, begin, end int) int {
	for k := end - 1; k > begin+(end-begin)/2; k-- {
		switch toks[k].Text {
		case ",", ";", ":", "—", "–":
			return k + 1
		}
	}
	return end
}

func lineBreakBefore(text string, toks []Token, i int) bool {
	return i > 0 && strings.Contains(text[toks[i-1].End:toks[i].Start], "\n")
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpenQuote(s) || s == "\"" || s == "(" || s == "—"
}

// isQuotedTitle reports whether the words since an opening quotation mark
// look like part of a title ("Moscow. Kremlin. Putin."), not a sentence:
// a few words, each capitalised.
func isQuotedTitle(words []Token) bool {
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w.Text)
		if !unicode.IsUpper(r) && !isTerminal(w.Text) {
			return false
		}
	}
	return true
}

// maxWrapWidth is the widest text taken to be hard-wrapped: wrapping
// tools and wire services use 60 to 80 columns, e-mail 72 to 78.
const maxWrapWidth = 100

// Unwrap returns text with each line break that wrapping made replaced
// by a space, so that byte offsets stay those of text. Text is taken to
// be wrapped at width W (nine in ten lines that another line follows are
// no longer) when W is at most maxWrapWidth and at least half the breaks
// inside paragraphs (between two lines with text) are where the next
// line's first word would have made the line longer than W. Those breaks
// are joined; a short line (a headline, a list item, a dateline, the end
// of a paragraph) is followed by a break that stays. Lines of one length
// that begin with capitals (a list, a table) are not taken for wrapped.
func Unwrap(text string) string {
	lines := strings.Split(text, "\n")
	var lengths []int
	for i := 0; i+1 < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" && strings.TrimSpace(lines[i+1]) != "" {
			lengths = append(lengths, utf8.RuneCountInString(strings.TrimRight(lines[i], "\r")))
		}
	}
	if len(lengths) < 3 {
		return text
	}
	slices.Sort(lengths)
	width := lengths[len(lengths)*9/10]
	if width > maxWrapWidth {
		return text
	}
	wrapped := make([]bool, len(lines))
	inner, breaks, midSentence := 0, 0, 0
	for i := 0; i+1 < len(lines); i++ {
		this, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if this == "" || next == "" {
			continue
		}
		inner++
		first, _, _ := strings.Cut(next, " ")
		if utf8.RuneCountInString(strings.TrimRight(lines[i], "\r"))+1+utf8.RuneCountInString(first) > width {
			wrapped[i] = true
			breaks++
			if r, _ := utf8.DecodeRuneInString(first); unicode.IsLower(r) {
				midSentence++
			}
		}
	}
	// Wrapping breaks prose anywhere, so most of its breaks come inside a
	// sentence; a list or table of lines of one length (a schedule, a
	// directory) starts each line with a capital.
	if 2*breaks < inner || 3*midSentence < breaks {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i, l := range lines {
		if i > 0 {
			if wrapped[i-1] {
				b.WriteByte(' ')
			} else {
				b.WriteByte('\n')
			}
		}
		if i+1 < len(lines) && wrapped[i] && strings.HasSuffix(l, "\r") {
			l = strings.TrimSuffix(l, "\r") + " "
		}
		b.WriteString(l)
	}
	return b.String()
}
