using ClaimTracker.Model;

namespace ClaimTracker.Ledger;

/// <summary>A stored claim that relates to a looked-up statement (<see cref="IClaimLedger.FindAsync"/>).</summary>
/// <param name="Claim">The stored claim, with its source (<see cref="Attribution"/>), stance, dates and evidence.</param>
/// <param name="Article">The stored article the claim was read in (outlet, title, publication date, URL, text).</param>
/// <param name="Relation">How the statement's claim relates to the stored claim, with the typed reasons.</param>
/// <param name="Statement">The claim extracted from the statement that gave this match.</param>
/// <remarks>Immutable.</remarks>
public sealed record LedgerMatch(Claim Claim, Article Article, ClaimRelation Relation, Claim Statement);
