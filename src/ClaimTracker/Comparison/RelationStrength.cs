using ClaimTracker.Model;

namespace ClaimTracker.Comparison;

/// <summary>
/// Orders relations strongest first, the order in which a reader should see them: any relation before
/// <see cref="RelationKind.Unrelated"/>, then the higher score, then conflicts before agreement (contradicts, prediction
/// overturned, corroborates, prediction confirmed, refines), then the relation id (ordinal), so the order is total and
/// deterministic. <c>compare</c> picks the first of a pair's relations by it, and the ledger's look-up sorts its matches.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class RelationStrength : IComparer<ClaimRelation>
{
    private RelationStrength()
    {
    }

    /// <summary>The comparer.</summary>
    public static RelationStrength Instance { get; } = new();

    /// <summary>Negative when <paramref name="x"/> is stronger than <paramref name="y"/>, positive when weaker, 0 for the same relation id.</summary>
    /// <param name="x">A relation.</param>
    /// <param name="y">Another relation.</param>
    /// <returns>The order, strongest first; null sorts last.</returns>
    public int Compare(ClaimRelation? x, ClaimRelation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var related = (y.Kind != RelationKind.Unrelated).CompareTo(x.Kind != RelationKind.Unrelated);
        if (related != 0)
        {
            return related;
        }

        var score = y.Score.CompareTo(x.Score);
        if (score != 0)
        {
            return score;
        }

        var kind = Priority(x.Kind).CompareTo(Priority(y.Kind));
        return kind != 0 ? kind : string.CompareOrdinal(x.Id, y.Id);
    }

    private static int Priority(RelationKind kind) => kind switch
    {
        RelationKind.Contradicts => 0,
        RelationKind.PredictionOverturned => 1,
        RelationKind.Corroborates => 2,
        RelationKind.PredictionConfirmed => 3,
        RelationKind.Refines => 4,
        _ => 5,
    };
}
