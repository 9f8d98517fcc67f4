package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// A document's digest is what resolving claims needs of it, kept as one
// JSON literal on the document node (cg:digest), and DigestNode links
// every digested document (cg:digested). Resolve reads the digests, a
// few quads per document, instead of every claim and report node (1.28M
// quads at 15 MB: 9.3 s through Cayley's iterators). The digest and its
// link carry the document's label, so they are written and removed with
// the rest of it and cannot disagree with it.
const (
	DigestNode   = "cg:digests"
	PredDigest   = "cg:digest"
	PredDigested = "cg:digested"
	// PredComplete, on DigestNode, says that every document in the
	// store has a digest; a store written before digests existed lacks
	// it until Resolve finds that it does.
	PredComplete = "cg:complete"
)

// digest is the stored form; the keys are short because there is one
// per report.
type digest struct {
	Document string `json:"d"`
	// Version is the document's content hash and the extractor that
	// read it (see claim.Document.Extractor): build redoes a document
	// whose version differs.
	Version   string                  `json:"v"`
	Outlet    string                  `json:"o,omitempty"`
	Published string                  `json:"p,omitempty"`
	Entities  map[string]digestEntity `json:"e,omitempty"`
	Claims    map[string]digestClaim  `json:"c,omitempty"`
	Reports   []digestReport          `json:"r,omitempty"`
}

type digestEntity struct {
	Name string `json:"n,omitempty"`
	Kind string `json:"k"`
}

type digestClaim struct {
	Subject   string `json:"s"`
	Predicate string `json:"p"`
	Object    string `json:"o"`
	Negated   bool   `json:"n,omitempty"`
}

type digestReport struct {
	Claim string `json:"c"`
	// SentenceKey identifies the normalised sentence, which is all that
	// syndication compares.
	SentenceKey string `json:"s"`
	Start       int    `json:"b"`
	Speaker     string `json:"w,omitempty"`
	Hedged      bool   `json:"h,omitempty"`
	Phase       string `json:"f,omitempty"`
	// Time is the claim's time as its report states it: figures of
	// other occasions are compared only with each other.
	Time string `json:"t,omitempty"`
	// Modality is the report's (see claim.Report.Modality).
	Modality string `json:"m,omitempty"`
}

// DocumentVersion is what build compares with DocumentVersions to tell
// whether a document must be extracted again: its content hash and the
// extractor that reads it.
func DocumentVersion(d claim.Document) string { return d.Hash + " " + d.Extractor }

// newDigest summarises a document's reports.
func newDigest(d claim.Document, reports []claim.Report) digest {
	g := digest{Document: d.ID, Version: DocumentVersion(d), Outlet: d.Outlet, Published: publishedDay(d),
		Entities: map[string]digestEntity{}, Claims: map[string]digestClaim{}}
	entity := func(e claim.Entity) {
		// Of a document's spellings of an entity, the one a read shows:
		// the first in sort order (see reader.ref).
		if old, ok := g.Entities[e.ID]; ok && old.Name != "" && old.Name < e.Name {
			return
		}
		g.Entities[e.ID] = digestEntity{Name: e.Name, Kind: string(kindOf(e))}
	}
	seen := map[string]int{} // report ID → its index in g.Reports
	for _, r := range reports {
		c := r.Claim
		g.Claims[c.ID] = digestClaim{Subject: c.Subject.ID, Predicate: c.Predicate, Object: c.Object.ID, Negated: c.Negated}
		entity(c.Subject)
		entity(c.Object)
		rep := digestReport{Claim: c.ID, SentenceKey: sentenceKey(r.Sentence.Text), Start: r.Start, Hedged: r.Hedged, Phase: r.Phase, Time: c.Time,
			Modality: r.Modality}
		if r.Speaker != nil {
			rep.Speaker = r.Speaker.ID
			entity(*r.Speaker)
		}
		// Reports the graph holds as one node are one report, as in the
		// document's report views (see mergeReport).
		if i, ok := seen[ReportID(r)]; ok {
			prev := &g.Reports[i]
			prev.Hedged, prev.Modality = mergedStatement(prev.Hedged, prev.Modality, rep.Hedged, rep.Modality)
			if prev.Speaker == "" {
				prev.Speaker = rep.Speaker
			}
			continue
		}
		seen[ReportID(r)] = len(g.Reports)
		g.Reports = append(g.Reports, rep)
	}
	return g
}

