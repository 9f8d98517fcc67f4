// Finds the claims attributed to a speaker, with the reporting verb and
// the outlet that carried each.
// Params: speaker (required): part of the speaker's name, any case.
if (!params.speaker) throw new Error("param speaker is required");
eachEntityNamed(params.speaker, function (e, name) {
  each(g.V(e).In("<cg:speaker>"), function (rep) {
    var d = describe(iri(one(rep, "<cg:claim>")));
    d.speaker = name;
    d.verb = one(rep, "<cg:verb>");
    d.outlet = one(iri(one(rep, "<cg:outlet>")), "<cg:name>");
    d.sentence = one(rep, "<cg:sentence>");
    g.Emit(d);
  });
});
