// Prelude: helpers every saved query can call. It is run before the query
// with `params` set to the --param values (strings) and `limit` to the
// run's result limit (0: none).

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

// nameOf returns an entity's name: of its spellings, the first in sort
// order, as the claims command shows it. Each entity is looked up once.
var entityNames = {};
function nameOf(e) {
  if (!(e in entityNames)) {
    var name = null;
    g.V(iri(e)).Out("<cg:name>").Unique().ForEach(function (d) {
      if (name === null || d.id < name) name = d.id;
    });
    entityNames[e] = name;
  }
  return entityNames[e];
}

// claimsOn returns the claims that start() yields as {claim, subject,
// subject_id, predicate, object, object_id, negated, outlets,
// independent}. Each part is read by a traversal of its own and joined
// here: one traversal over them all multiplies every claim's rows by the
// documents repeating its description, and grew faster than the graph
// (10 s at 132k quads, over 10 minutes at 650k). A claim's description
// is the same under every document, so Unique keeps one row of it per
// claim: the rows are joined in Go, not in JavaScript. Outlets and the
// independent count come from the resolution `build` stores on each
// claim (its copies and merged spellings counted as `claims` counts
// them). Of an entity's spellings the first in sort order is shown, as
// the claims command does. Tag names are plain words: the SQL backend
// splices them into SQL unquoted.
function claimsOn(start) {
  var byID = {}, list = [];
  pairs(start().Tag("tc").Save("<cg:predicate>", "tp").Unique(), "tc", "tp", function (c, p) {
    byID[c] = {claim: c, predicate: p, negated: false, outlets: [], independent: 0};
    list.push(byID[c]);
  });
  pairs(start().Tag("tc").Save("<cg:subject>", "ts").Unique(), "tc", "ts", function (c, e) {
    byID[c].subject_id = e; byID[c].subject = nameOf(e);
  });
  pairs(start().Tag("tc").Save("<cg:object>", "to").Unique(), "tc", "to", function (c, e) {
    byID[c].object_id = e; byID[c].object = nameOf(e);
  });
  pairs(start().Tag("tc").Save("<cg:negated>", "tn").Unique(), "tc", "tn", function (c, n) {
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
// ("corroborated", "single-source", "conflicted"), found by an index
// lookup: at most `limit` of them (the run's result limit, 0 for none)
// unless all is true, so that a large result is not described in full
// only to be cut.
function withStatus(status, all) {
  var ids = [];
  g.V().Has("<cg:status>", status).ForEach(function (d) {
    if (all || !limit || ids.length < limit) ids.push(iri(d.id));
  });
  if (ids.length === 0) return [];
  return claimsOn(function () { return g.V.apply(g, ids); });
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
