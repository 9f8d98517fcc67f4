// Package nlp holds claimgraph's language core: a tokeniser and sentence
// splitter made for news typography, and a part-of-speech tagger and
// lemmatiser trained on the Universal Dependencies English Web Treebank.
package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark with its byte span in the source.
type Token struct {
	Text  string
	Start int
	End   int
	// Tag is the Penn Treebank part-of-speech tag, set by a Tagger.
	Tag string
	// UPOS is the Universal Dependencies part-of-speech tag, set by a Tagger.
	UPOS string
	// Lemma is the dictionary form, set by a Tagger.
	Lemma string
	// Head is the 1-based position in its sentence of the token's
	// syntactic head, 0 for the root, as in CoNLL-U; set by a Parser.
	Head int
	// Rel is the Universal Dependencies relation to the head ("nsubj",
	// "obl:tmod"), set by a Parser; empty before parsing.
	Rel string
}

// abbreviations end in a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "prof.": true, "sen.": true,
	"rep.": true, "gov.": true, "gen.": true, "col.": true, "lt.": true, "sgt.": true,
	"st.": true, "jr.": true, "sr.": true, "inc.": true, "corp.": true, "co.": true,
	"ltd.": true, "vs.": true, "etc.": true, "no.": true, "jan.": true, "feb.": true,
	"mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true, "sep.": true,
	"sept.": true, "oct.": true, "nov.": true, "dec.": true, "e.g.": true, "i.e.": true,
	"approx.": true, "dept.": true, "est.": true, "fig.": true, "mt.": true, "ft.": true,
}

// repeatable are the ASCII marks whose runs are single tokens; among
// them the doubled quotes of tokenised text: two backquotes, two
// apostrophes.
const repeatable = ".-!?=*~#_+`'"

// contractions are clitics split off the word before them, as in the treebank.
var contractions = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// Tokenize splits text into tokens with byte offsets.
func Tokenize(text string) []Token {
	var toks []Token
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && size == 1 {
			i += size
			continue
		}
		end := i
		switch {
		case isURLStart(text[i:]):
			end = i + urlLength(text[i:])
		case isWordRune(r):
			end = wordEnd(text, i)
		case (r == '\'' || r == '’') && standingClitic(text[i:]) > 0:
			// A clitic standing alone, as tokenised text writes it
			// ("Porter 's"), is one token.
			end = i + standingClitic(text[i:])
		case strings.ContainsRune(repeatable, r):
			// A run of one mark ("...", "--", "!!!") is one token, as
			// the treebank has it.
			end = i + size
			for end < len(text) && rune(text[end]) == r {
				end++
			}
		default:
			end = i + size
		}
		word := text[i:end]
		toks = append(toks, splitClitics(word, i)...)
		i = end
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isURLStart(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

func urlLength(s string) int {
	n := strings.IndexFunc(s, unicode.IsSpace)
	if n < 0 {
		n = len(s)
	}
	for n > 0 && strings.ContainsRune(".,;:)”\"'’", rune(s[n-1])) {
		n--
	}
	return n
}

// wordEnd finds the end of the word at i. Words keep inner apostrophes,
// hyphens, periods of abbreviations and initials (U.S.), and the decimal
// or thousands separators of numbers.
func wordEnd(text string, i int) int {
	j := i
	// initials says every period so far followed a single letter ("U.S"),
	// kept as the word grows so that long words cost linear time.
	initials, segment := true, i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j+size:])
		switch r {
		case '\'', '’', '-', '&', '@':
			if isWordRune(next) && j+size < len(text) {
				j += size
				continue
			}
		case '.', ',', '/', ':':
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			// Numbers, dates and times keep their separators ("1,200.50",
			// "08/16/2000", "10:30").
			if unicode.IsDigit(prev) && unicode.IsDigit(next) {
				j += size
				continue
			}
			if r == '.' {
				first, n := utf8.DecodeRuneInString(text[segment:j])
				initials = initials && n == j-segment && unicode.IsLetter(first)
				segment = j + size
				if initials {
					j += size
					continue
				}
			}
			// Domain names and file names ("tass.com", "report.pdf"):
			// a sentence never ends before a lower-case letter with no
			// space between.
			if r == '.' && unicode.IsLetter(prev) && unicode.IsLower(next) {
				j += size
				continue
			}
		}
		break
	}
	// A trailing period belongs to the word when it is a known abbreviation.
	if j < len(text) && text[j] == '.' {
		if abbreviations[strings.ToLower(text[i:j+1])] {
			return j + 1
		}
	}
	return j
}

// standingClitic returns the length of the clitic ("'s", "’re") that s
// opens when it stands alone, followed by no letter, or 0.
func standingClitic(s string) int {
	_, size := utf8.DecodeRuneInString(s)
	// The longest clitic is an apostrophe and two letters; lowering
	// the rest of the text at every apostrophe would cost quadratic time.
	lower := strings.ToLower(s[:min(len(s), size+2)])
	for _, c := range contractions {
		if c[0] != '\'' {
			continue
		}
		form := lower[:size] + c[1:]
		if strings.HasPrefix(lower, form) {
			if next, _ := utf8.DecodeRuneInString(s[len(form):]); len(s) == len(form) || !isWordRune(next) {
				return len(form)
			}
		}
	}
	return 0
}

// splitClitics separates "n't", "'s" and the like from the word they
// lean on, as the treebank does, with either apostrophe.
func splitClitics(word string, start int) []Token {
	lower := strings.ToLower(word)
	if lower == "cannot" {
		return []Token{{Text: word[:3], Start: start, End: start + 3}, {Text: word[3:], Start: start + 3, End: start + len(word)}}
	}
	for _, c := range contractions {
		for _, form := range []string{c, strings.Replace(c, "'", "’", 1)} {
			if len(lower) > len(form) && strings.HasSuffix(lower, form) {
				cut := len(word) - len(form)
				return []Token{
					{Text: word[:cut], Start: start, End: start + cut},
					{Text: word[cut:], Start: start + cut, End: start + len(word)},
				}
			}
		}
	}
	return []Token{{Text: word, Start: start, End: start + len(word)}}
}
