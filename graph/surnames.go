package graph

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// surnameAliases maps each one-word entity (a bare "Witkoff" in an
// article that never gave the full name) to the one person in the graph
// whose full name ends with that word ("Steve Witkoff"). A surname that
// two people in the graph share resolves to neither, and places and
// organisations ("Washington", "Kremlin") are never surnames. Entity IDs
// are folded names with words joined by hyphens, so the last word is the
// ID's last hyphenated part.
func surnameAliases(r *reader, all []claim.View) map[string]string {
	ids := map[string]bool{}
	for _, c := range all {
		ids[c.Subject.ID], ids[c.Object.ID] = true, true
		for _, rep := range c.Reports {
			if rep.Speaker != nil {
				ids[rep.Speaker.ID] = true
			}
		}
	}
	people := map[string][]string{} // last word → full-name person IDs
	var single []string
	for id := range ids {
		word, ok := strings.CutPrefix(id, "entity:")
		if !ok {
			continue
		}
		if i := strings.LastIndex(word, "-"); i >= 0 {
			if r.hasKind(id, "person") {
				people[word[i+1:]] = append(people[word[i+1:]], id)
			}
		} else if !r.hasKind(id, "place") && !r.hasKind(id, "organization") {
			single = append(single, id)
		}
	}
	aliases := map[string]string{}
	for _, id := range single {
		full := people[strings.TrimPrefix(id, "entity:")]
		if len(full) == 1 && !r.distinct(id, full[0]) {
			aliases[id] = full[0]
		}
	}
	for short, full := range withoutMiddleNames(people) {
		if !r.distinct(short, full) {
			aliases[short] = full
		}
	}
	for _, more := range []map[string]string{acronyms(r, ids), designated(r, ids)} {
		for short, full := range more {
			if !r.distinct(short, full) {
				aliases[short] = full
			}
		}
	}
	return aliases
}

// designated maps an entity named by one word ("Arema") to the one
// entity named by that word and a designator of the rules ("Arema FC"):
// outlets drop designators at will.
func designated(r *reader, ids map[string]bool) map[string]string {
	if len(r.s.Rules.Designators) == 0 {
		return nil
	}
	full := map[string][]string{} // lower-case first word → IDs of designated names
	var single []string
	for id := range ids {
		if !strings.HasPrefix(id, "entity:") || r.hasKind(id, "person") || r.hasKind(id, "place") {
			continue
		}
		for _, v := range r.prop(id, PredName) {
			words := strings.Fields(strings.ToLower(stringOf(v)))
			switch {
			case len(words) == 1:
				single = appendUnique(single, id)
			case len(words) > 1 && slices.Contains(r.s.Rules.Designators, strings.Join(words[1:], " ")):
				full[words[0]] = appendUnique(full[words[0]], id)
			}
		}
	}
	out := map[string]string{}
	for _, id := range single {
		if ids := full[strings.ToLower(r.ref(id).Name)]; len(ids) == 1 && ids[0] != id {
			out[id] = ids[0]
		}
	}
	return out
}

// acronyms maps an entity named by an acronym ("CHRF") to the one
// entity whose name's words it spells ("Civil Human Rights Front"),
// however the outlets introduced it.
func acronyms(r *reader, ids map[string]bool) map[string]string {
	spelt := map[string][]string{} // initials → IDs of names of several words
	var short []string
	for id := range ids {
		if !strings.HasPrefix(id, "entity:") {
			continue
		}
		for _, v := range r.prop(id, PredName) {
			name := stringOf(v)
			if isAcronym(name) {
				short = append(short, id)
			} else if a := initials(name); len(a) > 1 {
				spelt[a] = appendUnique(spelt[a], id)
			}
		}
	}
	out := map[string]string{}
	for _, id := range short {
		if full := spelt[r.ref(id).Name]; len(full) == 1 {
			out[id] = full[0]
		}
	}
	return out
}

// isAcronym reports a name of two to six capitals.
func isAcronym(name string) bool {
	return len(name) >= 2 && len(name) <= 6 && strings.IndexFunc(name, func(c rune) bool { return c < 'A' || c > 'Z' }) < 0
}

