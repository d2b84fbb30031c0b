using ClaimTracker.Model;

namespace ClaimTracker.Tests.Model;

/// <summary>The volume, area, temperature and energy units, conversions with an offset, and currencies named without their country.</summary>
public class UnitMeasureAndCurrencyTests
{
    private static readonly string[] Riyals = ["SAR", "QAR", "OMR", "YER", "IRR"];

    [Theory]
    [InlineData("gallon", "litre", 1, 3.785411784)]
    [InlineData("barrel", "gallon", 1, 42)]
    [InlineData("millilitre", "litre", 250, 0.25)]
    [InlineData("hectare", "square-metre", 1, 10000)]
    [InlineData("dunam", "hectare", 10, 1)]
    [InlineData("foot", "metre", 1000, 304.8)]
    [InlineData("knot", "km/h", 10, 18.52)]
    [InlineData("kilowatt-hour", "megajoule", 1, 3.6)]
    [InlineData("ounce", "gram", 1, 28.349523125)]
    [InlineData("pound-mass", "kilogram", 1, 0.45359237)]
    public void Convert_WithinDimension_UsesTheDefinedFactor(string from, string to, double value, double expected)
    {
        Unit.FromId(from).Convert(value, Unit.FromId(to)).Should().BeApproximately(expected, 1e-9 * Math.Max(1, expected));
    }

    [Theory]
    [InlineData("fahrenheit", "celsius", 98.6, 37)]
    [InlineData("celsius", "fahrenheit", 100, 212)]
    [InlineData("fahrenheit", "celsius", -40, -40)]
    [InlineData("kelvin", "celsius", 273.15, 0)]
    [InlineData("celsius", "kelvin", 0, 273.15)]
    [InlineData("kelvin", "fahrenheit", 0, -459.67)]
    public void Convert_Temperature_AppliesTheScaleOffset(string from, string to, double value, double expected)
    {
        Unit.FromId(from).Convert(value, Unit.FromId(to)).Should().BeApproximately(expected, 1e-9);
    }

    [Fact]
    public void ConvertTo_TemperatureRange_ConvertsBothEnds()
    {
        var q = Quantity.Between(68, 86, Unit.Fahrenheit).ConvertTo(Unit.Celsius);
        q.Low!.Value.Should().BeApproximately(20, 1e-9);
        q.High!.Value.Should().BeApproximately(30, 1e-9);
    }

    [Theory]
    [InlineData(Dimension.Volume, "cubic-metre")]
    [InlineData(Dimension.Area, "square-metre")]
    [InlineData(Dimension.Temperature, "celsius")]
    [InlineData(Dimension.Energy, "joule")]
    public void BaseOf_NewDimensions_IsTheirBaseUnit(Dimension dimension, string id)
    {
        Unit.BaseOf(dimension).Id.Should().Be(id);
        Unit.BaseOf(dimension).FactorToBase.Should().Be(1);
    }

    [Fact]
    public void IsConvertibleTo_VolumeAndMass_IsFalseWithReason()
    {
        Unit.Litre.IsConvertibleTo(Unit.Kilogram, out var reason).Should().BeFalse();
        reason.Should().Contain("volume").And.Contain("mass");
    }

    [Fact]
    public void CurrencyAnyOf_SharedName_HasSortedIdSymbolAndNoCode()
    {
        var riyal = Unit.CurrencyAnyOf("riyal", Riyals);
        riyal.Id.Should().Be("currency-any:riyal:IRR,OMR,QAR,SAR,YER");
        riyal.Symbol.Should().Be("riyal (unspecified)");
        riyal.CurrencyCode.Should().BeNull();
        riyal.IsUnspecifiedCurrency.Should().BeTrue();
        riyal.CurrencyCandidates.Should().Equal("IRR", "OMR", "QAR", "SAR", "YER");
        Unit.FromId(riyal.Id).Should().Be(riyal);
    }

