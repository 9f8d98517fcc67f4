package nlp

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the trained model ships inside the binary
	"encoding/gob"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Model is a trained averaged-perceptron tagger and a lemma dictionary.
type Model struct {
	// Tags are the tagger's classes, each a Penn Treebank tag and a
	// universal tag joined by tagSep: tagging both at once lets the
	// treebank's context decide AUX from VERB and SCONJ from ADP.
	Tags []string
	// Weights maps a feature to its quantised weight for each tag that has one.
	Weights map[string][]Weight
	// Scale turns a quantised weight back into the perceptron's units.
	Scale float32
	// Lemmas maps "lowercased form/TAG" to a lemma seen in the treebank.
	Lemmas map[string]string
	// Unambiguous maps frequent words that always had one tag to that tag.
	Unambiguous map[string]string
	// Ambiguity maps frequent words to the universal tags they had in the
	// treebank, so a word's possible readings are a feature of its own.
	Ambiguity map[string]string
	// Known holds the treebank's verb and noun lemmas, to choose between
	// the candidate lemmas of an unseen inflected form ("declined" could
	// be "declin" or "decline").
	Known map[string]bool
	// Parser parses tagged sentences; nil in a tagger-only model.
	Parser *Parser
}

// Weight is one tag's weight for a feature.
type Weight struct {
	Tag   uint8
	Value int16
}

//go:embed model.gob.gz
var embeddedModel []byte

var (
	defaultModel     *Model
	defaultModelErr  error
	defaultModelOnce sync.Once
)

// DefaultModel returns the model embedded in the binary, loaded once.
func DefaultModel() (*Model, error) {
	defaultModelOnce.Do(func() {
		defaultModel, defaultModelErr = DecodeModel(embeddedModel)
	})
	return defaultModel, defaultModelErr
}

// wireModel is Model with its maps as sorted lists, so that training the
// same data writes the same bytes.
type wireModel struct {
	Tags        []string
	Scale       float32
	Features    []string
	Weights     [][]Weight
	LemmaKeys   []string
	LemmaValues []string
	UnambKeys   []string
	UnambValues []string
	AmbKeys     []string
	AmbValues   []string
	Known       []string
	Parser      *wireParser
}

// wireParser is a Parser's weight tables as parallel sorted lists.
type wireParser struct {
	Labels      []string
	Moves, Arcs wireTable
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func zip(keys, values []string) map[string]string {
	m := make(map[string]string, len(keys))
	for i, k := range keys {
		m[k] = values[i]
	}
	return m
}

// DecodeModel reads a model written by Model.Encode.
func DecodeModel(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("decode tagger model: %w", err)
	}
	var w wireModel
	if err := gob.NewDecoder(zr).Decode(&w); err != nil {
		return nil, fmt.Errorf("decode tagger model: %w", err)
	}
	if len(w.Features) != len(w.Weights) || len(w.LemmaKeys) != len(w.LemmaValues) || len(w.UnambKeys) != len(w.UnambValues) || len(w.AmbKeys) != len(w.AmbValues) {
		return nil, errors.New("decode tagger model: inconsistent lengths")
	}
	m := &Model{Tags: w.Tags, Scale: w.Scale, Weights: make(map[string][]Weight, len(w.Features)),
		Lemmas: zip(w.LemmaKeys, w.LemmaValues), Unambiguous: zip(w.UnambKeys, w.UnambValues), Ambiguity: zip(w.AmbKeys, w.AmbValues), Known: map[string]bool{}}
	for i, f := range w.Features {
		m.Weights[f] = w.Weights[i]
	}
	for _, k := range w.Known {
		m.Known[k] = true
	}
	if w.Parser != nil {
		p := &Parser{Labels: w.Parser.Labels}
		if p.Moves, err = w.Parser.Moves.table(); err == nil {
			p.Arcs, err = w.Parser.Arcs.table()
		}
		if err != nil {
			return nil, fmt.Errorf("decode parser model: %w", err)
		}
		m.Parser = p
	}
	return m, nil
}

