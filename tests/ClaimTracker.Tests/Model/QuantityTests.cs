using ClaimTracker.Model;

namespace ClaimTracker.Tests.Model;

public class QuantityTests
{
    private static readonly Unit Container = Unit.Count("container");

    [Fact]
    public void MoreThan_Value_IsOpenLowerUnboundedUpper()
    {
        var q = Quantity.MoreThan(10000, Container);
        q.Low.Should().Be(10000);
        q.LowInclusive.Should().BeFalse();
        q.High.Should().BeNull();
        q.HighInclusive.Should().BeFalse();
        q.IsUnbounded.Should().BeTrue();
        q.ToIntervalString().Should().Be("(10000,)");
        q.ToString().Should().Be("more than 10000 container");
    }

    [Fact]
    public void Factories_IntervalStrings_MatchCliFormat()
    {
        Quantity.AtLeast(10, Unit.None).ToIntervalString().Should().Be("[10,)");
        Quantity.Between(100, 300, Unit.Kilometre).ToIntervalString().Should().Be("[100,300]");
        Quantity.LessThan(5, Unit.Year).ToIntervalString().Should().Be("(,5)");
        Quantity.AtMost(5, Unit.Year).ToIntervalString().Should().Be("(,5]");
        Quantity.Exactly(2.5, Unit.Year).ToIntervalString().Should().Be("[2.5,2.5]");
        Quantity.Between(1, 2, Unit.Year, inclusive: false).ToIntervalString().Should().Be("(1,2)");
    }

