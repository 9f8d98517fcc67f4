// Package match scores whether two claims from different outlets state
// the same fact although their subjects, predicates or objects did not
// resolve to the same nodes ("Ushakov is the Kremlin's top foreign policy
// aide" against "Ushakov is Putin's foreign policy aide"). The score is
// lexical: the overlap of content lemmas slot by slot. Its threshold was
// measured on a labelled set of report pairs (testdata/pairs.yaml).
package match

import (
	"maps"
	"regexp"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
)

// Threshold is the similarity at or above which two claims are taken to
// be one: of the thresholds with precision ≥ 0.9 on testdata/pairs.yaml,
// the highest with the best F1 (see BENCHMARKS.md).
const Threshold = 0.40

// Version names the matcher's rules: graphs whose claims an older
// version resolved are resolved again (2: different figures never match).
const Version = 2

// Matcher scores claim pairs. It is safe for concurrent use.
type Matcher struct {
	model *nlp.Model
	mu    sync.Mutex
	cache map[string]map[string]bool
}

// New returns a Matcher using the embedded language model.
func New() (*Matcher, error) {
	m, err := nlp.DefaultModel()
	if err != nil {
		return nil, err
	}
	return &Matcher{model: m, cache: map[string]map[string]bool{}}, nil
}

// Same reports whether two claims are taken for one: their similarity
// reaches Threshold.
func (m *Matcher) Same(a, b claim.Claim) bool { return m.Similarity(a, b) >= Threshold }

// Similarity is the mean similarity of subjects, predicates and objects;
// it is 0 for claims that give different figures ("killed 40,000",
// "killed 12"; "rose to 61", "rose to 64"): a figure that changed is a
// revision or a conflict, never one claim worded twice.
// two copular claims ("X is Y") compare subjects and objects only, since
// "be" says nothing by itself. It is 0 for claims of opposite polarity,
// and when any slot shares nothing: "Trump visited Moscow" and "Trump
// visited Kyiv" agree on two slots of three but are different facts.
//
// Entity IDs, when known, decide a slot outright: the same entity is the
// same subject however written.
func (m *Matcher) Similarity(a, b claim.Claim) float64 {
	if a.Negated != b.Negated || !sameFigures(a, b) {
		return 0
	}
	subject := m.slot(a.Subject, b.Subject)
	object := m.slot(a.Object, b.Object)
	if subject == 0 {
		return 0
	}
	if a.Predicate == "be" && b.Predicate == "be" {
		if object == 0 {
			return 0
		}
		return (subject + object) / 2
	}
	pred := 1.0
	if a.Predicate != b.Predicate {
		pred = dice(predicateWords(a.Predicate), predicateWords(b.Predicate))
	}
	// One specific action by one subject is one fact however outlets
	// word what it was aimed at ("meant to hinder relations", "to
	// undermine peace efforts"), unless the objects are two named
	// entities ("visited Moscow", "visited Kyiv").
	if object == 0 && (pred < 1 || Light(a.Predicate) || named(a.Object) && named(b.Object)) {
		return 0
	}
	if pred == 0 {
		return 0
	}
	return (subject + pred + object) / 3
}

// predicateWords are a predicate's words without its prepositions and
// auxiliaries: "advise" of "advise on", "intended" and "hinder" of "be
// intended to hinder". Predicates are lemmas already, and a tagger
// reads one word out of its sentence badly, so words are compared.
func predicateWords(p string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(p)) {
		if !functionWords[w] {
			out[w] = true
		}
	}
	return out
}

// prepositions end predicates ("advise on") and open the complements of
// noun phrases ("leak of a call").
var prepositions = map[string]bool{"on": true, "about": true, "over": true, "to": true, "with": true, "in": true, "at": true,
	"for": true, "from": true, "of": true, "by": true, "into": true, "down": true, "up": true, "after": true, "before": true}

// functionWords are the words of a predicate left out when predicates
// are compared: prepositions, auxiliaries and particles.
var functionWords = func() map[string]bool {
	m := map[string]bool{"be": true, "have": true, "out": true, "off": true, "as": true}
	for w := range prepositions {
		m[w] = true
	}
	return m
}()

