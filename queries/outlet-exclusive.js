// Finds what outlet `a` reported that outlet `b` did not, a paraphrase
// by `b` counting as reported, as diff counts it. It starts from `a`'s
// claims, so it does not scan the graph.
// Params: a (required), b (required): outlet names as shown by `claims`.
if (!params.a || !params.b) throw new Error("params a and b are required");
var outletA = null, outletB = null;
g.V().Has("<cg:name>", params.a).ForEach(function (n) { if (n.id.indexOf("outlet:") === 0 || n.id.indexOf("<outlet:") === 0) outletA = n.id; });
g.V().Has("<cg:name>", params.b).ForEach(function (n) { if (n.id.indexOf("outlet:") === 0 || n.id.indexOf("<outlet:") === 0) outletB = n.id; });
if (outletA !== null) {
  var inB = {};
  if (outletB !== null) {
    each(g.V(iri(outletB)).In("<cg:reportedBy>"), function (c) { inB[c] = true; });
  }
  claimsOn(function () { return g.V(iri(outletA)).In("<cg:reportedBy>"); }).forEach(function (c) {
    var shared = inB[iri(c.claim)];
    each(g.V(iri(c.claim)).Out("<cg:sameAs>"), function (other) { if (inB[other]) shared = true; });
    if (!shared) emitClaim(c);
  });
}
