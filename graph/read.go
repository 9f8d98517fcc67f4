package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/extract/claim"
)

// addConflict records that c contradicts the claim other, and how.
func addConflict(c *claim.View, other string, kind claim.ConflictKind) {
	c.ConflictsWith = appendUnique(c.ConflictsWith, other)
	if c.ConflictKinds == nil {
		c.ConflictKinds = map[string]claim.ConflictKind{}
	}
	c.ConflictKinds[other] = kind
}

// Filter selects claims.
type Filter struct {
	// Entity matches claims whose subject, object or speaker name contains
	// it, ignoring case.
	Entity string
	Status claim.Status
	Outlet string
	// Offset and Limit page the claims, in their order: Limit 0 is all.
	Offset, Limit int
}

// reader caches node lookups while claims are assembled.
type reader struct {
	s     *Store
	ctx   context.Context
	props map[string]map[string][]quad.Value
	err   error // the first read error
}

// newReader is a reader with an empty cache.
func (s *Store) newReader(ctx context.Context) *reader {
	return &reader{s: s, ctx: ctx, props: map[string]map[string][]quad.Value{}}
}

func (r *reader) prop(node, pred string) []quad.Value {
	p, ok := r.props[node]
	if !ok {
		// A node is described once under each document that mentions it,
		// so the same value comes back once per document.
		p = map[string][]quad.Value{}
		seen := map[string]bool{}
		qs, err := r.s.quadsWith(r.ctx, quad.Subject, node)
		if err != nil && r.err == nil {
			r.err = err
		}
		for _, q := range qs {
			key := iriOf(q.Predicate) + "\x00" + q.Object.String()
			if !seen[key] {
				seen[key] = true
				p[iriOf(q.Predicate)] = append(p[iriOf(q.Predicate)], q.Object)
			}
		}
		r.props[node] = p
	}
	return p[pred]
}

func (r *reader) one(node, pred string) string {
	if v := r.prop(node, pred); len(v) > 0 {
		return stringOf(v[0])
	}
	return ""
}

// ref names a node. Documents may spell an entity differently (Yuri,
// Yury); the name shown is the first in sort order, so it does not depend
// on which document was loaded first.
func (r *reader) ref(node string) claim.Ref {
	var names []string
	for _, v := range r.prop(node, PredName) {
		names = append(names, stringOf(v))
	}
	sort.Strings(names)
	ref := claim.Ref{ID: node}
	if len(names) > 0 {
		ref.Name = names[0]
	}
	return ref
}

func (r *reader) flag(node, pred string) bool {
	if v := r.prop(node, pred); len(v) > 0 {
		b, ok := v[0].(quad.Bool)
		return ok && bool(b)
	}
	return false
}

func (r *reader) number(node, pred string) float64 {
	if v := r.prop(node, pred); len(v) > 0 {
		switch x := v[0].(type) {
		case quad.Int:
			return float64(x)
		case quad.Float:
			return float64(x)
		}
	}
	return 0
}

// Claims returns the claims matching f, most corroborated first. A
// filter by status or outlet reads only the claims the resolution layer
// lists for it, when the layer is up to date; otherwise every claim is
// read and resolved.
func (s *Store) Claims(ctx context.Context, f Filter) ([]claim.View, error) {
	if f.Limit > 0 && f.Entity == "" {
		// The layer's views say how claims sort, so only the page's
		// claims need their reports read.
		if stale, err := s.Stale(ctx); err != nil {
			return nil, err
		} else if !stale {
			return s.layerPage(ctx, f)
		}
	}
	claims, err := s.candidates(ctx, f)
	if err != nil {
		return nil, err
	}
	var out []claim.View
	for _, c := range claims {
		if f.matches(c) {
			out = append(out, c)
		}
	}
	sortClaims(out)
	return f.page(out), nil
}

// page is the part of claims that f's Offset and Limit ask for.
func (f Filter) page(claims []claim.View) []claim.View {
	from := min(f.Offset, len(claims))
	if f.Limit <= 0 {
		return claims[from:]
	}
	return claims[from:min(from+f.Limit, len(claims))]
}

// candidates returns the claims f may select: those the resolution layer
// lists for its status or outlet (every claim, without either) when the
// layer is up to date, else every claim, read and resolved.
func (s *Store) candidates(ctx context.Context, f Filter) ([]claim.View, error) {
	if stale, err := s.Stale(ctx); err != nil {
		return nil, err
	} else if !stale {
		return s.layerClaims(ctx, f)
	}
	all, _, err := s.allClaims(ctx)
	return all, err
}

// layerClaims reads the claims of an up-to-date resolution layer that f
// selects by status or outlet, every claim without either.
func (s *Store) layerClaims(ctx context.Context, f Filter) ([]claim.View, error) {
	ids, err := s.layerIDs(ctx, f)
	if err != nil {
		return nil, err
	}
	return s.claimsFromLayer(s.newReader(ctx), ids)
}

