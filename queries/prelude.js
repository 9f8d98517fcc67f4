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

// outletName returns an outlet node's name, looked up once.
var outletNames = {};
function outletName(node) {
  if (!(node in outletNames)) outletNames[node] = one(iri(node), "<cg:name>");
  return outletNames[node];
}

// pairs calls fn(a, b) for the distinct values of tags ta and tb over a
// path's results. Nodes are described once per document, so paths meet
// them once per document; this keeps each pair once.
function pairs(path, ta, tb, fn) {
  var seen = {};
  path.ForEach(function (d) {
    var k = d[ta] + "\u0000" + d[tb];
    if (!seen[k]) { seen[k] = true; fn(d[ta], d[tb]); }
  });
}

// entityNames maps every entity to its name, read once per query run.
var entityNameMap = null;
function entityNames() {
  if (entityNameMap === null) {
    entityNameMap = {};
    pairs(g.V().Has("<cg:kind>").Tag("te").Save("<cg:name>", "tn"), "te", "tn", function (e, n) {
      if (!(e in entityNameMap) || n < entityNameMap[e]) entityNameMap[e] = n;
    });
  }
  return entityNameMap;
}

// claimsOn returns the claims that start() yields as {claim, subject,
// subject_id, predicate, object, object_id, negated, outlets,
// independent}. Each part is read by a traversal of its own and joined
// here: one traversal over them all multiplies every claim's rows by the
// documents repeating its description, and grew faster than the graph
// (10 s at 132k quads, over 10 minutes at 650k). Outlets and the
// independent count come from the resolution `build` stores on each
// claim (its copies and merged spellings counted as `claims` counts
// them). Of an entity's spellings the first in sort order is shown, as
// the claims command does. Tag names are plain words: the SQL backend
// splices them into SQL unquoted.
function claimsOn(start) {
  var byID = {}, list = [];
  pairs(start().Tag("tc").Save("<cg:predicate>", "tp"), "tc", "tp", function (c, p) {
    byID[c] = {claim: c, predicate: p, negated: false, outlets: [], independent: 0};
    list.push(byID[c]);
  });
  var names = entityNames();
  pairs(start().Tag("tc").Save("<cg:subject>", "ts"), "tc", "ts", function (c, e) {
    byID[c].subject_id = e; byID[c].subject = names[e];
  });
  pairs(start().Tag("tc").Save("<cg:object>", "to"), "tc", "to", function (c, e) {
    byID[c].object_id = e; byID[c].object = names[e];
  });
  pairs(start().Tag("tc").Save("<cg:negated>", "tn"), "tc", "tn", function (c, n) {
    if (n === true) byID[c].negated = true;
  });
  pairs(start().Tag("tc").Save("<cg:reportedBy>", "to"), "tc", "to", function (c, o) {
    byID[c].outlets.push(outletName(o));
  });
  pairs(start().Tag("tc").Save("<cg:independent>", "ti"), "tc", "ti", function (c, n) {
    byID[c].independent = n;
  });
  for (var i = 0; i < list.length; i++) list[i].outlets.sort();
  return list;
}

// withStatus returns the claims build resolved to a status
// ("corroborated", "single-source", "conflicted"): an index lookup.
function withStatus(status) {
  return claimsOn(function () { return g.V().Has("<cg:status>", status); });
}

// allClaims returns every claim, merged spellings once; see claimsOn.
function allClaims() {
  return claimsOn(function () { return g.V().Has("<cg:status>"); });
}

// emitClaim emits a claim record without its node IDs.
function emitClaim(c) {
  g.Emit({claim: c.claim, subject: c.subject, predicate: c.predicate, object: c.object,
          negated: c.negated, outlets: c.outlets, independent: c.independent});
}

// describe returns the readable form of one claim node.
function describe(claim) {
  return claimsOn(function () { return g.V(claim); })[0];
}

// each calls fn once for every distinct node the path yields: nodes are
// described once per document, so paths meet them once per document.
function each(path, fn) {
  var seen = {};
  path.ForEach(function (n) {
    if (!seen[n.id]) { seen[n.id] = true; fn(iri(n.id)); }
  });
}

// eachEntityNamed calls fn once with every entity whose name contains
// part (any case), and that name.
function eachEntityNamed(part, fn) {
  var want = String(part).toLowerCase();
  var seen = {};
  g.V().Has("<cg:kind>").Tag("te").Save("<cg:name>", "tn").ForEach(function (d) {
    if (!seen[d.te] && String(d.tn).toLowerCase().indexOf(want) >= 0) {
      seen[d.te] = true;
      fn(iri(d.te), d.tn);
    }
  });
}
