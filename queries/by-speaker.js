// Finds the claims attributed to a speaker, with the reporting verb and
// the outlet that carried each.
// Params: speaker (required): part of the speaker's name, any case.
if (!params.speaker) throw new Error("param speaker is required");
var want = params.speaker.toLowerCase();
g.V().Has("<cg:kind>").ForEach(function (e) {
  var name = one(iri(e.id), "<cg:name>");
  if (String(name).toLowerCase().indexOf(want) < 0) return;
  g.V(iri(e.id)).In("<cg:speaker>").ForEach(function (r) {
    var rep = iri(r.id);
    var d = describe(iri(one(rep, "<cg:claim>")));
    d.speaker = name;
    d.verb = one(rep, "<cg:verb>");
    d.outlet = one(iri(one(rep, "<cg:outlet>")), "<cg:name>");
    d.sentence = one(rep, "<cg:sentence>");
    g.Emit(d);
  });
});