// sortClaims puts the claims most outlets report first, then those with
// most reports.
func sortClaims(claims []claim.View) {
	sort.Slice(claims, func(i, j int) bool {
		return before(claims[i], claims[j], len(claims[i].Reports), len(claims[j].Reports))
	})
}

// before orders claims a and b, with na and nb reports: most outlets
// first, then most reports.
func before(a, b claim.View, na, nb int) bool {
	if len(a.Outlets) != len(b.Outlets) {
		return len(a.Outlets) > len(b.Outlets)
	}
	if na != nb {
		return na > nb
	}
	return a.ID < b.ID
}

// claim reads a claim node and its reports as they are stored. Claim
// and report nodes are read once, so they leave the cache when read:
// in a large graph they are most of it.
func (r *reader) claim(id string, reports []string) claim.View {
	defer delete(r.props, id)
	c := claim.View{
		ID:        id,
		Subject:   r.ref(r.one(id, PredSubject)),
		Predicate: r.one(id, PredPredicate),
		Object:    r.ref(r.one(id, PredObject)),
		Negated:   r.flag(id, PredNegated),
		Hedged:    true,
	}
	for _, rep := range reports {
		v := r.report(rep)
		c.Hedged = c.Hedged && v.Hedged
		if v.Outlet != "" {
			c.Outlets = appendUnique(c.Outlets, v.Outlet)
		}
		c.Reports = append(c.Reports, v)
	}
	sort.Strings(c.Outlets)
	sortReports(c.Reports)
	c.Modality = claim.ClaimModality(c.Reports)
	return c
}

// report reads a report node.
func (r *reader) report(rep string) claim.ReportView {
	defer delete(r.props, rep)
	doc := r.one(rep, PredDocument)
	v := claim.ReportView{
		Document:   doc,
		Path:       r.one(doc, PredPath),
		Title:      r.one(doc, PredTitle),
		URL:        r.one(doc, PredURL),
		Outlet:     r.one(r.one(rep, PredOutlet), PredName),
		Published:  r.one(doc, PredPublished),
		Sentence:   r.one(rep, PredSentence),
		Start:      int(r.number(rep, PredStart)),
		End:        int(r.number(rep, PredEnd)),
		Verb:       r.one(rep, PredVerb),
		Quote:      r.one(rep, PredQuote),
		Hedged:     r.flag(rep, PredHedged),
		Time:       r.one(rep, PredTime),
		Confidence: r.number(rep, PredConfidence),
		Phase:      r.one(rep, PredPhase),
		Modality:   r.one(rep, PredModality),
	}
	v.SentenceKey = sentenceKey(v.Sentence)
	if sp := r.one(rep, PredSpeaker); sp != "" {
		ref := r.ref(sp)
		v.Speaker = &ref
	}
	return v
}

// allClaims reads every claim with its reports, bare surnames resolved
// across documents (the aliases it returns), syndication and conflicts
// marked.
func (s *Store) allClaims(ctx context.Context) ([]claim.View, map[string]string, error) {
	r := s.newReader(ctx)
	links, err := s.quadsWith(ctx, quad.Predicate, PredClaim)
	if err != nil {
		return nil, nil, err
	}
	byClaim := map[string][]string{}
	for _, q := range links {
		c := iriOf(q.Object)
		byClaim[c] = appendUnique(byClaim[c], iriOf(q.Subject))
	}
	all := make([]claim.View, 0, len(byClaim))
	for id, reports := range byClaim {
		all = append(all, r.claim(id, reports))
	}
	return s.resolveClaims(r, all)
}

// resolveClaims resolves claims as read: bare surnames across
// documents (the aliases it returns), syndication, paraphrases and
// conflicts. r answers what it asks of entities.
func (s *Store) resolveClaims(r *reader, all []claim.View) ([]claim.View, map[string]string, error) {
	aliases := surnameAliases(r, all)
	all = mergeAliased(r, all, aliases)
	if r.err != nil {
		return nil, nil, r.err
	}
	markSyndication(all)
	if s.Paraphrases == nil {
		return nil, nil, errNoParaphrases
	}
	p, err := s.Paraphrases()
	if err != nil {
		return nil, nil, err
	}
	linkParaphrases(all, p, agreeingFigures(all, s.Rules.Measures))
	markConflicts(all, s.Rules)
	return all, aliases, nil
}

