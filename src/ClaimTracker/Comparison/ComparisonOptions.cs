using System.Collections.Immutable;
namespace ClaimTracker.Comparison;

/// <summary>
/// Thresholds and limits for <see cref="ClaimComparer"/> and <see cref="Indexing.ClaimIndex"/>. Every value has a
/// documented default; out-of-range values are rejected when set.
/// </summary>
/// <remarks>Immutable (init-only) and thread-safe. See <c>docs/comparison.md</c> for how each value is used.</remarks>
public sealed record ComparisonOptions
{
    private readonly double _minimumPropositionScore = 0.6d;
    private readonly double _minimumConflictScore = 0.7d;
    private readonly double _classRefinementFactor = 0.9d;
    private readonly double _swappedRolesScore = 0.6d;
    private readonly double _sameOriginFactor = 0.8d;
    private readonly int _maxBlockSize = 200;
    private readonly int _maxDegreeOfParallelism = 1;
    private readonly ImmutableHashSet<string> _symmetricClasses = ImmutableHashSet.Create(StringComparer.Ordinal, "040", "041", "043", "046");
    private readonly ImmutableHashSet<string> _genericClassRoots = ImmutableHashSet.Create(StringComparer.Ordinal, "01", "02", "03", "04", "05", "06", "07", "08");
    private readonly ImmutableHashSet<string> _directionalClasses = ImmutableHashSet.Create(StringComparer.Ordinal, "042", "044");

    /// <summary>The defaults.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>
    /// The proposition similarity (0 to 1) two claims need to be about the same proposition. Similarity is 1 for the
    /// same signature, otherwise <c>0.5 + 0.5 × Jaccard</c> over the <c>role:entity</c> pairs.
    /// </summary>
    /// <value>Default 0.6 (at least one shared pair in five).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside 0 to 1.</exception>
    public double MinimumPropositionScore
    {
        get => _minimumPropositionScore;
        init => _minimumPropositionScore = Unit(value, nameof(MinimumPropositionScore));
    }

    /// <summary>
    /// The proposition similarity two claims need before they can conflict (opposite polarity, disjoint quantities or
    /// times, an overturned prediction). Below it, a conflicting pair is <see cref="Model.RelationKind.Unrelated"/>: a
    /// contradiction needs stronger evidence of one proposition than an agreement does.
    /// </summary>
    /// <value>Default 0.7 (the claims share at least two role:entity pairs in five).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside 0 to 1.</exception>
    public double MinimumConflictScore
    {
        get => _minimumConflictScore;
        init => _minimumConflictScore = Unit(value, nameof(MinimumConflictScore));
    }

    /// <summary>
    /// The factor applied to the similarity when one event class is a refinement of the other (numeric codes where one is a
    /// prefix of the other, as in the CAMEO hierarchy: <c>19</c> and <c>190</c>).
    /// </summary>
    /// <value>Default 0.9.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside 0 to 1.</exception>
    public double ClassRefinementFactor
    {
        get => _classRefinementFactor;
        init => _classRefinementFactor = Unit(value, nameof(ClassRefinementFactor));
    }

    /// <summary>The score of a contradiction found only because agent and recipient are swapped.</summary>
    /// <value>Default 0.6.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside 0 to 1.</exception>
    public double SwappedRolesScore
    {
        get => _swappedRolesScore;
        init => _swappedRolesScore = Unit(value, nameof(SwappedRolesScore));
    }

    /// <summary>The factor applied to an agreeing relation whose two claims share one origin (repetition, not confirmation).</summary>
    /// <value>Default 0.8.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside 0 to 1.</exception>
    public double SameOriginFactor
    {
        get => _sameOriginFactor;
        init => _sameOriginFactor = Unit(value, nameof(SameOriginFactor));
    }

    /// <summary>
    /// Event classes whose agent and recipient are interchangeable (CAMEO 040 consult, 041 discuss by telephone, 043 meet
    /// at a third location, 046 negotiate): "A meets B" and "B meets A" are one proposition, never a swap of roles.
    /// A pair is symmetric when both classes (CAMEO's unspecified <c>0x0</c> read as its root) are in the set.
    /// </summary>
    /// <value>Default <c>040, 041, 043, 046</c>.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ImmutableHashSet<string> SymmetricClasses
    {
        get => _symmetricClasses;
        init => _symmetricClasses = value ?? throw new ArgumentNullException(nameof(SymmetricClasses));
    }

    /// <summary>
    /// Event classes with a direction whose reverse is another event, not a denial (CAMEO 042 make a visit, 044 host a
    /// visit): "A visits B" and "B visits A" are two visits, so exchanged agent and recipient make the pair
    /// <see cref="Model.RelationKind.Unrelated"/>, not <see cref="Model.RelationKind.Contradicts"/>.
    /// </summary>
    /// <value>Default <c>042, 044</c>.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ImmutableHashSet<string> DirectionalClasses
    {
        get => _directionalClasses;
        init => _directionalClasses = value ?? throw new ArgumentNullException(nameof(DirectionalClasses));
    }

    /// <summary>
    /// Two-digit roots of generic event classes: CAMEO's cooperative quad classes, verbal (01 statement, 02 appeal,
    /// 03 intent, 04 consult, 05 diplomatic cooperation) and material (06 material cooperation, 07 aid, 08 yield). Two
    /// claims of such classes that share a single agent or recipient and nothing else (no object, no second participant,
    /// no matching quantity or event time) are <see cref="Model.RelationKind.Unrelated"/>: "Russia cooperates" and "Russia
    /// supports" name a topic, not one proposition. Same-signature pairs are not affected.
    /// </summary>
    /// <value>Default <c>01</c> to <c>08</c>.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ImmutableHashSet<string> GenericClassRoots
    {
        get => _genericClassRoots;
        init => _genericClassRoots = value ?? throw new ArgumentNullException(nameof(GenericClassRoots));
    }

    /// <summary>
    /// The most claims a blocking key may hold in a <see cref="Indexing.ClaimIndex"/>. A key that would hold more is
    /// <em>purged</em>: it is too common to tell claims apart, no new claim is compared through it, and relations found
    /// only through it are dropped from <see cref="Indexing.ClaimIndex.Relations"/>. The time-bucketed keys keep
    /// such claims comparable within a two-month window.
    /// </summary>
    /// <value>Default 200; at least 2.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 2.</exception>
    public int MaxBlockSize
    {
        get => _maxBlockSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 2, nameof(MaxBlockSize));
            _maxBlockSize = value;
        }
    }

    /// <summary>How many threads an index uses to compare candidate pairs; results do not depend on it.</summary>
    /// <value>Default 1; at least 1.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxDegreeOfParallelism));
            _maxDegreeOfParallelism = value;
        }
    }

    /// <summary>
    /// Maps an entity id to the id of the body it ultimately speaks for (for example
    /// <see cref="OriginResolver.FromCatalog(Catalog.EntityCatalog)"/>), or null to compare origins by their ids only.
    /// Must be pure and thread-safe, and return its input for ids it does not know.
    /// </summary>
    /// <value>Default null.</value>
    public Func<string, string>? OriginResolver { get; init; }

    private static double Unit(double value, string name)
    {
        if (double.IsNaN(value) || value < 0d || value > 1d)
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be between 0 and 1.");
        }

        return value;
    }
}
