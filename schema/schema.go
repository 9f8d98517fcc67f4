// Package schema holds the vocabulary claimgraph normalises with:
// predicate synonyms and properties, reporting verbs, hedges, person
// titles, entity aliases, outlet names and page-furniture rules. The
// defaults are YAML files embedded from this folder. A user's YAML file
// with the same keys overrides them: lists it gives replace the default
// lists, maps (predicates, reporting_verbs) gain or replace entries.
package schema

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"
)

//go:embed *.yaml
var defaults embed.FS

// Predicate describes a canonical predicate.
type Predicate struct {
	Synonyms   []string `yaml:"synonyms"`
	Functional bool     `yaml:"functional"`
	Symmetric  bool     `yaml:"symmetric"`
	// Inverses are lemma phrases that state the predicate with subject
	// and object swapped: "work for" under "employ" ("A works for B" is
	// "B employs A").
	Inverses []string `yaml:"inverses"`
	Numeric  bool     `yaml:"numeric"`
	// Change marks a predicate that states a value was changed ("revise
	// down to"), so that the old and new values are a revision.
	Change bool `yaml:"change"`
}

// Measure is what a figure can measure: the words that say a number
// counts it, and for a measure of size its units.
type Measure struct {
	Nouns []string `yaml:"nouns"`
	Verbs []string `yaml:"verbs"`
	// Objects says the measure's verbs count their objects only ("the
	// stadium can hold 42,000"), never their subjects ("the other two
	// can hold").
	Objects bool `yaml:"objects"`
	// Counts are nouns other than the totals that a figure of the
	// measure counts whole ("30 inmates escaped").
	Counts []string `yaml:"counts"`
	// Unit is the unit figures of the measure are written in; Units
	// gives each unit a number may carry its size in Unit.
	Unit string `yaml:"unit"`
	// Kind is how the measure's figures compare: MeasureCount (the
	// default), MeasureOccasion or MeasureProperty.
	Kind  string             `yaml:"kind"`
	Units map[string]float64 `yaml:"units"`
}

// ReportingVerb describes a verb that attributes content to a speaker.
type ReportingVerb struct {
	Negates bool `yaml:"negates"`
	Hedges  bool `yaml:"hedges"`
	// Hearer marks a verb whose object is who is told ("told
	// reporters"): "…, told AFP" never names its speaker after it.
	Hearer bool `yaml:"hearer"`
}

// Accusation is how an accusing verb states its charge: the
// preposition before the gerund, and whether the charge is only alleged.
type Accusation struct {
	Preposition string `yaml:"preposition"`
	Hedges      bool   `yaml:"hedges"`
}

// Alias forces names to one entity.
type Alias struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
}

// Outlet is a publisher with the other names and web domains it goes by.
type Outlet struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	Domains []string `yaml:"domains"`
}

// MetadataRule captures document metadata from text with named groups.
type MetadataRule struct {
	Pattern string `yaml:"pattern"`
	Remove  bool   `yaml:"remove"`
	re      *regexp.Regexp
}

// Regexp returns the compiled pattern.
func (r MetadataRule) Regexp() *regexp.Regexp { return r.re }