// initials are the first letters of a name's words, those of its small
// words ("of", "the", "and", "for") left out: "NATO" of "North Atlantic
// Treaty Organization". A name with a word in lower case has none.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for":
			continue
		}
		if !unicode.IsUpper([]rune(w)[0]) {
			return ""
		}
		b.WriteRune([]rune(w)[0])
	}
	return b.String()
}

// withoutMiddleNames maps a person named by two words ("Emil Dardak") to
// the one person whose longer name opens and ends with them ("Emil
// Elastianto Dardak"): news drops middle names at will. people maps a
// last word to the person IDs that end with it.
func withoutMiddleNames(people map[string][]string) map[string]string {
	out := map[string]string{}
	for _, ids := range people {
		for _, short := range ids {
			words := strings.Split(strings.TrimPrefix(short, "entity:"), "-")
			if len(words) != 2 {
				continue
			}
			var longer []string
			for _, id := range ids {
				w := strings.Split(strings.TrimPrefix(id, "entity:"), "-")
				if len(w) > 2 && w[0] == words[0] {
					longer = append(longer, id)
				}
			}
			if len(longer) == 1 {
				out[short] = longer[0]
			}
		}
	}
	return out
}

// distinct reports whether the store's Distinct keeps any spelling of
// one entity apart from any spelling of the other.
func (r *reader) distinct(a, b string) bool {
	if r.s.Rules.Distinct == nil {
		return false
	}
	for _, va := range r.prop(a, PredName) {
		for _, vb := range r.prop(b, PredName) {
			if r.s.Rules.Distinct(stringOf(va), stringOf(vb)) {
				return true
			}
		}
	}
	return false
}

func (r *reader) hasKind(id, kind string) bool {
	for _, v := range r.prop(id, PredKind) {
		if stringOf(v) == kind {
			return true
		}
	}
	return false
}

// mergeAliased rewrites aliased entities to their full names and merges
// the claims that thereby say the same thing; the merged claim keeps the
// ID of the claim that named the entities in full.
func mergeAliased(r *reader, all []claim.View, aliases map[string]string) []claim.View {
	if len(aliases) == 0 {
		return all
	}
	resolve := func(ref claim.Ref) (claim.Ref, bool) {
		if full, ok := aliases[ref.ID]; ok {
			return r.ref(full), true
		}
		return ref, false
	}
	type key struct {
		subject, predicate, object string
		negated                    bool
	}
	merged := map[key]*claim.View{}
	rewrote := map[key]bool{}
	var order []key
	for _, c := range all {
		subj, a := resolve(c.Subject)
		obj, b := resolve(c.Object)
		c.Subject, c.Object = subj, obj
		for i, rep := range c.Reports {
			if rep.Speaker != nil {
				sp, _ := resolve(*rep.Speaker)
				c.Reports[i].Speaker = &sp
			}
		}
		k := key{subj.ID, c.Predicate, obj.ID, c.Negated}
		m, ok := merged[k]
		if !ok {
			cc := c
			merged[k], rewrote[k] = &cc, a || b
			order = append(order, k)
			continue
		}
		if rewrote[k] && !(a || b) || rewrote[k] == (a || b) && c.ID < m.ID {
			m.Merged = append(m.Merged, m.ID)
			m.ID, rewrote[k] = c.ID, a || b
		} else {
			m.Merged = append(m.Merged, c.ID)
		}
		m.Hedged = m.Hedged && c.Hedged
		m.Reports = append(m.Reports, c.Reports...)
		m.Modality = claim.ClaimModality(m.Reports)
		for _, o := range c.Outlets {
			m.Outlets = appendUnique(m.Outlets, o)
		}
	}
	out := make([]claim.View, 0, len(order))
	for _, k := range order {
		c := merged[k]
		sort.Strings(c.Outlets)
		sort.Strings(c.Merged)
		sortReports(c.Reports)
		out = append(out, *c)
	}
	return out
}

func sortReports(reports []claim.ReportView) {
	sort.Slice(reports, func(i, j int) bool {
		a, b := reports[i], reports[j]
		if a.Document != b.Document {
			return a.Document < b.Document
		}
		return a.Start < b.Start
	})
}
