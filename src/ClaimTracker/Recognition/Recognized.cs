using ClaimTracker.Text;

namespace ClaimTracker.Recognition;

/// <summary>
/// One value found in a text. Concrete kinds (<c>RecognizedNumber</c>, <c>RecognizedQuantity</c>,
/// <c>RecognizedTime</c>, …) add the typed value.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record Recognized
{
    /// <summary>Creates a result.</summary>
    /// <param name="span">Where the value was written, in UTF-16 offsets into the recognized text.</param>
    /// <param name="text">The exact characters at <paramref name="span"/>.</param>
    /// <param name="rule">The name of the rule or lexicon entry that produced it, for explanations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="rule"/> is null.</exception>
    protected Recognized(TextSpan span, string text, string rule)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rule);
        Span = span;
        Text = text;
        Rule = rule;
    }

    /// <summary>What kind of value this is.</summary>
    public abstract RecognitionKind Kind { get; }

    /// <summary>Where the value was written.</summary>
    public TextSpan Span { get; }

    /// <summary>The exact characters at <see cref="Span"/>.</summary>
    public string Text { get; }

    /// <summary>The rule or lexicon entry that produced the value.</summary>
    public string Rule { get; }
}
