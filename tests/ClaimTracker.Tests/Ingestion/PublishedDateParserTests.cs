using ClaimTracker.Ingestion;
using ClaimTracker.Model;

namespace ClaimTracker.Tests.Ingestion;

public class PublishedDateParserTests
{
    [Theory]
    [InlineData("2023", 2023, 0, 0)]
    [InlineData("2022-09", 2022, 9, 0)]
    [InlineData("2024-06-19", 2024, 6, 19)]
    [InlineData(" 2024-06-19 ", 2024, 6, 19)]
    [InlineData("2024-06-19T23:30:00+03:00", 2024, 6, 19)]
    public void TryParse_AcceptedForms_GivePrecision(string value, int year, int month, int day)
    {
        PublishedDateParser.TryParse(value, out var time).Should().BeTrue();
        var expected = month == 0 ? FuzzyTime.Year(year) : day == 0 ? FuzzyTime.Month(year, month) : FuzzyTime.Day(year, month, day);
        time.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2023-13")]
    [InlineData("2023-02-30")]
    [InlineData("23-02-01")]
    [InlineData("2023/02/01")]
    [InlineData("0000")]
    public void TryParse_OtherForms_False(string? value)
    {
        PublishedDateParser.TryParse(value, out _).Should().BeFalse();
    }
}
