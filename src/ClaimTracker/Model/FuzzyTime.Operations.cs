using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace ClaimTracker.Model;

/// <summary>A part of a day, for <see cref="FuzzyTime.PartOfDay(DateOnly, DayPart)"/>.</summary>
/// <remarks>The default value is <see cref="Morning"/>. Hours are conventions, documented on each member.</remarks>
public enum DayPart
{
    /// <summary>Morning: 05:00 to 12:00.</summary>
    Morning,

    /// <summary>Afternoon: 12:00 to 17:00.</summary>
    Afternoon,

    /// <summary>Evening: 17:00 to 21:00.</summary>
    Evening,

    /// <summary>Night: 21:00 to 05:00 the next day.</summary>
    Night,
}

/// <summary>Which of two times starts first, as reported by <see cref="FuzzyTime.Compare(FuzzyTime)"/>.</summary>
/// <remarks>The default value is <see cref="FirstEarlier"/>.</remarks>
public enum TemporalOrder
{
    /// <summary>The first starts earlier (an unbounded start is earliest).</summary>
    FirstEarlier,

    /// <summary>Both start at the same instant (or are both unbounded in the past).</summary>
    SameStart,

    /// <summary>The second starts earlier.</summary>
    SecondEarlier,
}

/// <summary>The outcome of <see cref="FuzzyTime.Compare(FuzzyTime)"/>: a relation, which starts earlier, and a plain-English reason.</summary>
/// <remarks>Immutable and thread-safe; equality is by value. <see cref="RangeRelation.Incomparable"/> never occurs for times.</remarks>
/// <param name="Relation">How the first time relates to the second, as half-open intervals.</param>
/// <param name="Order">Which starts earlier.</param>
/// <param name="Reason">Why, for example <c>2023-09 [2023-09-01, 2023-10-01) contains 2023-09-13 [2023-09-13, 2023-09-14)</c>.</param>
public sealed record FuzzyTimeComparison(RangeRelation Relation, TemporalOrder Order, string Reason);

