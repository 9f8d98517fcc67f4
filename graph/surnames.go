package graph

import (
	"sort"
	"strings"

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
	return aliases
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
