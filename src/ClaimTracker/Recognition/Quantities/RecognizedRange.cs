using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Quantities;

/// <summary>
/// A bounded or approximate number without a unit ("more than 10,000", "between 20 and 30", "about 60"):
/// a <see cref="Quantity"/> over <see cref="Unit.None"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RecognizedRange : Recognized
{
    /// <summary>Creates a recognized range.</summary>
    /// <param name="span">Where the range was written.</param>
    /// <param name="text">The exact characters at <paramref name="span"/>.</param>
    /// <param name="rule">The rule or lexicon entry that produced it.</param>
    /// <param name="range">The range, over <see cref="Unit.None"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="range"/> has a unit other than <see cref="Unit.None"/>.</exception>
    public RecognizedRange(TextSpan span, string text, string rule, Quantity range)
        : base(span, text, rule)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (range.Unit != Unit.None)
        {
            throw new ArgumentException($"A recognized range has no unit, but got '{range.Unit.Id}'.", nameof(range));
        }

        Range = range;
    }

    /// <inheritdoc />
    public override RecognitionKind Kind => RecognitionKind.Range;

    /// <summary>The range, over <see cref="Unit.None"/>.</summary>
    public Quantity Range { get; }
}
