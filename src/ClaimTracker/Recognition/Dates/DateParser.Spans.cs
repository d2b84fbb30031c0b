using ClaimTracker.Model;
using K = ClaimTracker.Recognition.Dates.DateWordKind;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// Rules for spans written compactly or by position: numeric day ranges ("10/1-11/7", "5/1-5/7/2020"), the n-th or
/// first/last units of a period ("the third month of 2021", "the first 2 weeks of 2021", "the last four months of
/// 2021"), halves of a year ("2019 H2"), working weeks and business days.
/// </summary>
internal sealed partial class DateParser
{
    /// <summary>A numeric day without or with a year: "10/1", "10/1/2018", "10-1-2018"; the order follows the pack's setting.</summary>
    private (int M, int D, int? Y, int End, string Sep)? NumericDay(int i, string? sep)
    {
        if (!IsNum(i) || _t[i].Digits > 2 || i + 2 >= N || _t[i + 1].Kind != TokKind.Punct || !Tight(i + 1) || !Tight(i + 2) || !IsNum(i + 2) || _t[i + 2].Digits > 2)
        {
            return null;
        }

        var s = _t[i + 1].Key;
        if (s is not ("/" or "-" or ".") || (sep is not null && s != sep))
        {
            return null;
        }

        var a = (int)_t[i].Num;
        var b = (int)_t[i + 2].Num;
        var (m, d) = _dmy ? (b, a) : (a, b);
        if (m is < 1 or > 12 || d is < 1 or > 31)
        {
            return null;
        }

        var e = i + 3;
        int? y = null;
        if (P(e, s) && Tight(e) && Tight(e + 1) && IsNum(e + 1) && _t[e + 1].Digits is 4 or 2)
        {
            var v = (int)_t[e + 1].Num;
            y = _t[e + 1].Digits == 4 ? v : v + (v < 50 ? 2000 : 1900);
            e += 2;
        }

        return (m, d, y, e, s);
    }

    /// <summary>"10/1-11/7", "5/1-5/7/2020", "from 5/1-5/7, 2020", "10-1-2018-10-7-2018": a range of days written with numbers.</summary>
    private Cand? NumericRangeRule(int i)
    {
        if (i > 0 && !_t[i].SpaceBefore && _t[i - 1].Kind is TokKind.Number or TokKind.Punct && _t[i - 1].Key is not ("(" or "\"" or "'"))
        {
            return null;
        }

        if (NumericDay(i, null) is not { } l || !P(l.End, "-–") || !Tight(l.End) || !Tight(l.End + 1) || NumericDay(l.End + 1, l.Sep) is not { } r)
        {
            return null;
        }

        var e = r.End;
        var ry = r.Y;
        if (ry is null && P(e, ",") && IsNum(e + 1) && _t[e + 1].Digits == 4)
        {
            (ry, e) = ((int)_t[e + 1].Num, e + 2);
        }

        if (e < N && !_t[e].SpaceBefore && (IsNum(e) || (_t[e].Kind == TokKind.Punct && _t[e].Key is "/" or "-" && IsNum(e + 1))))
        {
            return null; // part of a longer code
        }

        DateTime ls;
        DateTime re;
        var relative = false;
        if (ry is { } y)
        {
            var ly = l.Y ?? y;
            if (!Valid(ly, l.M, l.D) || !Valid(y, r.M, r.D))
            {
                return null;
            }

            (ls, re) = (new DateTime(ly, l.M, l.D), new DateTime(y, r.M, r.D));
            if (l.Y is null && ls > re && Valid(y - 1, l.M, l.D))
            {
                ls = new DateTime(y - 1, l.M, l.D);
            }
        }
        else
        {
            if (Resolve(i, l.End, null, l.M, l.D, false, "range") is not { Time: { Start: { } s0 } })
            {
                return null;
            }

            var y1 = s0.Year;
            while (!Valid(y1, r.M, r.D) || new DateTime(y1, r.M, r.D) < s0)
            {
                if (++y1 > s0.Year + 8)
                {
                    return null;
                }
            }

            (ls, re, relative) = (s0, new DateTime(y1, r.M, r.D), true);
        }

        if (re < ls)
        {
            return null;
        }

        return new Cand { End = e, Rule = "range.numeric", Relative = relative, Time = new FuzzyTime(ls, re.AddDays(1), TimePrecision.Day) };
    }

