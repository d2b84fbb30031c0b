using ClaimTracker.Model;
using K = ClaimTracker.Recognition.Dates.DateWordKind;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// Rules over whole calendar periods named relatively: parts of the current week, month or year ("earlier this year",
/// "later in the week", "the rest of the week"), the definite period ("the week", "the same month"), the week holding a
/// date ("the week of April 10"), a duration anchored at a date ("3 days starting Monday"), holiday weekends, and
/// open intervals around a shifted date ("more than 2 weeks before today").
/// </summary>
internal sealed partial class DateParser
{
    /// <summary>
    /// The calendar period named at j: "this week", "last month", "next year" (a direction and a unit), "the week",
    /// "the same year" (a definite unit: the current one), or, when <paramref name="bareUnit"/>, the unit alone.
    /// "the week after next" is two weeks ahead.
    /// </summary>
    private (DateTime Start, DateTime End, DurationUnit Unit, bool Current, int End0)? PeriodAt(int j, bool bareUnit)
    {
        if (!RefAt(TimePrecision.Day))
        {
            return null;
        }

        int shift;
        int e;
        DurationUnit unit;
        if (Modifier(j) is { } mod && UnitAt(mod.End) is { Count: 1 } u0)
        {
            (shift, e, unit) = (mod.Shift, u0.End, u0.U);
        }
        else if (M(j, K.Definite) is { } def && UnitAt(j + def.Len) is { Count: 1 } u1)
        {
            (shift, e, unit) = (0, u1.End, u1.U);
        }
        else if (M(j, K.Definite) is { } def2 && UnitAt(j + def2.Len) is { U: DurationUnit.Week, Count: 2 } f2 && RefAt(TimePrecision.Day))
        {
            var f0 = PeriodStart(RefDay, DurationUnit.Week);
            return (f0, f0.AddDays(14), DurationUnit.Week, true, f2.End); // "the fortnight": this week and the next
        }
        else if (UnitAt(j) is { Count: 1 } u3 && Modifier(u3.End) is { } post)
        {
            (shift, e, unit) = (post.Shift, post.End, u3.U); // direction after the noun: "the year current"
        }
        else if (bareUnit && UnitAt(j) is { Count: 1 } u2)
        {
            (shift, e, unit) = (0, u2.End, u2.U);
        }
        else
        {
            return null;
        }

        if (unit is not (DurationUnit.Week or DurationUnit.Month or DurationUnit.Year))
        {
            return null;
        }

        if (IsNum(e))
        {
            return null; // "the week 31" is a numbered week
        }

        if (shift == 0 && M(e, K.After) is { } af && M(e + af.Len, K.Next) is { } nx && nx.Len == 1)
        {
            // "the week after next"
            (shift, e) = (2, e + af.Len + nx.Len);
        }

        var s = Add(PeriodStart(RefDay, unit), unit, shift);
        return (s, Add(s, unit, 1), unit, shift == 0, e);
    }

    /// <summary>The middle of a week (Thursday), a month (the 16th) or a year (1 July): where its earlier part ends.</summary>
    private static DateTime Middle(DateTime start, DurationUnit unit) => unit switch
    {
        DurationUnit.Week => start.AddDays(3),
        DurationUnit.Month => start.AddDays(15),
        _ => start.AddMonths(6),
    };

    /// <summary>
    /// "earlier this year", "later in the week", "later this month", "the rest of the week", "end of the month": a half
    /// of the period. In the current period the earlier half stops at the reference day and the later half starts no
    /// sooner than it, so neither claims days on the wrong side of the publication date.
    /// </summary>
    private Cand? PartOfPeriodRule(int i)
    {
        var m = M(i, K.EarlyIn) ?? M(i, K.LateIn) ?? M(i, K.Rest) ?? M(i, K.Begin) ?? M(i, K.End);
        if (m is not { } mk)
        {
            return null;
        }

        var kind = mk.W.Kind;
        var j = SkipFill(i + mk.Len);
        var bare = kind is K.Begin or K.End || j > i + mk.Len;
        if (PeriodAt(j, bare) is not { } p)
        {
            return null;
        }

        if (kind is K.Begin or K.End && (Modifier(j) is not null || (UnitAt(j) is { } uj && Modifier(uj.End) is not null)))
        {
            return null; // "the end of this year" is the Modified rule's
        }

        var mid = Middle(p.Start, p.Unit);
        var refIn = p.Current && RefDay > p.Start && RefDay < p.End;
        DateTime s;
        DateTime e;
        switch (kind)
        {
            case K.EarlyIn:
                (s, e) = (p.Start, refIn && RefDay < mid ? RefDay : mid);
                break;
            case K.LateIn:
                (s, e) = (refIn && RefDay > mid ? RefDay : mid, p.End);
                break;
            case K.Rest:
                (s, e) = (p.Current ? RefDay : p.Start, p.End);
                break;
            case K.Begin:
                (s, e) = (p.Start, mid);
                break;
            default:
                (s, e) = (mid, p.End);
                break;
        }

        if (e <= s)
        {
            return null;
        }

        return new Cand { End = p.End0, Rule = "part-of-period." + kind.ToString().ToLowerInvariant(), Relative = true, Time = new FuzzyTime(s, e, TimePrecision.Day) };
    }

