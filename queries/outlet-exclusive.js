// Finds what outlet `a` reported that outlet `b` did not.
// Params: a (required), b (required): outlet names as shown by `claims`.
if (!params.a || !params.b) throw new Error("params a and b are required");
allClaims().forEach(function (c) {
  if (c.outlets.indexOf(params.a) >= 0 && c.outlets.indexOf(params.b) < 0) emitClaim(c);
});