    /// <summary>
    /// Units counted by position inside a period: "the third month of 2021", "the 9th month of next year", "the first 2
    /// weeks of 2021", "the last 3 weeks of this year", "the last four months of 2021", "first ten days of last year".
    /// Weeks of a year are ISO 8601 weeks; weeks of a month start on the Monday of the week holding its first day.
    /// </summary>
    private Cand? PositionInPeriodRule(int i)
    {
        var j = M(i, K.Definite) is { } def && def.Len == 1 ? i + 1 : i;
        int first; // the position of the first unit (1-based), or 0 for "the last n"
        int count;
        DurationUnit unit;
        int k;
        if (M(j, K.Past) is { } last && last.Len == 1 || (M(j, K.Ordinal) is { W.Value: 1 } && Ordinal(j) is { V: 1 }))
        {
            var isLast = M(j, K.Past) is { Len: 1 };
            var n0 = isLast ? j + M(j, K.Past)!.Value.Len : Ordinal(j)!.Value.End;
            if (Num(n0) is not { } n || n.V is < 1 or > 366 || UnitAt(n.End) is not { Count: 0 } u)
            {
                return null;
            }

            (first, count, unit, k) = (isLast ? 0 : 1, (int)n.V, u.U, u.End);
        }
        else if (Ordinal(j) is { } o && o.V is >= 1 and <= 31 && UnitAt(o.End) is { Count: 1 } u1)
        {
            (first, count, unit, k) = ((int)o.V, 1, u1.U, u1.End);
        }
        else
        {
            return null;
        }

        if (unit is not (DurationUnit.Day or DurationUnit.Week or DurationUnit.Month) || M(k, K.Of) is not { } of)
        {
            return null;
        }

        var pj = SkipFill(k + of.Len);
        if (pj >= N || (Point(pj) ?? DefinitePeriodRule(pj > k + of.Len && Is(pj - 1, K.Definite) ? pj - 1 : pj)) is not { IsDuration: false, NoReference: false, Time: { Start: { } ps, End: { } pe, Precision: var pp } } p
            || pp is not (TimePrecision.Year or TimePrecision.Month) || (pp == TimePrecision.Month && unit == DurationUnit.Month))
        {
            return null;
        }

        DateTime s;
        DateTime e;
        if (unit == DurationUnit.Week && pp == TimePrecision.Year)
        {
            var y = ps.Year;
            var weeks = System.Globalization.ISOWeek.GetWeeksInYear(y);
            var w0 = first == 0 ? weeks - count + 1 : first;
            if (w0 < 1 || w0 + count - 1 > weeks)
            {
                return null;
            }

            s = System.Globalization.ISOWeek.ToDateTime(y, w0, DayOfWeek.Monday);
            e = s.AddDays(7 * count);
        }
        else
        {
            var origin = unit == DurationUnit.Week ? PeriodStart(first == 0 ? pe.AddDays(-1) : ps, DurationUnit.Week) : ps;
            if (first == 0)
            {
                e = unit == DurationUnit.Week ? origin.AddDays(7) : pe;
                s = Add(e, unit, -count);
            }
            else
            {
                s = Add(origin, unit, first - 1);
                e = Add(s, unit, count);
            }

            if (unit != DurationUnit.Week && (s < ps || e > pe))
            {
                return null;
            }
        }

        var precision = count == 1 && unit == DurationUnit.Month ? TimePrecision.Month : TimePrecision.Day;
        return new Cand { End = p.End, Rule = "position-in-period." + p.Rule, Relative = p.Relative, Time = new FuzzyTime(s, e, precision) };
    }

