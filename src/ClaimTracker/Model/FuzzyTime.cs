using System.Globalization;

namespace ClaimTracker.Model;

/// <summary>
/// A time known only to some precision: a half-open interval <c>[Start, End)</c> of calendar time
/// (no time zone) plus the <see cref="TimePrecision"/> the text gave. "September 2023" is
/// [2023-09-01, 2023-10-01) at month precision; "since September 2023" is [2023-09-01, ∞) and open.
/// </summary>
/// <remarks>
/// <para>
/// <b>Range.</b> Any <see cref="DateTime"/> range (years 1 to 9999), always of kind <see cref="DateTimeKind.Unspecified"/>;
/// <c>End</c> is after <c>Start</c> when both are known. A null end means unbounded in that direction.
/// </para>
/// <para>
/// <b>Equality</b> is structural (start, end, precision): the year 2023 and the interval [2023-01-01, 2024-01-01) at month
/// precision are different values, though <see cref="Compare(FuzzyTime)"/> calls them <see cref="RangeRelation.Equal"/>.
/// </para>
/// <para>
/// <b>Ordering</b> (<see cref="CompareTo(FuzzyTime)"/>) is by <see cref="Start"/> (an unbounded start first), then by
/// <see cref="End"/> (an unbounded end last), then by <see cref="Precision"/> (coarser first). It is a total order
/// consistent with equality. It is not the "before/after" relation: see <see cref="IsBefore(FuzzyTime)"/>.
/// </para>
/// <para>The default value is the unbounded interval at <see cref="TimePrecision.Century"/> precision.
/// Immutable and thread-safe.</para>
/// </remarks>
public readonly partial struct FuzzyTime : IEquatable<FuzzyTime>, IComparable<FuzzyTime>
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

    /// <summary>The whole calendar year <paramref name="year"/>, at year precision.</summary>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9998.</exception>
    public static FuzzyTime Year(int year)
    {
        CheckYear(year);
        return new(new DateTime(year, 1, 1), new DateTime(year + 1, 1, 1), TimePrecision.Year);
    }

    /// <summary>The whole calendar month, at month precision.</summary>
    /// <param name="year">The year, 1 to 9998 (9999 up to November).</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="month"/> is out of range.</exception>
    public static FuzzyTime Month(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, year == 9999 ? 11 : 12);
        var s = new DateTime(year, month, 1);
        return new FuzzyTime(s, s.AddMonths(1), TimePrecision.Month);
    }

    /// <summary>The whole calendar day, at day precision.</summary>
    /// <param name="year">The year, 1 to 9999 (the last day, 9999-12-31, is excluded).</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist or is 9999-12-31.</exception>
    public static FuzzyTime Day(int year, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, year == 9999 && month == 12 ? 30 : DateTime.DaysInMonth(year, month));
        var s = new DateTime(year, month, day);
        return new FuzzyTime(s, s.AddDays(1), TimePrecision.Day);
    }

    private static void CheckYear(int year, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(year))] string? paramName = null)
    {
        if (year is < 1 or > 9998)
        {
            throw new ArgumentOutOfRangeException(paramName, year, "The year must be between 1 and 9998.");
        }
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
