package schema

import (
	"fmt"
	"slices"
	"strings"
)

// compileFigures indexes the measures' words and the bounds' words, and
// refuses a word that would say two things.
func (s *Schema) compileFigures() error {
	s.measureWord = map[string]string{}
	for name, m := range s.Measures {
		for kind, words := range map[string][]string{"noun": m.Nouns, "verb": m.Verbs} {
			for _, w := range words {
				key := kind + " " + w
				if prev, ok := s.measureWord[key]; ok && prev != name {
					return fmt.Errorf("schema: the %s %q is listed under both measures %q and %q", kind, w, prev, name)
				}
				s.measureWord[key] = name
			}
		}
		switch m.Kind {
		case "":
			m.Kind = MeasureCount
			s.Measures[name] = m
		case MeasureCount, MeasureOccasion, MeasureProperty:
		default:
			return fmt.Errorf("schema: measure %q: kind %q is none of %s, %s, %s", name, m.Kind, MeasureCount, MeasureOccasion, MeasureProperty)
		}
		if len(m.Units) > 0 && m.Units[m.Unit] != 1 {
			return fmt.Errorf("schema: measure %q: its unit %q must be among its units with size 1", name, m.Unit)
		}
		for unit, size := range m.Units {
			if size <= 0 {
				return fmt.Errorf("schema: measure %q: unit %q has size %v; sizes are positive", name, unit, size)
			}
		}
	}
	s.bound = map[string]string{}
	for bound, words := range s.FigureBounds {
		for _, w := range words {
			if prev, ok := s.bound[w]; ok && prev != bound {
				return fmt.Errorf("schema: figure bound word %q is listed under both %q and %q", w, prev, bound)
			}
			s.bound[w] = bound
		}
	}
	return nil
}

// Kinds of measure: how figures of it compare (see measures.yaml).
const (
	MeasureCount    = "count"
	MeasureOccasion = "occasion"
	MeasureProperty = "property"
)

// measureNames returns each measure's kind by its name.
func (s *Schema) measureNames() map[string]string {
	out := make(map[string]string, len(s.Measures))
	for name, m := range s.Measures {
		out[name] = m.Kind
	}
	return out
}

// IsFigureReference reports a noun that refers back to an earlier figure.
func (s *Schema) IsFigureReference(lemma string) bool {
	return slices.Contains(s.FigureReferences, lemma)
}

// MeasureNoun returns the measure a noun (a lemma, or lemmas joined by
// spaces) names, or "".
func (s *Schema) MeasureNoun(lemmas string) string { return s.measureWord["noun "+lemmas] }

// MeasureVerb returns the measure whose figures a verb (a lemma, with
// its particle) counts, or "".
func (s *Schema) MeasureVerb(lemmas string) string { return s.measureWord["verb "+lemmas] }

// FigureBound returns the bound that words before a number make it
// ("as many as": "up to"), or "".
func (s *Schema) FigureBound(words string) string { return s.bound[words] }

// IsTotal reports a counted noun that stands for all a total counts.
func (s *Schema) IsTotal(lemma string) bool { return slices.Contains(s.Totals, lemma) }

// Counts reports whether a measure counts a noun (a lemma) whole.
func (s *Schema) Counts(measure, lemma string) bool {
	return slices.Contains(s.Measures[measure].Counts, lemma)
}

// IsSourceVerb reports a verb that gives a figure its source.
func (s *Schema) IsSourceVerb(lemma string) bool { return slices.Contains(s.SourceVerbs, lemma) }

// IsEarlierOccasion reports a word that places a figure on an earlier
// occasion.
func (s *Schema) IsEarlierOccasion(word string) bool {
	return slices.Contains(s.EarlierOccasion, strings.ToLower(word))
}

// MeasureUnit returns the unit a measure's figures are written in and
// what one of unit is in it ("mile" for depth: "km", 1.609344); ok is
// false when the measure has no such unit.
func (s *Schema) MeasureUnit(measure, unit string) (canonical string, size float64, ok bool) {
	m := s.Measures[measure]
	size, ok = m.Units[unit]
	return m.Unit, size, ok
}
