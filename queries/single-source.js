// Finds claims that only one outlet reports (or none, for documents with
// no known outlet).
// Params: none.
eachClaim(function (c) {
  var d = describe(c);
  if (d.outlets.length <= 1) g.Emit(d);
});
