using System.Collections.Immutable;

namespace ClaimTracker.Model;

/// <summary>How two claims relate. The comparison that assigns a kind is a separate stage; these are the meanings it follows.</summary>
/// <remarks>The default value is <see cref="Corroborates"/>. Serialized by name (camelCase); members are only appended.</remarks>
public enum RelationKind
{
    /// <summary>
    /// Same proposition (signature or shared participants and event class), same polarity, compatible quantities and
    /// times, neither claim a prediction of the other. Independent origins make it stronger; a shared origin is repetition.
    /// </summary>
    Corroborates,

    /// <summary>
    /// Same proposition with opposite polarity (assert versus deny), or same polarity with disjoint quantities or
    /// conflicting event times.
    /// </summary>
    Contradicts,

    /// <summary>Compatible, and one claim is strictly more specific: a nested quantity range or a finer time inside the other's.</summary>
    Refines,

    /// <summary>An <see cref="Stance.Expects"/> claim followed by a later asserted claim of the same proposition that agrees with it.</summary>
    PredictionConfirmed,

    /// <summary>An <see cref="Stance.Expects"/> claim followed by a later claim of the same proposition that conflicts with it.</summary>
    PredictionOverturned,

    /// <summary>Compared but about different propositions; kept only when a caller asks for negative results.</summary>
    Unrelated,
}

/// <summary>The type of one reason behind a <see cref="ClaimRelation"/>.</summary>
/// <remarks>The default value is <see cref="SameSignature"/>. Serialized by name (camelCase); members are only appended.</remarks>
public enum ReasonType
{
    /// <summary>The propositions have the same signature.</summary>
    SameSignature,

    /// <summary>The propositions share participants (entities in roles).</summary>
    SharedParticipants,

    /// <summary>The propositions have the same event class.</summary>
    SameEventClass,

    /// <summary>Both claims have the same polarity.</summary>
    SamePolarity,

    /// <summary>One claim affirms what the other negates.</summary>
    OppositePolarity,

    /// <summary>The pair of stances matters (a prediction and a report, an allegation and a denial).</summary>
    StancePair,

    /// <summary>The quantities' ranges overlap.</summary>
    QuantitiesOverlap,

    /// <summary>One quantity range lies within the other.</summary>
    QuantitiesNested,

    /// <summary>The quantities' ranges share no value.</summary>
    QuantitiesDisjoint,

    /// <summary>The quantities cannot be compared (different dimensions or nouns).</summary>
    QuantitiesIncomparable,

    /// <summary>The event times overlap.</summary>
    TimesCompatible,

    /// <summary>The event times are disjoint.</summary>
    TimesConflict,

    /// <summary>A later claim reports what an earlier one predicted.</summary>
    TimeOrder,

    /// <summary>Both claims trace back to the same origin: not independent.</summary>
    SameOrigin,

    /// <summary>The claims come from different origins: independent confirmation or conflict.</summary>
    IndependentOrigins,
}

/// <summary>One typed reason behind a relation, with a detail a person can check.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record Reason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="type">The reason type.</param>
    /// <param name="detail">Plain-language detail, for example <c>[20, 20] year and [24, 24] year are disjoint</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="detail"/> is null.</exception>
    public Reason(ReasonType type, string detail)
    {
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown reason type.");
        }

        ArgumentNullException.ThrowIfNull(detail);
        Type = type;
        Detail = detail;
    }

    /// <summary>The reason type.</summary>
    public ReasonType Type { get; }

    /// <summary>Plain-language detail.</summary>
    public string Detail { get; }

    /// <summary>Formats as <c>Type: detail</c>.</summary>
    public override string ToString() => Detail.Length == 0 ? Type.ToString() : $"{Type}: {Detail}";
}

/// <summary>A relation between two claims with a score and the typed reasons that produced it.</summary>
/// <remarks>Immutable and thread-safe. Equality is by value; reasons compare element by element, in order.</remarks>
public sealed record ClaimRelation
{
    /// <summary>Creates a relation.</summary>
    /// <param name="id">A stable identifier.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="claimA">The first claim's id.</param>
    /// <param name="claimB">The second claim's id; different from the first.</param>
    /// <param name="score">Strength, 0 to 1.</param>
    /// <param name="reasons">The reasons; default means none.</param>
    /// <exception cref="ArgumentException">An id is null, empty or white space; the claim ids are equal; <paramref name="reasons"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined; <paramref name="score"/> is NaN or outside 0 to 1.</exception>
    public ClaimRelation(string id, RelationKind kind, string claimA, string claimB, double score, ImmutableArray<Reason> reasons = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimA);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimB);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown relation kind.");
        }

        if (string.Equals(claimA, claimB, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A claim cannot relate to itself ('{claimA}').", nameof(claimB));
        }

        if (double.IsNaN(score) || score < 0d || score > 1d)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "Score must be between 0 and 1.");
        }

        Id = id;
        Kind = kind;
        ClaimA = claimA;
        ClaimB = claimB;
        Score = score;
        Reasons = ArrayEquality.Checked(reasons, nameof(reasons));
    }

    /// <summary>A stable identifier.</summary>
    public string Id { get; }

    /// <summary>The kind.</summary>
    public RelationKind Kind { get; }

    /// <summary>The first claim's id.</summary>
    public string ClaimA { get; }

    /// <summary>The second claim's id.</summary>
    public string ClaimB { get; }

    /// <summary>Strength, 0 to 1.</summary>
    public double Score { get; }

    /// <summary>The typed reasons (never default).</summary>
    public ImmutableArray<Reason> Reasons { get; }

    /// <inheritdoc />
    public bool Equals(ClaimRelation? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && ClaimA == other.ClaimA && ClaimB == other.ClaimB
        && Score.Equals(other.Score) && ArrayEquality.SequenceEqual(Reasons, other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, ClaimA, ClaimB, Score, ArrayEquality.Hash(Reasons));
}