func markConflicts(all []claim.View, rules Rules) {
	bySPO := map[string][]int{}
	bySP := map[string][]int{}
	for i, c := range all {
		sp := c.Subject.ID + "\x00" + c.Predicate
		bySPO[sp+"\x00"+c.Object.ID] = append(bySPO[sp+"\x00"+c.Object.ID], i)
		if rules.Functional[c.Predicate] && !c.Negated {
			bySP[sp] = append(bySP[sp], i)
		}
	}
	conflict := func(i, j int, kind claim.ConflictKind) { addConflict(&all[i], all[j].ID, kind) }
	link := func(group []int, kind claim.ConflictKind, differ func(a, b claim.View) bool) {
		for _, i := range group {
			for _, j := range group {
				if i != j && differ(all[i], all[j]) {
					conflict(i, j, kind)
				}
			}
		}
	}
	for _, g := range bySPO {
		// A possibility does not contradict a denial, nor a hope a
		// fact: only claims of one modality contradict each other.
		link(g, claim.ConflictNegation, func(a, b claim.View) bool { return a.Negated != b.Negated && a.Modality == b.Modality })
	}
	for _, g := range bySP {
		link(g, claim.ConflictFunctional, func(a, b claim.View) bool { return a.Object.ID != b.Object.ID })
	}
	markQuantities(all, rules, conflict)
	markFigures(all, rules.Measures, conflict)
	for i := range all {
		c := &all[i]
		sort.Strings(c.ConflictsWith)
		sort.Strings(c.Revisions)
		c.Status = claim.StatusOf(len(c.ConflictsWith), c.Independent)
	}
}

func (f Filter) matches(c claim.View) bool {
	if f.Status != "" && c.Status != f.Status {
		return false
	}
	if f.Outlet != "" && !containsFold(c.Outlets, f.Outlet) {
		return false
	}
	if f.Entity != "" {
		// Entities, not values ("Russia", not "Russia-US relations"):
		// the names build indexes by their words (see entityClaimIDs).
		e := strings.ToLower(f.Entity)
		named := func(r claim.Ref) bool {
			return strings.HasPrefix(r.ID, "entity:") && strings.Contains(strings.ToLower(r.Name), e)
		}
		hit := named(c.Subject) || named(c.Object)
		for _, r := range c.Reports {
			if r.Speaker != nil && strings.Contains(strings.ToLower(r.Speaker.Name), e) {
				hit = true
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// Diff compares two outlets claim by claim.
type Diff struct {
	Shared    []claim.View `json:"shared"`
	OnlyA     []claim.View `json:"only_a"`
	OnlyB     []claim.View `json:"only_b"`
	Conflicts []claim.View `json:"conflicts"`
}

// outletClaims returns the claims any of the outlets reports, most
// corroborated first: from the resolution layer when it is up to date,
// else from every claim.
func (s *Store) outletClaims(ctx context.Context, outlets ...string) ([]claim.View, error) {
	if stale, err := s.Stale(ctx); err != nil {
		return nil, err
	} else if stale {
		return s.Claims(ctx, Filter{})
	}
	seen := map[string]bool{}
	var ids []string
	for _, o := range outlets {
		some, err := s.layerIDs(ctx, Filter{Outlet: o})
		if err != nil {
			return nil, err
		}
		for _, id := range some {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	out, err := s.claimsFromLayer(s.newReader(ctx), ids)
	if err != nil {
		return nil, err
	}
	sortClaims(out)
	return out, nil
}

// DiffOutlets compares what outlets a and b reported.
func (s *Store) DiffOutlets(ctx context.Context, a, b string) (Diff, error) {
	d := Diff{Shared: []claim.View{}, OnlyA: []claim.View{}, OnlyB: []claim.View{}, Conflicts: []claim.View{}}
	all, err := s.outletClaims(ctx, a, b)
	if err != nil {
		return d, err
	}
	byID := map[string]claim.View{}
	for _, c := range all {
		byID[c.ID] = c
	}
	for _, c := range all {
		inA, inB, counted := c.Sides(a, b)
		if !counted {
			continue
		}
		switch {
		case inA && inB:
			d.Shared = append(d.Shared, c)
		case inA:
			d.OnlyA = append(d.OnlyA, c)
		case inB:
			d.OnlyB = append(d.OnlyB, c)
		}
		if inA && c.Contradicted(byID, b) {
			d.Conflicts = append(d.Conflicts, c)
		}
	}
	return d, nil
}

// Rules are what the schema decides about reading claims back.
type Rules struct {
	// Distinct, when set, says two names must not merge (the schema's
	// distinct groups): a bare surname then stays apart from a full name
	// it lists.
	Distinct func(a, b string) bool
	// Functional predicates allow one object per subject, so that a
	// second one conflicts.
	Functional map[string]bool
	// Numeric predicates take quantities; two values of one unit for one
	// subject conflict when they differ by more than Tolerance (a
	// fraction of the larger).
	Numeric   map[string]bool
	Tolerance float64
	// Changes are predicates that state a value was changed ("revise down
	// to"): they turn a numeric disagreement into a revision.
	Changes map[string]bool
	// Measures are the kinds of what figure claims measure, by the
	// measure's name (schema.MeasureCount, …); see markFigures.
	Measures map[string]string
	// Designators end organisations' full names, lower case (see
	// designated).
	Designators []string
	// Version identifies the rules, so that the stored resolution is
	// computed again when they change (see Resolve).
	Version string
}
