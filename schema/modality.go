package schema

import (
	"maps"
	"slices"
	"strings"
)

// ModalityOf returns the kind of modality the words of a verb group
// give ("will visit": planned; "has got to sell": obliged), by the
// longest phrase listed that they hold, or "". Of two kinds with phrases
// as long, the first in alphabetical order wins, so that the answer does
// not depend on the order of a map.
func (s *Schema) ModalityOf(words []string) string {
	best, bestLen := "", 0
	for _, kind := range slices.Sorted(maps.Keys(s.Modality)) {
		for _, p := range s.Modality[kind] {
			phrase := strings.Fields(p)
			if len(phrase) > bestLen && containsPhrase(words, phrase) {
				best, bestLen = kind, len(phrase)
			}
		}
	}
	return best
}

// containsPhrase reports whether phrase occurs in words.
func containsPhrase(words, phrase []string) bool {
	for i := 0; i+len(phrase) <= len(words); i++ {
		if slices.Equal(words[i:i+len(phrase)], phrase) {
			return true
		}
	}
	return false
}
