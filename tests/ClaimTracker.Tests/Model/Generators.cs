using ClaimTracker.Model;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Tests.Model;

/// <summary>FsCheck generators for model values, biased towards small integers so bounds often touch.</summary>
internal static class Generators
{
    public static readonly Unit[] DurationUnits = [Unit.Second, Unit.Day, Unit.Week, Unit.Month, Unit.Year, Unit.Decade, Unit.Century];
    public static readonly Unit[] MassUnits = [Unit.Gram, Unit.Kilogram, Unit.MetricTon, Unit.ShortTon, Unit.LongTon];
    public static readonly Unit[] LengthUnits = [Unit.Metre, Unit.Kilometre, Unit.Mile];
    public static readonly Unit[] SpeedUnits = [Unit.MetresPerSecond, Unit.KilometresPerHour, Unit.MilesPerHour];

    public static Gen<Unit> AnyUnit { get; } = Gen.Elements<Unit>(
        [.. DurationUnits, .. MassUnits, .. LengthUnits, .. SpeedUnits, Unit.Percent, Unit.None,
         Unit.Count("container"), Unit.Count("truck"), Unit.Currency("USD"), Unit.Currency("EUR")]);

    public static Gen<Quantity> QuantityIn(Gen<Unit> units) =>
        from unit in units
        from shape in Gen.Choose(0, 6)
        from a in Gen.Choose(-5, 40)
        from width in Gen.Choose(0, 20)
        from inclusive in Gen.Elements(true, false)
        from tol in Gen.Elements(0.05, 0.1, 0.5)
        select Make(shape, a, width, inclusive, tol, unit);

    public static Gen<Quantity> DurationQuantity { get; } = QuantityIn(Gen.Elements(DurationUnits));

    public static Gen<Quantity> AnyQuantity { get; } = QuantityIn(AnyUnit);

    public static Gen<(Unit From, Unit To)> SameDimensionUnits { get; } =
        Gen.Elements(DurationUnits, MassUnits, LengthUnits, SpeedUnits)
            .SelectMany(group => Gen.Two(Gen.Elements(group)));

    public static Gen<FuzzyTime> Time { get; } =
        from kind in Gen.Choose(0, 8)
        from year in Gen.Choose(2000, 2004)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        select MakeTime(kind, year, month, day);

    private static Quantity Make(int shape, int a, int width, bool inclusive, double tol, Unit unit) => shape switch
    {
        0 => Quantity.Exactly(a, unit),
        1 => Quantity.MoreThan(a, unit),
        2 => Quantity.AtLeast(a, unit),
        3 => Quantity.LessThan(a, unit),
        4 => Quantity.AtMost(a, unit),
        5 => Quantity.About(a, unit, tol),
        _ => width == 0 ? Quantity.Exactly(a, unit) : Quantity.Between(a, a + width, unit, inclusive),
    };

    private static FuzzyTime MakeTime(int kind, int year, int month, int day) => kind switch
    {
        0 => FuzzyTime.Year(year),
        1 => FuzzyTime.Month(year, month),
        2 => FuzzyTime.Day(year, month, day),
        3 => FuzzyTime.Decade(2000),
        4 => FuzzyTime.Since(FuzzyTime.Month(year, month)),
        5 => FuzzyTime.Until(FuzzyTime.Year(year)),
        6 => FuzzyTime.WeekContaining(new DateOnly(year, month, day)),
        7 => FuzzyTime.PartOfDay(new DateOnly(year, month, day), (DayPart)(day % 4)),
        _ => default,
    };
}
