using System.Globalization;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// A length of time ("a visit lasting two days", "for 3 hours"), kept apart from points in time; or, when
/// <see cref="IsRecurrence"/> is true, the period of a repetition ("every two days", "weekly").
/// </summary>
/// <remarks>Immutable and thread-safe. The amount is in <see cref="Unit"/>s; <see cref="Seconds"/> converts with
/// 30-day months and 365-day years.</remarks>
public sealed record RecognizedDuration : Recognized
{
    /// <summary>Creates a result.</summary>
    /// <param name="span">Where the expression was written.</param>
    /// <param name="text">The exact characters at <paramref name="span"/>.</param>
    /// <param name="rule">The rule that produced the value.</param>
    /// <param name="amount">How many units; must be positive.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="isApproximate">True for vague amounts ("a few days" is read as 3 days).</param>
    /// <param name="isRecurrence">True for a repetition period ("every day") rather than a length.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive, or <paramref name="unit"/> is not defined.</exception>
    public RecognizedDuration(TextSpan span, string text, string rule, decimal amount, DurationUnit unit, bool isApproximate = false, bool isRecurrence = false)
        : base(span, text, rule)
    {
        if (amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A duration must be positive.");
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown duration unit.");
        }

        Amount = amount;
        Unit = unit;
        IsApproximate = isApproximate;
        IsRecurrence = isRecurrence;
    }

    /// <inheritdoc />
    public override RecognitionKind Kind => RecognitionKind.Duration;

    /// <summary>How many <see cref="Unit"/>s.</summary>
    public decimal Amount { get; }

    /// <summary>The unit of <see cref="Amount"/>.</summary>
    public DurationUnit Unit { get; }

    /// <summary>True when the amount is a reading of a vague word ("a few", "several").</summary>
    public bool IsApproximate { get; }

    /// <summary>True for a repetition period ("every day", "weekly").</summary>
    public bool IsRecurrence { get; }

    /// <summary>The length in seconds, with 30-day months and 365-day years.</summary>
    public decimal Seconds => Amount * SecondsPer(Unit);

    /// <summary>An ISO 8601 duration such as <c>P3D</c>, <c>PT3H</c> or <c>P3.5Y</c>.</summary>
    public string Iso8601
    {
        get
        {
            var n = Amount.ToString("0.############", CultureInfo.InvariantCulture);
            return Unit switch
            {
                DurationUnit.Second => $"PT{n}S",
                DurationUnit.Minute => $"PT{n}M",
                DurationUnit.Hour => $"PT{n}H",
                DurationUnit.Day => $"P{n}D",
                DurationUnit.Week => $"P{n}W",
                DurationUnit.Month => $"P{n}M",
                DurationUnit.Quarter => $"P{(Amount * 3).ToString("0.############", CultureInfo.InvariantCulture)}M",
                DurationUnit.Year => $"P{n}Y",
                DurationUnit.Decade => $"P{(Amount * 10).ToString("0.############", CultureInfo.InvariantCulture)}Y",
                _ => $"P{(Amount * 100).ToString("0.############", CultureInfo.InvariantCulture)}Y",
            };
        }
    }

    /// <summary>Seconds in one <paramref name="unit"/> (30-day months, 365-day years).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public static decimal SecondsPer(DurationUnit unit) => unit switch
    {
        DurationUnit.Second => 1m,
        DurationUnit.Minute => 60m,
        DurationUnit.Hour => 3600m,
        DurationUnit.Day => 86400m,
        DurationUnit.Week => 604800m,
        DurationUnit.Month => 2592000m,
        DurationUnit.Quarter => 7776000m,
        DurationUnit.Year => 31536000m,
        DurationUnit.Decade => 315360000m,
        DurationUnit.Century => 3153600000m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown duration unit."),
    };
}
