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
// them once per document; this keeps each pair once. Tag names are plain
// words: the SQL backend splices them into SQL unquoted.
function pairs(path, ta, tb, fn) {
  var seen = {};
  path.ForEach(function (d) {
    var k = d[ta] + "\u0000" + d[tb];
    if (!seen[k]) { seen[k] = true; fn(d[ta], d[tb]); }
  });
}

// describeClaims returns the claims ids (nodes as g.V() takes them) as
// {claim, subject, subject_id, predicate, object, object_id, negated,
// outlets, independent}, leaving out nodes that are no claim the layer
// lists. All of it comes from the resolution `build` stores on each
// claim: the description as one literal (cg:summary, with the names the
// claims command shows), outlets and the independent count (its copies
// and merged spellings counted as `claims` counts them). The claim's own
// description quads are repeated under every document that reports it,
// and reading them took 0.6 ms a claim at 1.5M quads. Each claim is
// looked up on its own: from a single node Cayley reads the subject and
// predicate index, while a traversal from many nodes at once reads every
// quad of each (1.2 s against 18 ms for 1,000 claims).
function describeClaims(ids) {
  var list = [];
  ids.forEach(function (id) {
    var summary = one(id, "<cg:summary>");
    if (summary === "") return;
    var d = JSON.parse(summary), outlets = [];
    g.V(id).Out("<cg:reportedBy>").ForEach(function (o) { outlets.push(outletName(o.id)); });
    outlets.sort();
    list.push({claim: id, subject: d.subject, subject_id: iri(d.subject_id), predicate: d.predicate,
               object: d.object, object_id: iri(d.object_id), negated: d.negated, outlets: outlets,
               independent: Number(one(id, "<cg:independent>")) || 0});
  });
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
  return describeClaims(ids);
}

// allClaims returns every claim, merged spellings once; see
// describeClaims.
function allClaims() {
  var ids = [];
  each(g.V().Has("<cg:status>"), function (c) { ids.push(c); });
  return describeClaims(ids);
}

// emitClaim emits a claim record without its node IDs.
function emitClaim(c) {
  g.Emit({claim: c.claim, subject: c.subject, predicate: c.predicate, object: c.object,
          negated: c.negated, outlets: c.outlets, independent: c.independent});
}

// describe returns the readable form of one claim node.
function describe(claim) {
  return describeClaims([claim])[0];
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
// part (any case), and that name. Entities and speakers are indexed by
// the words of their names (cg:word, see graph.NameWords): when part
// holds a whole word, its longest one is looked up and only the
// entities that have it are read. A part of a word ("ushak") has no
// entry, so then every entity's name is read.
function eachEntityNamed(part, fn) {
  var want = String(part).toLowerCase();
  var seen = {}, found = false;
  var visit = function (d) {
    if (!seen[d.te] && String(d.tn).toLowerCase().indexOf(want) >= 0) {
      seen[d.te] = true;
      found = true;
      fn(iri(d.te), d.tn);
    }
  };
  var words = want.split(/[\s.,;:!?'"()\/\-\u2019]+/).filter(function (w) { return w.length > 1; });
  words.sort(function (a, b) { return b.length - a.length; });
  if (words.length > 0) {
    g.V().Has("<cg:word>", words[0]).Tag("te").Save("<cg:name>", "tn").ForEach(visit);
    if (found) return;
  }
  g.V().Has("<cg:kind>").Tag("te").Save("<cg:name>", "tn").ForEach(visit);
}
