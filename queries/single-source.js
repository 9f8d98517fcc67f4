// Finds claims that only one outlet reports (or none, for documents with
// no known outlet).
// Params: none.
allClaims().forEach(function (c) {
  if (c.outlets.length <= 1) emitClaim(c);
});
