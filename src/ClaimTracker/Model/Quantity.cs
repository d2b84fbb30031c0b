using System.Globalization;
using System.Text;

namespace ClaimTracker.Model;

/// <summary>
/// A numeric range over a <see cref="Model.Unit"/>: "more than 10,000 containers" is (10000, ∞) containers, "at least
/// 10 missiles" is [10, ∞) missiles, "between 100 and 300 km" is [100, 300] km, "about 60 km/h" is [60, 60] km/h
/// marked approximate with a relative <see cref="Tolerance"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Range.</b> <see cref="Low"/> and <see cref="High"/> are finite doubles or null for an unbounded end; an unbounded end
/// is never inclusive. <c>Low ≤ High</c>, and <c>Low == High</c> only with both ends inclusive (a single value).
/// Negative zero is stored as zero.
/// </para>
/// <para>
/// <b>Tolerance.</b> <see cref="Tolerance"/> (0 to 1) is used only when comparing: the effective range is widened to
/// <c>[Low − Tolerance·|Low|, High + Tolerance·|High|]</c>, keeping each end's inclusiveness. It is 0 unless
/// <see cref="IsApproximate"/>. <see cref="ToIntervalString"/> shows the nominal range.
/// </para>
/// <para>
/// <b>Comparison.</b> <see cref="Compare(Quantity)"/> converts the other quantity to this one's unit, then compares
/// the effective ranges. Bounds closer than 1e-9 (relative) count as equal, so unit conversions do not create false
/// gaps. Quantities of different dimensions, counted nouns or currencies are <see cref="RangeRelation.Incomparable"/>.
/// There is no total ordering.
/// </para>
/// <para>
/// <b>Equality</b> is structural over the stored members (bounds, inclusiveness, unit, approximation, tolerance):
/// 1 km and 1000 m are not <em>equal</em> values, but they compare as <see cref="RangeRelation.Equal"/>.
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record Quantity
{
    private const double RelativeEpsilon = 1e-9;

    /// <summary>Creates a range.</summary>
    /// <param name="low">Lower bound, finite, or null when unbounded below.</param>
    /// <param name="lowInclusive">Whether <paramref name="low"/> belongs to the range; must be false when it is null.</param>
    /// <param name="high">Upper bound, finite, or null when unbounded above.</param>
    /// <param name="highInclusive">Whether <paramref name="high"/> belongs to the range; must be false when it is null.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="isApproximate">True when the text hedged the value ("about", "nearly", "some").</param>
    /// <param name="tolerance">Relative tolerance, 0 to 1, used when comparing; must be 0 when <paramref name="isApproximate"/> is false.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> or <paramref name="high"/> is NaN or infinite;
    /// <paramref name="tolerance"/> is NaN, negative or above 1.</exception>
    /// <exception cref="ArgumentException">The range is inverted or empty (<paramref name="low"/> above <paramref name="high"/>, or
    /// equal with an exclusive end); an unbounded end is marked inclusive; a tolerance is given for an exact quantity.</exception>
    public Quantity(double? low, bool lowInclusive, double? high, bool highInclusive, Unit unit, bool isApproximate = false, double tolerance = 0d)
    {
        ArgumentNullException.ThrowIfNull(unit);
        CheckFinite(low, nameof(low));
        CheckFinite(high, nameof(high));
        if (low is null && lowInclusive)
        {
            throw new ArgumentException("An unbounded lower end cannot be inclusive.", nameof(lowInclusive));
        }

        if (high is null && highInclusive)
        {
            throw new ArgumentException("An unbounded upper end cannot be inclusive.", nameof(highInclusive));
        }

        if (low is { } l && high is { } h)
        {
            if (l > h)
            {
                throw new ArgumentException(
                    $"The range is inverted: low ({Format(l)}) is above high ({Format(h)}).", nameof(low));
            }

            if (l == h && !(lowInclusive && highInclusive))
            {
                throw new ArgumentException(
                    $"The range {Interval(l, lowInclusive, h, highInclusive)} is empty: equal bounds need both ends inclusive.",
                    lowInclusive ? nameof(highInclusive) : nameof(lowInclusive));
            }
        }

        if (double.IsNaN(tolerance) || tolerance < 0d || tolerance > 1d)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "Tolerance must be between 0 and 1.");
        }

        if (!isApproximate && tolerance != 0d)
        {
            throw new ArgumentException("A tolerance applies only to an approximate quantity (isApproximate: true).", nameof(tolerance));
        }

        Low = low is { } lo ? lo + 0d : null;
        High = high is { } hi ? hi + 0d : null;
        LowInclusive = lowInclusive;
        HighInclusive = highInclusive;
        Unit = unit;
        IsApproximate = isApproximate;
        Tolerance = tolerance;
    }

    /// <summary>Lower bound, or null when unbounded below.</summary>
    public double? Low { get; }

    /// <summary>Whether <see cref="Low"/> belongs to the range (false when unbounded).</summary>
    public bool LowInclusive { get; }

    /// <summary>Upper bound, or null when unbounded above.</summary>
    public double? High { get; }

    /// <summary>Whether <see cref="High"/> belongs to the range (false when unbounded).</summary>
    public bool HighInclusive { get; }

    /// <summary>The unit of both bounds.</summary>
    public Unit Unit { get; }

    /// <summary>The dimension of <see cref="Unit"/>.</summary>
    public Dimension Dimension => Unit.Dimension;

    /// <summary>True when the text hedged the value ("about 60").</summary>
    public bool IsApproximate { get; }

    /// <summary>Relative tolerance (0 to 1) applied when comparing; 0 for exact quantities.</summary>
    public double Tolerance { get; }

    /// <summary>True when the range is a single value (<c>Low == High</c>).</summary>
    public bool IsSingleValue => Low is { } l && High is { } h && l == h;

    /// <summary>True when either end is unbounded.</summary>
    public bool IsUnbounded => Low is null || High is null;

    /// <summary>Exactly <paramref name="value"/>: [v, v].</summary>
    /// <param name="value">A finite value.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static Quantity Exactly(double value, Unit unit) => Build(() => new Quantity(value, true, value, true, unit), nameof(value));

    /// <summary>More than <paramref name="value"/>: (v, ∞).</summary>
    /// <param name="value">A finite value.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static Quantity MoreThan(double value, Unit unit) => Build(() => new Quantity(value, false, null, false, unit), nameof(value));

    /// <summary>At least <paramref name="value"/>: [v, ∞).</summary>
    /// <param name="value">A finite value.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static Quantity AtLeast(double value, Unit unit) => Build(() => new Quantity(value, true, null, false, unit), nameof(value));

    /// <summary>Less than <paramref name="value"/>: (−∞, v).</summary>
    /// <param name="value">A finite value.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static Quantity LessThan(double value, Unit unit) => Build(() => new Quantity(null, false, value, false, unit), nameof(value));

    /// <summary>At most <paramref name="value"/>: (−∞, v].</summary>
    /// <param name="value">A finite value.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static Quantity AtMost(double value, Unit unit) => Build(() => new Quantity(null, false, value, true, unit), nameof(value));

    /// <summary>About <paramref name="value"/>: [v, v], approximate, compared as [v − t·|v|, v + t·|v|].</summary>
    /// <param name="value">A finite value.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="tolerance">Relative tolerance, 0 to 1; 0.1 (±10 %) by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite; <paramref name="tolerance"/> is outside 0 to 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static Quantity About(double value, Unit unit, double tolerance = 0.1d) =>
        Build(() => new Quantity(value, true, value, true, unit, isApproximate: true, tolerance), nameof(value));

    /// <summary>Between <paramref name="low"/> and <paramref name="high"/>: [lo, hi] (or (lo, hi) when not inclusive).</summary>
    /// <param name="low">Finite lower bound.</param>
    /// <param name="high">Finite upper bound, not below <paramref name="low"/> (and above it when not inclusive).</param>
    /// <param name="unit">The unit.</param>
    /// <param name="inclusive">Whether both bounds belong to the range; true by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is NaN or infinite.</exception>
    /// <exception cref="ArgumentException">The range is inverted or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static Quantity Between(double low, double high, Unit unit, bool inclusive = true) =>
        new(low, inclusive, high, inclusive, unit);

    /// <summary>The same range marked approximate with <paramref name="tolerance"/>.</summary>
    /// <param name="tolerance">Relative tolerance, 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is outside 0 to 1.</exception>
    public Quantity WithTolerance(double tolerance) => new(Low, LowInclusive, High, HighInclusive, Unit, isApproximate: true, tolerance);

    /// <summary>
    /// The same range in <paramref name="target"/>. Only within one dimension; counts convert only to the same noun and
    /// currencies only to the same code. Inclusiveness and tolerance are kept.
    /// </summary>
    /// <param name="target">The unit to convert to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The units cannot be converted (the message says why), or a converted bound overflows.</exception>
    public Quantity ConvertTo(Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (Unit.Equals(target))
        {
            return this;
        }

        if (!Unit.IsConvertibleTo(target, out var reason))
        {
            throw new InvalidOperationException($"Cannot convert {this} to {target.Id}: {reason}.");
        }

        var low = Low is { } l ? Unit.Convert(l, target) : (double?)null;
        var high = High is { } h ? Unit.Convert(h, target) : (double?)null;
        if (low is { } cl && !double.IsFinite(cl) || high is { } ch && !double.IsFinite(ch))
        {
            throw new InvalidOperationException($"Converting {this} to {target.Id} overflows a double.");
        }

        // Rounding must not invert a single value.
        if (IsSingleValue)
        {
            high = low;
        }

        return new Quantity(low, LowInclusive, high, HighInclusive, target, IsApproximate, Tolerance);
    }

    /// <summary>True when the two quantities can be compared (same dimension; same noun for counts, same code for currencies).</summary>
    /// <param name="other">The other quantity.</param>
    /// <param name="reason">Why not, naming both dimensions (or nouns, or currencies); empty when they can.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool CanCompareWith(Quantity other, out string reason)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Unit.IsConvertibleTo(other.Unit, out reason);
    }

    /// <summary>
    /// Compares the effective ranges (tolerance applied) after converting <paramref name="other"/> to this unit.
    /// Never throws for comparable or incomparable quantities; the reason says what was compared.
    /// </summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>The relation of this quantity to <paramref name="other"/> with a plain-English reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public QuantityComparison Compare(Quantity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!CanCompareWith(other, out var why))
        {
            return new QuantityComparison(RangeRelation.Incomparable, $"{ToString()} and {other} cannot be compared: {why}");
        }

        var a = Effective(this, Unit);
        var b = Effective(other, Unit);
        var relation = Relate(a, b);
        var label = Unit.Symbol.Length == 0 ? string.Empty : " " + Unit.Symbol;
        var sb = new StringBuilder();
        sb.Append(a.Describe()).Append(label).Append(" and ").Append(b.Describe()).Append(label);
        sb.Append(relation switch
        {
            RangeRelation.Equal => " are equal",
            RangeRelation.Contains => ": the first contains the second",
            RangeRelation.ContainedBy => ": the first lies within the second",
            RangeRelation.Overlaps => " overlap",
            _ => " are disjoint" + (CompareLower(a.Lower, b.Lower) < 0 ? "; the first is lower" : "; the first is higher"),
        });
        if (!other.Unit.Equals(Unit))
        {
            sb.Append(" (second converted from ").Append(other.Unit.Id).Append(')');
        }

        if (IsApproximate && Tolerance > 0d || other.IsApproximate && other.Tolerance > 0d)
        {
            sb.Append(" (approximate values widened by their tolerance)");
        }

        return new QuantityComparison(relation, sb.ToString());
    }

    /// <summary>True when the effective ranges share at least one value; false when they do not or cannot be compared.</summary>
    /// <param name="other">The other quantity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(Quantity other) => Compare(other).Relation is RangeRelation.Equal or RangeRelation.Contains
        or RangeRelation.ContainedBy or RangeRelation.Overlaps;

    /// <summary>True when this effective range covers all of <paramref name="other"/>'s (equal ranges included); false otherwise or when they cannot be compared.</summary>
    /// <param name="other">The other quantity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Contains(Quantity other) => Compare(other).Relation is RangeRelation.Equal or RangeRelation.Contains;

    /// <summary>True when both can be compared and overlap after conversion and tolerance: both statements could be true at once.</summary>
    /// <param name="other">The other quantity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsCompatibleWith(Quantity other) => Overlaps(other);

    /// <summary>
    /// The nominal range in interval notation with invariant, shortest round-trip numbers and no unit:
    /// <c>(10000,)</c>, <c>[10,)</c>, <c>[100,300]</c>, <c>(,5)</c>, <c>[5,5]</c>. Tolerance is not shown.
    /// </summary>
    public string ToIntervalString()
    {
        var sb = new StringBuilder();
        sb.Append(LowInclusive ? '[' : '(');
        if (Low is { } l)
        {
            sb.Append(Format(l));
        }

        sb.Append(',');
        if (High is { } h)
        {
            sb.Append(Format(h));
        }

        sb.Append(HighInclusive ? ']' : ')');
        return sb.ToString();
    }

    /// <summary>A readable form: <c>more than 10000 container</c>, <c>about 60 km/h</c>, <c>between 100 and 300 km</c>, <c>5 kg</c>.</summary>
    public override string ToString()
    {
        var unit = Unit.Symbol.Length == 0 ? string.Empty : " " + Unit.Symbol;
        var about = IsApproximate ? "about " : string.Empty;
        string text;
        if (Low is { } l && High is { } h)
        {
            text = l == h ? about + Format(l)
                : LowInclusive && HighInclusive ? $"between {about}{Format(l)} and {Format(h)}"
                : about + Interval(l, LowInclusive, h, HighInclusive);
        }
        else if (Low is { } lo)
        {
            text = (LowInclusive ? "at least " : "more than ") + about + Format(lo);
        }
        else if (High is { } hi)
        {
            text = (HighInclusive ? "at most " : "less than ") + about + Format(hi);
        }
        else
        {
            text = "any value";
        }

        return text + unit;
    }

    /// <summary>Formats a number as invariant, shortest round-trip text without exponent (<c>10000</c>, not <c>1E4</c>).</summary>
    /// <param name="value">A finite number.</param>
    internal static string Format(double value)
    {
        if (double.IsPositiveInfinity(value))
        {
            return "∞";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-∞";
        }

        var r = (value + 0d).ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        return e < 0 ? r : ExpandExponent(r, e);
    }

    private static string ExpandExponent(string r, int e)
    {
        var negative = r[0] == '-';
        var mantissa = r[(negative ? 1 : 0)..e];
        var exponent = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var pointPos = (dot < 0 ? mantissa.Length : dot) + exponent;
        string text;
        if (pointPos <= 0)
        {
            text = "0." + new string('0', -pointPos) + digits;
        }
        else if (pointPos >= digits.Length)
        {
            text = digits + new string('0', pointPos - digits.Length);
        }
        else
        {
            text = digits[..pointPos] + "." + digits[pointPos..];
        }

        return negative ? "-" + text : text;
    }

    private static Quantity Build(Func<Quantity> create, string paramName)
    {
        try
        {
            return create();
        }
        catch (ArgumentOutOfRangeException ex) when (ex.ParamName is "low" or "high")
        {
            throw new ArgumentOutOfRangeException(paramName, ex.ActualValue, "The value must be a finite number.");
        }
    }

    private static void CheckFinite(double? value, string paramName)
    {
        if (value is { } v && !double.IsFinite(v))
        {
            throw new ArgumentOutOfRangeException(paramName, v, "The value must be a finite number (not NaN or infinity); use null for an unbounded end.");
        }
    }

    private static string Interval(double low, bool lowInclusive, double high, bool highInclusive) =>
        $"{(lowInclusive ? '[' : '(')}{Format(low)}, {Format(high)}{(highInclusive ? ']' : ')')}";

    // ---- interval arithmetic on effective ranges ----

    internal readonly record struct Bound(double Value, bool Inclusive);

    internal readonly record struct Range(Bound Lower, Bound Upper)
    {
        public string Describe() =>
            $"{(Lower.Inclusive ? '[' : '(')}{Format(Lower.Value)}, {Format(Upper.Value)}{(Upper.Inclusive ? ']' : ')')}";
    }

    private static Range Effective(Quantity q, Unit unit)
    {
        double low = q.Low ?? double.NegativeInfinity;
        double high = q.High ?? double.PositiveInfinity;
        if (!q.Unit.Equals(unit))
        {
            low = q.Unit.Convert(low, unit);
            high = q.IsSingleValue ? low : q.Unit.Convert(high, unit);
        }

        if (q.Tolerance > 0d)
        {
            if (double.IsFinite(low))
            {
                low -= q.Tolerance * Math.Abs(low);
            }

            if (double.IsFinite(high))
            {
                high += q.Tolerance * Math.Abs(high);
            }
        }

        return new Range(new Bound(low, q.LowInclusive), new Bound(high, q.HighInclusive));
    }

    internal static bool Close(double a, double b) =>
        a == b || (double.IsFinite(a) && double.IsFinite(b) && Math.Abs(a - b) <= RelativeEpsilon * Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>Orders lower bounds: an inclusive bound starts before an exclusive one at the same value.</summary>
    internal static int CompareLower(Bound a, Bound b)
    {
        if (Close(a.Value, b.Value))
        {
            return a.Inclusive == b.Inclusive ? 0 : a.Inclusive ? -1 : 1;
        }

        return a.Value < b.Value ? -1 : 1;
    }

    /// <summary>Orders upper bounds: an inclusive bound ends after an exclusive one at the same value.</summary>
    internal static int CompareUpper(Bound a, Bound b)
    {
        if (Close(a.Value, b.Value))
        {
            return a.Inclusive == b.Inclusive ? 0 : a.Inclusive ? 1 : -1;
        }

        return a.Value < b.Value ? -1 : 1;
    }

    internal static RangeRelation Relate(Range a, Range b)
    {
        var lower = CompareLower(a.Lower, b.Lower);
        var upper = CompareUpper(a.Upper, b.Upper);
        if (lower == 0 && upper == 0)
        {
            return RangeRelation.Equal;
        }

        if (lower <= 0 && upper >= 0)
        {
            return RangeRelation.Contains;
        }

        if (lower >= 0 && upper <= 0)
        {
            return RangeRelation.ContainedBy;
        }

        var maxLower = lower >= 0 ? a.Lower : b.Lower;
        var minUpper = upper <= 0 ? a.Upper : b.Upper;
        bool intersects = Close(maxLower.Value, minUpper.Value)
            ? maxLower.Inclusive && minUpper.Inclusive
            : maxLower.Value < minUpper.Value;
        return intersects ? RangeRelation.Overlaps : RangeRelation.Disjoint;
    }
}
