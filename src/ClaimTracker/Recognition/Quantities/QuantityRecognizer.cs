using System.Collections.Immutable;
using ClaimTracker.Model;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Recognition.Quantities;

/// <summary>
/// Recognizes quantities: a number, bound or range followed by a unit or a counted noun ("more than 10,000
/// containers", "260 >lf Tn mtry", "HwAly 60 km / sAEp", "20 EAmAF tqrybAF"), and the dual of a unit noun alone
/// ("ywmyn" is 2 days).
/// </summary>
/// <remarks>
/// <para>
/// Units come from the pack's <c>units.yaml</c> (<see cref="UnitEntry"/>, ids understood by <see cref="Unit.FromId"/>).
/// Otherwise the next content word after the number (skipping a partitive such as "mn"/"of" before a definite noun)
/// becomes <see cref="Unit.Count(string)"/> of its canonical form: the <c>counted-nouns.yaml</c> entry when listed,
/// else the word without clitics, singularized by the pack's plural-suffix rules, so "HAwyAt" and "HAwyp" compare equal.
/// Four-digit numbers that look like years take no counted noun. A bound written again after the noun ("mA lA yql En
/// 10 SwAryx ElY Al>ql") is one bound; "tqrybAF"/"or so" after the noun makes the quantity approximate (±10 %).
/// </para>
/// <para>Thread-safe and stateless; linear in the text length; never throws on text content.</para>
/// </remarks>
public sealed class QuantityRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<RecognitionKind> Kinds { get; } = [RecognitionKind.Quantity];

    /// <inheritdoc />
    public RecognitionResult Recognize(string text, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var analysis = NumericAnalysis.Analyze(text, context.Language);
        var engine = QuantityEngine.Run(analysis);
        var items = ImmutableArray.CreateBuilder<Recognized>();
        foreach (var q in engine.Quantities)
        {
            var span = analysis.SpanOf(q.First, q.Last);
            items.Add(new RecognizedQuantity(span, span.Slice(text), q.Rule, q.Quantity) { CountsPeople = q.CountsPeople });
        }

        return new RecognitionResult(items.ToImmutable(), ImmutableArray<Diagnostic>.Empty);
    }
}