// Encode writes the model compressed, byte for byte the same for the
// same model.
func (m *Model) Encode() ([]byte, error) {
	w := wireModel{Tags: m.Tags, Scale: m.Scale, Features: sortedKeys(m.Weights),
		LemmaKeys: sortedKeys(m.Lemmas), UnambKeys: sortedKeys(m.Unambiguous), AmbKeys: sortedKeys(m.Ambiguity), Known: sortedKeys(m.Known)}
	for _, f := range w.Features {
		w.Weights = append(w.Weights, m.Weights[f])
	}
	for _, k := range w.LemmaKeys {
		w.LemmaValues = append(w.LemmaValues, m.Lemmas[k])
	}
	for _, k := range w.UnambKeys {
		w.UnambValues = append(w.UnambValues, m.Unambiguous[k])
	}
	for _, k := range w.AmbKeys {
		w.AmbValues = append(w.AmbValues, m.Ambiguity[k])
	}
	if m.Parser != nil {
		w.Parser = &wireParser{Labels: m.Parser.Labels, Moves: m.Parser.Moves.wire, Arcs: m.Parser.Arcs.wire}
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err := gob.NewEncoder(zw).Encode(w); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Tag sets Tag and Lemma on each token of one sentence.
func (m *Model) Tag(toks []Token) {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	tags := m.tagWords(words)
	for i := range toks {
		toks[i].Tag, toks[i].UPOS = splitTag(tags[i])
		toks[i].Lemma = m.Lemma(toks[i].Text, toks[i].Tag)
	}
}

// tagSep joins a class's Penn Treebank and universal tags.
const tagSep = "|"

func joinTag(xpos, upos string) string { return xpos + tagSep + upos }

func splitTag(class string) (xpos, upos string) {
	xpos, upos, _ = strings.Cut(class, tagSep)
	return xpos, upos
}

func (m *Model) tagWords(words []string) []string {
	tags := make([]string, len(words))
	norm := normalizeAll(words)
	scores := make([]float32, len(m.Tags))
	var feats featureBuf
	add := func(f []byte) {
		for _, w := range m.Weights[string(f)] {
			scores[w.Tag] += float32(w.Value)
		}
	}
	prev, prev2 := "-START-", "-START2-"
	for i := range words {
		if t, ok := m.Unambiguous[norm[i]]; ok {
			tags[i] = t
		} else {
			features(&feats, i, words, norm, m.Ambiguity, prev, prev2)
			for k := range scores {
				scores[k] = 0
			}
			feats.each(add)
			best := 0
			for k := range scores {
				if scores[k] > scores[best] {
					best = k
				}
			}
			tags[i] = m.Tags[best]
		}
		prev2, prev = prev, tags[i]
	}
	return tags
}

// normalizeWord maps a word to the lower-case, ASCII-punctuated form the
// treebank would have, and numbers to one token.
func normalizeWord(w string) string {
	w = typographic(w)
	if strings.ContainsAny(w, "0123456789") {
		if isNumber(w) {
			return "!DIGITS"
		}
	}
	return strings.ToLower(w)
}

// typographic maps curly quotes, dashes and ellipses in news text to the
// ASCII forms the treebank uses, so they look like the training data.
func typographic(w string) string {
	switch w {
	case "“", "”", "«", "»", "„":
		return "\""
	case "‘", "’":
		return "'"
	case "—", "–":
		return "--"
	case "…":
		return "..."
	}
	return strings.ReplaceAll(w, "’", "'")
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

func normalizeAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = normalizeWord(w)
	}
	return out
}

func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	// Keep whole runes.
	i := len(w) - n
	for i > 0 && !utf8.RuneStart(w[i]) {
		i--
	}
	return w[i:]
}

func shape(w string) string {
	var b strings.Builder
	last := rune(0)
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c != last {
			b.WriteRune(c)
			last = c
		}
	}
	return b.String()
}

// featureBuf holds one word's features back to back in one byte slice,
// so tagging builds no strings: a map lookup with string(bytes) does not
// allocate.
type featureBuf struct {
	buf  []byte
	ends []int
}