// Schema is the whole vocabulary. Its zero value is empty; use Default or
// Load.
type Schema struct {
	Predicates     map[string]Predicate     `yaml:"predicates"`
	ReportingVerbs map[string]ReportingVerb `yaml:"reporting_verbs"`
	Hedges         []string                 `yaml:"hedges"`
	Negations      []string                 `yaml:"negations"`
	NegImplicative []string                 `yaml:"negative_implicatives"`
	// Conditionals open a clause that states a condition, not a fact
	// ("if", "unless"); the clause it conditions is no fact either.
	Conditionals []string `yaml:"conditionals"`
	// AdverbialNouns are the time, place, manner and reason a relative
	// clause can modify without being their object ("the day the mayor
	// resigned").
	AdverbialNouns []string `yaml:"adverbial_nouns"`
	// ComplexPrepositions are prepositions of several words ("in
	// accordance with", "on behalf of"), one preposition to a predicate.
	ComplexPrepositions []string `yaml:"complex_prepositions"`
	// ReciprocalNouns name what two are to each other ("rivals",
	// "allies"): "A and B are rivals" is A – be rival of – B.
	ReciprocalNouns []string `yaml:"reciprocal_nouns"`
	// Raising adjectives pass their subject to an infinitive ("is
	// likely to approve").
	Raising []string `yaml:"raising_adjectives"`
	// HedgingNouns report their "that" clause rather than assert it
	// ("concerns that …").
	HedgingNouns []string `yaml:"hedging_nouns"`
	// Describing verbs take an "as" complement that their subject says
	// of their object ("criticized the plan as a capitulation").
	Describing []string `yaml:"describing_verbs"`
	// Accusing verbs charge their object with what a preposition and a
	// gerund say ("accused the minister of taking bribes").
	Accusing map[string]Accusation `yaml:"accusing_verbs"`
	// DoubleObject verbs take a recipient and then what they give
	// ("gave the council a report"): the second phrase is the object.
	DoubleObject []string `yaml:"double_object_verbs"`
	// Naming verbs make their object what follows it ("named Smith
	// chairman": Smith is chairman).
	Naming     []string `yaml:"naming_verbs"`
	LightVerbs []string `yaml:"light_verbs"`
	// Nominalizations map an event noun to its verb ("guidance":
	// "guide").
	Nominalizations map[string]string `yaml:"nominalizations"`
	// Modality lists, under each kind of modality (possible, desired,
	// obliged, planned), the words of a verb group that give it.
	Modality map[string][]string `yaml:"modality"`
	// EventNouns map a noun naming a meeting or call to the predicate
	// of its claim ("telephone call": "speak with").
	EventNouns map[string]string `yaml:"event_nouns"`
	// VagueNouns say nothing alone ("the issue"): a claim with one of
	// them for an argument is not made.
	VagueNouns []string `yaml:"vague_nouns"`
	// Containers are nouns whose "of" complement is what a claim is
	// about ("excerpts of the call").
	Containers []string `yaml:"containers"`
	Titles     []string `yaml:"titles"`
	// Genders are the titles and given names that tell "he" from "she".
	Genders struct {
		Masculine []string `yaml:"masculine"`
		Feminine  []string `yaml:"feminine"`
	} `yaml:"genders"`
	Organizations []string `yaml:"organizations"`
	Places        []string `yaml:"places"`
	OrgWords      []string `yaml:"organization_words"`
	PlaceWords    []string `yaml:"place_words"`
	// PlaceNouns name a place's kind before "of" and its name ("the
	// city of Malang").
	PlaceNouns    []string   `yaml:"place_nouns"`
	Aliases       []Alias    `yaml:"aliases"`
	DistinctNames [][]string `yaml:"distinct"`
	// Designators end an organisation's full name and are dropped from
	// its short one ("Arema FC", "Arema"; "Acme Inc.", "Acme").
	Designators []string `yaml:"designators"`
	Outlets     []Outlet `yaml:"outlets"`
	// NumericTolerance is the relative difference under which two
	// quantities of a numeric predicate agree.
	NumericTolerance float64 `yaml:"numeric_tolerance"`
	// Phases are the words that mark a value as the earlier or later of
	// a change ("the initial 28-point plan", "the new 19-point plan").
	Phases struct {
		Earlier []string `yaml:"earlier"`
		Later   []string `yaml:"later"`
	} `yaml:"phases"`
	// Measures are what figures measure, by name (see measures.yaml).
	Measures map[string]Measure `yaml:"measures"`
	// Totals are the counted nouns that stand for all a total counts.
	Totals []string `yaml:"totals"`
	// FigureBounds lists, under each bound ("at least", "about"), the
	// words that make a number one.
	FigureBounds map[string][]string `yaml:"figure_bounds"`
	// FigureReferences are nouns that refer back to an earlier figure.
	FigureReferences []string `yaml:"figure_references"`
	// SourceVerbs give a figure its source ("police estimated 240,000").
	SourceVerbs []string `yaml:"source_verbs"`
	// EarlierOccasion words place a figure on another occasion ("a week
	// earlier").
	EarlierOccasion []string       `yaml:"earlier_occasion"`
	Markers         []string       `yaml:"markers"`
	CutAfter        []string       `yaml:"cut_after"`
	Lines           []string       `yaml:"lines"`
	LineEnds        []string       `yaml:"line_ends"`
	Metadata        []MetadataRule `yaml:"metadata"`

	synonym   map[string]string
	inverse   map[string]string // lemma phrase → the canonical predicate it inverts
	lines     []*regexp.Regexp
	lineEnds  []*regexp.Regexp
	outletKey map[string]string
	alias     map[string]string
	distinct  map[string]int // lower-case name → its group in DistinctNames, plus one
	gender    map[string]string
	// measureWord maps a measure's noun or verb ("noun death", "verb
	// kill") to the measure's name.
	measureWord map[string]string
	bound       map[string]string // a bound's word → the bound
}

