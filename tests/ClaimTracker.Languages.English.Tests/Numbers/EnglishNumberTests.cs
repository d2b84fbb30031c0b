using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Recognition.Quantities;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Languages.English.Tests.Numbers;

public class EnglishNumberTests
{
    private static readonly RecognitionContext Context = new(NumbersTestPack.Instance);

    private static List<RecognizedNumber> Numbers(string text) =>
        new NumberRecognizer().Recognize(text, Context).Items.OfType<RecognizedNumber>().ToList();

    private static List<RecognizedRange> Ranges(string text) =>
        new RangeRecognizer().Recognize(text, Context).Items.OfType<RecognizedRange>().ToList();

    private static List<RecognizedQuantity> Quantities(string text) =>
        new QuantityRecognizer().Recognize(text, Context).Items.OfType<RecognizedQuantity>().ToList();

    [Theory]
    [InlineData("10,000 people", 10000, NumberForm.Cardinal)]
    [InlineData("3.5 million", 3500000, NumberForm.Decimal)]
    [InlineData("twenty-one", 21, NumberForm.Cardinal)]
    [InlineData("one hundred and six", 106, NumberForm.Cardinal)]
    [InlineData("two thousand and two hundred", 2200, NumberForm.Cardinal)]
    [InlineData("three quarters", 0.75, NumberForm.Fraction)]
    [InlineData("a half", 0.5, NumberForm.Fraction)]
    [InlineData("one and a half", 1.5, NumberForm.Fraction)]
    [InlineData("20 percent", 20, NumberForm.Percent)]
    [InlineData("20 per cent", 20, NumberForm.Percent)]
    [InlineData("minus five", -5, NumberForm.Cardinal)]
    [InlineData("the 21st", 21, NumberForm.Ordinal)]
    [InlineData("the twenty-first", 21, NumberForm.Ordinal)]
    [InlineData("first", 1, NumberForm.Ordinal)]
    [InlineData("10k", 10000, NumberForm.Cardinal)]
    public void Recognize_Number_HasValueAndForm(string text, double value, NumberForm form)
    {
        var n = Numbers(text).Should().ContainSingle().Subject;
        n.Value.Should().BeApproximately(value, 1e-9);
        n.Form.Should().Be(form);
    }

    [Theory]
    [InlineData("Which one do you prefer?")]
    [InlineData("the 180ml liquid")]
    public void Recognize_NotANumber_FindsNothing(string text)
    {
        Numbers(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("more than 10,000", "(10000,)")]
    [InlineData("at least 10", "[10,)")]
    [InlineData("no fewer than 10", "[10,)")]
    [InlineData("up to 700", "(,700]")]
    [InlineData("less than 5", "(,5)")]
    [InlineData("under 5", "(,5)")]
    [InlineData("between 20 and 30", "[20,30)")]
    [InlineData("from 20 to 30", "[20,30)")]
    [InlineData("20-30", "[20,30)")]
    [InlineData("500 or more", "[500,)")]
    public void Recognize_Bound_IsInterval(string text, string interval)
    {
        Ranges(text).Should().ContainSingle().Which.Range.ToIntervalString().Should().Be(interval);
    }

    [Theory]
    [InlineData("about 60")]
    [InlineData("around 60")]
    [InlineData("approximately 60")]
    [InlineData("nearly 60")]
    [InlineData("almost 60")]
    public void Recognize_Approximation_IsApproximate(string text)
    {
        Ranges(text).Should().ContainSingle().Which.Range.IsApproximate.Should().BeTrue();
    }

    [Theory]
    [InlineData("260,000 metric tons", "metric-ton")]
    [InlineData("3 tons of steel", "metric-ton")]
    [InlineData("400 km", "kilometre")]
    [InlineData("400 miles", "mile")]
    [InlineData("60 km/h", "km/h")]
    [InlineData("60 mph", "mph")]
    [InlineData("20 hours", "hour")]
    [InlineData("75 years", "year")]
    [InlineData("two decades", "decade")]
    [InlineData("20 percent", "percent")]
    [InlineData("100 dollars", "currency:USD")]
    [InlineData("$100", "currency:USD")]
    public void Recognize_Unit_HasUnitId(string text, string unit)
    {
        Quantities(text).Should().ContainSingle().Which.Quantity.Unit.Id.Should().Be(unit);
    }

    [Theory]
    [InlineData("on 4 May")]
    [InlineData("thousands of people")]
    public void Recognize_DateOrVagueScale_IsNoQuantity(string text)
    {
        Quantities(text).Should().BeEmpty();
    }

    [Fact]
    public void Recognize_PluralScaleAlone_IsNotANumber()
    {
        Numbers("thousands of people").Should().BeEmpty();
    }

    [Fact]
    public void Recognize_MoreThanContainers_IsOpenCountRange()
    {
        var q = Quantities("more than 10,000 containers").Should().ContainSingle().Subject.Quantity;
        q.ToIntervalString().Should().Be("(10000,)");
        q.Unit.Should().Be(Model.Unit.Count("container"));
    }

    [Fact]
    public void Recognize_BetweenWithUnit_IsInclusiveQuantity()
    {
        Quantities("between 5 and 7 tons").Single().Quantity.ToIntervalString().Should().Be("[5,7]");
    }

    [Fact]
    public void Recognize_RandomText_NeverThrows()
    {
        var alphabet = "0123456789,.%-/ $~<>=onetwhundrdmilaqusxk".ToCharArray();
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements(alphabet)).Select(a => new string(a)).ToArbitrary(),
            text =>
            {
                _ = Numbers(text);
                _ = Ranges(text);
                _ = Quantities(text);
                return true;
            }).QuickCheckThrowOnFailure();
    }
}
