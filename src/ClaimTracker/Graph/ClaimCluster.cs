using System.Collections.Immutable;
using ClaimTracker.Model;

namespace ClaimTracker.Graph;

/// <summary>
/// Claims about one proposition across articles, in time order, with who asserts and who denies, the span of their
/// quantities and event times, and whether the agreement is independent.
/// </summary>
/// <remarks>
/// <para><b>Supporting claims</b> are the claims with the cluster's majority polarity (positive on a tie); their origins
/// (<see cref="Comparison.OriginResolver.OriginOf(Claim, Func{string, string}?)"/>) are <see cref="Origins"/>. The
/// corroboration is <see cref="Independent"/> only when supporting claims come from at least two different origins: two
/// outlets repeating one government's statement are one voice, not two.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ClaimCluster
{
    internal ClaimCluster(
        string id,
        string signature,
        ImmutableArray<Claim> claims,
        ImmutableArray<ClaimRelation> relations,
        ImmutableArray<Source> asserters,
        ImmutableArray<Source> deniers,
        ImmutableArray<Quantity> quantitySpans,
        FuzzyTime? timeSpan,
        Polarity supportingPolarity,
        ImmutableArray<string> origins,
        ClusterFinding finding)
    {
        Id = id;
        Signature = signature;
        Claims = claims;
        Relations = relations;
        Asserters = asserters;
        Deniers = deniers;
        QuantitySpans = quantitySpans;
        TimeSpan = timeSpan;
        SupportingPolarity = supportingPolarity;
        Origins = origins;
        Finding = finding;
    }

    /// <summary>A stable id: <c>k:</c> and the smallest claim id (ordinal).</summary>
    public string Id { get; }

    /// <summary>The most frequent proposition signature among the claims (the ordinal-smallest on a tie).</summary>
    public string Signature { get; }

    /// <summary>The claims, ordered by <see cref="Claim.Said"/> (unknown last), then article id, then claim id.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>The relations between claims of this cluster, sorted by id.</summary>
    public ImmutableArray<ClaimRelation> Relations { get; }

    /// <summary>The distinct speakers of positive claims, in claim order.</summary>
    public ImmutableArray<Source> Asserters { get; }

    /// <summary>The distinct speakers of negative claims, in claim order.</summary>
    public ImmutableArray<Source> Deniers { get; }

    /// <summary>
    /// For each group of comparable quantities (same dimension; same noun or currency), the range from the lowest to the
    /// highest bound stated, in the unit of the group's first quantity.
    /// </summary>
    public ImmutableArray<Quantity> QuantitySpans { get; }

    /// <summary>From the earliest start to the latest end of the claims' event times, at the coarsest precision among them; null when none has one.</summary>
    public FuzzyTime? TimeSpan { get; }

    /// <summary>The majority polarity (positive on a tie): the polarity of the supporting claims.</summary>
    public Polarity SupportingPolarity { get; }

    /// <summary>The distinct origin keys of the supporting claims, ordinal order.</summary>
    public ImmutableArray<string> Origins { get; }

    /// <summary>True when the supporting claims trace back to at least two different origins.</summary>
    public bool Independent => Origins.Length >= 2;

    /// <summary>True when the cluster holds claims of both polarities.</summary>
    public bool Disputed => Asserters.Length > 0 && Deniers.Length > 0;

    /// <summary>
    /// What the cluster shows, from its edges: <see cref="ClusterFinding.Contested"/> when a relation conflicts,
    /// <see cref="ClusterFinding.Corroborated"/> when an agreeing relation joins claims of different origins,
    /// <see cref="ClusterFinding.SingleReport"/> for one claim, <see cref="ClusterFinding.SingleOrigin"/> when all claims
    /// trace back to one origin, else <see cref="ClusterFinding.Unlinked"/>. Claims of both polarities with no
    /// conflicting relation between them are <see cref="Disputed"/> but not contested.
    /// </summary>
    public ClusterFinding Finding { get; }

    /// <summary>A one-line summary: id, signature, claim count and independence.</summary>
    public override string ToString() =>
        $"{Id} {Signature}: {Claims.Length} claims, {(Independent ? "independent" : "not independent")} ({string.Join(", ", Origins)})";
}
