using System.Collections.Immutable;
using System.Globalization;
using ClaimTracker.Comparison;
using ClaimTracker.Model;

namespace ClaimTracker.Indexing;

/// <summary>
/// The blocking keys of a claim: two claims are compared only when they share a key. Keys are computed from the claim
/// alone, so the candidate pairs do not depend on the order claims arrive in.
/// </summary>
/// <remarks>
/// <para><b>Coarse keys.</b></para>
/// <list type="bullet">
/// <item><c>sig|</c> and the proposition signature (same event class and same participants in the same roles);</item>
/// <item><c>ent|</c>, the root event class and one participant key, for every agent and recipient entity (for every
/// participant when there is no agent or recipient). This widens the signature to "same event, any shared actor", which also
/// catches swapped roles and one claim naming more participants. The root class of a numeric (CAMEO-like) code longer
/// than two digits is its first two digits, so <c>190</c> and <c>193</c> meet under <c>19</c>.</item>
/// </list>
/// <para><b>Time-bucketed keys.</b> When the claim has a time (<see cref="Claim.Said"/>, else the start of
/// <see cref="Claim.EventTime"/>), every coarse key is also emitted twice with a two-month bucket: <c>@a</c> with buckets
/// starting on even month numbers and <c>@b</c> shifted by one month. Two claims within a month of each other always share
/// one of them. These keys keep claims comparable when a coarse key becomes too common and is purged (see
/// <see cref="ComparisonOptions.MaxBlockSize"/>).</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class BlockingKeys
{
    /// <summary>The distinct blocking keys of <paramref name="claim"/>, in ordinal order.</summary>
    /// <param name="claim">The claim.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public static ImmutableArray<string> For(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var proposition = claim.Proposition;
        var coarse = new SortedSet<string>(StringComparer.Ordinal) { "sig|" + proposition.Signature };
        var root = RootClass(proposition.EventClass);
        foreach (var participant in proposition.Participants)
        {
            coarse.Add($"ent|{root}|{participant.Key}");
        }

        var keys = new SortedSet<string>(coarse, StringComparer.Ordinal);
        var time = claim.Said?.Start ?? claim.EventTime?.Start;
        if (time is { } t)
        {
            var month = (t.Year * 12) + t.Month - 1;
            var even = (month / 2).ToString(CultureInfo.InvariantCulture);
            var odd = ((month + 1) / 2).ToString(CultureInfo.InvariantCulture);
            foreach (var key in coarse)
            {
                keys.Add($"{key}@a{even}");
                keys.Add($"{key}@b{odd}");
            }
        }

        return [.. keys];
    }

    /// <summary>The class used in entity keys: the first two digits of a numeric code longer than two digits, else the class itself.</summary>
    /// <param name="eventClass">The event class.</param>
    /// <exception cref="ArgumentNullException"><paramref name="eventClass"/> is null.</exception>
    public static string RootClass(string eventClass)
    {
        ArgumentNullException.ThrowIfNull(eventClass);
        return eventClass.Length > 2 && PropositionMatch.AllDigits(eventClass) ? eventClass[..2] : eventClass;
    }
}
