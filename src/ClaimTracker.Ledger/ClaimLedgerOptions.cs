using ClaimTracker.Comparison;
using ClaimTracker.Extraction;

namespace ClaimTracker.Ledger;

/// <summary>What a <see cref="IClaimLedger"/> extracts and compares with.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ClaimLedgerOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="extractor">Turns articles (and look-up statements) into claims.</param>
    /// <param name="comparer">Compares claims; a default <see cref="ClaimComparer"/> when null. Its
    /// <see cref="ComparisonOptions.MaxBlockSize"/> is recorded in a new ledger, and a ledger refuses to open with another one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is null.</exception>
    public ClaimLedgerOptions(IClaimExtractor extractor, ClaimComparer? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        Extractor = extractor;
        Comparer = comparer ?? new ClaimComparer();
    }

    /// <summary>The claim extractor.</summary>
    public IClaimExtractor Extractor { get; }

    /// <summary>The claim comparer; its options also give the clusters' origin resolver and the block cap.</summary>
    public ClaimComparer Comparer { get; }
}
