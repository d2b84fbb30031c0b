using ClaimTracker.Model;
using K = ClaimTracker.Recognition.Dates.DateWordKind;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// Compact and inverted date forms: "12-2015", "2016 10 16", "September-2020-23", "2017 april", "this May",
/// "October, 1st", day lists and day ranges that name the month once ("18 and 19 June", "9 to 12 of June"), and an
/// amount counted from a date ("in two years since 2011").
/// </summary>
internal sealed partial class DateParser
{
    /// <summary>A two-digit year: in this century unless that would be more than 20 years after the reference.</summary>
    private int TwoDigitYear(int yy)
    {
        var limit = (_ref is not null ? RefStart.Year : 2029) + 20;
        return 2000 + yy <= limit ? 2000 + yy : 1900 + yy;
    }

    private bool FreeAfter(int e) => e >= N || _t[e].SpaceBefore || !(IsNum(e) || (_t[e].Kind == TokKind.Punct && _t[e].Key is "/" or "-" or "." or ":" && IsNum(e + 1)));

    private bool FreeBefore(int i) => i == 0 || _t[i].SpaceBefore || !(_t[i - 1].Kind == TokKind.Number || (_t[i - 1].Kind == TokKind.Punct && _t[i - 1].Key is "/" or "-" or "." or ":"));

    /// <summary>"12-2015", "3/2019": a month and a four-digit year.</summary>
    private Cand? NumericMonthYearRule(int i)
    {
        if (!IsNum(i) || _t[i].Digits > 2 || _t[i].Num is < 1 or > 12 || !P(i + 1, "-/") || !Tight(i + 1) || !Tight(i + 2) || YearNum(i + 2, false) is not { } y || !IsNum(i + 2) || !FreeBefore(i) || !FreeAfter(i + 3))
        {
            return null;
        }

        return Resolve(i, i + 3, y.Y, (int)_t[i].Num, null, false, "date.numeric.my");
    }

    /// <summary>"2016 10 16": year, month and day separated by spaces.</summary>
    private Cand? SpacedYmdRule(int i)
    {
        if (YearNum(i, false) is not { } y || !IsNum(i) || !IsNum(i + 1) || !IsNum(i + 2) || _t[i + 1].Digits > 2 || _t[i + 2].Digits > 2
            || (i + 3 < N && _t[i + 3].Kind == TokKind.Number) || !FreeBefore(i) || !FreeAfter(i + 3) || !Valid(y.Y, (int)_t[i + 1].Num, (int)_t[i + 2].Num))
        {
            return null;
        }

        return Resolve(i, i + 3, y.Y, (int)_t[i + 1].Num, (int)_t[i + 2].Num, false, "date.numeric.ymd-spaced");
    }

    /// <summary>"September-2020-23", "2020/23/Sep", "23-2020-September": a month name, a year and a day in any order, joined by "-" or "/".</summary>
    private Cand? MixedTripleRule(int i)
    {
        int? y = null;
        int? m = null;
        int? d = null;
        var k = i;
        string? sep = null;
        for (var part = 0; part < 3; part++)
        {
            if (part > 0)
            {
                if (!P(k, "-/") || !Tight(k) || !Tight(k + 1) || (sep is not null && _t[k].Key != sep))
                {
                    return null;
                }

                sep = _t[k].Key;
                k++;
            }

            if (IsNum(k) && _t[k].Digits == 4 && y is null)
            {
                (y, k) = ((int)_t[k].Num, k + 1);
            }
            else if (IsNum(k) && _t[k].Digits <= 2 && _t[k].Num is >= 1 and <= 31 && d is null)
            {
                (d, k) = ((int)_t[k].Num, k + 1);
            }
            else if (m is null && M(k, K.Month) is { } mw && mw.W.Entry.Calendar is null)
            {
                (m, k) = (mw.W.Value, k + mw.Len);
            }
            else
            {
                return null;
            }
        }

        if (y is null || m is null || d is null || !FreeBefore(i) || !FreeAfter(k) || !Valid(y.Value, m.Value, d.Value))
        {
            return null;
        }

        return Resolve(i, k, y, m, d, false, "date.mixed-order");
    }

    /// <summary>"this May": the month of the reference year.</summary>
    private Cand? ThisMonthRule(int i)
    {
        if (Modifier(i) is not { Shift: 0 } mod || MonthName(mod.End) is not { Hijri: false } mo || !RefAt(TimePrecision.Year))
        {
            return null;
        }

        if (DayNum(mo.End) is not null)
        {
            return null;
        }

        var c = Resolve(i, mo.End, RefStart.Year, mo.Month, null, false, "month.this");
        if (c is not null)
        {
            c.Relative = true;
        }

        return c;
    }

