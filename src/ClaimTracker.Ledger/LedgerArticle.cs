namespace ClaimTracker.Ledger;

/// <summary>A stored article's identity: its id and the hash of its content.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Hash">The content hash, <c>sha256:</c> and 64 lower-case hex digits, over the text and every metadata field.</param>
/// <remarks>Immutable; equality is by value.</remarks>
public sealed record LedgerArticle(string Id, string Hash);
