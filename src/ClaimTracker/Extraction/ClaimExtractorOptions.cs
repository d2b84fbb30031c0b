using System.Collections.Immutable;
using ClaimTracker.Catalog;

namespace ClaimTracker.Extraction;

/// <summary>Options of a <see cref="ClaimExtractor"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ClaimExtractorOptions
{
    /// <summary>Alias matcher options by language code (the packs supply them, e.g. clitic variants); a language without
    /// an entry uses the pack's normalizer and tokenizer only.</summary>
    public ImmutableDictionary<string, AliasMatcherOptions> MatcherOptions { get; init; } =
        ImmutableDictionary<string, AliasMatcherOptions>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
}
