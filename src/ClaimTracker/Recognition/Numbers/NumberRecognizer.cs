using System.Collections.Immutable;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>
/// Recognizes numbers in raw text: digits in any Unicode script with either separator style, number words with
/// their gender, case, dual and clitic forms, scale words after digits, fractions, percentages, negatives and
/// ordinals. Language-neutral: every word comes from the pack's <c>numbers.yaml</c> and <c>number-syntax.yaml</c>
/// lexicons (see <see cref="NumberWordEntry"/> and <see cref="NumberSyntaxEntry"/>).
/// </summary>
/// <remarks>
/// Thread-safe and stateless; a pack's lexicons are compiled once and cached. Runs in time linear in the text
/// length (hand-written scanner, no regular expressions) and never throws on text content.
/// </remarks>
public sealed class NumberRecognizer : IRecognizer
{
    /// <inheritdoc />
    public IReadOnlyCollection<RecognitionKind> Kinds { get; } = [RecognitionKind.Number];

    /// <inheritdoc />
    public RecognitionResult Recognize(string text, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var analysis = NumericAnalysis.Analyze(text, context.Language);
        var items = ImmutableArray.CreateBuilder<Recognized>();
        foreach (var m in analysis.Numbers.Where(n => !n.GluedUnit))
        {
            items.Add(analysis.ToNumber(m));
        }

        return new RecognitionResult(items.ToImmutable(), ImmutableArray<Diagnostic>.Empty);
    }
}