// PredicateVerb is the word of a predicate that names the action: the
// last one before its prepositions ("advise" of "advise on", "hinder"
// of "be intended to hinder"). Claims that share it are worth comparing.
func PredicateVerb(p string) string {
	words := strings.Fields(p)
	for len(words) > 1 && prepositions[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// HeadNoun is the head of a common-noun phrase: the last word before
// its first complement ("leak" of "leak of a call").
func HeadNoun(phrase string) string {
	words := strings.Fields(strings.ToLower(phrase))
	for i, w := range words {
		if i > 0 && prepositions[w] {
			return words[i-1]
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// Light reports a predicate that says too little to identify an event
// by itself: only "be", "have" or a general verb ("get", "make", "say").
func Light(predicate string) bool {
	for w := range predicateWords(predicate) {
		if !lightVerbs[w] {
			return false
		}
	}
	return true
}

// lightVerbs carry little meaning of their own.
var lightVerbs = map[string]bool{"do": true, "get": true, "make": true, "take": true, "give": true, "go": true,
	"come": true, "put": true, "say": true, "tell": true, "see": true, "want": true, "need": true, "call": true}

// slot compares two subjects or two objects. Two different named
// entities never match, however their names overlap ("Donald Trump",
// "Donald Trump Jr.").
func (m *Matcher) slot(a, b claim.Entity) float64 {
	textA, textB := a.Name, b.Name
	if a.ID != "" && a.ID == b.ID || strings.EqualFold(textA, textB) {
		return 1
	}
	// "19 points" and "28 points" share a word and state different facts.
	if qa, ok := claim.ParseQuantity(textA); ok {
		if qb, ok := claim.ParseQuantity(textB); ok && qa.Unit == qb.Unit && qa.Value != qb.Value {
			return 0
		}
	}
	if named(a) && named(b) {
		return 0
	}
	return dice(m.content(textA), m.content(textB))
}

// content returns the lemmas of a phrase's content words: nouns, verbs
// other than "be" and "have", adjectives, numbers and foreign words.
func (m *Matcher) content(phrase string) map[string]bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if c, ok := m.cache[phrase]; ok {
		return c
	}
	toks := nlp.Tokenize(phrase)
	m.model.Tag(toks)
	c := map[string]bool{}
	for _, t := range toks {
		lemma := strings.ToLower(t.Lemma)
		switch {
		case lemma == "be" || lemma == "have":
		case strings.HasPrefix(t.Tag, "NN"), strings.HasPrefix(t.Tag, "VB"), strings.HasPrefix(t.Tag, "JJ"), t.Tag == "CD", t.Tag == "FW":
			c[lemma] = true
		}
	}
	m.cache[phrase] = c
	return c
}

// dice is twice the shared lemmas over the lemmas of both.
func dice(a, b map[string]bool) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b))
}

// named reports an entity the name recogniser found, as opposed to a
// common-noun phrase or a value.
func named(e claim.Entity) bool { return strings.HasPrefix(e.ID, "entity:") }

// figure is a number as written in a claim's arguments: digits with
// their grouping and decimal marks.
var figure = regexp.MustCompile(`\d[\d,.]*\d|\d`)

// figures are the numbers a claim's subject and object give, grouping
// marks dropped ("40,000" is 40000).
func figures(c claim.Claim) map[string]bool {
	out := map[string]bool{}
	for _, f := range figure.FindAllString(c.Subject.Name+" "+c.Object.Name, -1) {
		out[strings.ReplaceAll(f, ",", "")] = true
	}
	return out
}

// sameFigures reports whether two claims give no figures that differ:
// when both give figures, they must give the same ones.
func sameFigures(a, b claim.Claim) bool {
	fa, fb := figures(a), figures(b)
	if len(fa) == 0 || len(fb) == 0 {
		return true
	}
	return maps.Equal(fa, fb)
}