func (f *featureBuf) reset() { f.buf, f.ends = f.buf[:0], f.ends[:0] }

func (f *featureBuf) add(parts ...string) {
	for i, p := range parts {
		if i > 0 {
			f.buf = append(f.buf, ' ')
		}
		f.buf = append(f.buf, p...)
	}
	f.ends = append(f.ends, len(f.buf))
}

// each calls fn with every feature, as bytes valid until the next reset.
func (f *featureBuf) each(fn func([]byte)) {
	start := 0
	for _, end := range f.ends {
		fn(f.buf[start:end])
		start = end
	}
}

// strings returns the features as strings, for training.
func (f *featureBuf) strings() []string {
	var out []string
	f.each(func(b []byte) { out = append(out, string(b)) })
	return out
}

// features puts the perceptron's features for word i into f; norm holds
// the normalised words. Case is kept only in the shape features.
func features(f *featureBuf, i int, words, norm []string, amb map[string]string, prev, prev2 string) {
	at := func(j int) string {
		if j < 0 {
			return "-START-"
		}
		if j >= len(norm) {
			return "-END-"
		}
		return norm[j]
	}
	w := norm[i]
	sh := shape(typographic(words[i]))
	f.reset()
	f.add("b")
	f.add("w", w)
	f.add("sh", sh)
	f.add("tsh", prev, sh)
	f.add("s3", suffix(w, 3))
	f.add("s2", suffix(w, 2))
	f.add("p1", firstRune(w))
	f.add("t-1", prev)
	f.add("t-2", prev2)
	f.add("tt", prev, prev2)
	f.add("tw", prev, w)
	f.add("w-1", at(i-1))
	f.add("s-1", suffix(at(i-1), 3))
	f.add("w-2", at(i-2))
	f.add("w+1", at(i+1))
	f.add("s+1", suffix(at(i+1), 3))
	f.add("w+2", at(i+2))
	f.add("s4", suffix(w, 4))
	f.add("s1", suffix(w, 1))
	f.add("pre3", prefix(w, 3))
	f.add("ww-1", at(i-1), w)
	f.add("ww+1", w, at(i+1))
	f.add("sh-1", shapeAt(words, i-1))
	f.add("sh+1", shapeAt(words, i+1))
	a := ambiguity(amb, w, sh)
	f.add("a", a)
	f.add("a+1", ambiguity(amb, at(i+1), shapeAt(words, i+1)))
	f.add("a-1a", ambiguity(amb, at(i-1), shapeAt(words, i-1)), a)
	f.add("ta", prev, a)
}

// ambiguity is a word's ambiguity class; a rare word's stands for its
// shape, so a capitalised unknown word looks like the rare names the
// tagger trained on rather than like any rare word.
func ambiguity(amb map[string]string, w, shape string) string {
	if a, ok := amb[w]; ok {
		return a
	}
	return "?" + shape
}

func shapeAt(words []string, j int) string {
	if j < 0 || j >= len(words) {
		return "-"
	}
	return shape(typographic(words[j]))
}

func prefix(w string, n int) string {
	i := 0
	for k := 0; k < n && i < len(w); k++ {
		_, size := utf8.DecodeRuneInString(w[i:])
		i += size
	}
	return w[:i]
}

func firstRune(w string) string {
	_, n := utf8.DecodeRuneInString(w)
	return w[:n]
}

// Lemma returns the dictionary form of word with the given tag: the
// treebank's lemma when the pair was seen there, else English inflection
// rules.
func (m *Model) Lemma(word, tag string) string {
	lower := strings.ToLower(strings.ReplaceAll(word, "’", "'"))
	if l, ok := m.Lemmas[lower+"/"+tag]; ok {
		return l
	}
	if strings.HasPrefix(tag, "NNP") {
		return word
	}
	l := inflectionLemma(lower, tag)
	if l != lower && !m.Known[l] {
		for _, alt := range []string{l + "e", strings.TrimSuffix(l, "e")} {
			if m.Known[alt] {
				return alt
			}
		}
		// An irregular past form the tagger read as the other participle
		// ("fled" as VBD where the treebank had VBN).
		for _, other := range []string{"VBD", "VBN"} {
			if l, ok := m.Lemmas[lower+"/"+other]; ok && strings.HasPrefix(tag, "VB") {
				return l
			}
		}
	}
	return l
}

