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

// each calls fn once for every distinct node the path yields: nodes are
// described once per document, so paths meet them once per document.
function each(path, fn) {
  var seen = {};
  path.ForEach(function (n) {
    if (!seen[n.id]) { seen[n.id] = true; fn(iri(n.id)); }
  });
}

// eachClaim calls fn with every claim node once.
function eachClaim(fn) {
  each(g.V().Has("<cg:predicate>"), fn);
}

// eachEntityNamed calls fn with every entity whose name contains part
// (any case), and its name.
function eachEntityNamed(part, fn) {
  var want = String(part).toLowerCase();
  each(g.V().Has("<cg:kind>"), function (e) {
    var name = one(e, "<cg:name>");
    if (String(name).toLowerCase().indexOf(want) >= 0) fn(e, name);
  });
}
