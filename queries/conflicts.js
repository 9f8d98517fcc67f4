// Finds pairs of claims that contradict each other, with the kind of
// conflict: negation (one report states what another denies),
// functional (two values of a predicate the schema allows one of),
// numeric (two counts of one thing that differ beyond the tolerance,
// with no change marked between them). It follows the conflict links
// build stored from the claims it marked conflicted, so it does not scan
// the graph.
// Params: kind (optional): negation, functional or numeric.
var conflicted = [];
g.V().Has("<cg:status>", "conflicted").ForEach(function (d) { conflicted.push(iri(d.id)); });
["negation", "functional", "numeric"].forEach(function (kind) {
  if (params.kind && params.kind !== kind) return;
  conflicted.forEach(function (claim) {
    // One traversal per claim: chained after the lookup, Cayley's
    // optimiser would drive it from the predicate, a scan.
    each(g.V(claim).Out("<cg:conflicts/" + kind + ">"), function (other) {
      var x = describe(claim), y = describe(other);
      // Each pair once, its positive claim first.
      if (x.negated && !y.negated || x.negated === y.negated && claim > other) return;
      g.Emit({kind: kind, subject: x.subject, predicate: x.predicate, object: x.object, negated: x.negated,
              outlets: x.outlets, other_subject: y.subject, other_predicate: y.predicate,
              other_object: y.object, other_negated: y.negated, other_outlets: y.outlets,
              claim: x.claim, other: y.claim});
    });
  });
});
