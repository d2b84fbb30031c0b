using System.Text.Json;
using ClaimTracker.Model;
using ClaimTracker.Serialization;

namespace ClaimTracker.Tests.Model;

public class MiscellaneousTests
{
    [Fact]
    public void WellKnown_Units_HaveUniqueIdsAndPositiveFactors()
    {
        Unit.WellKnown.Select(u => u.Id).Should().OnlyHaveUniqueItems();
        Unit.WellKnown.Should().OnlyContain(u => u.FactorToBase > 0 && double.IsFinite(u.FactorToBase));
        Unit.WellKnown.Should().OnlyContain(u => u.CountedNoun == null && u.CurrencyCode == null);
        Unit.KilometresPerHour.Symbol.Should().Be("km/h");
        Unit.None.Symbol.Should().BeEmpty();
    }

    [Theory]
    [InlineData(DayPart.Morning, 5, 12)]
    [InlineData(DayPart.Afternoon, 12, 17)]
    [InlineData(DayPart.Evening, 17, 21)]
    [InlineData(DayPart.Night, 21, 29)]
    public void PartOfDay_EachPart_DocumentedHours(DayPart part, int from, int to)
    {
        var day = new DateTime(2024, 3, 1);
        var t = FuzzyTime.PartOfDay(DateOnly.FromDateTime(day), part);
        t.Start.Should().Be(day.AddHours(from));
        t.End.Should().Be(day.AddHours(to));
    }

    [Fact]
    public void IntervalText_OpenAndClockTimes_Formatted()
    {
        FuzzyTime.Month(2023, 9).IntervalText().Should().Be("[2023-09-01, 2023-10-01)");
        FuzzyTime.Until(FuzzyTime.Year(2020)).IntervalText().Should().Be("(-∞, 2021-01-01)");
        default(FuzzyTime).IntervalText().Should().Be("(-∞, ∞)");
        FuzzyTime.PartOfDay(new DateOnly(2024, 1, 1), DayPart.Evening).IntervalText().Should().Be("[2024-01-01T17:00:00, 2024-01-01T21:00:00)");
    }

    [Fact]
    public void ComparisonResults_ToStringAndValidation()
    {
        new QuantityComparison(RangeRelation.Disjoint, "why").ToString().Should().Be("Disjoint: why");
        new FuzzyTimeComparison(RangeRelation.Overlaps, TemporalOrder.FirstEarlier, "why").ToString().Should().Be("Overlaps: why");
        var rel = () => new QuantityComparison((RangeRelation)99, "x");
        rel.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("relation");
        var order = () => new FuzzyTimeComparison(RangeRelation.Equal, (TemporalOrder)9, "x");
        order.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("order");
        var reason = () => new QuantityComparison(RangeRelation.Equal, null!);
        reason.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("reason");
    }

    [Fact]
    public void Reason_EmptyDetail_ToStringIsType()
    {
        new Reason(ReasonType.TimesConflict, "").ToString().Should().Be("TimesConflict");
    }

    [Fact]
    public void Options_UsedDirectlyWithJsonSerializer_SameShape()
    {
        JsonSerializer.Serialize(Quantity.AtLeast(10, Unit.Year), ClaimTrackerJson.Options)
            .Should().Be(ClaimTrackerJson.Serialize(Quantity.AtLeast(10, Unit.Year)));
        ClaimTrackerJson.Options.IsReadOnly.Should().BeTrue();
        ClaimTrackerJson.IndentedOptions.WriteIndented.Should().BeTrue();
        JsonSerializer.Serialize(Stance.Denies, ClaimTrackerJsonContext.Default.Stance).Should().Be("\"denies\"");
    }

    [Fact]
    public void Unit_Convert_SameFactor_ReturnsValueUnchanged()
    {
        Unit.Kilogram.Convert(0.1 + 0.2, Unit.Kilogram).Should().Be(0.1 + 0.2);
        Unit.Count("x").Convert(3, Unit.Count(" X ")).Should().Be(3);
    }
}
