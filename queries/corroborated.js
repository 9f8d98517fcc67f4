// Finds the claims at least `min` independent outlets report (a copy of
// another outlet's text counts once, a paraphrase counts) and none
// contradicts: what `claims --status corroborated` lists. It reads the
// status build stored on each claim, so it does not scan the graph.
// Params: min (default 2): how many independent outlets.
var min = parseInt(params.min || "2", 10);
withStatus("corroborated", min > 2).forEach(function (c) {
  if (c.independent >= min) emitClaim(c);
});
