// Finds the claims attributed to a speaker, with the reporting verb and
// the outlet that carried each.
// A word of the name is looked up in the word index build keeps, so the
// query reads only the speakers that have it; a part of a word ("ushak")
// reads every name.
// Params: speaker (required): part of the speaker's name, any case.
if (!params.speaker) throw new Error("param speaker is required");
eachEntityNamed(params.speaker, function (e, name) {
  each(g.V(e).In("<cg:speaker>"), function (rep) {
    var d = describe(iri(one(rep, "<cg:claim>")));
    g.Emit({claim: d.claim, subject: d.subject, predicate: d.predicate, object: d.object, negated: d.negated,
            speaker: name, verb: one(rep, "<cg:verb>"), outlet: outletName(one(rep, "<cg:outlet>")),
            sentence: one(rep, "<cg:sentence>")});
  });
});
