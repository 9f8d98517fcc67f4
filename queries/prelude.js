// Prelude: helpers every saved query can call. It is run before the query
// with `params` set to the --param values (strings).

// one returns the first value of pred on node, or "".
function one(node, pred) {
  var v = g.V(node).Out(pred).ToValue();
  return v === null || v === undefined ? "" : v;
}

// iri turns a node returned by a traversal into a value g.V() accepts.
function iri(v) {
  if (typeof v === "string" && v.charAt(0) !== "<") return "<" + v + ">";
  return v;
}

// outletsOf lists the distinct outlet names of a claim's reports.
function outletsOf(claim) {
  var seen = {};
  var names = [];
  g.V(claim).In("<cg:claim>").Out("<cg:outlet>").Out("<cg:name>").ForEach(function (o) {
    if (!seen[o.id]) { seen[o.id] = true; names.push(o.id); }
  });
  names.sort();
  return names;
}

// describe returns the readable form of a claim node.
function describe(claim) {
  return {
    claim: claim,
    subject: one(iri(one(claim, "<cg:subject>")), "<cg:name>"),
    predicate: one(claim, "<cg:predicate>"),
    object: one(iri(one(claim, "<cg:object>")), "<cg:name>"),
    negated: one(claim, "<cg:negated>") === true,
    outlets: outletsOf(claim)
  };
}

// eachClaim calls fn with every claim node once.
function eachClaim(fn) {
  var seen = {};
  g.V().Has("<cg:predicate>").ForEach(function (c) {
    if (!seen[c.id]) { seen[c.id] = true; fn(iri(c.id)); }
  });
}
