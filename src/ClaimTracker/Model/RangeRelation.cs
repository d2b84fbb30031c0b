namespace ClaimTracker.Model;

/// <summary>
/// How two values with ranges (<see cref="Quantity"/>, <see cref="FuzzyTime"/>) relate, read as "the first ... the second".
/// </summary>
/// <remarks>The default value is <see cref="Equal"/>. The relation is mirrored when the operands swap:
/// <see cref="Contains"/> becomes <see cref="ContainedBy"/> and every other relation stays the same.</remarks>
public enum RangeRelation
{
    /// <summary>Both cover the same range (after unit conversion and tolerance).</summary>
    Equal,

    /// <summary>The first covers the whole of the second and more.</summary>
    Contains,

    /// <summary>The second covers the whole of the first and more.</summary>
    ContainedBy,

    /// <summary>They share some values but neither contains the other.</summary>
    Overlaps,

    /// <summary>They share no value.</summary>
    Disjoint,

    /// <summary>They cannot be compared (different dimensions, counted nouns or currencies).</summary>
    Incomparable,
}

/// <summary>The outcome of <see cref="Quantity.Compare(Quantity)"/>: a relation and a plain-English reason a person can check.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record QuantityComparison
{
    /// <summary>Creates a comparison result.</summary>
    /// <param name="relation">How the first quantity relates to the second.</param>
    /// <param name="reason">Why, with the ranges shown after conversion to one unit, for example
    /// <c>(10000, ∞) container and [5000, 5000] container are disjoint; the first is higher</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public QuantityComparison(RangeRelation relation, string reason)
    {
        if (!Enum.IsDefined(relation))
        {
            throw new ArgumentOutOfRangeException(nameof(relation), relation, "Unknown relation.");
        }

        ArgumentNullException.ThrowIfNull(reason);
        Relation = relation;
        Reason = reason;
    }

    /// <summary>How the first quantity relates to the second.</summary>
    public RangeRelation Relation { get; }

    /// <summary>Why, in plain English, with the compared ranges.</summary>
    public string Reason { get; }

    /// <summary>Formats as <c>Relation: reason</c>.</summary>
    public override string ToString() => $"{Relation}: {Reason}";
}
