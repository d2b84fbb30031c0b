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
/// <param name="Relation">How the first quantity relates to the second.</param>
/// <param name="Reason">Why, with the ranges shown after conversion to one unit, for example
/// <c>(10000, ∞) container and [5000, 5000] container are disjoint; the first is higher</c>.</param>
public sealed record QuantityComparison(RangeRelation Relation, string Reason);