// Default returns the embedded vocabulary.
func Default() (*Schema, error) {
	return Load()
}

// Load returns the embedded vocabulary with the sections of each file in
// paths, in order, replacing the default ones.
func Load(paths ...string) (*Schema, error) {
	s := &Schema{}
	entries, err := defaults.ReadDir(".")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		data, err := defaults.ReadFile(e.Name())
		if err != nil {
			return nil, err
		}
		if err := s.merge(data); err != nil {
			return nil, fmt.Errorf("embedded schema %s: %w", e.Name(), err)
		}
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("schema: %w", err)
		}
		if err := s.merge(data); err != nil {
			return nil, fmt.Errorf("schema %s: %w", p, err)
		}
	}
	if err := s.compile(); err != nil {
		return nil, err
	}
	return s, nil
}

// merge decodes data over s: a section present in data replaces s's.
func (s *Schema) merge(data []byte) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(s); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

func (s *Schema) compile() error {
	s.synonym = map[string]string{}
	s.inverse = map[string]string{}
	for name, p := range s.Predicates {
		s.synonym[name] = name
		for _, syn := range p.Synonyms {
			if prev, ok := s.synonym[syn]; ok && prev != name {
				return fmt.Errorf("schema: predicate synonym %q is listed under both %q and %q", syn, prev, name)
			}
			s.synonym[syn] = name
		}
		for _, inv := range p.Inverses {
			if prev, ok := s.inverse[inv]; ok && prev != name {
				return fmt.Errorf("schema: predicate inverse %q is listed under both %q and %q", inv, prev, name)
			}
			s.inverse[inv] = name
		}
	}
	for inv, name := range s.inverse {
		if syn, ok := s.synonym[inv]; ok {
			return fmt.Errorf("schema: %q is listed as an inverse of %q and as the predicate %q", inv, name, syn)
		}
	}
	s.lines = s.lines[:0]
	for _, l := range s.Lines {
		re, err := regexp.Compile(l)
		if err != nil {
			return fmt.Errorf("schema: furniture line pattern %q: %w", l, err)
		}
		s.lines = append(s.lines, re)
	}
	s.lineEnds = s.lineEnds[:0]
	for _, l := range s.LineEnds {
		re, err := regexp.Compile(`(?:` + l + `)\s*$`)
		if err != nil {
			return fmt.Errorf("schema: furniture line end pattern %q: %w", l, err)
		}
		s.lineEnds = append(s.lineEnds, re)
	}
	for i, m := range s.Metadata {
		re, err := regexp.Compile(m.Pattern)
		if err != nil {
			return fmt.Errorf("schema: metadata pattern %q: %w", m.Pattern, err)
		}
		s.Metadata[i].re = re
	}
	s.outletKey = map[string]string{}
	for _, o := range s.Outlets {
		for _, n := range append(append([]string{o.Name}, o.Aliases...), o.Domains...) {
			s.outletKey[strings.ToLower(n)] = o.Name
		}
	}
	s.distinct = map[string]int{}
	for i, group := range s.DistinctNames {
		for _, n := range group {
			s.distinct[strings.ToLower(n)] = i + 1
		}
	}
	s.gender = map[string]string{}
	for gender, words := range map[string][]string{Masculine: s.Genders.Masculine, Feminine: s.Genders.Feminine} {
		for _, w := range words {
			w = strings.ToLower(w)
			if prev, ok := s.gender[w]; ok && prev != gender {
				return fmt.Errorf("schema: %q is listed as both masculine and feminine", w)
			}
			s.gender[w] = gender
		}
	}
	if err := s.compileFigures(); err != nil {
		return err
	}
	s.alias = map[string]string{}
	for _, a := range s.Aliases {
		for _, n := range a.Aliases {
			s.alias[strings.ToLower(n)] = a.Name
		}
	}
	return nil
}

