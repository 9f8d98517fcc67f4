package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/claim"
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
}

// DocumentVersion is what build compares with DocumentVersions to tell
// whether a document must be extracted again: its content hash and the
// extractor that reads it.
func DocumentVersion(d claim.Document) string { return d.Hash + " " + d.Extractor }

// newDigest summarises a document's reports.
func newDigest(d claim.Document, reports []claim.Report) digest {
	g := digest{Document: d.ID, Version: DocumentVersion(d), Outlet: d.Outlet,
		Entities: map[string]digestEntity{}, Claims: map[string]digestClaim{}}
	if !d.Published.IsZero() {
		g.Published = d.Published.Format("2006-01-02")
	}
	entity := func(e claim.Entity) {
		kind := e.Kind
		if kind == "" {
			kind = claim.Other
		}
		g.Entities[e.ID] = digestEntity{Name: e.Name, Kind: string(kind)}
	}
	for _, r := range reports {
		c := r.Claim
		g.Claims[c.ID] = digestClaim{Subject: c.Subject.ID, Predicate: c.Predicate, Object: c.Object.ID, Negated: c.Negated}
		entity(c.Subject)
		entity(c.Object)
		rep := digestReport{Claim: c.ID, SentenceKey: sentenceKey(r.Sentence.Text), Start: r.Start, Hedged: r.Hedged, Phase: r.Phase}
		if r.Speaker != nil {
			rep.Speaker = r.Speaker.ID
			entity(*r.Speaker)
		}
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

// digests reads every stored digest.
func (s *Store) digests(ctx context.Context) ([]digest, error) {
	links, err := s.quadsWith(ctx, quad.Subject, DigestNode)
	if err != nil {
		return nil, err
	}
	var out []digest
	for _, l := range links {
		if iriOf(l.Predicate) != PredDigested {
			continue
		}
		doc := iriOf(l.Object)
		qs, err := s.quadsWith(ctx, quad.Subject, doc)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			if iriOf(q.Predicate) != PredDigest || iriOf(q.Label) != doc {
				continue
			}
			var g digest
			if err := json.Unmarshal([]byte(stringOf(q.Object)), &g); err != nil {
				return nil, fmt.Errorf("digest of %s: %w", doc, err)
			}
			out = append(out, g)
		}
	}
	return out, nil
}

// DocumentVersions returns, for every document with a digest, the
// version build compares (content hash and extractor). A document
// written before digests existed is absent, so build extracts it again.
func (s *Store) DocumentVersions(ctx context.Context) (map[string]string, error) {
	ds, err := s.digests(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(ds))
	for _, g := range ds {
		out[g.Document] = g.Version
	}
	return out, nil
}

// digestsComplete returns the digests when every document has one, as
// in any store written since digests exist; ok is false for a store
// that still holds documents written before, which must be read whole.
// The first time it finds a store complete it says so on DigestNode, so
// later calls skip the scan of document nodes that tells.
func (s *Store) digestsComplete(ctx context.Context) (ds []digest, ok bool, err error) {
	top, err := s.quadsWith(ctx, quad.Subject, DigestNode)
	if err != nil {
		return nil, false, err
	}
	marked := false
	for _, q := range top {
		marked = marked || iriOf(q.Predicate) == PredComplete
	}
	if ds, err = s.digests(ctx); err != nil {
		return nil, false, err
	}
	if marked {
		return ds, true, nil
	}
	docs, err := s.DocumentIDs(ctx)
	if err != nil {
		return nil, false, err
	}
	have := make(map[string]bool, len(ds))
	for _, g := range ds {
		have[g.Document] = true
	}
	for id := range docs {
		if !have[id] {
			return nil, false, nil
		}
	}
	return ds, true, s.write("digest marker", []quad.Quad{completeMarker}, graph.Add)
}

// markDigestsIfEmpty marks an empty store as one whose documents all
// have digests, before its first document is written, so that Resolve
// need not check.
func (s *Store) markDigestsIfEmpty(ctx context.Context) error {
	st, err := s.QS.Stats(ctx, false)
	switch {
	case errors.Is(err, kv.ErrNoBucket):
		// A key-value store that was never written has no size yet.
	case err != nil || st.Quads.Size > 0:
		return err
	}
	return s.write("digest marker", []quad.Quad{completeMarker}, graph.Add)
}

var completeMarker = quad.Quad{Subject: quad.IRI(DigestNode), Predicate: quad.IRI(PredComplete), Object: quad.Bool(true), Label: quad.IRI(DigestNode)}

// claimsFromDigests assembles the claims of the documents digested, as
// reader.claim would from their nodes, and fills r's cache with the
// entities' names and kinds so that the resolution steps after it read
// nothing from the store.
func claimsFromDigests(r *reader, ds []digest) []ClaimView {
	// Sorted so that the claims come out the same whatever order the
	// store returned the digests in.
	sort.Slice(ds, func(i, j int) bool { return ds[i].Document < ds[j].Document })
	byID := map[string]*ClaimView{}
	var order []string
	seen := map[string]bool{}
	add := func(node, pred string, v quad.Value) {
		key := node + "\x00" + pred + "\x00" + v.String()
		if seen[key] {
			return
		}
		seen[key] = true
		p := r.props[node]
		if p == nil {
			p = map[string][]quad.Value{}
			r.props[node] = p
		}
		p[pred] = append(p[pred], v)
	}
	for _, g := range ds {
		for id, e := range g.Entities {
			if e.Name != "" {
				add(id, PredName, quad.String(e.Name))
			}
			add(id, PredKind, quad.String(e.Kind))
		}
	}
	for _, g := range ds {
		for _, rep := range g.Reports {
			c, ok := byID[rep.Claim]
			if !ok {
				dc := g.Claims[rep.Claim]
				c = &ClaimView{ID: rep.Claim, Subject: r.ref(dc.Subject), Predicate: dc.Predicate,
					Object: r.ref(dc.Object), Negated: dc.Negated, Hedged: true}
				byID[rep.Claim] = c
				order = append(order, rep.Claim)
			}
			v := ReportView{Document: g.Document, Outlet: g.Outlet, Published: g.Published, Start: rep.Start,
				Hedged: rep.Hedged, Phase: rep.Phase, sentenceKey: rep.SentenceKey}
			if rep.Speaker != "" {
				ref := r.ref(rep.Speaker)
				v.Speaker = &ref
			}
			c.Hedged = c.Hedged && v.Hedged
			if v.Outlet != "" {
				c.Outlets = appendUnique(c.Outlets, v.Outlet)
			}
			c.Reports = append(c.Reports, v)
		}
	}
	all := make([]ClaimView, 0, len(order))
	for _, id := range order {
		c := byID[id]
		sort.Strings(c.Outlets)
		sortReports(c.Reports)
		all = append(all, *c)
	}
	return all
}
