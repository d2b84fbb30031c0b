namespace ClaimTracker.Conformance.Tests.DateSupport;

/// <summary>
/// English DateTimeModel.json cases whose expected value we judge wrong for news, with the reason. They still run and
/// still count as failures; the report lists them apart so the judgement is visible. Keyed by case index and input.
/// </summary>
internal static class DateDisagreements
{
    private const string FutureOnly = "The spec gives only the future reading of a date shifted from an undated day or holiday ('3 days after January 12th'); news resolves an undated day to the past by default, and the spec elsewhere accepts either reading.";
    private const string BareFrom = "'from X' with no end is read as an open interval starting at X ('from October' = since October), as in news ('from Monday the rules apply'); the spec reads the point X.";
    private const string AfterDay = "'after <day>' starts the next day; the spec starts on the day named (while its 'after 2010' starts in 2011).";
    private const string RangeEnds = "The spec closes these ranges at the start of the last period named ('from 2017-q1 to 2018-q1' ends 2018-01-01) or opens them after the first ('between the end of 2007 and ...' starts 2008); ClaimTracker includes both named periods whole.";
    private const string InvalidDay = "Not a calendar day (30 February, 29 February of a common year); the spec expects an unresolved span, ClaimTracker reports no date rather than a wrong one.";
    private const string Fiscal = "Fiscal and school years differ by country and organisation; the spec expects an unresolved span, ClaimTracker reports nothing rather than guess the calendar.";
    private const string WeekdayYear = "The written weekday fixes the year: 7 March 2018 is a Wednesday; the Tuesday 7 March nearest the reference is in 2017.";
    private const string TheDay = "In news 'the day', 'the day before' and 'the day after' refer to the day of a reported event, not the publication date; they are not resolved against the reference.";

    /// <summary>Case index and the start of its input, with the reason.</summary>
    public static readonly IReadOnlyList<(int Index, string Input, string Reason)> English = new (int, string, string)[]
    {
        (708, "It will happen 3 days from Tuesday", FutureOnly),
        (709, "It will happen 2 weeks from January 15", FutureOnly),
        (713, "It will happen 3 days after January 12th", FutureOnly),
        (726, "It happened 2 weeks before Christmas", FutureOnly),
        (727, "It happened three months after Easter", FutureOnly),
        (728, "We will meet 5 days before new year", FutureOnly),
        (805, "set OOO for 1 week, from 20th dec", FutureOnly),
        (558, "my vacation will start from October", BareFrom),
        (702, "The range is from 2014", BareFrom),
        (703, "The range is from 2015 and 2016", BareFrom),
        (817, "show statistics from the last week of this month", BareFrom),
        (818, "show statistics from the last week of last month", BareFrom),
        (669, "We will come back after the 15th day of next month", AfterDay),
        (671, "We will come back after the 15th day of June", AfterDay),
        (704, "after January 1, 2007 and no later than January 1, 2010", AfterDay),
        (463, "The sales went up during from 2017-q1 to 2018-q1", RangeEnds),
        (464, "The sales went up during from 2017 q1 to 2018 q1", RangeEnds),
        (465, "The sales went up during from q1 of 2017 - q3 of 2018", RangeEnds),
        (691, "The range is from 2007 to the start of 2008", RangeEnds),
        (692, "The range is between the end of 2007 and the end of 2008", RangeEnds),
        (98, "Let’s find 1 hour on Tuesday March 7", WeekdayYear),
        (543, "feb 30 2019", InvalidDay),
        (544, "feb 30", InvalidDay),
        (545, "feb 30", InvalidDay),
        (742, "Feb 30", InvalidDay),
        (743, "2/29/2019", InvalidDay),
        (747, "2/29-3/1/2019", InvalidDay),
        (470, "I have a lot of gains in this school year", Fiscal),
        (471, "I got a lot of gains in last fiscal year", Fiscal),
        (477, "Show sales in the sy 2008", Fiscal),
        (478, "Show sales in fiscal year", Fiscal),
        (479, "Show sales in the sy18", Fiscal),
        (124, "I'm blocked for the day", TheDay),
        (132, "Hey, we got a partner of the day", TheDay),
        (330, "What happened the day before", TheDay),
        (331, "What's your plan for the day after", TheDay),
    };
}
