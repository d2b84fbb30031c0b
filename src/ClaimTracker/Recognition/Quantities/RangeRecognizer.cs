using System.Collections.Immutable;
using ClaimTracker.Model;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Recognition.Quantities;

/// <summary>
/// Recognizes bounds and ranges of numbers ("more than 10,000", "ما لا يقل عن 10", "between 20 and 30",
/// "1000-5000", "حوالي 60"), with or without a unit after them; the result is the numeric part, a
/// <see cref="Quantity"/> over <see cref="Unit.None"/>. Bound phrases come from the pack's <c>bounds.yaml</c>
/// (see <see cref="BoundEntry"/>).
/// </summary>
/// <remarks>
/// Thread-safe and stateless; linear in the text length; never throws on text content. Ranges written with two
/// numbers ("between 20 and 30", "20-30") follow the half-open convention <c>[20,30)</c> of the Recognizers-Text
/// specification unless the lexicon entry sets <see cref="BoundEntry.HighInclusive"/>; a lower and an upper bound
/// joined by a conjunction merge into one range when consistent.
/// </remarks>
public sealed class RangeRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<RecognitionKind> Kinds { get; } = [RecognitionKind.Range];

    /// <inheritdoc />
    public RecognitionResult Recognize(string text, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var analysis = NumericAnalysis.Analyze(text, context.Language);
        var engine = QuantityEngine.Run(analysis);
        var items = ImmutableArray.CreateBuilder<Recognized>();
        foreach (var r in engine.Ranges)
        {
            if (r.Number.Unit is not null || r.Number.CountedNoun is not null || r.Bound.ToQuantity(Unit.None) is not { } q)
            {
                continue;
            }

            var span = analysis.SpanOf(r.First, r.Last);
            items.Add(new RecognizedRange(span, span.Slice(text), r.Rule, q));
        }

        return new RecognitionResult(items.ToImmutable(), ImmutableArray<Diagnostic>.Empty);
    }
}
