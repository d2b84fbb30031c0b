using System.Collections.Immutable;
using ClaimTracker.Catalog;
using ClaimTracker.Model;
using ClaimTracker.Recognition;

namespace ClaimTracker.Extraction;

/// <summary>Options of a <see cref="ClaimExtractor"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ClaimExtractorOptions
{
    /// <summary>Alias matcher options by language code (the packs supply them, e.g. clitic variants); a language without
    /// an entry uses the pack's normalizer and tokenizer only.</summary>
    public ImmutableDictionary<string, AliasMatcherOptions> MatcherOptions { get; init; } =
        ImmutableDictionary<string, AliasMatcherOptions>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Recognizers run on each claim's evidence text (numbers, quantities, dates); empty by default.</summary>
    public ImmutableArray<IRecognizer> Recognizers { get; init; } = ImmutableArray<IRecognizer>.Empty;

    /// <summary>Turns a recognized item into a claim quantity, or null to skip it (for example <c>r =&gt; (r as RecognizedQuantity)?.Quantity</c>).</summary>
    public Func<Recognized, Quantity?>? QuantityOf { get; init; }

    /// <summary>Turns a recognized item into a claim time, or null to skip it; the first becomes the claim's event time.</summary>
    public Func<Recognized, FuzzyTime?>? TimeOf { get; init; }
}
