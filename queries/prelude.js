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

// claimsOn returns the claims a path yields as {claim, subject,
// subject_id, predicate, object, object_id, negated, outlets}, read in one
// traversal rather than a path per claim. Of an entity's spellings the
// first in sort order is shown, as the claims command does. Tag names
// are plain words: the SQL backend splices them into SQL unquoted.
function claimsOn(path) {
  var byID = {};
  var list = [];
  path.Tag("tc").Save("<cg:predicate>", "tp").Save("<cg:negated>", "tn")
    .Out("<cg:subject>").Tag("ts").Save("<cg:name>", "tsn").Back("tc")
    .Out("<cg:object>").Tag("to").Save("<cg:name>", "ton").Back("tc")
    .In("<cg:claim>").SaveOpt("<cg:outlet>", "tout")
    .ForEach(function (d) {
      var c = byID[d.tc];
      if (!c) {
        c = byID[d.tc] = {claim: d.tc, subject: d.tsn, subject_id: d.ts, predicate: d.tp,
                          object: d.ton, object_id: d.to, negated: d.tn === true, outlets: [], seen: {}};
        list.push(c);
      }
      if (d.tsn < c.subject) c.subject = d.tsn;
      if (d.ton < c.object) c.object = d.ton;
      if (d.tout && !c.seen[d.tout]) { c.seen[d.tout] = true; c.outlets.push(outletName(d.tout)); }
    });
  for (var i = 0; i < list.length; i++) { list[i].outlets.sort(); delete list[i].seen; }
  return list;
}

// allClaims returns every claim; see claimsOn.
function allClaims() {
  return claimsOn(g.V().Has("<cg:predicate>"));
}

// emitClaim emits a claim record without its node IDs.
function emitClaim(c) {
  g.Emit({claim: c.claim, subject: c.subject, predicate: c.predicate, object: c.object,
          negated: c.negated, outlets: c.outlets});
}

// describe returns the readable form of one claim node.
function describe(claim) {
  return claimsOn(g.V(claim))[0];
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
