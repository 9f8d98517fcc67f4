package extract

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/extract/claim"
	"github.com/claimgraph/claimgraph/extract/nlp"
	"github.com/claimgraph/claimgraph/schema"
)

// FoldName reduces a name to a key under which spelling variants meet:
// case, diacritics, punctuation and possessives go, and the letters that
// transliteration renders differently are merged (y/i as in Yuri/Yury,
// doubled letters as in Zelensky/Zelenskyy; never doubled digits).
func FoldName(name string) string {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	var b strings.Builder
	var last rune
	for _, r := range norm.NFD.String(unstroke.Replace(strings.ToLower(name))) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'y':
			r = 'i'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		default:
			r = ' '
		}
		if r == last && !unicode.IsDigit(r) {
			// Digits stay doubled: 338,000 is not 38,000.
			continue
		}
		if r == ' ' && (last == 0) {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return strings.TrimSpace(b.String())
}

// unstroke spells the letters that have no decomposition into a base
// letter and a mark.
var unstroke = strings.NewReplacer("ł", "l", "ø", "o", "đ", "d", "ß", "ss", "æ", "ae", "œ", "oe", "ı", "i", "ħ", "h")

func slug(key string) string {
	return strings.ReplaceAll(key, " ", "-")
}

// entityFor makes an entity for a proper name.
func entityFor(name string, kind claim.Kind) claim.Entity {
	return claim.Entity{ID: "entity:" + slug(FoldName(name)), Name: name, Kind: kind}
}

// valueFor makes a literal value from words.
func valueFor(text string) claim.Entity {
	return claim.Entity{ID: "value:" + slug(FoldName(text)), Name: text, Kind: claim.Value}
}

// names tracks the named entities of one document, so that a later
// "Ushakov" or "Mr. Witkoff" resolves to the full name introduced earlier
// (or later) in the same document.
type names struct {
	// distinct says two names must not merge (the schema's distinct).
	distinct  func(a, b string) bool
	bySurname map[string]string // folded last word → full name
	byGiven   map[string]string // folded first word → full name
	kind      map[string]claim.Kind
	titles    map[string][]string // folded full name → title words seen with it
	// genderOf is the schema's gender of a title or given name;
	// gender holds what it told of each folded full name.
	genderOf func(word string) string
	gender   map[string]string
}

func newNames(distinct func(a, b string) bool, genderOf func(word string) string) *names {
	return &names{distinct: distinct, genderOf: genderOf, bySurname: map[string]string{}, byGiven: map[string]string{}, kind: map[string]claim.Kind{},
		titles: map[string][]string{}, gender: map[string]string{}}
}

// add registers a full name (two or more words) for surname lookups. A
// surname shared by two full names resolves to neither.
func (n *names) add(full string, kind claim.Kind, titles []string) {
	words := strings.Fields(full)
	key := FoldName(full)
	// A bare mention ("other") does not undo what a title or the
	// gazetteer said of the same name elsewhere.
	if prev, ok := n.kind[key]; kind != "" && (!ok || prev == claim.Other) {
		n.kind[key] = kind
	}
	n.titles[key] = append(n.titles[key], titles...)
	n.learnGender(key, titles, words)
	if len(words) < 2 {
		return
	}
	n.index(n.bySurname, words[len(words)-1], full)
	n.index(n.byGiven, words[0], full)
}

// index files a full name under one of its words; a word two full names
// share stands for neither.
func (n *names) index(by map[string]string, word, full string) {
	w := FoldName(word)
	if prev, ok := by[w]; ok && (FoldName(prev) != FoldName(full) || n.distinct(prev, full)) {
		by[w] = ""
		return
	}
	by[w] = full
}

// learnGender records the gender that a name's titles ("Mrs.") or its
// first word, when a given name ("Maria Lopez"), show. Evidence that
// disagrees leaves the gender unknown.
func (n *names) learnGender(key string, titles, words []string) {
	var cues []string
	for _, t := range titles {
		cues = append(cues, n.genderOf(t))
	}
	if len(words) >= 2 {
		cues = append(cues, n.genderOf(words[0]))
	}
	for _, g := range cues {
		switch prev, ok := n.gender[key]; {
		case g == "":
		case !ok:
			n.gender[key] = g
		case prev != g:
			n.gender[key] = ""
		}
	}
}

// compatible reports whether the person may be referred to by a pronoun
// of the given gender ("" for one that says nothing of gender).
func (n *names) compatible(name, gender string) bool {
	if gender == "" {
		return true
	}
	// "Mr. Witkoff" told the surname's gender, "Steve Witkoff" the full
	// name's.
	words := strings.Fields(name)
	for _, key := range []string{FoldName(name), FoldName(words[len(words)-1])} {
		if g := n.gender[key]; g != "" && g != gender {
			return false
		}
	}
	return true
}

// resolve returns the full name for a mention: a surname's ("Ushakov"),
// or else a person's given name ("Jared", as Trump calls Jared Kushner).
func (n *names) resolve(name string) string {
	if len(strings.Fields(name)) != 1 {
		return name
	}
	key := FoldName(name)
	if full := n.bySurname[key]; full != "" && !n.distinct(name, full) {
		return full
	}
	if _, surname := n.bySurname[key]; surname {
		return name
	}
	// A given name stands for a person, or for a name of no known kind
	// that starts with a given name the schema knows ("Jared Kushner").
	if full := n.byGiven[key]; full != "" && !n.distinct(name, full) {
		if k := n.kind[FoldName(full)]; k == claim.Person || k == claim.Other && n.genderOf(strings.ToLower(name)) != "" {
			return full
		}
	}
	return name
}

func (n *names) kindOf(name string) claim.Kind {
	if k, ok := n.kind[FoldName(name)]; ok {
		return k
	}
	return claim.Other
}

// titled reports whether the document gave the named person a title.
func (n *names) titled(name string) bool { return len(n.titles[FoldName(name)]) > 0 }

// withTitle returns the most recent full name seen with the title word.
func (n *names) withTitle(title string, order []string) string {
	for i := len(order) - 1; i >= 0; i-- {
		for _, t := range n.titles[FoldName(order[i])] {
			if t == title {
				return order[i]
			}
		}
	}
	return ""
}

// gazetteer returns what the entity recogniser needs of the vocabulary:
// titles, known organisations (outlets among them) and places, and the
// words that make a name an organisation's.
func gazetteer(s *schema.Schema) *nlp.Gazetteer {
	lower := func(lists ...[]string) map[string]bool {
		m := map[string]bool{}
		for _, l := range lists {
			for _, w := range l {
				m[strings.ToLower(w)] = true
			}
		}
		return m
	}
	var outlets []string
	for _, o := range s.Outlets {
		outlets = append(append(outlets, o.Name), o.Aliases...)
	}
	return &nlp.Gazetteer{Titles: lower(s.Titles), Organizations: lower(s.Organizations, outlets),
		Places: lower(s.Places), OrgWords: lower(s.OrgWords), PlaceWords: lower(s.PlaceWords)}
}
