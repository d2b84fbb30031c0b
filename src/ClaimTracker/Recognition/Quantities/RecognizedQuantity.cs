using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Quantities;

/// <summary>
/// A number or range over a unit or counted noun ("more than 10,000 containers" is (10000, ∞) of
/// <c>count:container</c>; "about 60 km/h" is approximately [60, 60] km/h; "ywmyn" is [2, 2] days).
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Recognized.Span"/> covers the bound words, the number and the unit.</remarks>
public sealed record RecognizedQuantity : Recognized
{
    /// <summary>Creates a recognized quantity.</summary>
    /// <param name="span">Where the quantity was written (bound, number and unit).</param>
    /// <param name="text">The exact characters at <paramref name="span"/>.</param>
    /// <param name="rule">The rule or lexicon entry that produced it.</param>
    /// <param name="quantity">The quantity.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RecognizedQuantity(TextSpan span, string text, string rule, Quantity quantity)
        : base(span, text, rule)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        Quantity = quantity;
    }

    /// <inheritdoc />
    public override RecognitionKind Kind => RecognitionKind.Quantity;

    /// <summary>The quantity.</summary>
    public Quantity Quantity { get; }

    /// <summary>
    /// True when the quantity counts people (the counted noun is marked <c>person</c> in the pack's
    /// <c>counted-nouns.yaml</c>: "2 officials", "30 qtylA"). Such a quantity is a count, comparable with other counts
    /// of the same noun, but never a measured amount of a unit.
    /// </summary>
    public bool CountsPeople { get; init; }
}
