package nlp

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the trained model ships inside the binary
	"encoding/gob"
	"errors"
	"fmt"
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
	// Weights weights each hashed feature for each tag.
	Weights *WeightTable
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

	classIndex map[string]int
	openClass  []bool
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
	Weights     wireTable
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
	if len(w.LemmaKeys) != len(w.LemmaValues) || len(w.UnambKeys) != len(w.UnambValues) || len(w.AmbKeys) != len(w.AmbValues) {
		return nil, errors.New("decode tagger model: inconsistent lengths")
	}
	m := &Model{Tags: w.Tags, Lemmas: zip(w.LemmaKeys, w.LemmaValues), Unambiguous: zip(w.UnambKeys, w.UnambValues),
		Ambiguity: zip(w.AmbKeys, w.AmbValues), Known: map[string]bool{}}
	if m.Weights, err = w.Weights.table(); err != nil {
		return nil, fmt.Errorf("decode tagger model: %w", err)
	}
	m.indexClasses()
	for _, k := range w.Known {
		m.Known[k] = true
	}
	if w.Parser != nil {
		p := &Parser{Labels: w.Parser.Labels}
		if len(p.Labels) <= rootIndex || p.Labels[rootIndex] != rootLabel {
			return nil, errors.New("decode parser model: the root relation is not its first label")
		}
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
	w := wireModel{Tags: m.Tags, Weights: m.Weights.wire,
		LemmaKeys: sortedKeys(m.Lemmas), UnambKeys: sortedKeys(m.Unambiguous), AmbKeys: sortedKeys(m.Ambiguity), Known: sortedKeys(m.Known)}
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
		if t.Text == "``" || t.Text == "''" {
			// Tokenised text's quotes; the treebank writes them ".
			words[i] = "\""
		}
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
	classes := m.tagSentence(words, m.Weights, nil, nil)
	tags := make([]string, len(words))
	for i, c := range classes {
		tags[i] = m.Tags[c]
	}
	return tags
}

// tagSentence picks each word's class left to right. With gold classes
// it also trains p on each word, following the model's own guesses so
// that it learns from the tag history it will see.
func (m *Model) tagSentence(words []string, sc scorer, gold []int, p *hashedPerceptron) []int {
	ctx := m.newTagContext(words)
	classes := make([]int, len(words))
	scores := make([]float32, len(m.Tags))
	var f featureList
	prev, prev2 := startHash, startHash
	for i := range words {
		if t, ok := m.unambiguousClass(ctx.norm[i]); ok {
			classes[i] = t
		} else {
			ctx.features(&f, i, prev, prev2)
			sc.score(f.feats, scores)
			classes[i] = best(scores, m.allowed(words[i], ctx.norm[i], p != nil))
			if p != nil {
				p.update(gold[i], classes[i], f.feats)
			}
		}
		prev2, prev = prev, labelHash(classes[i])
	}
	return classes
}

func (m *Model) unambiguousClass(norm string) (int, bool) {
	t, ok := m.Unambiguous[norm]
	return m.classIndex[t], ok
}

// openClasses are the universal tags of the word classes that take new
// members.
var openClasses = map[string]bool{"NOUN": true, "PROPN": true, "VERB": true, "ADJ": true, "ADV": true,
	"NUM": true, "X": true, "INTJ": true, "SYM": true, "PUNCT": true}

// allowed restricts a capitalised word the treebank hardly knew to the
// open classes: "Witkoff" at the start of a quotation may be a noun of
// any kind but not a pronoun, however much "“It will" looks like it.
// Lower-case rare words keep every class: web text spells "you" "u".
// Training leaves the classes open, which scored better on the dev split.
func (m *Model) allowed(word, norm string, training bool) []bool {
	if _, known := m.Ambiguity[norm]; training || known || !Capitalised(word) {
		return nil
	}
	return m.openClass
}