    [Theory]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(1e-7, "0.0000001")]
    [InlineData(-1.5e16, "-15000000000000000")]
    [InlineData(1.25e-5, "0.0000125")]
    [InlineData(10000d, "10000")]
    [InlineData(-0d, "0")]
    public void ToIntervalString_LargeOrSmallNumbers_NoExponent(double value, string expected)
    {
        Quantity.Exactly(value, Unit.None).ToIntervalString().Should().Be($"[{expected},{expected}]");
    }

    [Fact]
    public void ToString_Forms_AreReadable()
    {
        Quantity.About(60, Unit.KilometresPerHour).ToString().Should().Be("about 60 km/h");
        Quantity.AtLeast(10, Unit.Count("missile")).ToString().Should().Be("at least 10 missile");
        Quantity.LessThan(5, Unit.Year).ToString().Should().Be("less than 5 year");
        Quantity.AtMost(5, Unit.Year).ToString().Should().Be("at most 5 year");
        Quantity.Between(100, 300, Unit.Kilometre).ToString().Should().Be("between 100 and 300 km");
        Quantity.Exactly(5, Unit.Kilogram).ToString().Should().Be("5 kg");
        Quantity.Exactly(5, Unit.None).ToString().Should().Be("5");
        new Quantity(null, false, null, false, Unit.None).ToString().Should().Be("any value");
        Quantity.Between(1, 2, Unit.Year, inclusive: false).ToString().Should().Be("(1, 2) year");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Exactly_NonFinite_ThrowsNamingValue(double value)
    {
        var act = () => Quantity.Exactly(value, Unit.None);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void Constructor_NaNHigh_ThrowsNamingHigh()
    {
        var act = () => new Quantity(1, true, double.NaN, true, Unit.None);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("high");
    }

    [Fact]
    public void Constructor_Inverted_ThrowsNamingLow()
    {
        var act = () => new Quantity(5, true, 3, true, Unit.None);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("low");
    }

    [Fact]
    public void Constructor_EqualBoundsExclusiveEnd_Throws()
    {
        var act = () => new Quantity(5, true, 5, false, Unit.None);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("highInclusive");
        var act2 = () => new Quantity(5, false, 5, true, Unit.None);
        act2.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("lowInclusive");
    }

    [Fact]
    public void Constructor_UnboundedInclusive_Throws()
    {
        var act = () => new Quantity(null, true, 5, true, Unit.None);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("lowInclusive");
        var act2 = () => new Quantity(1, true, null, true, Unit.None);
        act2.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("highInclusive");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void About_BadTolerance_ThrowsNamingTolerance(double tolerance)
    {
        var act = () => Quantity.About(1, Unit.None, tolerance);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("tolerance");
    }

    [Fact]
    public void Constructor_ToleranceOnExact_ThrowsNamingTolerance()
    {
        var act = () => new Quantity(1, true, 1, true, Unit.None, isApproximate: false, tolerance: 0.1);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("tolerance");
    }

    [Fact]
    public void Constructor_NullUnit_ThrowsNamingUnit()
    {
        var act = () => new Quantity(1, true, 1, true, null!);
        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("unit");
    }

    [Fact]
    public void Between_Inverted_Throws()
    {
        var act = () => Quantity.Between(300, 100, Unit.Kilometre);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("low");
    }

    [Fact]
    public void Compare_MoreThanVersusExactLower_DisjointWithReason()
    {
        var c = Quantity.MoreThan(10000, Container).Compare(Quantity.Exactly(5000, Container));
        c.Relation.Should().Be(RangeRelation.Disjoint);
        c.Reason.Should().Be("(10000, ∞) container and [5000, 5000] container are disjoint; the first is higher");
    }

    [Fact]
    public void Compare_DecadesVersusYears_ConvertsThenDisjoint()
    {
        var c = Quantity.Exactly(2, Unit.Decade).Compare(Quantity.Exactly(24, Unit.Year));
        c.Relation.Should().Be(RangeRelation.Disjoint);
        c.Reason.Should().Contain("converted from year");
        var d = Quantity.Exactly(24, Unit.Year).Compare(Quantity.Exactly(2, Unit.Decade));
        d.Relation.Should().Be(RangeRelation.Disjoint);
        d.Reason.Should().StartWith("[24, 24] year and [20, 20] year");
    }

    [Fact]
    public void Compare_MetricTonVersusTon_Comparable()
    {
        var big = Quantity.Exactly(260000, Unit.MetricTon);
        var small = Quantity.Exactly(3, Unit.FromId("ton"));
        big.CanCompareWith(small, out var reason).Should().BeTrue();
        reason.Should().BeEmpty();
        big.Compare(small).Relation.Should().Be(RangeRelation.Disjoint);
        Quantity.Exactly(3000, Unit.Kilogram).Compare(small).Relation.Should().Be(RangeRelation.Equal);
    }

    [Fact]
    public void Compare_TonsVersusContainers_IncomparableNamingBothDimensions()
    {
        var tons = Quantity.Exactly(3, Unit.MetricTon);
        var boxes = Quantity.Exactly(3, Container);
        tons.CanCompareWith(boxes, out var reason).Should().BeFalse();
        reason.Should().Contain("mass").And.Contain("count");
        var c = tons.Compare(boxes);
        c.Relation.Should().Be(RangeRelation.Incomparable);
        c.Reason.Should().Contain("mass").And.Contain("count");
        tons.Overlaps(boxes).Should().BeFalse();
        tons.Contains(boxes).Should().BeFalse();
        tons.IsCompatibleWith(boxes).Should().BeFalse();
    }

    [Fact]
    public void Compare_AboutSixtyVersusSixtyFive_OverlapsThroughTolerance()
    {
        var about = Quantity.About(60, Unit.KilometresPerHour);
        var exact = Quantity.Exactly(65, Unit.KilometresPerHour);
        about.Compare(exact).Relation.Should().Be(RangeRelation.Contains);
        about.IsCompatibleWith(exact).Should().BeTrue();
        Quantity.Exactly(60, Unit.KilometresPerHour).IsCompatibleWith(exact).Should().BeFalse();
        Quantity.About(60, Unit.KilometresPerHour, 0.05).IsCompatibleWith(Quantity.Exactly(70, Unit.KilometresPerHour)).Should().BeFalse();
        about.Compare(exact).Reason.Should().Contain("tolerance");
    }

    [Fact]
    public void Compare_RangeAndPointInside_ContainsAndContainedBy()
    {
        var range = Quantity.Between(100, 300, Unit.Kilometre);
        var point = Quantity.Exactly(150, Unit.Kilometre);
        range.Compare(point).Relation.Should().Be(RangeRelation.Contains);
        point.Compare(range).Relation.Should().Be(RangeRelation.ContainedBy);
        range.Contains(point).Should().BeTrue();
        point.Contains(range).Should().BeFalse();
    }

    [Fact]
    public void Compare_TouchingEnds_DependsOnInclusiveness()
    {
        var a = Quantity.Between(0, 5, Unit.None);
        Quantity.AtLeast(5, Unit.None).Compare(a).Relation.Should().Be(RangeRelation.Overlaps);
        Quantity.MoreThan(5, Unit.None).Compare(a).Relation.Should().Be(RangeRelation.Disjoint);
        Quantity.MoreThan(5, Unit.None).Compare(Quantity.Exactly(5, Unit.None)).Relation.Should().Be(RangeRelation.Disjoint);
    }

    [Fact]
    public void Compare_KilometreAndMetres_EqualAfterConversion()
    {
        var c = Quantity.Exactly(1, Unit.Kilometre).Compare(Quantity.Exactly(1000, Unit.Metre));
        c.Relation.Should().Be(RangeRelation.Equal);
        c.Reason.Should().Contain("are equal");
        Quantity.Exactly(1, Unit.Mile).Compare(Quantity.Exactly(1.609344, Unit.Kilometre)).Relation.Should().Be(RangeRelation.Equal);
    }

    [Fact]
    public void ConvertTo_SameDimension_ConvertsBoundsKeepsFlags()
    {
        var q = Quantity.About(2, Unit.Decade, 0.2).ConvertTo(Unit.Year);
        q.Low.Should().BeApproximately(20, 1e-12);
        q.High.Should().Be(q.Low);
        q.Unit.Should().Be(Unit.Year);
        q.IsApproximate.Should().BeTrue();
        q.Tolerance.Should().Be(0.2);
        var open = Quantity.MoreThan(1, Unit.MetricTon).ConvertTo(Unit.Kilogram);
        open.ToIntervalString().Should().Be("(1000,)");
    }

    [Fact]
    public void ConvertTo_SameUnit_ReturnsSameInstance()
    {
        var q = Quantity.Exactly(1, Unit.Year);
        q.ConvertTo(Unit.Year).Should().BeSameAs(q);
    }

    [Fact]
    public void ConvertTo_OtherNoun_ThrowsWithReason()
    {
        var act = () => Quantity.Exactly(1, Container).ConvertTo(Unit.Count("truck"));
        act.Should().Throw<InvalidOperationException>().WithMessage("*container*truck*");
        var currency = () => Quantity.Exactly(1, Unit.Currency("USD")).ConvertTo(Unit.Currency("EUR"));
        currency.Should().Throw<InvalidOperationException>().WithMessage("*USD*EUR*");
    }

    [Fact]
    public void ConvertTo_Overflow_ThrowsInvalidOperation()
    {
        var act = () => Quantity.Exactly(1e307, Unit.Century).ConvertTo(Unit.Second);
        act.Should().Throw<InvalidOperationException>().WithMessage("*overflow*");
    }

    [Fact]
    public void Equality_SameMembers_EqualAndSameHash()
    {
        var a = Quantity.Between(1, 2, Unit.Count("Container"));
        var b = new Quantity(1, true, 2, true, Unit.FromId("count:container"));
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(Quantity.Between(1, 2, Unit.Count("container"), inclusive: false));
        Quantity.Exactly(1000, Unit.Metre).Should().NotBe(Quantity.Exactly(1, Unit.Kilometre));
    }

    [Fact]
    public void WithTolerance_Exact_BecomesApproximate()
    {
        var q = Quantity.Exactly(10, Unit.None).WithTolerance(0.25);
        q.IsApproximate.Should().BeTrue();
        q.Tolerance.Should().Be(0.25);
        q.IsSingleValue.Should().BeTrue();
    }
}