    [Theory]
    [InlineData("SAR", true)]
    [InlineData("QAR", true)]
    [InlineData("YER", true)]
    [InlineData("USD", false)]
    [InlineData("KWD", false)]
    public void IsConvertibleTo_UnspecifiedRiyal_IsCompatibleWithEachRiyalOnly(string code, bool expected)
    {
        var riyal = Unit.CurrencyAnyOf("riyal", Riyals);
        riyal.IsConvertibleTo(Unit.Currency(code)).Should().Be(expected);
        Unit.Currency(code).IsConvertibleTo(riyal).Should().Be(expected);
    }

    [Fact]
    public void Compare_UnspecifiedRiyalAndSaudiRiyal_ComparesTheAmounts()
    {
        var bare = Quantity.Exactly(5, Unit.CurrencyAnyOf("riyal", Riyals));
        var saudi = Quantity.Exactly(5, Unit.Currency("SAR"));
        bare.CanCompareWith(saudi, out _).Should().BeTrue();
        bare.CanCompareWith(Quantity.Exactly(5, Unit.Currency("USD")), out var reason).Should().BeFalse();
        reason.Should().Contain("riyal (unspecified)").And.Contain("USD");
    }

    [Fact]
    public void IsConvertibleTo_TwoSharedNamesWithACommonCode_IsTrue()
    {
        var pound = Unit.CurrencyAnyOf("pound", ["EGP", "GBP", "LBP", "SYP"]);
        var lira = Unit.CurrencyAnyOf("lira", ["LBP", "SYP", "TRY"]);
        var dinar = Unit.CurrencyAnyOf("dinar", ["JOD", "KWD"]);
        pound.IsConvertibleTo(lira).Should().BeTrue();
        pound.IsConvertibleTo(dinar).Should().BeFalse();
    }

    [Theory]
    [InlineData("riyal", new[] { "SAR" })]
    [InlineData("ri yal", new[] { "SAR", "QAR" })]
    [InlineData("", new[] { "SAR", "QAR" })]
    [InlineData("riyal", new[] { "SAR", "SA" })]
    public void CurrencyAnyOf_BadInput_ThrowsArgumentException(string name, string[] codes)
    {
        var act = () => Unit.CurrencyAnyOf(name, codes);
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("currency-any:riyal")]
    [InlineData("currency-any:riyal:SAR")]
    [InlineData("currency-any::SAR,QAR")]
    public void TryFromId_MalformedUnspecifiedCurrency_IsFalse(string id)
    {
        Unit.TryFromId(id, out _).Should().BeFalse();
    }
}

/// <summary>The ISO 4217 list shipped with the core.</summary>
public class CurrencyCatalogTests
{
    [Theory]
    [InlineData("KWD", 414, 3)]
    [InlineData("usd", 840, 2)]
    [InlineData("JPY", 392, 0)]
    [InlineData("CLF", 990, 4)]
    [InlineData("EGP", 818, 2)]
    public void TryGet_ListedCode_HasNumericCodeAndMinorUnits(string code, int numeric, int minor)
    {
        CurrencyCatalog.TryGet(code, out var c).Should().BeTrue();
        c!.Numeric.Should().Be(numeric);
        c.MinorUnits.Should().Be(minor);
    }

    [Fact]
    public void TryGet_PreciousMetal_HasNoMinorUnits()
    {
        CurrencyCatalog.TryGet("XAU", out var gold).Should().BeTrue();
        gold!.MinorUnits.Should().BeNull();
    }

    [Theory]
    [InlineData("ABC")]
    [InlineData(null)]
    [InlineData("")]
    public void TryGet_UnlistedCode_IsFalse(string? code)
    {
        CurrencyCatalog.TryGet(code, out var c).Should().BeFalse();
        c.Should().BeNull();
    }

    [Fact]
    public void All_CoversTheIsoList_OrderedByCode()
    {
        CurrencyCatalog.All.Should().HaveCountGreaterThan(175).And.BeInAscendingOrder(c => c.Code, StringComparer.Ordinal);
        CurrencyCatalog.All.Select(c => c.Code).Should().OnlyHaveUniqueItems().And.Contain(["SAR", "QAR", "OMR", "YER", "JOD", "LBP", "SYP", "ZWG"]);
    }
}
