// Finds the claims one outlet reports (or none, for documents with no
// known outlet) that no other outlet states or paraphrases, and none
// contradicts: what `claims --status single-source` lists.
// Params: none.
withStatus("single-source").forEach(emitClaim);
