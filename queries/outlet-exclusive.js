// Finds what outlet `a` reported that outlet `b` did not, a paraphrase
// by `b` counting as reported, as diff counts it. It starts from `a`'s
// claims, so it does not scan the graph.
// Params: a (required), b (required): outlet names as shown by `claims`.
if (!params.a || !params.b) throw new Error("params a and b are required");
// outletNode returns the node of the outlet with that name, or null.
function outletNode(name) {
  var node = null;
  g.V().Has("<cg:name>", name).ForEach(function (n) {
    if (String(n.id).replace(/^</, "").indexOf("outlet:") === 0) node = iri(n.id);
  });
  return node;
}
var outletA = outletNode(params.a), outletB = outletNode(params.b);
if (outletA !== null) {
  var inB = {};
  if (outletB !== null) {
    each(g.V(outletB).In("<cg:reportedBy>"), function (c) { inB[c] = true; });
  }
  var paraphrasedInB = {};
  pairs(g.V(outletA).In("<cg:reportedBy>").Tag("tc").Out("<cg:sameAs>").Tag("to"), "tc", "to", function (c, other) {
    if (inB[iri(other)]) paraphrasedInB[iri(c)] = true;
  });
  var ids = [];
  each(g.V(outletA).In("<cg:reportedBy>"), function (c) {
    if (!inB[c] && !paraphrasedInB[c] && (!limit || ids.length < limit)) ids.push(c);
  });
  describeClaims(ids).forEach(emitClaim);
}
