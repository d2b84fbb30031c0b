using System.Globalization;

namespace ClaimTracker.Model;

/// <summary>
/// A time known only to some precision: a half-open interval <c>[Start, End)</c> of calendar time
/// (no time zone) plus the <see cref="TimePrecision"/> the text gave. "September 2023" is
/// [2023-09-01, 2023-10-01) at month precision; "since September 2023" is [2023-09-01, ∞) and open.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Equality is structural (start, end, precision).
/// The default value is the unbounded interval at <see cref="TimePrecision.Century"/> precision.
/// </remarks>
public readonly partial struct FuzzyTime : IEquatable<FuzzyTime>
{
    /// <summary>Creates an interval.</summary>
    /// <param name="start">Inclusive start, or null when unbounded in the past.</param>
    /// <param name="end">Exclusive end, or null when unbounded in the future.</param>
    /// <param name="precision">How precisely the text gave the time.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not after <paramref name="start"/>, or <paramref name="precision"/> is not defined.</exception>
    public FuzzyTime(DateTime? start, DateTime? end, TimePrecision precision)
    {
        if (!Enum.IsDefined(precision))
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown time precision.");
        }

        if (start is { } s && end is { } e && e <= s)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"End ({e:O}) must be after start ({s:O}).");
        }

        Start = start is { } st ? DateTime.SpecifyKind(st, DateTimeKind.Unspecified) : null;
        End = end is { } en ? DateTime.SpecifyKind(en, DateTimeKind.Unspecified) : null;
        Precision = precision;
    }

    /// <summary>Inclusive start, or null when unbounded in the past.</summary>
    public DateTime? Start { get; }

    /// <summary>Exclusive end, or null when unbounded in the future.</summary>
    public DateTime? End { get; }

    /// <summary>The precision the text gave.</summary>
    public TimePrecision Precision { get; }

    /// <summary>True when either end is unbounded ("since September", "until 2020").</summary>
    public bool IsOpen => Start is null || End is null;

    /// <summary>The whole calendar year <paramref name="year"/>.</summary>
    public static FuzzyTime Year(int year) => new(new DateTime(year, 1, 1), new DateTime(year, 1, 1).AddYears(1), TimePrecision.Year);

    /// <summary>The whole calendar month.</summary>
    public static FuzzyTime Month(int year, int month)
    {
        var s = new DateTime(year, month, 1);
        return new FuzzyTime(s, s.AddMonths(1), TimePrecision.Month);
    }

    /// <summary>The whole calendar day.</summary>
    public static FuzzyTime Day(int year, int month, int day)
    {
        var s = new DateTime(year, month, day);
        return new FuzzyTime(s, s.AddDays(1), TimePrecision.Day);
    }

    /// <inheritdoc />
    public bool Equals(FuzzyTime other) => Start == other.Start && End == other.End && Precision == other.Precision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FuzzyTime other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Precision);

    /// <summary>Structural equality.</summary>
    public static bool operator ==(FuzzyTime left, FuzzyTime right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(FuzzyTime left, FuzzyTime right) => !left.Equals(right);

    /// <summary>Formats the time at its precision: <c>2023</c>, <c>2023-09</c>, <c>2023-09-12</c>; open intervals as <c>2023-09..</c>.</summary>
    public override string ToString()
    {
        if (Start is null && End is null)
        {
            return "..";
        }

        if (Start is null)
        {
            return ".." + End!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var s = Start.Value;
        var text = Precision switch
        {
            TimePrecision.Century or TimePrecision.Decade or TimePrecision.Year => s.ToString("yyyy", CultureInfo.InvariantCulture),
            TimePrecision.Month => s.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            TimePrecision.Week or TimePrecision.Day => s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => s.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        };
        return End is null ? text + ".." : text;
    }
}
