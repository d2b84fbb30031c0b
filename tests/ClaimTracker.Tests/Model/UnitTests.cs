using ClaimTracker.Model;

namespace ClaimTracker.Tests.Model;

public class UnitTests
{
    [Fact]
    public void Count_NounWithCaseAndSpaces_IsNormalized()
    {
        var unit = Unit.Count("  Shipping   Containers ");
        unit.Id.Should().Be("count:shipping containers");
        unit.CountedNoun.Should().Be("shipping containers");
        unit.Dimension.Should().Be(Dimension.Count);
        unit.Should().Be(Unit.Count("shipping containers"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Count_EmptyNoun_ThrowsNamingNoun(string noun)
    {
        var act = () => Unit.Count(noun);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("noun");
    }

    [Fact]
    public void Currency_LowerCaseCode_IsUpperCased()
    {
        var unit = Unit.Currency("usd");
        unit.Id.Should().Be("currency:USD");
        unit.CurrencyCode.Should().Be("USD");
        unit.Dimension.Should().Be(Dimension.Currency);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("U$D")]
    public void Currency_InvalidCode_ThrowsNamingIsoCode(string code)
    {
        var act = () => Unit.Currency(code);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("isoCode");
    }

    [Fact]
    public void FromId_EveryWellKnownUnit_RoundTrips()
    {
        foreach (var unit in Unit.WellKnown)
        {
            Unit.FromId(unit.Id).Should().BeSameAs(unit);
        }
    }

    [Theory]
    [InlineData("count:container", Dimension.Count)]
    [InlineData("currency:EUR", Dimension.Currency)]
    [InlineData("metric-ton", Dimension.Mass)]
    [InlineData("km/h", Dimension.Speed)]
    [InlineData("year", Dimension.Duration)]
    public void FromId_KnownForms_GiveDimension(string id, Dimension dimension)
    {
        var unit = Unit.FromId(id);
        unit.Dimension.Should().Be(dimension);
        unit.Id.Should().Be(id);
    }

    [Fact]
    public void FromId_Alias_GivesCanonicalUnit()
    {
        Unit.FromId("ton").Should().BeSameAs(Unit.MetricTon);
        Unit.FromId("kg").Should().BeSameAs(Unit.Kilogram);
    }

    [Theory]
    [InlineData("furlong")]
    [InlineData("count:")]
    [InlineData("count:   ")]
    [InlineData("currency:DOLLAR")]
    [InlineData("")]
    public void TryFromId_Unknown_ReturnsFalse(string id)
    {
        Unit.TryFromId(id, out var unit).Should().BeFalse();
        unit.Should().BeNull();
    }

    [Fact]
    public void FromId_Unknown_ThrowsNamingId()
    {
        var act = () => Unit.FromId("furlong");
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("id");
    }

    [Fact]
    public void BaseOf_UndefinedDimension_ThrowsNamingDimension()
    {
        var act = () => Unit.BaseOf((Dimension)99);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("dimension");
    }

    [Fact]
    public void BaseOf_Count_ThrowsBecauseNoCommonBase()
    {
        var act = () => Unit.BaseOf(Dimension.Count);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("dimension");
    }

    [Fact]
    public void BaseOf_Mass_IsKilogram()
    {
        Unit.BaseOf(Dimension.Mass).Should().BeSameAs(Unit.Kilogram);
        Unit.BaseOf(Dimension.Duration).Should().BeSameAs(Unit.Second);
        Unit.BaseOf(Dimension.Length).Should().BeSameAs(Unit.Metre);
        Unit.BaseOf(Dimension.Speed).Should().BeSameAs(Unit.MetresPerSecond);
        Unit.BaseOf(Dimension.Percent).Should().BeSameAs(Unit.Percent);
        Unit.BaseOf(Dimension.Dimensionless).Should().BeSameAs(Unit.None);
    }

    [Fact]
    public void Factors_CalendarUnits_UseMeanGregorianLengths()
    {
        Unit.Month.FactorToBase.Should().Be(30.436875 * 86400);
        Unit.Year.FactorToBase.Should().Be(365.2425 * 86400);
        Unit.Decade.FactorToBase.Should().Be(10 * Unit.Year.FactorToBase);
        Unit.MetricTon.FactorToBase.Should().Be(1000);
        Unit.Mile.FactorToBase.Should().Be(1609.344);
    }

    [Fact]
    public void Convert_MilesPerHourToKilometresPerHour_UsesFactors()
    {
        Unit.MilesPerHour.Convert(60, Unit.KilometresPerHour).Should().BeApproximately(96.56064, 1e-9);
    }

    [Fact]
    public void IsConvertibleTo_DifferentNouns_FalseWithBothNouns()
    {
        Unit.Count("container").IsConvertibleTo(Unit.Count("truck"), out var reason).Should().BeFalse();
        reason.Should().Contain("container").And.Contain("truck");
    }

    [Fact]
    public void IsConvertibleTo_DifferentCurrencies_False()
    {
        Unit.Currency("USD").IsConvertibleTo(Unit.Currency("EUR"), out var reason).Should().BeFalse();
        reason.Should().Contain("USD").And.Contain("EUR");
    }

    [Fact]
    public void Convert_AcrossDimensions_ThrowsInvalidOperation()
    {
        var act = () => Unit.MetricTon.Convert(1, Unit.Count("container"));
        act.Should().Throw<InvalidOperationException>().WithMessage("*mass*count*");
    }

    [Fact]
    public void Equality_SameId_EqualAndSameHash()
    {
        var a = Unit.Count("container");
        var b = Unit.FromId("count:container");
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == Unit.Count("truck")).Should().BeFalse();
        a.ToString().Should().Be("count:container");
    }
}
