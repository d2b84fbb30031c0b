using ClaimTracker.Model;

namespace ClaimTracker.Ledger;

/// <summary>Which stored articles a report from the ledger covers.</summary>
/// <remarks>
/// Immutable. The relations and clusters are those among the selected articles' claims, as stored: a relation is never
/// recomputed for a selection, so when a blocking key is capped only in the whole ledger the selection still lacks the
/// relations that cap removed.
/// </remarks>
public sealed record LedgerSelection
{
    /// <summary>Only articles published on or after the start of this time (articles without a date are left out); null for no limit.</summary>
    public FuzzyTime? Since { get; init; }

    /// <summary>Only articles whose title or text contains this text (case-insensitive, invariant culture); null for no limit.</summary>
    public string? Story { get; init; }
}