func inflectionLemma(w, tag string) string {
	switch tag {
	case "NNS":
		switch {
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
			return w[:len(w)-2]
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			return w[:len(w)-1]
		}
	case "VBZ":
		switch {
		case strings.HasSuffix(w, "ies"):
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"):
			return w[:len(w)-2]
		case strings.HasSuffix(w, "s"):
			return w[:len(w)-1]
		}
	case "VBD", "VBN":
		switch {
		case strings.HasSuffix(w, "ied"):
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "ed") && len(w) > 4 && w[len(w)-3] == w[len(w)-4] && !strings.ContainsRune("lsz", rune(w[len(w)-3])):
			return w[:len(w)-3]
		case strings.HasSuffix(w, "ed"):
			return restoreE(w[:len(w)-2])
		}
	case "VBG":
		if strings.HasSuffix(w, "ing") && len(w) > 5 {
			stem := w[:len(w)-3]
			if stem[len(stem)-1] == stem[len(stem)-2] && !strings.ContainsRune("lsz", rune(stem[len(stem)-1])) {
				return stem[:len(stem)-1]
			}
			return restoreE(stem)
		}
	}
	return w
}

// restoreE puts back the silent e that -ed and -ing drop ("leaked" keeps
// "leak", but "criticiz" becomes "criticize").
func restoreE(stem string) string {
	for _, end := range []string{"iz", "is", "at", "iv", "ur", "uc", "ag", "bl", "pl", "dl", "tl", "rg", "nc", "ok", "ot", "ud", "ut", "v", "uir"} {
		if strings.HasSuffix(stem, end) {
			return stem + "e"
		}
	}
	return stem
}

// Train fits a tagger on treebank sentences over the given number of
// passes, averaging the weights and pruning those too small to matter.
func Train(sents []TreebankSentence, passes int) *Model {
	tagIndex := map[string]int{}
	var tagNames []string
	lemmaCounts := map[string]map[string]int{}
	wordTags := map[string]map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			class := joinTag(w.XPOS, w.UPOS)
			if _, ok := tagIndex[class]; !ok {
				tagIndex[class] = len(tagNames)
				tagNames = append(tagNames, class)
			}
			key := strings.ToLower(w.Form) + "/" + w.XPOS
			if lemmaCounts[key] == nil {
				lemmaCounts[key] = map[string]int{}
			}
			lemmaCounts[key][w.Lemma]++
			n := normalizeWord(w.Form)
			if wordTags[n] == nil {
				wordTags[n] = map[string]int{}
			}
			wordTags[n][class]++
		}
	}
	m := &Model{Tags: tagNames, Lemmas: map[string]string{}, Unambiguous: map[string]string{}, Ambiguity: map[string]string{}, Known: map[string]bool{}}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.UPOS == "VERB" || w.UPOS == "NOUN" {
				m.Known[strings.ToLower(w.Lemma)] = true
			}
		}
	}
	for key, counts := range lemmaCounts {
		lemma := mostFrequent(counts)
		form, tag, _ := strings.Cut(key, "/")
		if inflectionLemma(form, tag) != lemma && !(strings.HasPrefix(tag, "NNP") && strings.EqualFold(lemma, form)) {
			m.Lemmas[key] = lemma
		}
	}
	for w, counts := range wordTags {
		total := 0
		for _, c := range counts {
			total += c
		}
		tag := mostFrequent(counts)
		if total >= 20 && float64(counts[tag])/float64(total) >= 0.995 {
			m.Unambiguous[w] = tag
		}
		if total >= ambiguityMinCount {
			m.Ambiguity[w] = ambiguityClass(counts, total)
		}
	}

	p := newPerceptron(len(tagNames))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var fb featureBuf
	for pass := 0; pass < passes; pass++ {
		for _, si := range order {
			s := sents[si]
			words := make([]string, len(s.Words))
			for i, w := range s.Words {
				words[i] = w.Form
			}
			norm := normalizeAll(words)
			prev, prev2 := "-START-", "-START2-"
			for i, w := range s.Words {
				gold := tagIndex[joinTag(w.XPOS, w.UPOS)]
				guess := gold
				if _, ok := m.Unambiguous[norm[i]]; !ok {
					features(&fb, i, words, norm, m.Ambiguity, prev, prev2)
					feats := fb.strings()
					guess = p.predict(feats)
					p.update(gold, guess, feats)
				}
				prev2, prev = prev, tagNames[guess]
			}
		}
		// A fixed shuffle keeps retraining reproducible.
		shuffle(order, uint64(pass)+1)
	}
	m.Weights, m.Scale = p.averaged(0.02)
	return m
}