// digestQuads stores a digest under its document's label.
func digestQuads(g digest) ([]quad.Quad, error) {
	data, err := json.Marshal(g)
	if err != nil {
		return nil, fmt.Errorf("%s: digest: %w", g.Document, err)
	}
	doc := quad.IRI(g.Document)
	return []quad.Quad{
		{Subject: doc, Predicate: quad.IRI(PredDigest), Object: quad.String(data), Label: doc},
		{Subject: quad.IRI(DigestNode), Predicate: quad.IRI(PredDigested), Object: doc, Label: doc},
	}, nil
}

// sentenceKey identifies a sentence as syndication compares it.
func sentenceKey(s string) string { return claim.HashID("", normaliseSentence(s)) }

// digested returns the documents that DigestNode links, which have
// digests, and whether the store is marked as having one for every
// document (PredComplete).
func (s *Store) digested(ctx context.Context) (docs []string, marked bool, err error) {
	links, err := s.quadsWith(ctx, quad.Subject, DigestNode)
	for _, l := range links {
		switch iriOf(l.Predicate) {
		case PredDigested:
			docs = append(docs, iriOf(l.Object))
		case PredComplete:
			marked = true
		}
	}
	// Sorted so that what is built from them does not depend on the
	// order the store returns them in.
	sort.Strings(docs)
	return docs, marked, err
}

// eachDigest decodes the digests of docs one at a time into a T, which
// may hold only the fields a caller needs, and hands each to do, so that
// a large store's digests are never all in memory at once.
func eachDigest[T any](ctx context.Context, s *Store, docs []string, do func(*T)) error {
	for _, doc := range docs {
		qs, err := s.quadsWith(ctx, quad.Subject, doc)
		if err != nil {
			return err
		}
		for _, q := range qs {
			if iriOf(q.Predicate) != PredDigest || iriOf(q.Label) != doc {
				continue
			}
			var g T
			if err := json.Unmarshal([]byte(stringOf(q.Object)), &g); err != nil {
				return fmt.Errorf("digest of %s: %w", doc, err)
			}
			do(&g)
		}
	}
	return nil
}

// DocumentVersions returns, for every document with a digest, the
// version build compares (content hash and extractor). A document
// written before digests existed is absent, so build extracts it again.
// Only the digests' first two fields are decoded.
func (s *Store) DocumentVersions(ctx context.Context) (map[string]string, error) {
	docs, _, err := s.digested(ctx)
	if err != nil {
		return nil, err
	}
	type version struct {
		Document string `json:"d"`
		Version  string `json:"v"`
	}
	out := make(map[string]string, len(docs))
	err = eachDigest(ctx, s, docs, func(v *version) { out[v.Document] = v.Version })
	return out, err
}

// digestsComplete returns the digested documents and whether every
// document has a digest, as in any store written since digests exist; a
// store that still holds documents written before must be read whole.
// The first time it finds a store complete it says so on DigestNode, so
// later calls skip the scan of document nodes that tells.
func (s *Store) digestsComplete(ctx context.Context) ([]string, bool, error) {
	docs, marked, err := s.digested(ctx)
	if err != nil || marked {
		return docs, marked, err
	}
	all, err := s.DocumentIDs(ctx)
	if err != nil {
		return nil, false, err
	}
	have := make(map[string]bool, len(docs))
	for _, d := range docs {
		have[d] = true
	}
	for id := range all {
		if !have[id] {
			return nil, false, nil
		}
	}
	return docs, true, s.write("digest marker", []quad.Quad{completeMarker}, graph.Add)
}