    /// <summary>"the week", "the same month", "the year", "the week after next": the current (or named) calendar period.</summary>
    private Cand? DefinitePeriodRule(int i)
    {
        if (!Is(i, K.Definite) || PeriodAt(i, false) is not { } p)
        {
            return null;
        }

        return new Cand
        {
            End = p.End0, Rule = "definite." + p.Unit.ToString().ToLowerInvariant(), Relative = true,
            Time = new FuzzyTime(p.Start, p.End, PrecisionOf(p.Unit)),
        };
    }

    /// <summary>"the week of April 10th", "w/c Feb 4", "the week beginning February 4": the Monday-based week holding the day.</summary>
    private Cand? WeekContainingRule(int i)
    {
        if (M(i, K.WeekOf) is not { } w)
        {
            return null;
        }

        var j = SkipFill(i + w.Len);
        if (j >= N || DayPoint(j) is not { } p)
        {
            return null;
        }

        var monday = PeriodStart(p.Day, DurationUnit.Week);
        return new Cand { End = p.End, Rule = "week-containing." + p.Rule, Relative = p.Relative, Time = new FuzzyTime(monday, monday.AddDays(7), TimePrecision.Week) };
    }

    /// <summary>A point at j that names one day.</summary>
    private (DateTime Day, int End, string Rule, bool Relative)? DayPoint(int j)
    {
        var p = Point(j);
        if (p is { IsDuration: false, NoReference: false, Time: { Start: { } s, Precision: TimePrecision.Day } })
        {
            return (s.Date, p.End, p.Rule, p.Relative);
        }

        if (DayNum(j) is { } dn && (p is null || p.End <= dn.End) && RefAt(TimePrecision.Day))
        {
            // "the week of the 18th": the day of the reference month, or of the month before when that day is still ahead
            var r = RefDay;
            var month = new DateTime(r.Year, r.Month, 1);
            if (dn.D > r.Day)
            {
                month = month.AddMonths(-1);
            }

            return Valid(month.Year, month.Month, dn.D) ? (month.AddDays(dn.D - 1), dn.End, "date.day-only", true) : null;
        }

        return null;
    }

    /// <summary>
    /// A duration that starts at a date: "3 days starting from next Monday", "a week starting tomorrow", "for 2 weeks,
    /// from 20 Dec". Without "for" the bare "from" reads as a shift ("3 days from Tuesday"), so a starting word is needed.
    /// </summary>
    private Cand? DurationFromRule(int i)
    {
        var j = i;
        var marked = false;
        if (M(j, K.For) is { } f)
        {
            (j, marked) = (j + f.Len, true);
        }

        if (Amount(j) is not { } a || a.U < DurationUnit.Day || a.U > DurationUnit.Year || a.N <= 0)
        {
            return null;
        }

        var k = P(a.End, ",") ? a.End + 1 : a.End;
        if (M(k, K.Since) is not { } since || since.W.Kind != K.Since)
        {
            return null;
        }

        if (!marked && M(k, K.From) is { } fr && fr.Len >= since.Len)
        {
            return null;
        }

        var q = SkipFill(k + since.Len);
        if (q >= N || DayPoint(q) is not { } p)
        {
            return null;
        }

        return new Cand { End = p.End, Rule = "duration-from." + p.Rule, Relative = p.Relative, Time = new FuzzyTime(p.Day, Add(p.Day, a.U, a.N), TimePrecision.Day) };
    }

    /// <summary>
    /// A holiday's weekend: "labor day weekend", "the weekend of Halloween", "Thanksgiving 2023 weekend". A Monday or
    /// Tuesday holiday joins the weekend before it, a Wednesday to Friday one the weekend after; a weekend holiday is its own weekend.
    /// </summary>
    private Cand? HolidayWeekendRule(int i)
    {
        Cand? h;
        int end;
        if (M(i, K.Weekend) is { } w0 && !Is(i, K.Holiday))
        {
            var j = i + w0.Len;
            if (M(j, K.Of) is not { } of)
            {
                return null;
            }

            h = HolidayRule(SkipFill(j + of.Len));
            end = h?.End ?? 0;
        }
        else
        {
            h = HolidayRule(i);
            if (h is null || M(h.End, K.Weekend) is not { } w1)
            {
                return null;
            }

            end = h.End + w1.Len;
            if (TrailingYear(end) is { } ty && h.Time is { Start: { } hs } && hs.Year == ty.Y)
            {
                end = ty.End;
            }
        }

        if (h is not { NoReference: false, Time: { Start: { } d, Precision: TimePrecision.Day } })
        {
            return null;
        }

        var iso = ((int)d.DayOfWeek + 6) % 7 + 1;
        var (s, e) = iso switch
        {
            1 or 2 => (d.AddDays(-iso - 1), d.AddDays(1)),
            6 => (d, d.AddDays(2)),
            7 => (d.AddDays(-1), d.AddDays(1)),
            _ => (d, d.AddDays(8 - iso)),
        };
        return new Cand { End = end, Rule = "holiday-weekend." + h.Rule, Relative = h.Relative, Time = new FuzzyTime(s, e, TimePrecision.Day) };
    }

