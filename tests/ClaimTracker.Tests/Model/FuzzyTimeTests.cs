using ClaimTracker.Model;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Tests.Model;

public class FuzzyTimeTests
{
    [Fact]
    public void Factories_Skeleton_StillWork()
    {
        FuzzyTime.Year(2023).ToString().Should().Be("2023");
        FuzzyTime.Month(2023, 9).ToString().Should().Be("2023-09");
        FuzzyTime.Day(2023, 9, 12).ToString().Should().Be("2023-09-12");
        FuzzyTime.Since(FuzzyTime.Month(2023, 9)).ToString().Should().Be("2023-09..");
        default(FuzzyTime).ToString().Should().Be("..");
        default(FuzzyTime).Precision.Should().Be(TimePrecision.Century);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void Year_OutOfRange_ThrowsNamingYear(int year)
    {
        var act = () => FuzzyTime.Year(year);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
    }

    [Fact]
    public void Month_Invalid_ThrowsNamingMonth()
    {
        var act = () => FuzzyTime.Month(2023, 13);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("month");
    }

    [Fact]
    public void Day_Feb30_ThrowsNamingDay()
    {
        var act = () => FuzzyTime.Day(2023, 2, 30);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("day");
    }

    [Fact]
    public void Constructor_EndNotAfterStart_ThrowsNamingEnd()
    {
        var act = () => new FuzzyTime(new DateTime(2020, 1, 2), new DateTime(2020, 1, 1), TimePrecision.Day);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("end");
    }

    [Fact]
    public void Constructor_UndefinedPrecision_ThrowsNamingPrecision()
    {
        var act = () => new FuzzyTime(null, null, (TimePrecision)42);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("precision");
    }

    [Fact]
    public void Decade_1980_CoversTenYears()
    {
        var d = FuzzyTime.Decade(1980);
        d.Start.Should().Be(new DateTime(1980, 1, 1));
        d.End.Should().Be(new DateTime(1990, 1, 1));
        d.Precision.Should().Be(TimePrecision.Decade);
        var act = () => FuzzyTime.Decade(0);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("firstYear");
    }

    [Fact]
    public void Century_Twentieth_Is1900s()
    {
        var c = FuzzyTime.Century(20);
        c.Start.Should().Be(new DateTime(1900, 1, 1));
        c.End.Should().Be(new DateTime(2000, 1, 1));
        c.Precision.Should().Be(TimePrecision.Century);
        FuzzyTime.Century(1).Start.Should().Be(new DateTime(1, 1, 1));
        var act = () => FuzzyTime.Century(100);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("n");
    }

    [Fact]
    public void Week_Iso_StartsMonday()
    {
        var w = FuzzyTime.Week(2024, 25);
        w.Start.Should().Be(new DateTime(2024, 6, 17));
        w.End.Should().Be(new DateTime(2024, 6, 24));
        w.Precision.Should().Be(TimePrecision.Week);
        FuzzyTime.WeekContaining(new DateOnly(2024, 6, 19)).Should().Be(w);
        var act = () => FuzzyTime.Week(2023, 53);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("isoWeek");
    }

    [Fact]
    public void PartOfDay_Night_RunsIntoNextDay()
    {
        var n = FuzzyTime.PartOfDay(new DateOnly(2024, 6, 18), DayPart.Night);
        n.Start.Should().Be(new DateTime(2024, 6, 18, 21, 0, 0));
        n.End.Should().Be(new DateTime(2024, 6, 19, 5, 0, 0));
        n.Precision.Should().Be(TimePrecision.PartOfDay);
        n.ToString().Should().Be("2024-06-18T21:00");
        FuzzyTime.PartOfDay(new DateOnly(2024, 6, 18), DayPart.Morning).Start.Should().Be(new DateTime(2024, 6, 18, 5, 0, 0));
        var act = () => FuzzyTime.PartOfDay(new DateOnly(2024, 6, 18), (DayPart)9);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("part");
    }

    [Fact]
    public void SinceAndUntil_OpenEnds()
    {
        var since = FuzzyTime.Since(FuzzyTime.Month(2023, 9));
        since.Start.Should().Be(new DateTime(2023, 9, 1));
        since.End.Should().BeNull();
        since.IsOpen.Should().BeTrue();
        since.Precision.Should().Be(TimePrecision.Month);
        var until = FuzzyTime.Until(FuzzyTime.Year(2020));
        until.Start.Should().BeNull();
        until.End.Should().Be(new DateTime(2021, 1, 1));
        until.ToString().Should().Be("..2021-01-01");
        var act = () => FuzzyTime.Since(default);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("from");
        var act2 = () => FuzzyTime.Until(since);
        act2.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("until");
    }

    [Theory]
    [InlineData("2024", TimePrecision.Year, "2024-01-01", "2025-01-01")]
    [InlineData("2024-06", TimePrecision.Month, "2024-06-01", "2024-07-01")]
    [InlineData(" 2024-06-19 ", TimePrecision.Day, "2024-06-19", "2024-06-20")]
    [InlineData("2024-02-29", TimePrecision.Day, "2024-02-29", "2024-03-01")]
    public void Parse_Forms_GivePrecision(string text, TimePrecision precision, string start, string end)
    {
        var t = FuzzyTime.Parse(text);
        t.Precision.Should().Be(precision);
        t.Start.Should().Be(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        t.End.Should().Be(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("2024/06/19")]
    [InlineData("2024-06-19T10:00")]
    [InlineData("0000")]
    [InlineData("9999")]
    [InlineData("٢٠٢٤")]
    [InlineData("2024-6-1")]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        FuzzyTime.TryParse(text, out _).Should().BeFalse();
        var act = () => FuzzyTime.Parse(text);
        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        FuzzyTime.TryParse(null, out _).Should().BeFalse();
        var act = () => FuzzyTime.Parse(null!);
        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");
    }

    [Fact]
    public void Contains_MonthAndDay_IsPrecisionAware()
    {
        var sep = FuzzyTime.Month(2023, 9);
        var day = FuzzyTime.Day(2023, 9, 13);
        sep.Contains(day).Should().BeTrue();
        day.Contains(sep).Should().BeFalse();
        sep.Overlaps(day).Should().BeTrue();
        var c = sep.Compare(day);
        c.Relation.Should().Be(RangeRelation.Contains);
        c.Order.Should().Be(TemporalOrder.FirstEarlier);
        c.Reason.Should().Be("2023-09 [2023-09-01, 2023-10-01) contains 2023-09-13 [2023-09-13, 2023-09-14); the first starts earlier");
        day.Compare(sep).Relation.Should().Be(RangeRelation.ContainedBy);
    }

    [Fact]
    public void IsBefore_AdjacentMonths_StrictlyBefore()
    {
        var aug = FuzzyTime.Month(2023, 8);
        var sep = FuzzyTime.Month(2023, 9);
        aug.IsBefore(sep).Should().BeTrue();
        sep.IsAfter(aug).Should().BeTrue();
        sep.IsBefore(aug).Should().BeFalse();
        aug.Overlaps(sep).Should().BeFalse();
        var c = aug.Compare(sep);
        c.Relation.Should().Be(RangeRelation.Disjoint);
        c.Reason.Should().Contain("is before");
        sep.Compare(aug).Reason.Should().Contain("is after");
        FuzzyTime.Year(2023).IsBefore(sep).Should().BeFalse();
        FuzzyTime.Since(aug).IsBefore(sep).Should().BeFalse();
    }

    [Fact]
    public void Compare_SinceAndYear_Overlaps()
    {
        var since = FuzzyTime.Since(FuzzyTime.Month(2023, 9));
        var c = since.Compare(FuzzyTime.Year(2023));
        c.Relation.Should().Be(RangeRelation.Overlaps);
        c.Order.Should().Be(TemporalOrder.SecondEarlier);
        c.Reason.Should().Contain("[2023-09-01, ∞)");
        FuzzyTime.Year(2023).Compare(FuzzyTime.Month(2023, 1)).Order.Should().Be(TemporalOrder.SameStart);
        FuzzyTime.Year(2023).Compare(FuzzyTime.Year(2023)).Relation.Should().Be(RangeRelation.Equal);
    }

    [Fact]
    public void CompareTo_OrdersByStartThenEndThenPrecision()
    {
        var list = new[]
        {
            FuzzyTime.Day(2023, 9, 1),
            FuzzyTime.Year(2023),
            FuzzyTime.Until(FuzzyTime.Year(2020)),
            FuzzyTime.Month(2023, 9),
            new FuzzyTime(new DateTime(2023, 1, 1), new DateTime(2024, 1, 1), TimePrecision.Month),
            FuzzyTime.Since(FuzzyTime.Day(2023, 9, 1)),
        };
        var sorted = list.Order().ToArray();
        sorted.Select(t => t.ToString()).Should().Equal("..2021-01-01", "2023", "2023-01", "2023-09-01", "2023-09", "2023-09-01..");
        (FuzzyTime.Year(2022) < FuzzyTime.Year(2023)).Should().BeTrue();
        (FuzzyTime.Year(2022) > FuzzyTime.Year(2023)).Should().BeFalse();
        (FuzzyTime.Year(2022) <= FuzzyTime.Year(2022)).Should().BeTrue();
        (FuzzyTime.Year(2024) >= FuzzyTime.Year(2023)).Should().BeTrue();
    }

    [Fact]
    public void CompareTo_AnyTimes_IsAntisymmetricAndConsistentWithEquals()
    {
        Prop.ForAll(Gen.Two(Generators.Time).ToArbitrary(), p =>
        {
            var (a, b) = p;
            var ab = Math.Sign(a.CompareTo(b));
            return ab == -Math.Sign(b.CompareTo(a)) && (ab == 0) == a.Equals(b);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void CompareTo_AnyTimes_IsTransitive()
    {
        Prop.ForAll(Gen.Three(Generators.Time).ToArbitrary(), t =>
        {
            var sorted = new[] { t.Item1, t.Item2, t.Item3 };
            Array.Sort(sorted);
            return sorted[0].CompareTo(sorted[1]) <= 0 && sorted[1].CompareTo(sorted[2]) <= 0 && sorted[0].CompareTo(sorted[2]) <= 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compare_SwappedOperands_Mirrors()
    {
        Prop.ForAll(Gen.Two(Generators.Time).ToArbitrary(), p =>
        {
            var (a, b) = p;
            var ab = a.Compare(b);
            var ba = b.Compare(a);
            var mirrored = ba.Relation switch
            {
                RangeRelation.Contains => RangeRelation.ContainedBy,
                RangeRelation.ContainedBy => RangeRelation.Contains,
                var r => r,
            };
            return ab.Relation == mirrored
                && a.Overlaps(b) == b.Overlaps(a)
                && (!a.Contains(b) || a.Overlaps(b))
                && (ab.Relation == RangeRelation.Disjoint) == (a.IsBefore(b) || a.IsAfter(b));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Contains_DayInMonth_AlwaysContained()
    {
        var arb = (from year in Gen.Choose(1900, 2100) from month in Gen.Choose(1, 12) from day in Gen.Choose(1, 28) select (year, month, day)).ToArbitrary();
        Prop.ForAll(arb, t =>
        {
            var m = FuzzyTime.Month(t.year, t.month);
            var d = FuzzyTime.Day(t.year, t.month, t.day);
            return m.Contains(d) && m.Compare(d).Relation == RangeRelation.Contains && FuzzyTime.Year(t.year).Contains(m);
        }).QuickCheckThrowOnFailure();
    }
}