    /// <summary>"2019 H2", "2019-H1", "H1 2020": a half of a year, from the lexicon's half names (value 1 or 2).</summary>
    private Cand? HalfYearRule(int i)
    {
        int y;
        int h;
        int e;
        if (YearNum(i, false) is { } y0 && (P(y0.End, "-") ? y0.End + 1 : y0.End) is var hk && M(hk, K.HalfName) is { } h0)
        {
            (y, h, e) = (y0.Y, h0.W.Value, hk + h0.Len);
        }
        else if (M(i, K.HalfName) is { } h1 && (P(i + h1.Len, "-") ? i + h1.Len + 1 : SkipFill(i + h1.Len)) is var yk0
            && (M(yk0, K.YearMarker) is { } ym ? yk0 + ym.Len : yk0) is var yk && YearNum(yk, true) is { } y1)
        {
            (y, h, e) = (y1.Y, h1.W.Value, y1.End);
        }
        else if (M(i, K.HalfName) is { } h2 && RelativeUnit(SkipFill(i + h2.Len)) is { Time: { Precision: TimePrecision.Year, Start: { } ys } } ry)
        {
            (y, h, e) = (ys.Year, h2.W.Value, ry.End); // "the second half of last year"
        }
        else if (M(i, K.HalfName) is { } h3 && PeriodAt(SkipFill(i + h3.Len), true) is { Unit: DurationUnit.Year } py)
        {
            (y, h, e) = (py.Start.Year, h3.W.Value, py.End0); // "the first half of the year"
        }
        else
        {
            return null;
        }

        if (h is not (1 or 2) || y is < 1 or > 9998)
        {
            return null;
        }

        var s = new DateTime(y, h == 1 ? 1 : 7, 1);
        return new Cand { End = e, Rule = "half-year", Time = new FuzzyTime(s, s.AddMonths(6), TimePrecision.Month) };
    }

    /// <summary>"this working week", "next workweek": Monday to Friday of that week.</summary>
    private Cand? WorkWeekRule(int i)
    {
        if (Modifier(i) is not { } mod || M(mod.End, K.WorkWeek) is not { } w)
        {
            return null;
        }

        if (Insufficient(TimePrecision.Day, mod.End + w.Len, "work-week") is { } bad)
        {
            return bad;
        }

        var s = PeriodStart(RefDay, DurationUnit.Week).AddDays(7 * mod.Shift);
        return new Cand { End = mod.End + w.Len, Rule = "work-week", Relative = true, Time = new FuzzyTime(s, s.AddDays(5), TimePrecision.Day) };
    }

    /// <summary>"the next 4 business days", "previous 3 working days": counted Monday-to-Friday days next to the reference day.</summary>
    private Cand? BusinessDaysRule(int i)
    {
        if (Modifier(i) is not { Shift: not 0 } mod || Num(mod.End) is not { } n || n.V is < 1 or > 260 || M(n.End, K.BusinessDay) is not { } b)
        {
            return null;
        }

        var e = n.End + b.Len;
        if (Insufficient(TimePrecision.Day, e, "business-days") is { } bad)
        {
            return bad;
        }

        static bool Working(DateTime d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        var step = mod.Shift > 0 ? 1 : -1;
        var day = RefDay;
        DateTime? nearest = null;
        for (var left = (int)n.V; left > 0;)
        {
            day = day.AddDays(step);
            if (Working(day))
            {
                nearest ??= day;
                left--;
            }
        }

        // day is now the farthest working day counted
        var (s, en) = step > 0 ? (nearest!.Value, day.AddDays(1)) : (day, RefDay);
        return new Cand { End = e, Rule = "business-days", Relative = true, Time = new FuzzyTime(s, en, TimePrecision.Day) };
    }
}