// Predicate returns the canonical predicate for a lemma phrase. In a
// chain ("be intended to meddle with") the verb after the last "to" is
// the one that says what happened, so it is the part normalised: "be
// intended to hinder".
func (s *Schema) Predicate(lemma string) string {
	if c, ok := s.synonym[lemma]; ok {
		return c
	}
	if i := strings.LastIndex(lemma, " to "); i >= 0 {
		if c, ok := s.synonym[lemma[i+len(" to "):]]; ok {
			return lemma[:i+len(" to ")] + c
		}
	}
	return lemma
}

// Orient returns the canonical predicate for a lemma phrase and whether
// its subject and object must change places to state it: an inverse
// ("work for" states "employ" backwards) swaps them, and the two
// arguments of a symmetric predicate ("A meet with B", "B meet with A")
// are put in one order, subjectID before objectID, so that both
// wordings are one claim.
func (s *Schema) Orient(lemma, subjectID, objectID string) (predicate string, swap bool) {
	predicate = s.Predicate(lemma)
	if c, ok := s.inverse[lemma]; ok {
		predicate, swap = c, true
		subjectID, objectID = objectID, subjectID
	}
	if s.Predicates[predicate].Symmetric && objectID < subjectID {
		swap = !swap
	}
	return predicate, swap
}

// Reporting returns the reporting verb for a lemma, if it is one.
func (s *Schema) Reporting(lemma string) (ReportingVerb, bool) {
	v, ok := s.ReportingVerbs[lemma]
	return v, ok
}

// IsHedge reports whether a lower-cased word hedges a claim.
func (s *Schema) IsHedge(word string) bool { return slices.Contains(s.Hedges, word) }

// IsConditional reports whether a subordinating word opens a condition.
func (s *Schema) IsConditional(word string) bool { return slices.Contains(s.Conditionals, word) }

// ComplexPrepositionAt returns how many words of a complex preposition
// words opens with (lower case), 0 when none.
func (s *Schema) ComplexPrepositionAt(words []string) int {
	for _, p := range s.ComplexPrepositions {
		parts := strings.Fields(p)
		if len(parts) <= len(words) && slices.Equal(parts, words[:len(parts)]) {
			return len(parts)
		}
	}
	return 0
}

// IsReciprocalNoun reports whether a noun lemma names what two are to
// each other.
func (s *Schema) IsReciprocalNoun(lemma string) bool {
	return slices.Contains(s.ReciprocalNouns, lemma)
}

// IsPlaceNoun reports whether a noun lemma names a kind of place.
func (s *Schema) IsPlaceNoun(lemma string) bool { return slices.Contains(s.PlaceNouns, lemma) }

