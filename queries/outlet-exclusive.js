// Finds what outlet `a` reported that outlet `b` did not.
// Params: a (required), b (required): outlet names as shown by `claims`.
if (!params.a || !params.b) throw new Error("params a and b are required");
eachClaim(function (c) {
  var d = describe(c);
  if (d.outlets.indexOf(params.a) >= 0 && d.outlets.indexOf(params.b) < 0) g.Emit(d);
});
