using System.Collections.Immutable;

namespace ClaimTracker.Model;

/// <summary>
/// One claim read in an article: a proposition, who it is attributed to, the stance and polarity, when it was said, when
/// the event happened, the quantities and times it mentions, the evidence span and a confidence.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Equality is by value; <see cref="Quantities"/> and <see cref="Times"/> compare element by
/// element, in order (a default array equals an empty one).
/// </remarks>
public sealed record Claim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="id">A stable identifier, unique within a ledger.</param>
    /// <param name="proposition">What is claimed.</param>
    /// <param name="attribution">Who it is attributed to.</param>
    /// <param name="stance">What the source does with the proposition.</param>
    /// <param name="polarity">Whether the claim says the proposition holds.</param>
    /// <param name="evidence">Where it was read.</param>
    /// <param name="confidence">How sure the extractor is, 0 to 1.</param>
    /// <param name="said">When it was said, if known.</param>
    /// <param name="eventTime">When the event happened (or is expected), if known.</param>
    /// <param name="quantities">Quantities the claim states; default means none.</param>
    /// <param name="times">Other times the claim mentions; default means none.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or white space; an array contains null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="proposition"/>, <paramref name="attribution"/> or <paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stance"/> or <paramref name="polarity"/> is not defined;
    /// <paramref name="confidence"/> is NaN or outside 0 to 1.</exception>
    public Claim(
        string id,
        Proposition proposition,
        Attribution attribution,
        Stance stance,
        Polarity polarity,
        Evidence evidence,
        double confidence,
        FuzzyTime? said = null,
        FuzzyTime? eventTime = null,
        ImmutableArray<Quantity> quantities = default,
        ImmutableArray<FuzzyTime> times = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(proposition);
        ArgumentNullException.ThrowIfNull(attribution);
        ArgumentNullException.ThrowIfNull(evidence);
        if (!Enum.IsDefined(stance))
        {
            throw new ArgumentOutOfRangeException(nameof(stance), stance, "Unknown stance.");
        }

        if (!Enum.IsDefined(polarity))
        {
            throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "Unknown polarity.");
        }

        if (double.IsNaN(confidence) || confidence < 0d || confidence > 1d)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be between 0 and 1.");
        }

        Id = id;
        Proposition = proposition;
        Attribution = attribution;
        Stance = stance;
        Polarity = polarity;
        Evidence = evidence;
        Confidence = confidence;
        Said = said;
        EventTime = eventTime;
        Quantities = ArrayEquality.Checked(quantities, nameof(quantities));
        Times = times.OrEmpty();
    }

    /// <summary>A stable identifier, unique within a ledger.</summary>
    public string Id { get; }

    /// <summary>What is claimed.</summary>
    public Proposition Proposition { get; }

    /// <summary>Who it is attributed to.</summary>
    public Attribution Attribution { get; }

    /// <summary>What the source does with the proposition.</summary>
    public Stance Stance { get; }

    /// <summary>Whether the claim says the proposition holds.</summary>
    public Polarity Polarity { get; }

    /// <summary>When it was said, or null.</summary>
    public FuzzyTime? Said { get; }

    /// <summary>When the event happened (or is expected), or null.</summary>
    public FuzzyTime? EventTime { get; }

    /// <summary>Quantities the claim states (never default).</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <summary>Other times the claim mentions (never default).</summary>
    public ImmutableArray<FuzzyTime> Times { get; }

    /// <summary>Where it was read.</summary>
    public Evidence Evidence { get; }

    /// <summary>How sure the extractor is, 0 to 1.</summary>
    public double Confidence { get; }

    /// <inheritdoc />
    public bool Equals(Claim? other) =>
        other is not null
        && Id == other.Id
        && Proposition.Equals(other.Proposition)
        && Attribution.Equals(other.Attribution)
        && Stance == other.Stance
        && Polarity == other.Polarity
        && Nullable.Equals(Said, other.Said)
        && Nullable.Equals(EventTime, other.EventTime)
        && ArrayEquality.SequenceEqual(Quantities, other.Quantities)
        && ArrayEquality.SequenceEqual(Times, other.Times)
        && Evidence.Equals(other.Evidence)
        && Confidence.Equals(other.Confidence);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Id);
        h.Add(Proposition);
        h.Add(Attribution);
        h.Add(Stance);
        h.Add(Polarity);
        h.Add(Said);
        h.Add(EventTime);
        h.Add(ArrayEquality.Hash(Quantities));
        h.Add(ArrayEquality.Hash(Times));
        h.Add(Evidence);
        h.Add(Confidence);
        return h.ToHashCode();
    }

    /// <summary>A one-line summary: id, speaker, stance, polarity and signature.</summary>
    public override string ToString() =>
        $"{Id}: {Attribution.Speaker} {Stance.ToString().ToLowerInvariant()} ({Polarity.ToString().ToLowerInvariant()}) {Proposition.Signature}";
}
