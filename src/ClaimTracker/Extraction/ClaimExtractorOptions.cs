using System.Collections.Immutable;
using ClaimTracker.Catalog;
using ClaimTracker.Model;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Quantities;

namespace ClaimTracker.Extraction;

/// <summary>Options of a <see cref="ClaimExtractor"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ClaimExtractorOptions
{
    /// <summary>Alias matcher options by language code (the packs supply them, e.g. clitic variants); a language without
    /// an entry uses the pack's normalizer and tokenizer only.</summary>
    public ImmutableDictionary<string, AliasMatcherOptions> MatcherOptions { get; init; } =
        ImmutableDictionary<string, AliasMatcherOptions>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Recognizers run on each claim's evidence text (numbers, quantities, dates).</summary>
    /// <value>The quantity and date recognizers; set an empty array to extract claims without values.</value>
    public ImmutableArray<IRecognizer> Recognizers { get; init; } = [new QuantityRecognizer(), new DateRecognizer()];

    /// <summary>Turns a recognized item into a claim quantity, or null to skip it.</summary>
    /// <value>By default the quantity of a <see cref="RecognizedQuantity"/>.</value>
    public Func<Recognized, Quantity?>? QuantityOf { get; init; } = r => (r as RecognizedQuantity)?.Quantity;

    /// <summary>Turns a recognized item into a claim time, or null to skip it; the first becomes the claim's event time.</summary>
    /// <value>By default the time of a <see cref="RecognizedTime"/>.</value>
    public Func<Recognized, FuzzyTime?>? TimeOf { get; init; } = r => (r as RecognizedTime)?.Time;
}