// IsAdverbialNoun reports whether a noun lemma names a time, place,
// manner or reason.
func (s *Schema) IsAdverbialNoun(lemma string) bool { return slices.Contains(s.AdverbialNouns, lemma) }

// IsRaising reports whether an adjective passes its subject to an
// infinitive.
func (s *Schema) IsRaising(word string) bool { return slices.Contains(s.Raising, word) }

// IsHedgingNoun reports whether a noun's "that" clause is only reported.
func (s *Schema) IsHedgingNoun(word string) bool { return slices.Contains(s.HedgingNouns, word) }

// IsDoubleObject reports whether a verb lemma takes a recipient before
// its object.
func (s *Schema) IsDoubleObject(lemma string) bool { return slices.Contains(s.DoubleObject, lemma) }

// IsNaming reports whether a verb lemma makes its object what follows
// it.
func (s *Schema) IsNaming(lemma string) bool { return slices.Contains(s.Naming, lemma) }

// IsDescribing reports whether a verb lemma is a describing verb.
func (s *Schema) IsDescribing(lemma string) bool { return slices.Contains(s.Describing, lemma) }

// IsNegation reports whether a lower-cased word negates a claim.
func (s *Schema) IsNegation(word string) bool { return slices.Contains(s.Negations, word) }

// IsNegativeImplicative reports whether a verb lemma's "to" complement
// is negated by it.
func (s *Schema) IsNegativeImplicative(lemma string) bool {
	return slices.Contains(s.NegImplicative, lemma)
}

// LightVerb returns the verb an event noun stands for when a light verb
// takes it ("offer guidance" is "guide"): ok only when lightVerb is one
// and the noun has a verb.
func (s *Schema) LightVerb(lightVerb, noun string) (string, bool) {
	if !slices.Contains(s.LightVerbs, lightVerb) {
		return "", false
	}
	v, ok := s.Nominalizations[noun]
	return v, ok
}

// IsVague reports a noun that says nothing alone ("issue", "thing").
func (s *Schema) IsVague(noun string) bool { return slices.Contains(s.VagueNouns, noun) }

// IsContainer reports whether a noun lemma holds what its "of"
// complement names.
func (s *Schema) IsContainer(noun string) bool { return slices.Contains(s.Containers, noun) }

// IsTitle reports whether a lower-cased phrase is a person's title.
func (s *Schema) IsTitle(phrase string) bool { return slices.Contains(s.Titles, phrase) }

// FurnitureLine reports whether a whole line is page furniture.
func (s *Schema) FurnitureLine(line string) bool {
	for _, re := range s.lines {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}

// TrimFurniture removes the furniture that ends a line of text (a photo
// credit after its caption).
func (s *Schema) TrimFurniture(line string) string {
	for _, re := range s.lineEnds {
		if loc := re.FindStringIndex(line); loc != nil {
			// The pattern may open with the caption's last stop, which
			// stays: the furniture starts at its first capital.
			line = strings.TrimSpace(line[:loc[0]+max(strings.IndexFunc(line[loc[0]:], unicode.IsUpper), 0)])
		}
	}
	return line
}

// Outlet returns the canonical name for an outlet name, alias or domain,
// or the name itself when no entry lists it.
func (s *Schema) Outlet(name string) string {
	key := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(name), "www."))
	if c, ok := s.outletKey[key]; ok {
		return c
	}
	return strings.TrimSpace(name)
}

// KnownOutlet reports whether a name, alias or domain is listed.
func (s *Schema) KnownOutlet(name string) bool {
	_, ok := s.outletKey[strings.ToLower(strings.TrimPrefix(name, "www."))]
	return ok
}

// Alias returns the name an alias file forces for name, if any.
func (s *Schema) Alias(name string) (string, bool) {
	n, ok := s.alias[strings.ToLower(name)]
	return n, ok
}

