// Finds the claims about an entity (as subject or object) in time order:
// the time the claim is about if the text gives one, else the date the
// report was published; undated reports come first.
// The entities are the people, organisations and places build indexes
// by the words of their names, so a word of the name is a lookup; a
// part of a word ("witk") reads every name, values' too.
// Params: entity (required): part of the entity's name, any case.
if (!params.entity) throw new Error("param entity is required");
var rows = [];
eachEntityNamed(params.entity, function (e) {
  each(g.V(e).In(["<cg:subject>", "<cg:object>"]), function (claim) {
    var d = describe(claim);
    each(g.V(claim).In("<cg:claim>"), function (rep) {
      var doc = iri(one(rep, "<cg:document>"));
      rows.push({when: one(rep, "<cg:time>") || one(doc, "<cg:published>"), subject: d.subject,
                 predicate: d.predicate, object: d.object, negated: d.negated,
                 outlet: outletName(one(rep, "<cg:outlet>"))});
    });
  });
});
rows.sort(function (a, b) { return String(a.when) < String(b.when) ? -1 : String(a.when) > String(b.when) ? 1 : 0; });
for (var i = 0; i < rows.length; i++) g.Emit(rows[i]);