// indexClasses maps class names to their places in Tags and marks the
// open classes.
func (m *Model) indexClasses() {
	m.classIndex = make(map[string]int, len(m.Tags))
	m.openClass = make([]bool, len(m.Tags))
	for i, t := range m.Tags {
		m.classIndex[t] = i
		_, upos := splitTag(t)
		m.openClass[i] = openClasses[upos]
	}
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

// startHash and endHash stand for the words and tags beyond a sentence.
var (
	startHash = hashString("-START-")
	endHash   = hashString("-END-")
)

// wordHashes are one word's hashed properties, computed once per word
// and combined into many features.
type wordHashes struct {
	word, shape, s1, s2, s3, s4, prefix3, first, ambiguity uint64
}

// tagContext holds a sentence's words for the tagger.
type tagContext struct {
	norm   []string
	hashes []wordHashes
	edge   [2]wordHashes // before and after the sentence
}

func (m *Model) newTagContext(words []string) *tagContext {
	c := &tagContext{norm: normalizeAll(words), hashes: make([]wordHashes, len(words))}
	for i, w := range words {
		n := c.norm[i]
		sh := shape(typographic(w))
		c.hashes[i] = wordHashes{word: hashString(n), shape: hashString(sh), s1: hashString(suffix(n, 1)),
			s2: hashString(suffix(n, 2)), s3: hashString(suffix(n, 3)), s4: hashString(suffix(n, 4)),
			prefix3: hashString(prefix(n, 3)), first: hashString(firstRune(n)), ambiguity: hashString(ambiguity(m.Ambiguity, n, sh))}
	}
	for k, h := range [2]uint64{startHash, endHash} {
		c.edge[k] = wordHashes{h, h, h, h, h, h, h, h, h}
	}
	return c
}

func (c *tagContext) at(j int) *wordHashes {
	switch {
	case j < 0:
		return &c.edge[0]
	case j >= len(c.hashes):
		return &c.edge[1]
	}
	return &c.hashes[j]
}

// features puts the perceptron's features for word i into f, given the
// hashes of the two tags before it. Case is kept only in the shapes.
func (c *tagContext) features(f *featureList, i int, prev, prev2 uint64) {
	const x = 0
	w, b1, b2, a1, a2 := c.at(i), c.at(i-1), c.at(i-2), c.at(i+1), c.at(i+2)
	f.reset()
	f.add(x, x, x)
	f.add(w.word, x, x)
	f.add(w.shape, x, x)
	f.add(prev, w.shape, x)
	f.add(w.s3, x, x)
	f.add(w.s2, x, x)
	f.add(w.first, x, x)
	f.add(prev, x, x)
	f.add(prev2, x, x)
	f.add(prev, prev2, x)
	f.add(prev, w.word, x)
	f.add(b1.word, x, x)
	f.add(b1.s3, x, x)
	f.add(b2.word, x, x)
	f.add(a1.word, x, x)
	f.add(a1.s3, x, x)
	f.add(a2.word, x, x)
	f.add(w.s4, x, x)
	f.add(w.s1, x, x)
	f.add(w.prefix3, x, x)
	f.add(b1.word, w.word, x)
	f.add(w.word, a1.word, x)
	f.add(b1.shape, x, x)
	f.add(a1.shape, x, x)
	f.add(w.ambiguity, x, x)
	f.add(a1.ambiguity, x, x)
	f.add(b1.ambiguity, w.ambiguity, x)
	f.add(prev, w.ambiguity, x)
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
	l := m.lemma(word, tag)
	if strings.HasPrefix(tag, "VB") && strings.HasSuffix(l, "ise") && m.Known[strings.TrimSuffix(l, "ise")+"ize"] {
		// British spelling ("organise", "apologise") is the treebank's
		// American one, so that outlets' verbs meet.
		return strings.TrimSuffix(l, "ise") + "ize"
	}
	return l
}

func (m *Model) lemma(word, tag string) string {
	lower := strings.ToLower(strings.ReplaceAll(word, "’", "'"))
	if l, ok := m.Lemmas[lower+"/"+tag]; ok {
		return l
	}
	if strings.HasPrefix(tag, "NNP") {
		return word
	}
	l := inflectionLemma(lower, tag)
	past := tag == "VBD" || tag == "VBN"
	if l == lower && past {
		if irregular, ok := m.irregularLemma(lower); ok {
			return irregular
		}
		if base, ok := irregularPast[lower]; ok {
			return base
		}
	}
	if l != lower && !m.Known[l] {
		for _, alt := range []string{l + "e", strings.TrimSuffix(l, "e")} {
			// A short syllable would have doubled its consonant before
			// -ed or -ing ("finned"), so "fined" is never "fin".
			if m.Known[alt] && !(shortSyllable(alt) && (past || tag == "VBG")) {
				return alt
			}
		}
		if irregular, ok := m.irregularLemma(lower); ok && past {
			return irregular
		}
	}
	return l
}

// irregularLemma finds the lemma of an irregular past form the treebank
// had under the other past tag ("shot" as VBN where the tagger says
// VBD), or after a prefix: "misled" is mislead as "led" is lead.
func (m *Model) irregularLemma(lower string) (string, bool) {
	for _, prefix := range verbPrefixes {
		rest, ok := strings.CutPrefix(lower, prefix)
		if !ok || len(rest) < 3 {
			continue
		}
		for _, t := range []string{"VBD", "VBN"} {
			if l, ok := m.Lemmas[rest+"/"+t]; ok {
				return prefix + l, true
			}
		}
	}
	return "", false
}

// irregularPast are the past forms of English irregular verbs whose
// lemma no inflection rule gives, for the forms the treebank lacks
// ("the toll has risen to 33"): the treebank's own pairs come first.
var irregularPast = func() map[string]string {
	m := map[string]string{}
	for _, forms := range strings.Split("arise arose arisen|awake awoke awoken|bear bore borne|beat beat beaten|"+
		"become became become|begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|"+
		"bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought|build built built|"+
		"burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|"+
		"come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|"+
		"draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|"+
		"fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden|"+
		"forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|"+
		"grind ground ground|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|"+
		"hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|"+
		"leave left left|lend lent lent|let let let|lie lay lain|lose lost lost|make made made|mean meant meant|"+
		"meet met met|pay paid paid|put put put|quit quit quit|read read read|ride rode ridden|ring rang rung|"+
		"rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|"+
		"set set set|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown|"+
		"shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|"+
		"slide slid slid|speak spoke spoken|spend spent spent|spin spun spun|split split split|spread spread spread|"+
		"spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck|"+
		"strive strove striven|swear swore sworn|sweep swept swept|swell swelled swollen|swim swam swum|swing swung swung|"+
		"take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|"+
		"tread trod trodden|wake woke woken|wear wore worn|weave wove woven|weep wept wept|win won won|wind wound wound|"+
		"withdraw withdrew withdrawn|write wrote written", "|") {
		f := strings.Fields(forms)
		for _, past := range f[1:] {
			if _, taken := m[past]; !taken && past != f[0] {
				m[past] = f[0]
			}
		}
	}
	return m
}()

// IrregularPast returns the lemma of an irregular verb's past form
// ("fell": fall), and false for any other word.
func IrregularPast(word string) (string, bool) {
	lemma, ok := irregularPast[strings.ToLower(word)]
	return lemma, ok
}

// verbPrefixes make new verbs of irregular ones (mislead, overtake,
// withhold), which keep the irregular forms; the empty one, first,
// stands for the form itself.
var verbPrefixes = []string{"", "mis", "out", "over", "under", "with", "fore", "up", "re", "un"}

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
	for _, end := range []string{"iz", "is", "at", "iv", "ur", "uc", "ag", "bl", "pl", "dl", "tl", "rg", "nc", "ok", "ot", "ud", "ut", "v", "uir", "us"} {
		if strings.HasSuffix(stem, end) {
			return stem + "e"
		}
	}
	if shortSyllable(stem) {
		// One syllable closed by one consonant doubles it before -ed
		// ("planned"), so "fined" and "timed" had an e: "fine", "time".
		return stem + "e"
	}
	return stem
}

// shortSyllable reports a stem of one syllable that ends in one vowel
// and one consonant other than w, x and y ("fin", "tim", "rul").
func shortSyllable(stem string) bool {
	vowel := func(b byte) bool { return strings.IndexByte("aeiouy", b) >= 0 }
	n := len(stem)
	if n < 2 || vowel(stem[n-1]) || strings.IndexByte("wxy", stem[n-1]) >= 0 || !vowel(stem[n-2]) || n >= 3 && vowel(stem[n-3]) {
		return false
	}
	for i := 0; i < n-2; i++ {
		if vowel(stem[i]) {
			return false
		}
	}
	return true
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

	m.indexClasses()
	p := newHashedPerceptron(len(tagNames))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for pass := 0; pass < passes; pass++ {
		for _, si := range order {
			s := sents[si]
			words := make([]string, len(s.Words))
			gold := make([]int, len(s.Words))
			for i, w := range s.Words {
				words[i] = w.Form
				gold[i] = tagIndex[joinTag(w.XPOS, w.UPOS)]
			}
			m.tagSentence(words, p, gold, p)
		}
		// A fixed shuffle keeps retraining reproducible.
		shuffle(order, uint64(pass)+1)
	}
	m.Weights = p.averaged(0.02)
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
