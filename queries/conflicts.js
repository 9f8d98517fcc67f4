// Finds pairs of claims that contradict each other: the same subject,
// predicate and object stated by one report and negated by another.
// Params: none.
var byKey = {};
eachClaim(function (c) {
  var d = describe(c);
  var key = one(c, "<cg:subject>") + "|" + d.predicate + "|" + one(c, "<cg:object>");
  (byKey[key] = byKey[key] || []).push(d);
});
for (var key in byKey) {
  var group = byKey[key];
  for (var i = 0; i < group.length; i++) {
    for (var j = i + 1; j < group.length; j++) {
      if (group[i].negated !== group[j].negated) {
        var pos = group[i].negated ? group[j] : group[i];
        var neg = group[i].negated ? group[i] : group[j];
        g.Emit({kind: "negation", subject: pos.subject, predicate: pos.predicate, object: pos.object,
                stated_by: pos.outlets, negated_by: neg.outlets, claim: pos.claim, negation: neg.claim});
      }
    }
  }
}
