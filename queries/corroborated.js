// Finds claims that at least `min` distinct outlets report.
// Params: min (default 2): how many outlets make a claim corroborated.
var min = parseInt(params.min || "2", 10);
allClaims().forEach(function (c) {
  if (c.outlets.length >= min) emitClaim(c);
});
