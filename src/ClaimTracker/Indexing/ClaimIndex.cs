using System.Collections.Immutable;
using ClaimTracker.Comparison;
using ClaimTracker.Model;

namespace ClaimTracker.Indexing;

/// <summary>
/// An incremental index of claims that compares each new claim only with the claims sharing one of its
/// <see cref="BlockingKeys"/>, never with all claims, and keeps the relations found (everything but
/// <see cref="RelationKind.Unrelated"/>). Only claims of different articles (<see cref="Evidence.ArticleId"/>) are compared.
/// </summary>
/// <remarks>
/// <para><b>Block cap (purging).</b> A key held by more than <see cref="ComparisonOptions.MaxBlockSize"/> claims is purged:
/// it no longer yields candidates, and a relation is listed in <see cref="Relations"/> only while its two claims share at
/// least one key that is not purged. Whether a key is purged depends only on how many indexed claims have it, so the
/// relations are the same whatever order the claims are added in; a relation returned by an earlier
/// <see cref="Add(IEnumerable{Claim})"/> disappears from <see cref="Relations"/> if all keys it came through are purged later.
/// Each new claim costs at most <c>keys × MaxBlockSize</c> comparisons, so the total grows linearly with the corpus.</para>
/// <para><b>Determinism.</b> Relation ids come from the claim ids (<see cref="ClaimComparer.RelationId(string, string)"/>);
/// results are sorted by id and do not depend on insertion order or <see cref="ComparisonOptions.MaxDegreeOfParallelism"/>.</para>
/// <para>Thread-safe: calls are serialized by a lock; comparisons inside one call may run in parallel.</para>
/// </remarks>
public sealed class ClaimIndex
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Block> _blocks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClaimRelation> _relations = new(StringComparer.Ordinal);
    private long _comparisons;

    /// <summary>Creates an empty index.</summary>
    /// <param name="comparer">The comparer; a default <see cref="ClaimComparer"/> when null.</param>
    public ClaimIndex(ClaimComparer? comparer = null)
    {
        Comparer = comparer ?? new ClaimComparer();
    }

    /// <summary>The comparer, whose <see cref="ClaimComparer.Options"/> also set the block cap and parallelism.</summary>
    public ClaimComparer Comparer { get; }

    /// <summary>How many claims are indexed.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _claims.Count;
            }
        }
    }

    /// <summary>How many pairs have been compared so far (the cost the blocking keeps near-linear).</summary>
    public long ComparisonCount
    {
        get
        {
            lock (_gate)
            {
                return _comparisons;
            }
        }
    }

    /// <summary>How many blocking keys are purged because more than <see cref="ComparisonOptions.MaxBlockSize"/> claims hold them.</summary>
    public int PurgedKeyCount
    {
        get
        {
            lock (_gate)
            {
                return _blocks.Values.Count(b => b.Purged);
            }
        }
    }

    /// <summary>The indexed claims, by id (ordinal).</summary>
    public ImmutableArray<Claim> Claims
    {
        get
        {
            lock (_gate)
            {
                return [.. _claims.Values.Select(e => e.Claim).OrderBy(c => c.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>The relations found, excluding unrelated pairs and pairs linked only through purged keys, sorted by id.</summary>
    public ImmutableArray<ClaimRelation> Relations
    {
        get
        {
            lock (_gate)
            {
                return [.. _relations.Values.Where(IsLive).OrderBy(r => r.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>The claim with <paramref name="id"/>, if indexed.</summary>
    /// <param name="id">The claim id.</param>
    /// <param name="claim">The claim, or null.</param>
    public bool TryGetClaim(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Claim? claim)
    {
        lock (_gate)
        {
            claim = id is not null && _claims.TryGetValue(id, out var entry) ? entry.Claim : null;
            return claim is not null;
        }
    }

    /// <summary>
    /// Indexes <paramref name="claims"/> (typically one article's) and compares each only with the indexed claims of other
    /// articles that share a blocking key with it (including the other new claims).
    /// </summary>
    /// <param name="claims">The new claims; ids must be new to the index and distinct.</param>
    /// <returns>The new relations (no <see cref="RelationKind.Unrelated"/>), sorted by id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    /// <exception cref="ArgumentException">A claim is null, or its id is already indexed or repeated; nothing is added then.</exception>
    public ImmutableArray<ClaimRelation> Add(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var batch = claims.ToList();
        lock (_gate)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var claim in batch)
            {
                if (claim is null)
                {
                    throw new ArgumentException("The claims contain null.", nameof(claims));
                }

                if (_claims.ContainsKey(claim.Id) || !ids.Add(claim.Id))
                {
                    throw new ArgumentException($"The claim id '{claim.Id}' is already indexed or repeated.", nameof(claims));
                }
            }

            var cap = Comparer.Options.MaxBlockSize;
            var pairs = new List<(Claim Old, Claim New)>();
            foreach (var claim in batch)
            {
                var keys = BlockingKeys.For(claim);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var key in keys)
                {
                    if (!_blocks.TryGetValue(key, out var block))
                    {
                        _blocks[key] = block = new Block();
                    }

                    block.Count++;
                    if (block.Purged)
                    {
                        continue;
                    }

                    if (block.Count > cap)
                    {
                        block.Members = null;
                        continue;
                    }

                    foreach (var member in block.Members!)
                    {
                        if (!string.Equals(member.Evidence.ArticleId, claim.Evidence.ArticleId, StringComparison.Ordinal) && seen.Add(member.Id))
                        {
                            pairs.Add((member, claim));
                        }
                    }

                    block.Members.Add(claim);
                }

                _claims[claim.Id] = new Entry(claim, keys);
            }

            var comparer = Comparer;
            var found = pairs
                .AsParallel()
                .AsOrdered()
                .WithDegreeOfParallelism(comparer.Options.MaxDegreeOfParallelism)
                .Select(p => comparer.Compare(p.Old, p.New))
                .ToList();
            _comparisons += pairs.Count;

            var added = new List<ClaimRelation>();
            foreach (var relation in found)
            {
                if (relation.Kind != RelationKind.Unrelated)
                {
                    _relations[relation.Id] = relation;
                    added.Add(relation);
                }
            }

            return [.. added.Where(IsLive).OrderBy(r => r.Id, StringComparer.Ordinal)];
        }
    }

    private bool IsLive(ClaimRelation relation)
    {
        var a = _claims[relation.ClaimA].Keys;
        var b = _claims[relation.ClaimB].Keys;
        foreach (var key in a)
        {
            if (b.BinarySearch(key, StringComparer.Ordinal) >= 0 && !_blocks[key].Purged)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Block
    {
        public int Count { get; set; }

        public List<Claim>? Members { get; set; } = [];

        public bool Purged => Members is null;
    }

    private sealed record Entry(Claim Claim, ImmutableArray<string> Keys);
}