// Distinct reports whether the user listed the two names as different
// entities that must not merge.
func (s *Schema) Distinct(a, b string) bool {
	ga, gb := s.distinct[strings.ToLower(a)], s.distinct[strings.ToLower(b)]
	return ga != 0 && ga == gb && !strings.EqualFold(a, b)
}

// KeptApart reports whether a name is in a distinct group, so that it
// keeps an entity of its own however it is spelled.
func (s *Schema) KeptApart(name string) bool {
	return s.distinct[strings.ToLower(name)] != 0
}

// ExtractionFingerprint identifies what of the vocabulary reading
// documents depends on: everything but what only resolution reads (see
// ResolutionFingerprint). A build re-extracts a stored document when it
// changes.
func (s *Schema) ExtractionFingerprint() string {
	c := *s
	c.NumericTolerance = 0
	c.Predicates = make(map[string]Predicate, len(s.Predicates))
	for name, p := range s.Predicates {
		p.Functional, p.Numeric, p.Change = false, false, false
		c.Predicates[name] = p
	}
	return fingerprint(&c)
}

// Resolution is what of the vocabulary resolving claims across
// documents reads, and nothing else: the predicates' functional, numeric
// and change properties, the numeric tolerance and the names kept
// distinct.
type Resolution struct {
	Functional, Numeric, Change map[string]bool
	Tolerance                   float64
	Distinct                    [][]string
	// Measures are the kinds of what figures measure, by name: the
	// subjects of figure claims.
	Measures map[string]string
	// Designators: see Schema.Designators.
	Designators []string `yaml:",omitempty"`
}

// Resolution returns what resolution reads of the vocabulary.
func (s *Schema) Resolution() Resolution {
	return Resolution{
		Functional:  s.PredicatesWhere(func(p Predicate) bool { return p.Functional }),
		Numeric:     s.PredicatesWhere(func(p Predicate) bool { return p.Numeric }),
		Change:      s.PredicatesWhere(func(p Predicate) bool { return p.Change }),
		Tolerance:   s.NumericTolerance,
		Distinct:    s.DistinctNames,
		Measures:    s.measureNames(),
		Designators: lowerCase(s.Designators),
	}
}

func lowerCase(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(w)
	}
	return out
}

// ResolutionFingerprint identifies Resolution. When only it changes, a
// build resolves the claims again without reading any document.
func (s *Schema) ResolutionFingerprint() string { return fingerprint(s.Resolution()) }

// fingerprint is a short hash of v's YAML: equal content, equal
// fingerprint (YAML writes map keys sorted).
func fingerprint(v interface{}) string {
	data, err := yaml.Marshal(v)
	if err != nil {
		// Schemas were decoded from YAML, so they encode.
		panic(err)
	}
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:8])
}

// PredicatesWhere returns the canonical predicates that have a property,
// as in PredicatesWhere(func(p Predicate) bool { return p.Functional }).
func (s *Schema) PredicatesWhere(has func(Predicate) bool) map[string]bool {
	out := map[string]bool{}
	for name, p := range s.Predicates {
		if has(p) {
			out[name] = true
		}
	}
	return out
}

// Phase returns how a word places a value in a sequence of changes:
// Earlier ("initial", "original"), Later ("new", "revised") or "".
func (s *Schema) Phase(word string) string {
	switch {
	case slices.Contains(s.Phases.Earlier, word):
		return Earlier
	case slices.Contains(s.Phases.Later, word):
		return Later
	}
	return ""
}

// Gender returns Masculine or Feminine for a title or given name the
// vocabulary lists ("mrs.", "maria"), compared without case, else "".
func (s *Schema) Gender(word string) string { return s.gender[strings.ToLower(word)] }

// Genders of a person, as "he" and "she" refer to them.
const (
	Masculine = "masculine"
	Feminine  = "feminine"
)

// Phases of a value that changed.
const (
	Earlier = "earlier"
	Later   = "later"
)
