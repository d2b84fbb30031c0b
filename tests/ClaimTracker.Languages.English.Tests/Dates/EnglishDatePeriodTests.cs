using System.Globalization;
using ClaimTracker.Recognition.Dates;
using static ClaimTracker.Testing.Dates.DateTestSupport;

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

    [Theory]
    [InlineData("offices shut 3/2-3/9 for repairs", "2023-05-01", "2023-03-02", "2023-03-10")]
    [InlineData("closed 12/28-1/3 for repairs", "2023-05-01", "2022-12-28", "2023-01-04")]
    [InlineData("closed 6/1/2021-6/4/2021 after the flood", "2023-05-01", "2021-06-01", "2021-06-05")]
    [InlineData("voting ran 4/5-4/9, 2020", "2023-05-01", "2020-04-05", "2020-04-10")]
    public void Recognize_NumericDayRange_CoversBothDays(string text, string reference, string start, string end)
    {
        Expect(text, reference, start, end);
    }

    [Fact]
    public void Recognize_NumericRangeInsideLongerCode_IsNotADate()
    {
        Times("serial 3/2-3/9-4411", "2023-05-01").Should().BeEmpty();
    }

    [Theory]
    [InlineData("exports fell in the second month of 2019", "2023-05-01", "2019-02-01", "2019-03-01")]
    [InlineData("the first 3 days of next month are holidays", "2023-05-01", "2023-06-01", "2023-06-04")]
    [InlineData("the last two months of 2019 were calm", "2023-05-01", "2019-11-01", "2020-01-01")]
    [InlineData("during the first 2 weeks of 2020", "2023-05-01", "2019-12-30", "2020-01-13")]
    public void Recognize_PositionInPeriod_CountsFromTheRightEnd(string text, string reference, string start, string end)
    {
        Expect(text, reference, start, end);
    }

    [Theory]
    [InlineData("growth slowed in 2022 H1", "2023-05-01", "2022-01-01", "2022-07-01")]
    [InlineData("in the second half of 2021", "2023-05-01", "2021-07-01", "2022-01-01")]
    [InlineData("strikes this working week", "2023-05-03", "2023-05-01", "2023-05-06")]
    [InlineData("refunds within the next 3 business days", "2023-05-05", "2023-05-08", "2023-05-11")]
    [InlineData("over the previous 2 working days", "2023-05-08", "2023-05-04", "2023-05-08")]
    public void Recognize_HalvesWorkWeeksAndBusinessDays_Resolve(string text, string reference, string start, string end)
    {
        Expect(text, reference, start, end);
    }

    [Theory]
    [InlineData("prices must fall before the end of June", "2023-05-01", null, "2022-07-01")]
    [InlineData("it has grown since the end of 2019", "2023-05-01", "2019-09-01", null)]
    [InlineData("talks run from 2019 to the end of 2020", "2023-05-01", "2019-01-01", "2021-01-01")]
    public void Recognize_BoundWithModifiedPoint_UsesTheRightEdge(string text, string reference, string? start, string? end)
    {
        Expect(text, reference, start, end);
    }

    [Theory]
    [InlineData("the treaty was signed in nineteen forty five", "1945")]
    [InlineData("elections in two thousand and eight", "2008")]
    [InlineData("on March third nineteen hundred and ten", "1910-03-03")]
    [InlineData("on twenty one June two thousand four", "2004-06-21")]
    [InlineData("in July two thousand", "2000-07")]
    public void Recognize_SpelledYear_Resolves(string text, string expected)
    {
        Single(text, "2023-05-01").Time.Should().Be(Parse(expected));
    }

    [Theory]
    [InlineData("two thousand and eight people marched")]
    [InlineData("some nineteen hundred soldiers")]
    public void Recognize_SpelledNumberCountingANoun_IsNotAYear(string text)
    {
        Times(text, "2023-05-01").Should().BeEmpty();
    }

    [Theory]
    [InlineData("this past Monday", "2023-05-03", "2023-05-01")]
    [InlineData("this coming Monday", "2023-05-03", "2023-05-08")]
    [InlineData("this upcoming Thursday", "2023-05-03", "2023-05-04")]
    [InlineData("last Tuesday", "2023-05-03", "2023-04-25")]
    public void Recognize_NearestWeekday_IsTheClosestOnThatSide(string text, string reference, string expected)
    {
        Single(text, reference).Time.Should().Be(Parse(expected));
    }

    [Theory]
    [InlineData("protests resumed at the next easter", "2023-05-01", "2024-03-31")]
    [InlineData("stores opened on black friday 2021", "2023-05-01", "2021-11-26")]
    [InlineData("the vote is Tuesday three weeks from now", "2023-05-03", "2023-05-23")]
    [InlineData("it opens in 5 days on Monday", "2023-05-03", "2023-05-08")]
    [InlineData("the bond matures in 3 years", "2023-05-03", "2026-05-03")]
    public void Recognize_HolidaysAndShiftedWeekdays_Resolve(string text, string reference, string expected)
    {
        Single(text, reference).Time.Should().Be(Parse(expected));
    }

    [Theory]
    [InlineData("sales rose in 2019 march", "2023-05-01", "2019-03")]
    [InlineData("filed in 11-2020 by the agency", "2023-05-01", "2020-11")]
    [InlineData("the record 2019 7 4 shows", "2023-05-01", "2019-07-04")]
    [InlineData("the form dated 2021/5/Jun says", "2023-05-01", "2021-06-05")]
    [InlineData("she was born in June of 91", "2023-05-01", "1991-06")]
    [InlineData("a memo dated 04/02/79", "2023-05-01", "1979-04-02")]
    [InlineData("results for cy21 were weak", "2023-05-01", "2021")]
    [InlineData("a ruling on Tuesday 30.", "2023-05-01", "2023-05-30")]
    [InlineData("the deal closed in March, 3rd", "2023-05-01", "2023-03-03")]
    [InlineData("lessons planned this September.", "2023-05-01", "2023-09")]
    [InlineData("it opened in two months since 2020.", "2023-05-01", "2020-03-01")]
    public void Recognize_CompactAndInvertedForms_Resolve(string text, string reference, string expected)
    {
        Single(text, reference).Time.Should().Be(Parse(expected));
    }

    [Theory]
    [InlineData("strikes on 4 to 6 of March", "2023-05-01", "2023-03-04", "2023-03-07")]
    [InlineData("from March 30th to the second", "2023-05-01", "2023-03-30", "2023-04-03")]
    [InlineData("elections from this April to Dec 2024", "2023-05-01", "2023-04-01", "2025-01-01")]
    [InlineData("output fell in the 1970 s.", "2023-05-01", "1970-01-01", "1980-01-01")]
    [InlineData("data for > = 2015", "2023-05-01", "2015-01-01", null)]
    [InlineData("rows where year is greater than 2015", "2023-05-01", "2016-01-01", null)]
    [InlineData("the fortnight ahead", "2023-05-03", "2023-05-01", "2023-05-15")]
    [InlineData("over the past fortnight", "2023-05-03", "2023-04-17", "2023-05-01")]
    [InlineData("before the tenth day of the month", "2023-05-03", null, "2023-05-10")]
    public void Recognize_RangesAndBounds_Resolve(string text, string reference, string? start, string? end)
    {
        Expect(text, reference, start, end);
    }

    [Fact]
    public void Recognize_DayListedBeforeDayWithMonth_TakesThatMonth()
    {
        var times = Times("flights on 3 and 4 March", "2023-05-01");
        times.Select(t => t.Time).Should().Equal(Parse("2023-03-03"), Parse("2023-03-04"));
    }

    [Theory]
    [InlineData("he paid $12 December 27", "2022-12-27")]
    [InlineData("$DEC fell while in March markets rose", "2023-03")]
    public void Recognize_CurrencyAndTicker_AreNotDateParts(string text, string expected)
    {
        Single(text, "2023-05-01").Time.Should().Be(Parse(expected));
    }

    [Fact]
    public void Recognize_ThisMayAsVerb_IsNotAMonth()
    {
        Times("this may change soon", "2023-05-01").Should().BeEmpty();
    }

    [Theory]
    [InlineData("a hearing this Monday (May 8) in court", "2023-05-10", "2023-05-08")]
    [InlineData("the hearing on Monday, April 3 in court", "2023-05-10", "2023-04-03")]
    [InlineData("a call on Monday-Apr-3 with the minister", "2023-05-10", "2023-04-03")]
    public void Recognize_WeekdayRestatedByDate_TheDateDecides(string text, string reference, string expected)
    {
        Single(text, reference).Time.Should().Be(Parse(expected));
    }

    [Theory]
    [InlineData("results due on Monday, week 12", "2023-05-10", "2023-03-20", "2023-03-27")]
    [InlineData("spending rises as early as next year's second quarter", "2023-05-10", "2024-04-01", null)]
    public void Recognize_WeekNumberAndPossessiveQuarter_Resolve(string text, string reference, string start, string? end)
    {
        var times = Times(text, reference);
        times.Should().Contain(t => t.Time.Start == D(start) && t.Time.End == D(end));
    }

    [Fact]
    public void Recognize_DateFollowedByThisWeek_KeepsBoth()
    {
        Times("apr9 this week or next", "2023-05-10").Select(t => t.Time).Should().Equal(Parse("2023-04-09"), new ClaimTracker.Model.FuzzyTime(D("2023-05-08"), D("2023-05-15"), ClaimTracker.Model.TimePrecision.Week));
    }
}
