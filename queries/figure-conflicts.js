// Finds figures in conflict: two values of one measure (a death toll, a
// turnout, a magnitude) on one occasion that sources give side by side,
// that one source gives differently in two outlets on one day, or that
// outlets give for a property; values the text orders in a change are
// revisions and are not listed. Each pair comes once, each side with its
// value, its outlets and its sources (who the text says gives it; "" for
// an outlet's own voice). It follows the numeric conflict links build
// stored from the claims it marked conflicted, and each claim's own
// reports, so it does not scan the graph.
// Params: measure (optional): only this measure, as the figures command
// names it ("death toll").
var conflicted = [];
g.V().Has("<cg:status>", "conflicted").ForEach(function (d) { conflicted.push(iri(d.id)); });

// sources returns who a claim's reports say gives it, sorted, once each.
function sources(claim) {
  var out = [];
  each(g.V(claim).In("<cg:claim>"), function (rep) {
    var speaker = one(rep, "<cg:speaker>"), name = speaker === "" ? "" : one(iri(speaker), "<cg:name>");
    if (out.indexOf(name) < 0) out.push(name);
  });
  return out.sort();
}

conflicted.forEach(function (claim) {
  // One traversal per claim, as in conflicts.js: chained after the
  // lookup, Cayley would drive it from the predicate, a scan.
  each(g.V(claim).Out("<cg:conflicts/numeric>"), function (other) {
    if (claim > other) return;
    var x = describe(claim), y = describe(other);
    if (params.measure && x.subject !== params.measure) return;
    g.Emit({measure: x.subject, value: x.object, predicate: x.predicate, outlets: x.outlets, sources: sources(claim),
            other_value: y.object, other_predicate: y.predicate, other_outlets: y.outlets, other_sources: sources(other),
            claim: x.claim, other: y.claim});
  });
});
