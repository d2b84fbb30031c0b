using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>A number found in text, with its value and the form it was written in.</summary>
/// <remarks>Immutable and thread-safe. A percentage keeps the written number (<c>20 %</c> has value 20).</remarks>
public sealed record RecognizedNumber : Recognized
{
    /// <summary>Creates a recognized number.</summary>
    /// <param name="span">Where the number was written.</param>
    /// <param name="text">The exact characters at <paramref name="span"/>.</param>
    /// <param name="rule">The rule that produced it.</param>
    /// <param name="value">The numeric value (finite).</param>
    /// <param name="form">How the number was written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite or <paramref name="form"/> is not defined.</exception>
    public RecognizedNumber(TextSpan span, string text, string rule, double value, NumberForm form)
        : base(span, text, rule)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A recognized number must be finite.");
        }

        if (!Enum.IsDefined(form))
        {
            throw new ArgumentOutOfRangeException(nameof(form), form, "Unknown number form.");
        }

        Value = value;
        Form = form;
    }

    /// <inheritdoc />
    public override RecognitionKind Kind => RecognitionKind.Number;

    /// <summary>The numeric value.</summary>
    public double Value { get; }

    /// <summary>How the number was written.</summary>
    public NumberForm Form { get; }
}
