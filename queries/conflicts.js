// Finds pairs of claims that contradict each other: the same subject,
// predicate and object stated by one report and negated by another.
// Params: none.
var byKey = {};
allClaims().forEach(function (c) {
  var key = c.subject_id + "|" + c.predicate + "|" + c.object_id;
  (byKey[key] = byKey[key] || {})[c.negated] = c;
});
for (var key in byKey) {
  var pos = byKey[key][false], neg = byKey[key][true];
  if (pos && neg) {
    g.Emit({kind: "negation", subject: pos.subject, predicate: pos.predicate, object: pos.object,
            stated_by: pos.outlets, negated_by: neg.outlets, claim: pos.claim, negation: neg.claim});
  }
}