// markDigestsIfEmpty marks an empty store as one whose documents all
// have digests, before its first document is written, so that Resolve
// need not check.
func (s *Store) markDigestsIfEmpty(ctx context.Context) error {
	st, err := s.qs.Stats(ctx, false)
	switch {
	case errors.Is(err, kv.ErrNoBucket):
		// A key-value store that was never written has no size yet.
	case err != nil || st.Quads.Size > 0:
		return err
	}
	return s.write("digest marker", []quad.Quad{completeMarker}, graph.Add)
}

var completeMarker = quad.Quad{Subject: quad.IRI(DigestNode), Predicate: quad.IRI(PredComplete), Object: quad.Bool(true), Label: quad.IRI(DigestNode)}

// claimsFromDigests assembles the claims of the documents docs from
// their digests, as reader.claim would from their nodes, and fills r's
// cache with the entities' names and kinds, so that the resolution steps
// after it read nothing more from the store.
func (s *Store) claimsFromDigests(ctx context.Context, r *reader, docs []string) ([]claim.View, error) {
	type pending struct {
		view            claim.View
		subject, object string
		speakers        []string // of view.Reports, by index
	}
	byID := map[string]*pending{}
	var order []string
	names := map[string]map[string]bool{} // entity → its names
	kinds := map[string]map[string]bool{}
	note := func(sets map[string]map[string]bool, id, v string) {
		if sets[id] == nil {
			sets[id] = map[string]bool{}
		}
		sets[id][v] = true
	}
	err := eachDigest(ctx, s, docs, func(g *digest) {
		for id, e := range g.Entities {
			if e.Name != "" {
				note(names, id, e.Name)
			}
			note(kinds, id, e.Kind)
		}
		for _, rep := range g.Reports {
			p, ok := byID[rep.Claim]
			if !ok {
				dc := g.Claims[rep.Claim]
				p = &pending{view: claim.View{ID: rep.Claim, Predicate: dc.Predicate, Negated: dc.Negated, Hedged: true},
					subject: dc.Subject, object: dc.Object}
				byID[rep.Claim] = p
				order = append(order, rep.Claim)
			}
			c := &p.view
			c.Hedged = c.Hedged && rep.Hedged
			if g.Outlet != "" {
				c.Outlets = appendUnique(c.Outlets, g.Outlet)
			}
			c.Reports = append(c.Reports, claim.ReportView{Document: g.Document, Outlet: g.Outlet, Published: g.Published,
				Start: rep.Start, Hedged: rep.Hedged, Phase: rep.Phase, Time: rep.Time, Modality: rep.Modality, SentenceKey: rep.SentenceKey})
			p.speakers = append(p.speakers, rep.Speaker)
		}
	})
	if err != nil {
		return nil, err
	}
	// Entity names are known once every digest is read; each set goes
	// into r's cache in sorted order, as the store would give it.
	fill := func(sets map[string]map[string]bool, pred string) {
		for id, set := range sets {
			if r.props[id] == nil {
				r.props[id] = map[string][]quad.Value{}
			}
			for _, v := range slices.Sorted(maps.Keys(set)) {
				r.props[id][pred] = append(r.props[id][pred], quad.String(v))
			}
		}
	}
	fill(names, PredName)
	fill(kinds, PredKind)
	all := make([]claim.View, 0, len(order))
	for _, id := range order {
		p := byID[id]
		c := p.view
		c.Subject, c.Object = r.ref(p.subject), r.ref(p.object)
		for i, sp := range p.speakers {
			if sp != "" {
				ref := r.ref(sp)
				c.Reports[i].Speaker = &ref
			}
		}
		sort.Strings(c.Outlets)
		sortReports(c.Reports)
		c.Modality = claim.ClaimModality(c.Reports)
		all = append(all, c)
		delete(byID, id)
	}
	return all, nil
}