// ambiguityMinCount is how often a word must occur in the treebank for
// its set of tags to be kept.
const ambiguityMinCount = 3

// ambiguityClass lists, in order, the universal tags that account for at
// least a twentieth of a word's occurrences.
func ambiguityClass(counts map[string]int, total int) string {
	set := map[string]bool{}
	for class, c := range counts {
		if 20*c >= total {
			_, upos := splitTag(class)
			set[upos] = true
		}
	}
	return strings.Join(sortedKeys(set), "+")
}

func mostFrequent(counts map[string]int) string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best := keys[0]
	for _, k := range keys {
		if counts[k] > counts[best] {
			best = k
		}
	}
	return best
}

func shuffle(a []int, seed uint64) {
	x := seed*0x9E3779B97F4A7C15 + 1
	for i := len(a) - 1; i > 0; i-- {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		j := int(x % uint64(i+1))
		a[i], a[j] = a[j], a[i]
	}
}

type perceptron struct {
	classes int
	weights map[string][]float64
	totals  map[string][]float64
	stamps  map[string][]int
	step    int
}

func newPerceptron(classes int) *perceptron {
	return &perceptron{classes: classes, weights: map[string][]float64{}, totals: map[string][]float64{}, stamps: map[string][]int{}}
}

func (p *perceptron) predict(feats []string) int {
	scores := make([]float64, p.classes)
	for _, f := range feats {
		for c, w := range p.weights[f] {
			scores[c] += w
		}
	}
	best := 0
	for c := range scores {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

func (p *perceptron) update(gold, guess int, feats []string) {
	p.step++
	if gold == guess {
		return
	}
	for _, f := range feats {
		w, ok := p.weights[f]
		if !ok {
			w = make([]float64, p.classes)
			p.weights[f] = w
			p.totals[f] = make([]float64, p.classes)
			p.stamps[f] = make([]int, p.classes)
		}
		for _, c := range []int{gold, guess} {
			delta := 1.0
			if c == guess {
				delta = -1
			}
			p.totals[f][c] += float64(p.step-p.stamps[f][c]) * w[c]
			p.stamps[f][c] = p.step
			w[c] += delta
		}
	}
}

// averaged returns the averaged weights quantised to int16, dropping
// those whose magnitude is below minWeight.
func (p *perceptron) averaged(minWeight float64) (map[string][]Weight, float32) {
	avg := map[string][]float64{}
	maxAbs := 0.0
	for f, w := range p.weights {
		a := make([]float64, p.classes)
		keep := false
		for c := range w {
			total := p.totals[f][c] + float64(p.step-p.stamps[f][c])*w[c]
			a[c] = total / float64(p.step)
			if math.Abs(a[c]) >= minWeight {
				keep = true
				maxAbs = math.Max(maxAbs, math.Abs(a[c]))
			}
		}
		if keep {
			avg[f] = a
		}
	}
	scale := maxAbs / 32767
	out := make(map[string][]Weight, len(avg))
	for f, a := range avg {
		var ws []Weight
		for c, v := range a {
			if math.Abs(v) >= minWeight {
				ws = append(ws, Weight{Tag: uint8(c), Value: int16(math.Round(v / scale))})
			}
		}
		out[f] = ws
	}
	return out, float32(scale)
}