    /// <summary>
    /// Open intervals around a shifted date: "more than 2 weeks before today" ends where the shifted day starts, "more
    /// than 2 weeks after today" starts there; "less than 3 days after tomorrow" runs from the anchor to the shifted day.
    /// </summary>
    private Cand? ComparedShiftRule(int i)
    {
        var more = M(i, K.MoreThan);
        var less = M(i, K.LessThan);
        if ((more ?? less) is not { } c || Amount(i + c.Len) is not { Explicit: true } a || a.U < DurationUnit.Day)
        {
            return null;
        }

        var k = a.End;
        int sign;
        int len;
        if ((M(k, K.After) ?? M(k, K.From) ?? M(k, K.Later)) is { } f)
        {
            (sign, len) = (1, f.Len);
        }
        else if (M(k, K.Before) is { } b)
        {
            (sign, len) = (-1, b.Len);
        }
        else
        {
            return null;
        }

        var j = SkipFill(k + len);
        if (j >= N || Point(j) is not { IsDuration: false, NoReference: false, Time: { Start: { } s, End: { } pe } } p)
        {
            return null;
        }

        var day = Add(s, a.U, sign * a.N).Date;
        FuzzyTime t;
        if (more is not null)
        {
            t = sign > 0 ? new FuzzyTime(day, null, TimePrecision.Day) : new FuzzyTime(null, day, TimePrecision.Day);
        }
        else
        {
            t = sign > 0 ? new FuzzyTime(s, day, TimePrecision.Day) : new FuzzyTime(day.AddDays(1), pe, TimePrecision.Day);
        }

        return new Cand { End = p.End, Rule = (more is not null ? "more-than." : "less-than.") + p.Rule, Relative = p.Relative, Time = t };
    }

    /// <summary>"to date", "till date", "year to date", "from March to date": up to and including the reference day.</summary>
    private Cand? ToDateRule(int i)
    {
        if (!RefAt(TimePrecision.Day))
        {
            return null;
        }

        var endDay = RefDay.AddDays(1);
        if ((M(i, K.From) ?? M(i, K.Since)) is { } f)
        {
            var j = SkipFill(i + f.Len);
            if (j < N && Point(j) is { IsDuration: false, NoReference: false, Time: { Start: { } ps } } p && M(p.End, K.ToDate) is { } td && ps < endDay)
            {
                return new Cand { End = p.End + td.Len, Rule = "to-date." + p.Rule, Relative = true, Time = new FuzzyTime(ps, endDay, TimePrecision.Day) };
            }

            return null;
        }

        if (M(i, K.ToDate) is not { } t || IsNum(i + t.Len) || Is(i + t.Len, K.From) || (i > 0 && _t[i - 1].Matches.Any(m => m.Word.Kind == K.Until && m.Length > 1)))
        {
            return null; // "up to date" is not a date
        }

        if (ParseUnit(t.W.Entry.Unit) is { } u)
        {
            return new Cand { End = i + t.Len, Rule = "to-date.period", Relative = true, Time = new FuzzyTime(PeriodStart(RefDay, u), endDay, TimePrecision.Day) };
        }

        return new Cand { End = i + t.Len, Rule = "to-date", Relative = true, Time = new FuzzyTime(null, endDay, TimePrecision.Day) };
    }

    /// <summary>
    /// A weekday pinned by a shifted day: "Monday two weeks from now", "in 3 days on Friday", "Thursday, two years
    /// from now". The weekday is the one in the (Monday-based) week of the shifted day.
    /// </summary>
    private Cand? WeekdayOfShiftRule(int i)
    {
        static bool ShiftRule(Cand c) => c.Rule.StartsWith("offset.", StringComparison.Ordinal) || c.Rule.StartsWith("shifted.", StringComparison.Ordinal);
        int target;
        Cand x;
        int end;
        if (M(i, K.Weekday) is { } w)
        {
            var k = i + w.Len;
            k = P(k, ",") ? k + 1 : k;
            if ((Offset(k) ?? Shifted(k)) is not { } c || !ShiftRule(c))
            {
                return null;
            }

            (target, x, end) = (w.W.Value, c, c.End);
        }
        else if ((Offset(i) ?? Shifted(i) ?? WeekOfRule(i)) is { } c2 && (ShiftRule(c2) || c2.Time is { Precision: TimePrecision.Week }) && (P(c2.End, ".") ? c2.End + 1 : c2.End) is var c2e && SkipFill(c2e) is var k2 && k2 > c2e && M(k2, K.Weekday) is { } w2)
        {
            (target, x, end) = (w2.W.Value, c2, k2 + w2.Len);
        }
        else
        {
            return null;
        }

        if (x.Time is not { Start: { } d } || target is < 1 or > 7)
        {
            return null;
        }

        var day = PeriodStart(d, DurationUnit.Week).AddDays(target - 1);
        return new Cand { End = end, Rule = "weekday-of." + x.Rule, Relative = true, Time = FuzzyTime.Day(day.Year, day.Month, day.Day) };
    }
}
