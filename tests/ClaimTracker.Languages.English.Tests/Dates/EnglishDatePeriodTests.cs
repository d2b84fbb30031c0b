using System.Globalization;
using ClaimTracker.Recognition.Dates;
using static ClaimTracker.Languages.English.Tests.Dates.DateTestSupport;

namespace ClaimTracker.Languages.English.Tests.Dates;

/// <summary>Periods named relatively: parts of the current week/month/year, weeks holding a date, anchored durations, open intervals.</summary>
public class EnglishDatePeriodTests
{
    private static DateTime? D(string? s) => s is null ? null : DateTime.Parse(s, CultureInfo.InvariantCulture);

    private static void Expect(string text, string reference, string? start, string? end)
    {
        var time = Single(text, reference).Time;
        time.Start.Should().Be(D(start), text);
        time.End.Should().Be(D(end), text);
    }

    [Theory]
    [InlineData("profits fell earlier this year, the bank said", "2023-03-10", "2023-01-01", "2023-03-10")]
    [InlineData("profits fell earlier this year, the bank said", "2023-10-10", "2023-01-01", "2023-07-01")]
    [InlineData("the vote is due later this month", "2023-03-05", "2023-03-16", "2023-04-01")]
    [InlineData("the vote is due later this month", "2023-03-25", "2023-03-25", "2023-04-01")]
    [InlineData("talks resume later in the week", "2023-03-06", "2023-03-09", "2023-03-13")]
    [InlineData("he resigned earlier last week", "2023-03-08", "2023-02-27", "2023-03-02")]
    [InlineData("polls close at the end of the month", "2023-03-05", "2023-03-16", "2023-04-01")]
    [InlineData("staff are off for the rest of the week", "2023-03-08", "2023-03-08", "2023-03-13")]
    public void Recognize_PartOfCurrentPeriod_ResolvesToItsHalfClippedAtReference(string text, string reference, string start, string end)
    {
        Expect(text, reference, start, end);
    }

    [Theory]
    [InlineData("the minister of the month award", "2023-03-08", "2023-03-01", "2023-04-01")]
    [InlineData("results came the same week", "2023-03-08", "2023-03-06", "2023-03-13")]
    [InlineData("a summit the week after next", "2023-03-08", "2023-03-20", "2023-03-27")]
    public void Recognize_DefinitePeriod_IsTheCurrentOne(string text, string reference, string start, string end)
    {
        Expect(text, reference, start, end);
    }

    [Fact]
    public void Recognize_ForTheHour_StaysADuration()
    {
        Run("offline for the hour", "2023-03-08").Items.OfType<RecognizedDuration>().Should().ContainSingle();
    }

    [Theory]
    [InlineData("meetings during the week of March 15", "2023-05-01", "2023-03-13", "2023-03-20")]
    [InlineData("book it for w/c 6 March", "2023-05-01", "2023-03-06", "2023-03-13")]
    [InlineData("for the week commencing March 8", "2023-05-01", "2023-03-06", "2023-03-13")]
    public void Recognize_WeekOfDate_IsTheMondayWeekHoldingIt(string text, string reference, string start, string end)
    {
        Expect(text, reference, start, end);
    }

    [Theory]
    [InlineData("the border closes for 5 days starting Monday", "2023-03-08", "2023-03-06", "2023-03-11")]
    [InlineData("a curfew for two weeks, from today", "2023-03-08", "2023-03-08", "2023-03-22")]
    [InlineData("a strike of 3 days beginning tomorrow", "2023-03-08", "2023-03-09", "2023-03-12")]
    public void Recognize_DurationStartingAtDate_SpansFromThatDate(string text, string reference, string start, string end)
    {
        Expect(text, reference, start, end);
    }

    [Fact]
    public void Recognize_AmountFromDateWithoutFor_StaysAShift()
    {
        Single("it opens 4 days from Monday", "2023-03-08").Time.Should().Be(Parse("2023-03-10"));
    }

    [Theory]
    [InlineData("crowds gathered for easter weekend", "2023-05-01", "2023-04-08", "2023-04-10")]
    [InlineData("closed over the weekend of christmas 2022", "2023-05-01", "2022-12-24", "2022-12-26")]
    public void Recognize_HolidayWeekend_JoinsTheAdjacentWeekend(string text, string reference, string start, string end)
    {
        Expect(text, reference, start, end);
    }

    [Theory]
    [InlineData("filed more than 3 days before yesterday", "2023-03-08", null, "2023-03-04")]
    [InlineData("it ends more than 2 weeks after today", "2023-03-08", "2023-03-22", null)]
    [InlineData("due less than 4 days after tomorrow", "2023-03-08", "2023-03-09", "2023-03-13")]
    [InlineData("docked till date", "2023-03-08", null, "2023-03-09")]
    [InlineData("shares rose 20% year to date", "2023-03-08", "2023-01-01", "2023-03-09")]
    [InlineData("arrests from February to date", "2023-03-08", "2023-02-01", "2023-03-09")]
    [InlineData("they must leave as late as Friday", "2023-03-08", null, "2023-03-04")]
    [InlineData("open on 2/1/2020 and after", "2023-03-08", "2020-02-01", null)]
    public void Recognize_OpenOrComparedInterval_BoundsAtTheShiftedDay(string text, string reference, string? start, string? end)
    {
        Expect(text, reference, start, end);
    }

    [Fact]
    public void Recognize_AndAfterFollowedByClause_IsNotOpen()
    {
        Single("open on 2/1/2020 and after the vote", "2023-03-08").Time.Should().Be(Parse("2020-02-01"));
    }

    [Fact]
    public void Recognize_UpToDate_IsNotADate()
    {
        Times("the records are up to date", "2023-03-08").Should().BeEmpty();
    }

    [Theory]
    [InlineData("prices rose in the past 3 months", "2023-03-08", "2022-12-08", "2023-03-08")]
    [InlineData("growth over the next 2 years", "2023-03-08", "2023-03-09", "2025-03-09")]
    [InlineData("between now and June 1", "2023-03-08", "2023-03-08", "2023-06-02")]
    public void Recognize_CountedSpan_IsDayExact(string text, string reference, string start, string end)
    {
        Expect(text, reference, start, end);
    }

    [Fact]
    public void Recognize_BareWeekendOnFriday_IsTheComingOne()
    {
        Expect("protests are planned for the weekend", "2023-03-10", "2023-03-11", "2023-03-13");
        Expect("protests took place over the weekend", "2023-03-13", "2023-03-11", "2023-03-13");
    }
}
