using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClaimTracker.Model;

namespace ClaimTracker.Comparison;

/// <summary>
/// Compares two claims and returns a <see cref="ClaimRelation"/> with a score from 0 to 1 and typed reasons a person can
/// check. The firing rule of each <see cref="RelationKind"/> is written out in <c>docs/comparison.md</c>.
/// </summary>
/// <remarks>
/// <para><b>Order.</b> The result does not depend on argument order: the claims are put in ordinal order of their ids,
/// <see cref="ClaimRelation.ClaimA"/> is the smaller id and "the first" in every reason means that claim. The relation id
/// is <see cref="RelationId(string, string)"/>.</para>
/// <para><b>Proposition.</b> Two claims are about the same proposition when their signatures are equal, or their event
/// classes are equal (or one numeric class refines the other, <c>19</c> and <c>190</c>), no role holds different entities
/// on the two sides, and the proposition similarity <c>0.5 + 0.5 × Jaccard(role:entity pairs)</c> reaches
/// <see cref="ComparisonOptions.MinimumPropositionScore"/>. The same entities with agent and recipient exchanged are a
/// different proposition about the same event: <see cref="RelationKind.Contradicts"/> when both claims affirm their version
/// (who did what to whom is disputed), otherwise <see cref="RelationKind.Unrelated"/>.</para>
/// <para><b>Kinds</b>, in the order they are decided: unrelated (different proposition, a polarity is unknown, two
/// statements without an event sharing no actor, or another occurrence: other participants at disjoint times);
/// prediction confirmed or overturned (an <see cref="Stance.Expects"/> claim against a later <see cref="Stance.Asserts"/> or
/// <see cref="Stance.Denies"/> claim); contradicts (opposite polarity, or, when both are positive, disjoint quantities of one
/// dimension or disjoint bounded event times of one signature); refines (agreeing and one side is strictly more specific);
/// corroborates. A conflict needs similarity <see cref="ComparisonOptions.MinimumConflictScore"/> and a shared agent or
/// recipient, else the pair is unrelated. Numeric classes are compatible when one refines the other, reading CAMEO's
/// unspecified code of a root as the root (<c>050</c> = <c>05</c>, so <c>050</c> and <c>051</c> are compatible).</para>
/// <para><b>Score.</b> <c>similarity × (0.5 + 0.5 × lower confidence)</c>, times
/// <see cref="ComparisonOptions.SameOriginFactor"/> for an agreeing relation with one origin; an unrelated pair scores its
/// similarity when the event classes are compatible and 0 otherwise. Rounded to four decimals.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ClaimComparer
{
    /// <summary>Creates a comparer.</summary>
    /// <param name="options">Thresholds and the origin resolver; <see cref="ComparisonOptions.Default"/> when null.</param>
    public ClaimComparer(ComparisonOptions? options = null)
    {
        Options = options ?? ComparisonOptions.Default;
    }

    /// <summary>The options in use.</summary>
    public ComparisonOptions Options { get; }

    /// <summary>The relation id of two claim ids in either order: <c>r:</c>, the smaller id, <c>|</c>, the larger (ordinal).</summary>
    /// <param name="claimA">One claim id.</param>
    /// <param name="claimB">The other claim id.</param>
    /// <exception cref="ArgumentNullException">An id is null.</exception>
    public static string RelationId(string claimA, string claimB)
    {
        ArgumentNullException.ThrowIfNull(claimA);
        ArgumentNullException.ThrowIfNull(claimB);
        return string.CompareOrdinal(claimA, claimB) <= 0 ? $"r:{claimA}|{claimB}" : $"r:{claimB}|{claimA}";
    }

    /// <summary>Compares two claims; the argument order does not matter.</summary>
    /// <param name="a">One claim.</param>
    /// <param name="b">The other claim.</param>
    /// <returns>The relation, possibly <see cref="RelationKind.Unrelated"/>.</returns>
    /// <exception cref="ArgumentNullException">A claim is null.</exception>
    /// <exception cref="ArgumentException">The claims have the same id.</exception>
    public ClaimRelation Compare(Claim a, Claim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var order = string.CompareOrdinal(a.Id, b.Id);
        if (order == 0)
        {
            throw new ArgumentException($"A claim cannot be compared with itself ('{a.Id}').", nameof(b));
        }

        return order < 0 ? CompareOrdered(a, b) : CompareOrdered(b, a);
    }

    private ClaimRelation CompareOrdered(Claim first, Claim second)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var match = PropositionMatch.Of(first.Proposition, second.Proposition, IsSymmetric(first.Proposition, second.Proposition));

        if (!match.ClassesCompatible)
        {
            reasons.Add(new Reason(ReasonType.DifferentPropositions,
                $"event class {first.Proposition.EventClass} vs {second.Proposition.EventClass}: different events"));
            return Build(RelationKind.Unrelated, first, second, 0d, reasons);
        }

        if (first.Proposition.Participants.IsDefaultOrEmpty || second.Proposition.Participants.IsDefaultOrEmpty)
        {
            reasons.Add(new Reason(ReasonType.DifferentPropositions,
                "a claim names no participant: too little content to identify one proposition"));
            return Build(RelationKind.Unrelated, first, second, 0d, reasons);
        }

        if (Thin(first) || Thin(second))
        {
            reasons.Add(new Reason(ReasonType.DifferentPropositions,
                "a claim of a long sentence names a single actor and nothing else: too little content to identify one proposition"));
            return Build(RelationKind.Unrelated, first, second, 0d, reasons);
        }

        if (IsBareStatement(first.Proposition) && IsBareStatement(second.Proposition) && !match.SharesActor)
        {
            // Without an event, shared objects ("weapons") say nothing about what is stated.
            reasons.Add(new Reason(ReasonType.DifferentPropositions,
                $"both claims are statements without an event ({Extraction.ClaimExtractor.StatementEventClass}) and share no agent or recipient: too little content to identify one proposition"));
            return Build(RelationKind.Unrelated, first, second, 0d, reasons);
        }

        var similarity = match.SameSignature ? 1d : (0.5d + (0.5d * match.Jaccard)) * (match.ClassRefined ? Options.ClassRefinementFactor : 1d);
        if (match.SameSignature)
        {
            reasons.Add(new Reason(ReasonType.SameSignature, $"both claims are about {first.Proposition.Signature}"));
        }
        else
        {
            reasons.Add(new Reason(ReasonType.SameEventClass, match.ClassRefined
                ? $"event class {first.Proposition.EventClass} vs {second.Proposition.EventClass}: one refines the other"
                : $"both claims have event class {first.Proposition.EventClass}"));
        }

        if (!match.SameSignature && match.Shared.Count > 0)
        {
            reasons.Add(new Reason(ReasonType.SharedParticipants,
                $"shared {string.Join(", ", match.Shared)}; similarity {Format(similarity)}"));
        }

        if (match.Swapped is { } swapped)
        {
            reasons.Add(new Reason(ReasonType.RolesSwapped, swapped));
            if (IsDirectional(first.Proposition) && IsDirectional(second.Proposition))
            {
                reasons.Add(new Reason(ReasonType.DifferentPropositions,
                    $"event class {first.Proposition.EventClass} has a direction: with agent and recipient exchanged it is another event (who travels where), not the same one"));
                return Build(RelationKind.Unrelated, first, second, 0d, reasons);
            }

            var bothAffirm = first.Polarity == Polarity.Positive && second.Polarity == Polarity.Positive;
            if (!bothAffirm)
            {
                reasons.Add(new Reason(ReasonType.DifferentPropositions,
                    $"the first is {Name(first.Polarity)} and the second {Name(second.Polarity)}: the swapped versions do not exclude each other"));
                return Build(RelationKind.Unrelated, first, second, 0d, reasons);
            }

            reasons.Add(new Reason(ReasonType.SamePolarity, "both claims affirm their version of who acted on whom"));
            AddOrigins(first, second, reasons);
            return Build(RelationKind.Contradicts, first, second, Options.SwappedRolesScore * ConfidenceFactor(first, second), reasons);
        }

        if (match.Conflict is { } conflict)
        {
            reasons.Add(new Reason(ReasonType.DifferentPropositions, conflict));
            return Build(RelationKind.Unrelated, first, second, 0d, reasons);
        }

        // Claims that share only content words (no catalog entity or lexicon object) need the stricter conflict score to
        // agree: "oil prices rose" and "gold prices rose" share "prices" and are still different events.
        var minimum = match.Anchored ? Options.MinimumPropositionScore : Math.Max(Options.MinimumPropositionScore, Options.MinimumConflictScore);
        if (similarity < minimum)
        {
            reasons.Add(new Reason(ReasonType.DifferentPropositions,
                $"proposition similarity {Format(similarity)} is below {Format(minimum)}{(match.Anchored ? "" : " (only content words shared)")}: {first.Proposition.Signature} vs {second.Proposition.Signature}"));
            return Build(RelationKind.Unrelated, first, second, similarity, reasons);
        }

        // Polarity and stance.
        if (first.Polarity == Polarity.Unknown || second.Polarity == Polarity.Unknown)
        {
            reasons.Add(new Reason(ReasonType.StancePair,
                $"the first {Verb(first.Stance)} ({Name(first.Polarity)}), the second {Verb(second.Stance)} ({Name(second.Polarity)}): an unknown polarity neither agrees nor conflicts"));
            return Build(RelationKind.Unrelated, first, second, similarity, reasons);
        }

        var oppositePolarity = first.Polarity != second.Polarity;
        reasons.Add(oppositePolarity
            ? new Reason(ReasonType.OppositePolarity, $"the first {Verb(first.Stance)} ({Name(first.Polarity)}), the second {Verb(second.Stance)} ({Name(second.Polarity)})")
            : new Reason(ReasonType.SamePolarity, $"both claims are {Name(first.Polarity)}"));

        var prediction = PredictionPair(first, second, reasons);
        if (prediction is null && first.Stance != second.Stance && (first.Stance, second.Stance) is (Stance.Alleges, Stance.Denies) or (Stance.Denies, Stance.Alleges))
        {
            reasons.Add(new Reason(ReasonType.StancePair, $"the first {Verb(first.Stance)} and the second {Verb(second.Stance)}: an allegation and a denial"));
        }

        // Quantities and times.
        var quantities = CompareQuantities(first, second, reasons);
        var times = CompareTimes(first, second, match.SameSignature, reasons);
        if (times.OtherOccurrence)
        {
            return Build(RelationKind.Unrelated, first, second, similarity, reasons);
        }

        var bothPositive = first.Polarity == Polarity.Positive && second.Polarity == Polarity.Positive;
        var conflicting = oppositePolarity || (bothPositive && (quantities.Disjoint || times.Conflict));

        if (conflicting && similarity < Options.MinimumConflictScore)
        {
            // A conflict is only as good as the evidence that both claims speak of one proposition.
            reasons.Add(new Reason(ReasonType.DifferentPropositions,
                $"proposition similarity {Format(similarity)} is below {Format(Options.MinimumConflictScore)}, too weak for a conflict: {first.Proposition.Signature} vs {second.Proposition.Signature}"));
            return Build(RelationKind.Unrelated, first, second, similarity, reasons);
        }

        if (conflicting && !match.SharesActor)
        {
            reasons.Add(new Reason(ReasonType.DifferentPropositions,
                $"no agent or recipient on both sides, too little to conflict: {first.Proposition.Signature} vs {second.Proposition.Signature}"));
            return Build(RelationKind.Unrelated, first, second, similarity, reasons);
        }

        var sameOrigin = AddOrigins(first, second, reasons);
        var confidence = ConfidenceFactor(first, second);

        if (prediction is not null)
        {
            return conflicting
                ? Build(RelationKind.PredictionOverturned, first, second, similarity * confidence, reasons)
                : Build(RelationKind.PredictionConfirmed, first, second, similarity * confidence * (sameOrigin ? Options.SameOriginFactor : 1d), reasons);
        }

        if (conflicting)
        {
            return Build(RelationKind.Contradicts, first, second, similarity * confidence, reasons);
        }

        if (!match.SameSignature && match.Shared.Count == 1 && IsActorPair(match.Shared[0])
            && IsGeneric(first.Proposition) && IsGeneric(second.Proposition) && !quantities.Agree && !times.Agree)
        {
            // One shared actor ("Russia") under a generic cooperation class is a shared topic, not a confirmation: without
            // a shared object, a second shared participant, a matching quantity or a matching event time it does not agree.
            reasons.Add(new Reason(ReasonType.DifferentPropositions,
                $"only {match.Shared[0]} is shared under a generic event class ({first.Proposition.EventClass} vs {second.Proposition.EventClass}), with no object, second participant, quantity or event time in common: too little to agree"));
            return Build(RelationKind.Unrelated, first, second, similarity * confidence, reasons);
        }

        var agreeing = similarity * confidence * (sameOrigin ? Options.SameOriginFactor : 1d);
        var extra = MoreSpecific(first, second, match);
        if (extra is not null)
        {
            reasons.Add(new Reason(ReasonType.MoreSpecific, extra));
        }

        var refines = quantities.Nested || times.Nested || match.ClassRefined || extra is not null;
        return Build(refines ? RelationKind.Refines : RelationKind.Corroborates, first, second, agreeing, reasons);
    }

    /// <summary>
    /// True for a claim whose long sentence yields a single actor (agent or recipient) and nothing else: "Russia" and an
    /// event class are too little to tell one proposition among the many a long sentence about Russia may state.
    /// </summary>
    private static bool Thin(Claim c) =>
        c.Proposition.Participants.Length == 1 && c.Proposition.Participants[0].Role is ParticipantRole.Agent or ParticipantRole.Recipient
        && c.Evidence.Text.Length > ThinEvidenceChars;

    /// <summary>Evidence longer than this (a sentence of an article, not a headline) needs more than one actor to be compared.</summary>
    private const int ThinEvidenceChars = 100;

    private bool IsSymmetric(Proposition a, Proposition b) => IsSymmetric(a.EventClass) && IsSymmetric(b.EventClass);

    /// <summary>True for a symmetric class; a two-digit CAMEO root counts as its generic member (04 as 040).</summary>
    private bool IsSymmetric(string eventClass) =>
        Options.SymmetricClasses.Contains(eventClass)
        || (eventClass.Length == 2 && PropositionMatch.AllDigits(eventClass) && Options.SymmetricClasses.Contains(eventClass + "0"));

    private bool IsGeneric(Proposition p) =>
        p.EventClass.Length >= 2 && PropositionMatch.AllDigits(p.EventClass) && Options.GenericClassRoots.Contains(p.EventClass[..2]);

    private static bool IsActorPair(string pair) =>
        pair.StartsWith("agent:", StringComparison.Ordinal) || pair.StartsWith("recipient:", StringComparison.Ordinal);

    private bool IsDirectional(Proposition p) => Options.DirectionalClasses.Contains(p.EventClass);

    private static bool IsBareStatement(Proposition p) =>
        string.Equals(p.EventClass, Extraction.ClaimExtractor.StatementEventClass, StringComparison.Ordinal);

    private static double ConfidenceFactor(Claim a, Claim b) => 0.5d + (0.5d * Math.Min(a.Confidence, b.Confidence));

    private static ClaimRelation Build(RelationKind kind, Claim first, Claim second, double score, ImmutableArray<Reason>.Builder reasons) =>
        new(RelationId(first.Id, second.Id), kind, first.Id, second.Id, Math.Round(Math.Clamp(score, 0d, 1d), 4), reasons.ToImmutable());

    /// <summary>Adds the stance and time-order reasons of a prediction pair and returns the prediction, or null when this is no prediction pair.</summary>
    private static Claim? PredictionPair(Claim first, Claim second, ImmutableArray<Reason>.Builder reasons)
    {
        var (prediction, report) = first.Stance == Stance.Expects && second.Stance is Stance.Asserts or Stance.Denies ? (first, second)
            : second.Stance == Stance.Expects && first.Stance is Stance.Asserts or Stance.Denies ? (second, first)
            : (null, null);
        if (prediction is null || report is null)
        {
            return null;
        }

        var which = ReferenceEquals(prediction, first) ? "claim A" : "claim B";
        var other = ReferenceEquals(prediction, first) ? "claim B" : "claim A";
        if (prediction.Said is not { Start: { } predicted } p || report.Said is not { Start: { } reported } r || reported <= predicted)
        {
            reasons.Add(new Reason(ReasonType.StancePair,
                $"{which} expects, {other} {Verb(report.Stance)}, but the report is not known to be later ({Said(prediction)} vs {Said(report)}): compared as two statements"));
            return null;
        }

        reasons.Add(new Reason(ReasonType.StancePair, $"{which} expects and {other} later {Verb(report.Stance)}"));
        reasons.Add(new Reason(ReasonType.TimeOrder, $"prediction said {p} and report said {r}: the report is later"));
        return prediction;
    }

    private static string Said(Claim c) => c.Said is { } s ? s.ToString() : "unknown";

    /// <summary>
    /// Each quantity of either claim is matched with its best comparable partner on the other side (equal, then nested,
    /// then overlapping, then disjoint); a quantity whose comparable partners are all disjoint is a conflict. One reason per
    /// distinct matched pair, worded first-to-second.
    /// </summary>
    private static QuantityOutcome CompareQuantities(Claim first, Claim second, ImmutableArray<Reason>.Builder reasons)
    {
        var qa = first.Quantities;
        var qb = second.Quantities;
        var table = new QuantityComparison?[qa.Length, qb.Length];
        for (var i = 0; i < qa.Length; i++)
        {
            for (var j = 0; j < qb.Length; j++)
            {
                table[i, j] = qa[i].CanCompareWith(qb[j], out _) ? qa[i].Compare(qb[j]) : null;
            }
        }

        var chosen = new SortedSet<(int, int)>();
        for (var i = 0; i < qa.Length; i++)
        {
            if (Best(Enumerable.Range(0, qb.Length).Select(j => (i, j))) is { } pair)
            {
                chosen.Add(pair);
            }
        }

        for (var j = 0; j < qb.Length; j++)
        {
            if (Best(Enumerable.Range(0, qa.Length).Select(i => (i, j))) is { } pair)
            {
                chosen.Add(pair);
            }
        }

        bool disjoint = false, nested = false, agree = false;
        foreach (var (i, j) in chosen)
        {
            var comparison = table[i, j]!;
            agree |= comparison.Relation != RangeRelation.Disjoint;
            switch (comparison.Relation)
            {
                case RangeRelation.Disjoint:
                    disjoint = true;
                    reasons.Add(new Reason(ReasonType.QuantitiesDisjoint, comparison.Reason));
                    break;
                case RangeRelation.Contains or RangeRelation.ContainedBy:
                    nested = true;
                    reasons.Add(new Reason(ReasonType.QuantitiesNested, comparison.Reason));
                    break;
                default:
                    reasons.Add(new Reason(ReasonType.QuantitiesOverlap, comparison.Reason));
                    break;
            }
        }

        return new QuantityOutcome(disjoint, nested, agree);

        (int, int)? Best(IEnumerable<(int I, int J)> candidates)
        {
            (int, int)? best = null;
            var bestRank = int.MaxValue;
            foreach (var (i, j) in candidates)
            {
                if (table[i, j] is not { } comparison)
                {
                    continue;
                }

                var rank = comparison.Relation switch
                {
                    RangeRelation.Equal => 0,
                    RangeRelation.Contains or RangeRelation.ContainedBy => 1,
                    RangeRelation.Overlaps => 2,
                    _ => 3,
                };
                if (rank < bestRank)
                {
                    (best, bestRank) = ((i, j), rank);
                }
            }

            return best;
        }
    }

    /// <summary>
    /// Compares the event times. Disjoint times conflict only when the claims have one signature and both times are
    /// bounded; an open period ("since September 2023") does not exclude an event outside it; claims with other
    /// participants at disjoint times are another occurrence of a repeatable event (unrelated).
    /// </summary>
    private static TimeOutcome CompareTimes(Claim first, Claim second, bool sameSignature, ImmutableArray<Reason>.Builder reasons)
    {
        if (first.EventTime is not { } ta || second.EventTime is not { } tb)
        {
            return default;
        }

        var comparison = ta.Compare(tb);
        if (comparison.Relation == RangeRelation.Disjoint)
        {
            if (!sameSignature)
            {
                reasons.Add(new Reason(ReasonType.DifferentPropositions, $"event times: {comparison.Reason}; with other participants at another time this is another occurrence"));
                return new TimeOutcome(false, false, true);
            }

            if (ta.IsOpen || tb.IsOpen)
            {
                reasons.Add(new Reason(ReasonType.TimesCompatible, $"event times: {comparison.Reason}; an open period does not exclude an event outside it"));
                return default;
            }

            reasons.Add(new Reason(ReasonType.TimesConflict, $"event times: {comparison.Reason}"));
            return new TimeOutcome(true, false);
        }

        reasons.Add(new Reason(ReasonType.TimesCompatible, $"event times: {comparison.Reason}"));
        return new TimeOutcome(false, comparison.Relation is RangeRelation.Contains or RangeRelation.ContainedBy, Agree: true);
    }

    private bool AddOrigins(Claim first, Claim second, ImmutableArray<Reason>.Builder reasons)
    {
        var oa = OriginResolver.OriginOf(first, Options.OriginResolver);
        var ob = OriginResolver.OriginOf(second, Options.OriginResolver);
        if (string.Equals(oa, ob, StringComparison.Ordinal))
        {
            reasons.Add(new Reason(ReasonType.SameOrigin,
                $"both trace back to {oa} (first: {first.Attribution}; second: {second.Attribution})"));
            return true;
        }

        reasons.Add(new Reason(ReasonType.IndependentOrigins, $"origins {oa} vs {ob}"));
        return false;
    }

    private static string? MoreSpecific(Claim first, Claim second, PropositionMatch match)
    {
        var parts = new List<string>();
        if (match.OnlyFirst.Count > 0 && match.OnlySecond.Count == 0)
        {
            parts.Add($"the first also names {string.Join(", ", match.OnlyFirst)}");
        }
        else if (match.OnlySecond.Count > 0 && match.OnlyFirst.Count == 0)
        {
            parts.Add($"the second also names {string.Join(", ", match.OnlySecond)}");
        }

        if (first.Quantities.Length > 0 && second.Quantities.Length == 0)
        {
            parts.Add($"only the first states a quantity ({string.Join(", ", first.Quantities)})");
        }
        else if (second.Quantities.Length > 0 && first.Quantities.Length == 0)
        {
            parts.Add($"only the second states a quantity ({string.Join(", ", second.Quantities)})");
        }

        if (first.EventTime is { } ft && second.EventTime is null)
        {
            parts.Add($"only the first states an event time ({ft})");
        }
        else if (second.EventTime is { } st && first.EventTime is null)
        {
            parts.Add($"only the second states an event time ({st})");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string Verb(Stance stance) => stance switch
    {
        Stance.Asserts => "asserts",
        Stance.Denies => "denies",
        Stance.Alleges => "alleges",
        Stance.Expects => "expects",
        _ => "questions",
    };

    private static string Name(Polarity polarity) => polarity switch
    {
        Polarity.Positive => "positive",
        Polarity.Negative => "negative",
        _ => "unknown",
    };

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private readonly record struct QuantityOutcome(bool Disjoint, bool Nested, bool Agree = false);

    private readonly record struct TimeOutcome(bool Conflict, bool Nested, bool OtherOccurrence = false, bool Agree = false);
}

/// <summary>How two propositions line up: classes, shared and one-sided role:entity pairs, role conflicts and swaps.</summary>
internal sealed class PropositionMatch
{
    private PropositionMatch()
    {
    }

    public bool ClassesCompatible { get; private init; }

    public bool ClassRefined { get; private init; }

    public bool SameSignature { get; private init; }

    public double Jaccard { get; private init; }

    public IReadOnlyList<string> Shared { get; private init; } = [];

    public IReadOnlyList<string> OnlyFirst { get; private init; } = [];

    public IReadOnlyList<string> OnlySecond { get; private init; } = [];

    /// <summary>
    /// True when an agent or recipient entity is on both sides (in any of the two roles), or when neither claim names an
    /// agent or recipient, both have content words (the extractor's stand-in for an actor the catalog lacks) and they share
    /// a content word or an object.
    /// </summary>
    public bool SharesActor { get; private init; }

    /// <summary>True when a shared participant is a catalog entity or lexicon object, not only a content word.</summary>
    public bool Anchored { get; private init; }

    /// <summary>Why the roles conflict (another entity in the same role), or null.</summary>
    public string? Conflict { get; private init; }

    /// <summary>Which entities swapped agent and recipient, or null.</summary>
    public string? Swapped { get; private init; }

    /// <summary>Matches two propositions; with <paramref name="symmetric"/> the recipient counts as a second agent.</summary>
    public static PropositionMatch Of(Proposition a, Proposition b, bool symmetric = false)
    {
        if (symmetric)
        {
            (a, b) = (Symmetrize(a), Symmetrize(b));
        }

        var sameClass = string.Equals(a.EventClass, b.EventClass, StringComparison.Ordinal);
        var refined = !sameClass && IsRefinement(a.EventClass, b.EventClass);
        if (!sameClass && !refined)
        {
            return new PropositionMatch();
        }

        var pa = Pairs(a);
        var pb = Pairs(b);
        // Content words stand in for actors the catalog lacks. When only one claim has them (its clause had no catalog
        // actor, the other's had one), they are no evidence for or against one proposition: compare without them.
        if (pa.Any(IsContentWord) != pb.Any(IsContentWord))
        {
            pa.RemoveWhere(IsContentWord);
            pb.RemoveWhere(IsContentWord);
        }

        var shared = pa.Intersect(pb, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var union = pa.Union(pb, StringComparer.Ordinal).Count();
        var onlyFirst = pa.Except(pb, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var onlySecond = pb.Except(pa, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var agentsA = Keys(a, ParticipantRole.Agent);
        var agentsB = Keys(b, ParticipantRole.Agent);
        var recipientsA = Keys(a, ParticipantRole.Recipient);
        var recipientsB = Keys(b, ParticipantRole.Recipient);
        string? swapped = null;
        var crossAB = agentsA.Intersect(recipientsB, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var crossBA = recipientsA.Intersect(agentsB, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // A clean swap only: both claims name agent and recipient, the two sides exchange exactly the same entities, and
        // every other participant (objects, places) is the same. A partial overlap ("A struck B" vs "B struck C") is a role
        // conflict, and so is a transfer each way of different goods ("A sent B arms" vs "B sent A technology").
        if ((crossAB.Count > 0 || crossBA.Count > 0)
            && agentsA.Count > 0 && recipientsA.Count > 0
            && agentsA.SetEquals(recipientsB) && recipientsA.SetEquals(agentsB)
            && Enum.GetValues<ParticipantRole>().Where(r => r is not (ParticipantRole.Agent or ParticipantRole.Recipient))
                .All(r => Keys(a, r).SetEquals(Keys(b, r))))
        {
            var parts = new List<string>();
            if (crossAB.Count > 0)
            {
                parts.Add($"{string.Join(", ", crossAB)} is the agent in the first and the recipient in the second");
            }

            if (crossBA.Count > 0)
            {
                parts.Add($"{string.Join(", ", crossBA)} is the recipient in the first and the agent in the second");
            }

            swapped = string.Join("; ", parts);
        }

        // Content words carry roles only to tell a swap ("A beat B" vs "B beat A" for names the catalog lacks): the same
        // words on both sides, with the subject and complement exchanged.
        if (swapped is null && pa.SetEquals(pb))
        {
            var ta = TermKeys(a, ParticipantRole.Agent);
            var tr = TermKeys(a, ParticipantRole.Recipient);
            var tb = TermKeys(b, ParticipantRole.Agent);
            var tc = TermKeys(b, ParticipantRole.Recipient);
            if (ta.Count > 0 && tr.Count > 0 && ta.SetEquals(tc) && tr.SetEquals(tb) && !ta.SetEquals(tr))
            {
                swapped = $"{string.Join(", ", ta.Order(StringComparer.Ordinal))} is the subject in the first and the complement in the second";
            }
        }

        string? conflict = null;
        if (swapped is null)
        {
            foreach (var role in Enum.GetValues<ParticipantRole>())
            {
                var ka = Keys(a, role);
                var kb = Keys(b, role);
                if (ka.Count > 0 && kb.Count > 0 && !ka.Overlaps(kb))
                {
                    var roleName = role.ToString().ToLowerInvariant();
                    conflict = $"the {roleName} differs: {string.Join(", ", ka.Order(StringComparer.Ordinal))} vs {string.Join(", ", kb.Order(StringComparer.Ordinal))}";
                    break;
                }
            }
        }

        return new PropositionMatch
        {
            ClassesCompatible = true,
            ClassRefined = refined,
            SameSignature = sameClass && pa.SetEquals(pb),
            Jaccard = union == 0 ? 1d : (double)shared.Count / union,
            Shared = shared,
            OnlyFirst = onlyFirst,
            OnlySecond = onlySecond,
            Conflict = conflict,
            Swapped = swapped,
            SharesActor = agentsA.Union(recipientsA, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal).Overlaps(agentsB.Union(recipientsB, StringComparer.Ordinal))
                || (agentsA.Count + recipientsA.Count + agentsB.Count + recipientsB.Count == 0
                    && pa.Any(IsContentWord) && pb.Any(IsContentWord)
                    && shared.Any(x => IsContentWord(x) || x.StartsWith("object:", StringComparison.Ordinal))),
            Anchored = shared.Any(x => !IsContentWord(x)),
        };
    }

    /// <summary>The proposition with every recipient read as an agent (a meeting has no direction).</summary>
    private static Proposition Symmetrize(Proposition p) =>
        p.Participants.Any(x => x.Role == ParticipantRole.Recipient)
            ? new Proposition(p.EventClass, [.. p.Participants.Select(x => x.Role == ParticipantRole.Recipient ? new Participant(ParticipantRole.Agent, x.EntityId, x.Name) : x)])
            : p;

    /// <summary>True when both classes are digit codes and one is a proper prefix of the other (CAMEO: 19 and 190).</summary>
    internal static bool IsRefinement(string a, string b)
    {
        if (!AllDigits(a) || !AllDigits(b))
        {
            return false;
        }

        // CAMEO's "not specified below" code of a root (050, 190) stands for the root itself (05, 19).
        var (ga, gb) = (Generic(a), Generic(b));
        if (ga.Length == gb.Length)
        {
            return a.Length != b.Length && string.Equals(ga, gb, StringComparison.Ordinal);
        }

        var (shorter, longer) = ga.Length < gb.Length ? (ga, gb) : (gb, ga);
        return longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>A three-digit numeric code ending in 0 cut to its two-digit root (CAMEO's unspecified member); any other code as is.</summary>
    internal static string Generic(string code) => code.Length == 3 && code[2] == '0' && AllDigits(code) ? code[..2] : code;

    internal static bool AllDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    /// <summary>True for a <c>role:key</c> pair whose key is a content word of the extractor.</summary>
    private static bool IsContentWord(string pair) =>
        pair.IndexOf(':', StringComparison.Ordinal) is var at and >= 0
        && pair.AsSpan(at + 1).StartsWith(Extraction.ClaimExtractor.TermPrefix, StringComparison.Ordinal);

    /// <summary>The role a participant is matched in: content words are role-neutral (object).</summary>
    private static ParticipantRole MatchRole(Participant x) => IsTerm(x) ? ParticipantRole.Object : x.Role;

    private static bool IsTerm(Participant x) => x.Key.StartsWith(Extraction.ClaimExtractor.TermPrefix, StringComparison.Ordinal);

    private static HashSet<string> Pairs(Proposition p) =>
        p.Participants.Select(x => $"{MatchRole(x).ToString().ToLowerInvariant()}:{x.Key}").ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Keys(Proposition p, ParticipantRole role) =>
        p.Participants.Where(x => MatchRole(x) == role).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> TermKeys(Proposition p, ParticipantRole role) =>
        p.Participants.Where(x => IsTerm(x) && x.Role == role).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
}
