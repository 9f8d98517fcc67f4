package graph

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// Syndication thresholds: two documents from different outlets are
// copies of one text when they share at least syndicationMinShared
// claim sentences word for word, and those make at least
// syndicationMinShare of the smaller document's claim sentences.
// Outlets quoting one speaker share a quotation, rarely whole sentences.
const (
	syndicationMinShared = 2
	syndicationMinShare  = 0.5
)

// syndicatedGroups returns, for each document, a representative of the
// group of documents that are copies of one text (itself when it has no
// copies). Only the claims' report sentences are compared: they are what
// the graph holds of each text.
func syndicatedGroups(all []claim.View) map[string]string {
	sentences := map[string]map[string]bool{} // document → normalised sentences
	outlet := map[string]string{}
	for _, c := range all {
		for _, r := range c.Reports {
			if sentences[r.Document] == nil {
				sentences[r.Document] = map[string]bool{}
			}
			sentences[r.Document][r.SentenceKey] = true
			outlet[r.Document] = r.Outlet
		}
	}
	docsOf := map[string][]string{}
	for doc, set := range sentences {
		for s := range set {
			docsOf[s] = append(docsOf[s], doc)
		}
	}
	shared := map[[2]string]int{}
	for _, docs := range docsOf {
		sort.Strings(docs)
		for i, a := range docs {
			for _, b := range docs[i+1:] {
				if outlet[a] != outlet[b] {
					shared[[2]string{a, b}]++
				}
			}
		}
	}
	parent := map[string]string{}
	var find func(string) string
	find = func(d string) string {
		p, ok := parent[d]
		if !ok || p == d {
			return d
		}
		root := find(p)
		parent[d] = root
		return root
	}
	for pair, n := range shared {
		smaller := min(len(sentences[pair[0]]), len(sentences[pair[1]]))
		if n >= syndicationMinShared && float64(n) >= syndicationMinShare*float64(smaller) {
			a, b := find(pair[0]), find(pair[1])
			// The smaller ID represents the group, so the choice does not
			// depend on map order.
			if a > b {
				a, b = b, a
			}
			parent[b] = a
		}
	}
	groups := make(map[string]string, len(sentences))
	for doc := range sentences {
		groups[doc] = find(doc)
	}
	return groups
}

func normaliseSentence(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// markSyndication lists under Syndicated each claim's outlets whose
// reports all come from copies of a text that another outlet published
// first (or, on the same day, comes first by name), so that a wire story
// run by two outlets is one source, not two. linkParaphrases counts the
// independent outlets that remain.
func markSyndication(all []claim.View) {
	groups := syndicatedGroups(all)
	for i := range all {
		c := &all[i]
		owner := map[string]string{} // group → key of the outlet that speaks for it
		for _, r := range c.Reports {
			g := groups[r.Document]
			if k := originKey(r); owner[g] == "" || k < owner[g] {
				owner[g] = k
			}
		}
		independent := map[string]bool{}
		for _, k := range owner {
			_, o, _ := strings.Cut(k, "\x00")
			independent[o] = true
		}
		c.Syndicated = nil
		for _, o := range c.Outlets {
			if !independent[o] {
				c.Syndicated = append(c.Syndicated, o)
			}
		}
	}
}

// originKey orders the reports of one text: earliest publication first,
// an unknown date last, then outlet name.
func originKey(r claim.ReportView) string {
	date := r.Published
	if date == "" {
		date = "~"
	}
	return date + "\x00" + r.Outlet
}
