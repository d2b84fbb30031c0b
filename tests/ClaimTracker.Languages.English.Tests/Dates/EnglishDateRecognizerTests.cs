using ClaimTracker.Model;
using ClaimTracker.Recognition.Dates;
using FsCheck;
using FsCheck.Fluent;
using static ClaimTracker.Testing.Dates.DateTestSupport;

namespace ClaimTracker.Languages.English.Tests.Dates;

public class EnglishDateRecognizerTests
{
    [Theory]
    [InlineData("on April 25, 2019 the talks", "2019-04-25")]
    [InlineData("on 25 April 2019 the talks", "2019-04-25")]
    [InlineData("on 6/19/2024 the talks", "2024-06-19")]
    [InlineData("on 2024-06-19 the talks", "2024-06-19")]
    [InlineData("in February 2022", "2022-02")]
    [InlineData("in 2019 the talks", "2019")]
    [InlineData("july 4th of 1995", "1995-07-04")]
    public void Recognize_AbsoluteDate_ResolvesWithTextPrecision(string text, string expected)
    {
        Single(text, "2024-06-20").Time.Should().Be(Parse(expected));
    }

    [Theory]
    [InlineData("at the end of 2000", "2000-09-01", "2001-01-01")]
    [InlineData("in the middle of 2000", "2000-05-01", "2000-09-01")]
    [InlineData("at the beginning of 2000", "2000-01-01", "2000-05-01")]
    [InlineData("in mid 1989", "1989-05-01", "1989-09-01")]
    [InlineData("in early September 2019", "2019-09-01", "2019-09-11")]
    [InlineData("in mid-September 2019", "2019-09-11", "2019-09-21")]
    [InlineData("in late February 2020", "2020-02-21", "2020-03-01")]
    [InlineData("at the beginning of September 2019", "2019-09-01", "2019-10-01")]
    public void Recognize_PartOfPeriod_NarrowsYearToThirdsAndMonthToTenDays(string text, string start, string end)
    {
        var time = Single(text, "2024-06-20").Time;
        time.Start.Should().Be(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        time.End.Should().Be(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("sales for year 2012 or later", "2012-01-01", null)]
    [InlineData("leave on 1/1/2016 and later", "2016-01-01", null)]
    [InlineData("built in 2010 or earlier", null, "2011-01-01")]
    public void Recognize_DateWithPostfixBound_OpensTheInterval(string text, string? start, string? end)
    {
        var time = Single(text, "2024-06-20").Time;
        time.Start.Should().Be(start is null ? null : DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        time.End.Should().Be(end is null ? null : DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("coffee on tuesday the eleventh", "2019-06-10", "2019-06-11")]
    [InlineData("back on Sun 14th", "2022-05-01", "2022-08-14")]
    [InlineData("back on Sat 14th", "2022-05-01", "2022-05-14")]
    public void Recognize_WeekdayWithOrdinalDay_ResolvesToNearestMatchingMonth(string text, string reference, string expected)
    {
        Single(text, reference).Time.Should().Be(Parse(expected));
    }

    [Theory]
    [InlineData("leave in two days from today", "2018-07-05", "2018-07-07", "in two days from today")]
    [InlineData("three weeks from tmrw", "2018-05-31", "2018-06-22", "three weeks from tmrw")]
    public void Recognize_OffsetWithRestatedDirection_CoversWholePhrase(string text, string reference, string expected, string span)
    {
        var time = Single(text, reference);
        time.Time.Should().Be(Parse(expected));
        time.Text.Should().Be(span);
    }

    [Theory]
    [InlineData("in the first week of 2021", "2021-01-04")]
    [InlineData("in the second week of 2021", "2021-01-11")]
    [InlineData("in the last week of 2019", "2019-12-23")]
    public void Recognize_WeekOfYear_UsesIsoWeeks(string text, string monday)
    {
        var time = Single(text, "2018-11-29").Time;
        time.Start.Should().Be(DateTime.Parse(monday, System.Globalization.CultureInfo.InvariantCulture));
        time.End.Should().Be(DateTime.Parse(monday, System.Globalization.CultureInfo.InvariantCulture).AddDays(7));
    }

    [Theory]
    [InlineData("sales in the week 31", "2018-07-02", "2018-07-30")]
    [InlineData("sales in week 3 of 2027", "2018-07-02", "2027-01-18")]
    [InlineData("sales in week 27 of last year", "2018-07-02", "2017-07-03")]
    public void Recognize_NumberedWeek_ResolvesToIsoWeek(string text, string reference, string monday)
    {
        var time = Single(text, reference).Time;
        time.Start.Should().Be(DateTime.Parse(monday, System.Globalization.CultureInfo.InvariantCulture));
        time.End.Should().Be(DateTime.Parse(monday, System.Globalization.CultureInfo.InvariantCulture).AddDays(7));
    }

    [Fact]
    public void Recognize_BareNumberedWeek_IsNotACalendarWeek()
    {
        Times("they won in week 5", "2018-07-02").Should().NotContain(t => t.Precision == TimePrecision.Week);
    }

    [Theory]
    [InlineData("yesterday", "2024-06-19", "2024-06-18")]
    [InlineData("last month", "2024-06-19", "2024-05")]
    [InlineData("last year", "2024-06-19", "2023")]
    [InlineData("this calendar year", "2019-06-18", "2019")]
    [InlineData("in September", "2024-06-19", "2023-09")]
    [InlineData("on Tuesday", "2023-09-12", "2023-09-12")]
    [InlineData("on Sunday", "2023-09-12", "2023-09-10")]
    [InlineData("three days ago", "2024-06-19", "2024-06-16")]
    [InlineData("on Christmas", "2024-06-19", "2023-12-25")]
    [InlineData("at Thanksgiving", "2024-06-19", "2023-11-23")]
    [InlineData("at Easter", "2024-06-19", "2024-03-31")]
    public void Recognize_RelativeExpression_ResolvesAgainstReference(string text, string reference, string expected)
    {
        Single(text, reference).Time.Should().Be(Parse(expected));
    }

    [Fact]
    public void Recognize_Decade_IsDecade()
    {
        Single("in the 1980s", "2024-06-19").Time.Should().Be(new FuzzyTime(new DateTime(1980, 1, 1), new DateTime(1990, 1, 1), TimePrecision.Decade));
    }

    [Fact]
    public void Recognize_TwentiethCentury_IsCentury()
    {
        Single("in the twentieth century", "2024-06-19").Time.Should().Be(new FuzzyTime(new DateTime(1900, 1, 1), new DateTime(2000, 1, 1), TimePrecision.Century));
    }

    [Fact]
    public void Recognize_SinceSeptember_IsOpen()
    {
        Single("since September", "2024-06-19").Time.Should().Be(new FuzzyTime(new DateTime(2023, 9, 1), null, TimePrecision.Month));
    }

    [Fact]
    public void Recognize_ForTwoDays_IsDuration()
    {
        var d = Run("a visit for two days", "2024-06-19").Items.OfType<RecognizedDuration>().Should().ContainSingle().Subject;
        d.Amount.Should().Be(2);
        d.Unit.Should().Be(DurationUnit.Day);
    }

    [Fact]
    public void Recognize_ModalMay_IsNotAMonth()
    {
        Times("This may or may not be right.", "2024-06-19").Should().BeEmpty();
    }

    [Fact]
    public void Recognize_PastCues_NeverAfterReference()
    {
        var cues = new[] { "yesterday", "last week", "last month", "last year", "since March", "three weeks ago", "on Monday", "last Friday", "in May" };
        Prop.ForAll(Gen.Choose(0, 20000).Select(n => new DateTime(1990, 1, 1).AddDays(n)).ToArbitrary(), Gen.Elements(cues).ToArbitrary(), (day, cue) =>
        {
            var times = Times("it happened " + cue, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            return times.Count == 1 && times[0].Time.Start <= day;
        }).QuickCheckThrowOnFailure();
    }
}
