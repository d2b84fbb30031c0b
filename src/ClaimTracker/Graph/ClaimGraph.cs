using System.Collections.Immutable;
using ClaimTracker.Comparison;
using ClaimTracker.Model;

namespace ClaimTracker.Graph;

/// <summary>
/// Groups claims into <see cref="ClaimCluster"/>s: the connected components over agreeing and conflicting relations
/// (every kind but <see cref="RelationKind.Unrelated"/>), joined with claims of the same proposition signature.
/// </summary>
/// <remarks>
/// Clusters are ordered by their first claim (the same order as within a cluster) and then by id; the result does not depend
/// on the order of the inputs. Immutable and thread-safe.
/// </remarks>
public sealed class ClaimGraph
{
    private readonly Dictionary<string, ClaimCluster> _byClaim;

    private ClaimGraph(ImmutableArray<ClaimCluster> clusters)
    {
        Clusters = clusters;
        _byClaim = new Dictionary<string, ClaimCluster>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            foreach (var claim in cluster.Claims)
            {
                _byClaim[claim.Id] = cluster;
            }
        }
    }

    /// <summary>All clusters, single-claim ones included.</summary>
    public ImmutableArray<ClaimCluster> Clusters { get; }

    /// <summary>The cluster holding the claim with <paramref name="claimId"/>, or null.</summary>
    /// <param name="claimId">The claim id.</param>
    public ClaimCluster? ClusterOf(string claimId) =>
        claimId is not null && _byClaim.TryGetValue(claimId, out var cluster) ? cluster : null;

    /// <summary>Builds the graph.</summary>
    /// <param name="claims">The claims; ids must be distinct.</param>
    /// <param name="relations">Relations between them (unrelated ones are ignored).</param>
    /// <param name="originResolver">Maps an entity id to the body it speaks for (see <see cref="OriginResolver"/>), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or <paramref name="relations"/> is null.</exception>
    /// <exception cref="ArgumentException">A claim or relation is null, a claim id repeats, or a relation names an unknown claim.</exception>
    public static ClaimGraph Build(IEnumerable<Claim> claims, IEnumerable<ClaimRelation> relations, Func<string, string>? originResolver = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(relations);
        var byId = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim is null)
            {
                throw new ArgumentException("The claims contain null.", nameof(claims));
            }

            if (!byId.TryAdd(claim.Id, claim))
            {
                throw new ArgumentException($"The claim id '{claim.Id}' repeats.", nameof(claims));
            }
        }

        var relationList = new List<ClaimRelation>();
        foreach (var relation in relations)
        {
            if (relation is null)
            {
                throw new ArgumentException("The relations contain null.", nameof(relations));
            }

            if (!byId.ContainsKey(relation.ClaimA) || !byId.ContainsKey(relation.ClaimB))
            {
                throw new ArgumentException($"The relation '{relation.Id}' names a claim that is not given.", nameof(relations));
            }

            if (relation.Kind != RelationKind.Unrelated)
            {
                relationList.Add(relation);
            }
        }

        var parent = byId.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        string Find(string x)
        {
            while (!string.Equals(parent[x], x, StringComparison.Ordinal))
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        void Union(string a, string b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (!string.Equals(ra, rb, StringComparison.Ordinal))
            {
                // The ordinal-smaller root wins, so the result does not depend on the order of unions.
                if (string.CompareOrdinal(ra, rb) < 0)
                {
                    parent[rb] = ra;
                }
                else
                {
                    parent[ra] = rb;
                }
            }
        }

        // Claims whose proposition names no participant carry too little content to share a proposition by signature
        // alone; they join a cluster only through a relation.
        foreach (var group in byId.Values.Where(c => !c.Proposition.Participants.IsDefaultOrEmpty)
            .GroupBy(c => c.Proposition.Signature, StringComparer.Ordinal))
        {
            var first = group.First().Id;
            foreach (var claim in group)
            {
                Union(first, claim.Id);
            }
        }

        foreach (var relation in relationList)
        {
            Union(relation.ClaimA, relation.ClaimB);
        }

        var members = byId.Values.GroupBy(c => Find(c.Id), StringComparer.Ordinal);
        var relationsByRoot = relationList.GroupBy(r => Find(r.ClaimA), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Id, StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);

        var clusters = members
            .Select(g => CreateCluster(g.ToList(), relationsByRoot.GetValueOrDefault(g.Key, []), originResolver))
            .OrderBy(c => c.Claims[0], TimeOrder.Instance)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ClaimGraph(clusters);
    }

    private static ClaimCluster CreateCluster(List<Claim> claims, ImmutableArray<ClaimRelation> relations, Func<string, string>? resolver)
    {
        var ordered = claims.OrderBy(c => c, TimeOrder.Instance).ToImmutableArray();
        var id = "k:" + claims.Select(c => c.Id).Min(StringComparer.Ordinal);
        var signature = claims.GroupBy(c => c.Proposition.Signature, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;

        var positives = ordered.Count(c => c.Polarity == Polarity.Positive);
        var negatives = ordered.Count(c => c.Polarity == Polarity.Negative);
        var supporting = negatives > positives ? Polarity.Negative : Polarity.Positive;
        var origins = ordered.Where(c => c.Polarity == supporting)
            .Select(c => OriginResolver.OriginOf(c, resolver))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();

        return new ClaimCluster(
            id,
            signature,
            ordered,
            relations,
            Speakers(ordered, Polarity.Positive),
            Speakers(ordered, Polarity.Negative),
            QuantitySpans(ordered),
            TimeSpanOf(ordered),
            supporting,
            origins,
            FindingOf(ordered, relations, resolver));
    }

    /// <summary>The finding that the cluster's edges support; see <see cref="ClaimCluster.Finding"/>.</summary>
    private static ClusterFinding FindingOf(ImmutableArray<Claim> claims, ImmutableArray<ClaimRelation> relations, Func<string, string>? resolver)
    {
        if (relations.Any(r => r.Kind is RelationKind.Contradicts or RelationKind.PredictionOverturned))
        {
            return ClusterFinding.Contested;
        }

        if (claims.Length == 1)
        {
            return ClusterFinding.SingleReport;
        }

        var originOf = claims.ToDictionary(c => c.Id, c => OriginResolver.OriginOf(c, resolver), StringComparer.Ordinal);
        var agreeingAcrossOrigins = relations.Any(r =>
            r.Kind is RelationKind.Corroborates or RelationKind.Refines or RelationKind.PredictionConfirmed
            && originOf.TryGetValue(r.ClaimA, out var a) && originOf.TryGetValue(r.ClaimB, out var b)
            && !string.Equals(a, b, StringComparison.Ordinal));
        if (agreeingAcrossOrigins)
        {
            return ClusterFinding.Corroborated;
        }

        return originOf.Values.Distinct(StringComparer.Ordinal).Count() == 1 ? ClusterFinding.SingleOrigin : ClusterFinding.Unlinked;
    }

    private static ImmutableArray<Source> Speakers(ImmutableArray<Claim> claims, Polarity polarity)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. claims.Where(c => c.Polarity == polarity).Select(c => c.Attribution.Speaker).Where(s => seen.Add(s.Key))];
    }

    private static ImmutableArray<Quantity> QuantitySpans(ImmutableArray<Claim> claims)
    {
        var groups = new List<List<Quantity>>();
        foreach (var quantity in claims.SelectMany(c => c.Quantities))
        {
            var group = groups.FirstOrDefault(g => g[0].CanCompareWith(quantity, out _));
            if (group is null)
            {
                groups.Add([quantity]);
            }
            else
            {
                group.Add(quantity);
            }
        }

        var spans = ImmutableArray.CreateBuilder<Quantity>(groups.Count);
        foreach (var group in groups)
        {
            var unit = group[0].Unit;
            double? low = null, high = null;
            bool lowInclusive = false, highInclusive = false, lowOpen = false, highOpen = false;
            foreach (var q in group.Select(q => q.ConvertTo(unit)))
            {
                if (q.Low is null)
                {
                    lowOpen = true;
                }
                else if (low is null || q.Low < low || (q.Low == low && q.LowInclusive))
                {
                    (low, lowInclusive) = (q.Low, q.LowInclusive);
                }

                if (q.High is null)
                {
                    highOpen = true;
                }
                else if (high is null || q.High > high || (q.High == high && q.HighInclusive))
                {
                    (high, highInclusive) = (q.High, q.HighInclusive);
                }
            }

            if (lowOpen)
            {
                (low, lowInclusive) = (null, false);
            }

            if (highOpen)
            {
                (high, highInclusive) = (null, false);
            }

            if (low is { } l && high is { } h && l == h)
            {
                (lowInclusive, highInclusive) = (true, true);
            }

            spans.Add(new Quantity(low, lowInclusive, high, highInclusive, unit));
        }

        return spans.MoveToImmutable();
    }

    private static FuzzyTime? TimeSpanOf(ImmutableArray<Claim> claims)
    {
        var times = claims.Where(c => c.EventTime is not null).Select(c => c.EventTime!.Value).ToList();
        if (times.Count == 0)
        {
            return null;
        }

        var start = times.Any(t => t.Start is null) ? null : times.Min(t => t.Start);
        var end = times.Any(t => t.End is null) ? null : times.Max(t => t.End);
        return new FuzzyTime(start, end, times.Min(t => t.Precision));
    }

    /// <summary>Said (unknown last, then by start, end and precision), then article id, then claim id.</summary>
    private sealed class TimeOrder : IComparer<Claim>
    {
        public static readonly TimeOrder Instance = new();

        public int Compare(Claim? x, Claim? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var c = (x.Said, y.Said) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                ({ } a, { } b) => a.CompareTo(b),
            };
            if (c != 0)
            {
                return c;
            }

            c = string.CompareOrdinal(x.Evidence.ArticleId, y.Evidence.ArticleId);
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
