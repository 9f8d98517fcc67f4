package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Gazetteer is what the entity recogniser knows beyond the sentence, all
// keys in lower case. It comes from the user-editable schema.
type Gazetteer struct {
	// Titles make the name after them a person's and are not part of it
	// ("President", "special envoy").
	Titles map[string]bool
	// Organizations and Places are whole names of known kind.
	Organizations, Places map[string]bool
	// OrgWords make any name containing them an organisation's
	// ("Foreign Ministry", "Bank of England").
	OrgWords map[string]bool
	// PlaceWords make any other name containing them a place's
	// ("Greater Malang", "Malang Regency").
	PlaceWords map[string]bool
}

// Kind is what a name stands for. Its values are claim.Kind's, so that
// the extractor converts one into the other by a cast; nlp stays free of
// the project's other packages.
type Kind string

// Kinds of name.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Place        Kind = "place"
	Other        Kind = "other"
)

// NamedEntity is a name found in a sentence: tokens [Start, End), its
// kind, and the titles written before it.
type NamedEntity struct {
	Start, End int
	Kind       Kind
	Titles     []string
}

// Entities finds the names in toks[from:to] (runs of proper nouns, with
// "of" inside an organisation's name), strips the titles in front of
// them, and types each as a person, organisation, place or other: first
// by the gazetteer's whole names, then by a title (a person), a word like
// "Ministry" or an acronym (an organisation), and a name of several
// capitalised words (a person).
func (g *Gazetteer) Entities(toks []Token, from, to int) []NamedEntity {
	var out []NamedEntity
	for i := from; i < to; i++ {
		if !toks[i].IsProperNoun() || calendarWords[strings.ToLower(toks[i].Text)] {
			continue
		}
		j := g.nameEnd(toks, i, to)
		// Capitalised words the tagger read as common before the name
		// are the name's ("the Civil Human Rights Front"); the
		// sentence's first word is capitalised anyway.
		for i-1 > max(from, 0) && Capitalised(toks[i-1].Text) && (toks[i-1].Tag == "JJ" || toks[i-1].Tag == "NN" || toks[i-1].Tag == "NNS") {
			i--
		}
		var titles []string
		start := i
		for k := i; k < j; k++ {
			if g.Titles[strings.ToLower(toks[k].Text)] {
				titles = append(titles, strings.ToLower(toks[k].Text))
				start = k + 1
			}
		}
		// Titles in lower case just before the name ("envoy Steve
		// Witkoff", "special envoy Steve Witkoff") count too.
		for k := i - 1; k >= from && k >= i-2; k-- {
			low := strings.ToLower(toks[k].Text)
			if g.Titles[low] {
				titles = append(titles, low)
			} else if k+1 < i && g.Titles[low+" "+strings.ToLower(toks[k+1].Text)] {
				titles = append(titles, low+" "+strings.ToLower(toks[k+1].Text))
			}
		}
		if start < j {
			out = append(out, NamedEntity{Start: start, End: j, Titles: titles, Kind: g.kind(toks[start:j], titles)})
		}
		i = j
	}
	return out
}

// IsProperNoun reports a capitalised token tagged as a proper noun.
func (t Token) IsProperNoun() bool {
	return (t.Tag == "NNP" || t.Tag == "NNPS") && Capitalised(t.Text)
}

// Capitalised reports whether s begins with an upper-case letter.
func Capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// calendarWords are proper nouns that name times, not entities.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
}

// nameEnd returns the end of the name starting at i: proper nouns, "&",
// a capitalised organisation word the tagger read as a common noun ("ABC
// News"), and "of" (with "the") between an organisation word and another
// proper noun.
func (g *Gazetteer) nameEnd(toks []Token, i, to int) int {
	j := i
	for j < to {
		capitalOrgWord := j > i && g.OrgWords[strings.ToLower(toks[j].Text)] && Capitalised(toks[j].Text)
		switch {
		case toks[j].IsProperNoun() && !calendarWords[strings.ToLower(toks[j].Text)] || capitalOrgWord,
			toks[j].Text == "&" && j > i && j+1 < to && toks[j+1].IsProperNoun():
			j++
			continue
		case strings.EqualFold(toks[j].Text, "of") && j > i && g.OrgWords[strings.ToLower(toks[j-1].Text)]:
			k := j + 1
			if k < to && strings.EqualFold(toks[k].Text, "the") {
				k++
			}
			if k < to && toks[k].IsProperNoun() {
				j = k
				continue
			}
		}
		break
	}
	return j
}

func (g *Gazetteer) kind(name []Token, titles []string) Kind {
	words := make([]string, len(name))
	for i, t := range name {
		words[i] = t.Text
	}
	full := strings.ToLower(strings.Join(words, " "))
	switch {
	case g.Organizations[full]:
		return Organization
	case g.Places[full]:
		return Place
	case len(titles) > 0:
		return Person
	}
	for _, w := range words {
		if g.OrgWords[strings.ToLower(w)] {
			return Organization
		}
	}
	for _, w := range words {
		if g.PlaceWords[strings.ToLower(w)] {
			return Place
		}
	}
	if len(words) == 1 && isAcronym(words[0]) {
		return Organization
	}
	if len(words) >= 2 && allCapitalisedWords(words) {
		return Person
	}
	return Other
}

// isAcronym reports an all-capital word of two letters or more ("NATO",
// "TASS"), periods allowed.
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r != '.':
			return false
		}
	}
	return letters >= 2
}

// allCapitalisedWords reports names like "Steve Witkoff": every word a
// capital followed by lower-case letters.
func allCapitalisedWords(words []string) bool {
	for _, w := range words {
		r := []rune(w)
		if len(r) < 2 || !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r[1:] {
			if !unicode.IsLower(c) && c != '-' && c != '\'' && c != '’' {
				return false
			}
		}
	}
	return true
}
