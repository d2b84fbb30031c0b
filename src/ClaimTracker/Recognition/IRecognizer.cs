using ClaimTracker.Text;

namespace ClaimTracker.Recognition;

/// <summary>
/// Finds typed values (numbers, ranges, quantities, dates) in text. Recognizers are language-neutral
/// engines driven by the language pack's lexicons.
/// </summary>
/// <remarks>
/// Implementations are thread-safe and never throw on any text content: text they cannot read yields
/// no result (and, where useful, a diagnostic). They must run in time linear in the text length.
/// </remarks>
public interface IRecognizer
{
    /// <summary>The kinds of result this recognizer can produce.</summary>
    IReadOnlyCollection<RecognitionKind> Kinds { get; }

    /// <summary>Recognizes values in <paramref name="text"/>. Results are in text order; spans are UTF-16 offsets into <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    RecognitionResult Recognize(string text, RecognitionContext context);
}