    /// <summary>"2017 april": a year then a month.</summary>
    private Cand? YearMonthRule(int i)
    {
        if (!IsNum(i) || YearNum(i, false) is not { } y || MonthName(y.End) is not { Hijri: false } mo || DayNum(mo.End) is not null || !FreeBefore(i))
        {
            return null;
        }

        return Resolve(i, mo.End, y.Y, mo.Month, null, false, "date.year-month");
    }

    /// <summary>"October, 1st": a month, a comma and an ordinal day.</summary>
    private Cand? MonthCommaOrdinalRule(int i)
    {
        if (MonthName(SkipFill(i)) is not { Hijri: false } mo || !P(mo.End, ",") || Ordinal(mo.End + 1) is not { V: >= 1 and <= 31 } o || IsNum(o.End) || (o.End < N && P(o.End, ",") && IsNum(o.End + 1)))
        {
            return null;
        }

        return Resolve(i, o.End, null, mo.Month, (int)o.V, false, "date.month-comma-day");
    }

    /// <summary>"9 to 12 of June": a range of bare day numbers that names its month at the end.</summary>
    private Cand? BareDayRangeRule(int i)
    {
        if (DayNum(i) is not { } d || (!P(d.End, "-–") && !Is(d.End, K.To)) || MonthName(i) is not null)
        {
            return null;
        }

        return Range(i, K.To, false) is { Time: not null } r && r.Rule.StartsWith("range", StringComparison.Ordinal) ? r : null;
    }

    /// <summary>"in two years since 2011", "in two weeks since the year 2011": the amount counted from the date.</summary>
    private Cand? AmountSinceRule(int i)
    {
        if (M(i, K.After) is not { } a || Amount(i + a.Len) is not { Explicit: true } amt || amt.U < DurationUnit.Day || M(amt.End, K.Since) is not { } s
            || (M(amt.End, K.From) is { } fr && fr.Len >= s.Len))
        {
            return null;
        }

        var j = SkipFill(amt.End + s.Len);
        if (j >= N || Point(j) is not { IsDuration: false, NoReference: false, Time: { Start: { } st } } p)
        {
            return null;
        }

        var day = Add(st, amt.U, amt.N).Date;
        return new Cand { End = p.End, Rule = "amount-since." + p.Rule, Relative = p.Relative, Time = FuzzyTime.Day(day.Year, day.Month, day.Day) };
    }

    /// <summary>"18 and 19 June": a bare day listed before a day that names the month takes that month (and year).</summary>
    private Cand? DayListRule(int i)
    {
        if (!IsNum(i) || DayNum(i) is not { } d || (!Is(d.End, K.And) && !P(d.End, ",")))
        {
            return null;
        }

        var k = Is(d.End, K.And) ? d.End + M(d.End, K.And)!.Value.Len : d.End + 1;
        if (!IsNum(k) || Calendar(k) is not { M: { } m, D: not null, Time: { Start: { } rs } } right)
        {
            return null;
        }

        return Resolve(i, d.End, rs.Year, m, d.D, false, "date.day-list") is { } c ? Relabel(c) : null;
    }

    /// <summary>"this Friday-Jun-15", "Friday (June 15)": a weekday restated by a date; the date decides.</summary>
    private Cand? WeekdayDateRule(int i)
    {
        var j = Modifier(i) is { } mod ? mod.End : i;
        if (M(j, K.Weekday) is not { } w)
        {
            return null;
        }

        var k = j + w.Len;
        var paren = P(k, "(");
        if (paren || P(k, "-,"))
        {
            k++;
        }

        if (k >= N || (Numeric(k) ?? Calendar(k)) is not { IsDuration: false, NoReference: false, M: not null, D: not null, Time: { Precision: TimePrecision.Day } } d)
        {
            return null;
        }

        var e = d.End;
        if (paren)
        {
            if (!P(e, ")"))
            {
                return null;
            }

            e++;
        }

        var checkedDate = WeekdayChecked(d, w.W.Value, yearWritten: d.Y is not null) ?? d;
        return new Cand
        {
            End = e, Rule = "weekday-date." + checkedDate.Rule, Relative = d.Relative, Time = checkedDate.Time, Y = d.Y, M = d.M, D = d.D,
            WeekdayConflict = checkedDate.WeekdayConflict,
        };
    }
}