public readonly partial struct FuzzyTime
{
    /// <summary>The decade of ten years starting on 1 January of <paramref name="firstYear"/> ("the 1980s" is <c>Decade(1980)</c>).</summary>
    /// <param name="firstYear">First year, 1 to 9990. Calendar decades start on a multiple of ten, but any year is accepted.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstYear"/> is outside 1 to 9990.</exception>
    public static FuzzyTime Decade(int firstYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstYear, 9990);
        return new FuzzyTime(new DateTime(firstYear, 1, 1), new DateTime(firstYear + 10, 1, 1), TimePrecision.Decade);
    }

    /// <summary>
    /// The <paramref name="n"/>-th century in the popular sense: the hundred years whose numbers start with n − 1
    /// (the twentieth century is [1900-01-01, 2000-01-01)). The first century starts on 0001-01-01 and lasts 99 years.
    /// </summary>
    /// <param name="n">Ordinal of the century, 1 to 99.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is outside 1 to 99.</exception>
    public static FuzzyTime Century(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        var start = Math.Max(1, (n - 1) * 100);
        return new FuzzyTime(new DateTime(start, 1, 1), new DateTime(n * 100, 1, 1), TimePrecision.Century);
    }

    /// <summary>The ISO 8601 week (Monday to Sunday) <paramref name="isoWeek"/> of <paramref name="isoYear"/>.</summary>
    /// <param name="isoYear">ISO week-numbering year, 1 to 9998.</param>
    /// <param name="isoWeek">Week number, 1 to 52 or 53 (as the year has).</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or week does not exist.</exception>
    public static FuzzyTime Week(int isoYear, int isoWeek)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(isoYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(isoYear, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(isoWeek, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(isoWeek, ISOWeek.GetWeeksInYear(isoYear));
        var start = ISOWeek.ToDateTime(isoYear, isoWeek, DayOfWeek.Monday);
        return new FuzzyTime(start, start.AddDays(7), TimePrecision.Week);
    }

    /// <summary>The ISO 8601 week (Monday to Sunday) that contains <paramref name="day"/>.</summary>
    /// <param name="day">Any day of the week.</param>
    /// <exception cref="ArgumentOutOfRangeException">The week reaches past year 9999.</exception>
    public static FuzzyTime WeekContaining(DateOnly day) => Week(ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)));

    /// <summary>A part of <paramref name="date"/> (hours as documented on <see cref="DayPart"/>; night runs into the next day).</summary>
    /// <param name="date">The day.</param>
    /// <param name="part">Which part.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> is not defined, or the interval reaches past year 9999.</exception>
    public static FuzzyTime PartOfDay(DateOnly date, DayPart part)
    {
        var (from, to) = part switch
        {
            DayPart.Morning => (5, 12),
            DayPart.Afternoon => (12, 17),
            DayPart.Evening => (17, 21),
            DayPart.Night => (21, 29),
            _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown part of day."),
        };
        var day = date.ToDateTime(TimeOnly.MinValue);
        if (date == DateOnly.MaxValue && part == DayPart.Night)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The night of the last representable day reaches past year 9999.");
        }

        return new FuzzyTime(day.AddHours(from), day.AddHours(to), TimePrecision.PartOfDay);
    }

    /// <summary>From the start of <paramref name="from"/> on, unbounded in the future ("since September 2023" is [2023-09-01, ∞) at month precision).</summary>
    /// <param name="from">The time whose start opens the interval.</param>
    /// <exception cref="ArgumentException"><paramref name="from"/> has no start.</exception>
    public static FuzzyTime Since(FuzzyTime from) => from.Start is { } s
        ? new FuzzyTime(s, null, from.Precision)
        : throw new ArgumentException("'Since' needs a time with a known start.", nameof(from));

    /// <summary>
    /// Up to and including <paramref name="until"/>, unbounded in the past ("until 2020" is (−∞, 2021-01-01) at year precision).
    /// </summary>
    /// <param name="until">The time whose end closes the interval.</param>
    /// <exception cref="ArgumentException"><paramref name="until"/> has no end.</exception>
    public static FuzzyTime Until(FuzzyTime until) => until.End is { } e
        ? new FuzzyTime(null, e, until.Precision)
        : throw new ArgumentException("'Until' needs a time with a known end.", nameof(until));

    /// <summary>
    /// Parses a publication-style date: <c>yyyy</c> (year precision), <c>yyyy-MM</c> (month) or <c>yyyy-MM-dd</c> (day).
    /// Leading and trailing white space is ignored; nothing else is accepted.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The time, or the default value when parsing fails.</param>
    /// <returns>True when <paramref name="text"/> is a valid date in one of the three forms.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out FuzzyTime value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        if (s.Length is not (4 or 7 or 10) || !Digits(s[..4], out var year) || year < 1)
        {
            return false;
        }

        if (s.Length == 4)
        {
            if (year == 9999)
            {
                return false;
            }

            value = Year(year);
            return true;
        }

        if (s[4] != '-' || !Digits(s.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (s.Length == 7)
        {
            if (year == 9999 && month == 12)
            {
                return false;
            }

            value = Month(year, month);
            return true;
        }

        if (s[7] != '-' || !Digits(s.Slice(8, 2), out var day) || day < 1 || day > DateTime.DaysInMonth(year, month)
            || (year == 9999 && month == 12 && day == 31))
        {
            return false;
        }

        value = Day(year, month, day);
        return true;
    }

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; see <see cref="TryParse(string?, out FuzzyTime)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid date in one of the three forms.</exception>
    public static FuzzyTime Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.");
    }

    /// <summary>True when the two half-open intervals share at least one instant.</summary>
    /// <param name="other">The other time.</param>
    public bool Overlaps(FuzzyTime other) => Intersects(this, other);

    /// <summary>True when this interval covers all of <paramref name="other"/> (equal intervals included): 2023-09 contains 2023-09-13.</summary>
    /// <param name="other">The other time.</param>
    public bool Contains(FuzzyTime other) => CompareStart(Start, other.Start) <= 0 && CompareEnd(End, other.End) >= 0;

    /// <summary>True when this interval ends at or before <paramref name="other"/> starts (strictly before; false when either side is unbounded there).</summary>
    /// <param name="other">The other time.</param>
    public bool IsBefore(FuzzyTime other) => End is { } e && other.Start is { } s && e <= s;

    /// <summary>True when this interval starts at or after <paramref name="other"/> ends (strictly after).</summary>
    /// <param name="other">The other time.</param>
    public bool IsAfter(FuzzyTime other) => other.IsBefore(this);

    /// <summary>Compares the two half-open intervals: equal, containment, overlap or disjoint, which starts first, and why.</summary>
    /// <param name="other">The other time.</param>
    public FuzzyTimeComparison Compare(FuzzyTime other)
    {
        var startOrder = CompareStart(Start, other.Start);
        var endOrder = CompareEnd(End, other.End);
        RangeRelation relation;
        if (startOrder == 0 && endOrder == 0)
        {
            relation = RangeRelation.Equal;
        }
        else if (startOrder <= 0 && endOrder >= 0)
        {
            relation = RangeRelation.Contains;
        }
        else if (startOrder >= 0 && endOrder <= 0)
        {
            relation = RangeRelation.ContainedBy;
        }
        else
        {
            relation = Intersects(this, other) ? RangeRelation.Overlaps : RangeRelation.Disjoint;
        }

        var order = startOrder < 0 ? TemporalOrder.FirstEarlier : startOrder > 0 ? TemporalOrder.SecondEarlier : TemporalOrder.SameStart;
        var sb = new StringBuilder();
        sb.Append(ToString()).Append(' ').Append(IntervalText()).Append(relation switch
        {
            RangeRelation.Equal => " equals ",
            RangeRelation.Contains => " contains ",
            RangeRelation.ContainedBy => " lies within ",
            RangeRelation.Overlaps => " overlaps ",
            _ => IsBefore(other) ? " is before " : " is after ",
        });
        sb.Append(other.ToString()).Append(' ').Append(other.IntervalText());
        if (relation is RangeRelation.Overlaps or RangeRelation.Contains or RangeRelation.ContainedBy && order != TemporalOrder.SameStart)
        {
            sb.Append(order == TemporalOrder.FirstEarlier ? "; the first starts earlier" : "; the second starts earlier");
        }

        return new FuzzyTimeComparison(relation, order, sb.ToString());
    }

    /// <summary>
    /// Orders by <see cref="Start"/> (unbounded first), then <see cref="End"/> (unbounded last), then
    /// <see cref="Precision"/> (coarser first). Consistent with <see cref="Equals(FuzzyTime)"/>.
    /// </summary>
    /// <param name="other">The other time.</param>
    public int CompareTo(FuzzyTime other)
    {
        var c = CompareStart(Start, other.Start);
        if (c != 0)
        {
            return c;
        }

        c = CompareEnd(End, other.End);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    /// <summary>Ordering by <see cref="CompareTo(FuzzyTime)"/>.</summary>
    public static bool operator <(FuzzyTime left, FuzzyTime right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by <see cref="CompareTo(FuzzyTime)"/>.</summary>
    public static bool operator >(FuzzyTime left, FuzzyTime right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by <see cref="CompareTo(FuzzyTime)"/>.</summary>
    public static bool operator <=(FuzzyTime left, FuzzyTime right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by <see cref="CompareTo(FuzzyTime)"/>.</summary>
    public static bool operator >=(FuzzyTime left, FuzzyTime right) => left.CompareTo(right) >= 0;

    /// <summary>The interval as <c>[2023-09-01, 2023-10-01)</c>, with <c>-∞</c>/<c>∞</c> for unbounded ends and clock time when not midnight.</summary>
    public string IntervalText()
    {
        var s = Start is { } st ? FormatInstant(st) : "-∞";
        var e = End is { } en ? FormatInstant(en) : "∞";
        return $"{(Start is null ? '(' : '[')}{s}, {e})";
    }

    private static string FormatInstant(DateTime t) => t.TimeOfDay == TimeSpan.Zero
        ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : t.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    private static bool Intersects(FuzzyTime a, FuzzyTime b)
    {
        var maxStart = CompareStart(a.Start, b.Start) >= 0 ? a.Start : b.Start;
        var minEnd = CompareEnd(a.End, b.End) <= 0 ? a.End : b.End;
        return maxStart is null || minEnd is null || maxStart.Value < minEnd.Value;
    }

    private static int CompareStart(DateTime? a, DateTime? b) =>
        a is null ? (b is null ? 0 : -1) : b is null ? 1 : a.Value.CompareTo(b.Value);

    private static int CompareEnd(DateTime? a, DateTime? b) =>
        a is null ? (b is null ? 0 : 1) : b is null ? -1 : a.Value.CompareTo(b.Value);

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
