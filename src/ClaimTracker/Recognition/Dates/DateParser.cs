using System.Globalization;
using ClaimTracker.Model;
using K = ClaimTracker.Recognition.Dates.DateWordKind;

namespace ClaimTracker.Recognition.Dates;

/// <summary>A candidate reading of the tokens [start, End).</summary>
internal sealed class Cand
{
    public int End;
    public string Rule = "";
    public FuzzyTime? Time;
    public bool Relative;
    public DayPart? Part;
    public bool Coarse;
    public bool NoReference;

    /// <summary>A written weekday that no nearby year puts on the written date (or the written year contradicts).</summary>
    public bool WeekdayConflict;

    // calendar fields before resolution (used to complete ranges such as "3 to 12 September")
    public int? Y;
    public int? M;
    public int? D;
    public bool Hijri;

    // durations and recurrences
    public bool IsDuration;
    public decimal Amount;
    public DurationUnit Unit;
    public bool Approx;
    public bool Recurrence;

    public Cand Copy() => (Cand)MemberwiseClone();
}

/// <summary>
/// The grammar of date expressions, over tokens annotated with the pack's date words. Each rule looks a bounded
/// number of tokens ahead, so a pass over the text is linear. See <c>docs/dates.md</c>.
/// </summary>
internal sealed partial class DateParser
{
    private readonly DateLexicon _lex;
    private readonly List<Tok> _t;
    private readonly FuzzyTime? _ref;
    private readonly bool _dmy;
    private readonly bool _lastIsPreviousWeek;
    private readonly bool _nextIsNearest;
    private (bool Done, Cand? Value)[]? _points;
    private readonly bool _spelledYears;

    public DateParser(DateLexicon lex, List<Tok> tokens, FuzzyTime? reference)
    {
        _lex = lex;
        _t = tokens;
        _ref = reference is { Start: not null } r ? r : null;
        _dmy = lex.Setting("numericOrder", "dmy") != "mdy";
        _lastIsPreviousWeek = lex.Setting("lastWeekday", "mostRecent") == "previousWeek";
        _nextIsNearest = lex.Setting("nextWeekday", "nextWeek") == "nearest";
        _spelledYears = lex.Setting("spelledYears", "no") == "yes";
        _monthNumberAfterMarker = lex.Setting("monthNumberAfterMarker", "no") == "yes";
    }

    // ---------------------------------------------------------------- token helpers

    private int N => _t.Count;

    /// <summary>True when the pack reads a month marker and a number as that month ("month 3" is March).</summary>
    private readonly bool _monthNumberAfterMarker;

    private (DateWord W, int Len)? M(int i, K kind)
    {
        if (i < 0 || i >= N)
        {
            return null;
        }

        (DateWord W, int Len)? best = null;
        foreach (var m in _t[i].Matches)
        {
            if (m.Word.Kind == kind && (best is null || m.Length > best.Value.Len) && (!Ambiguous(m.Word) || Supported(i, m.Length)))
            {
                best = (m.Word, m.Length);
            }
        }

        return best;
    }

    private bool Is(int i, K kind) => M(i, kind) is not null;

    private static bool Ambiguous(DateWord w) => string.Equals(w.Entry.Text, "ambiguous", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Forms marked ambiguous in the lexicon (month names that are also common words) count only next to a
    /// preposition, a marker, a number, or a paired month name.
    /// </summary>
    private bool Supported(int i, int len)
    {
        if (i > 0 && !_t[i].Newline)
        {
            var p = _t[i - 1];
            if (p.Kind == TokKind.Number)
            {
                return true;
            }

            foreach (var m in p.Matches)
            {
                if (m.Length == 1 && m.Word.Kind is K.Filler or K.Of or K.Since or K.Until or K.From or K.To or K.Between
                    or K.Begin or K.End or K.Mid or K.MonthMarker or K.DayMarker or K.Every or K.Ordinal or K.Past or K.Next)
                {
                    return true;
                }
            }
        }

        var n = i + len;
        if (n < N && !_t[n].Newline)
        {
            if (_t[n].Kind == TokKind.Number || (_t[n].Kind == TokKind.Punct && _t[n].Key is "/" or "("))
            {
                return true;
            }

            foreach (var m in _t[n].Matches)
            {
                if (m.Word.Kind is K.Past or K.Next or K.This or K.YearMarker or K.Number or K.Ordinal or K.To)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool P(int i, string chars) => i < N && i >= 0 && _t[i].Kind == TokKind.Punct && chars.Contains(_t[i].Key, StringComparison.Ordinal);

    private bool Tight(int i) => i < N && !_t[i].SpaceBefore;

    private bool IsNum(int i) => i < N && _t[i].Kind == TokKind.Number;

    /// <summary>Skips function words (fillers such as "the", "of", "on") at i.</summary>
    private int SkipFill(int i)
    {
        // at most three function words: a bounded look-ahead keeps the pass linear
        for (var n = 0; n < 3 && i < N && (Is(i, K.Filler) || Is(i, K.Of)); n++)
        {
            i += Math.Max(M(i, K.Filler)?.Len ?? 0, M(i, K.Of)?.Len ?? 0);
        }

        return i;
    }

    /// <summary>A cardinal number written in digits or words ("3", "three", "twenty-five").</summary>
    private (long V, int End)? Num(int i)
    {
        if (i >= N)
        {
            return null;
        }

        if (IsNum(i))
        {
            return (_t[i].Num, i + 1);
        }

        if (M(i, K.Number) is not { } w)
        {
            return null;
        }

        long v = w.W.Value;
        var e = i + w.Len;
        // tens then units: "twenty five", "twenty-five"
        if (v >= 20 && v < 100 && v % 10 == 0)
        {
            var j = P(e, "-") ? e + 1 : e;
            if (M(j, K.Number) is { } u && u.W.Value is > 0 and < 10)
            {
                return (v + u.W.Value, j + u.Len);
            }
        }

        // units then "and" + tens: Arabic order
        if (v is > 0 and < 10)
        {
            var j = e;
            if (Is(j, K.And) && !IsNum(j + 1))
            {
                j += M(j, K.And)!.Value.Len;
            }

            foreach (var m in j < N ? _t[j].Matches : new())
            {
                if (m.Word.Kind == K.Number && m.Word.Value is >= 20 and < 100 && m.Word.Value % 10 == 0 && (m.ViaPrefix || j > e))
                {
                    return (v + m.Word.Value, j + m.Length);
                }
            }
        }

        // "hundred" style multipliers are not needed inside dates
        return (v, e);
    }

    /// <summary>An ordinal word or digits with an ordinal suffix ("ninth", "4th").</summary>
    private (long V, int End)? Ordinal(int i)
    {
        if (i >= N)
        {
            return null;
        }

        if (IsNum(i) && Tight(i + 1) && Is(i + 1, K.OrdinalSuffix))
        {
            return (_t[i].Num, i + 1 + M(i + 1, K.OrdinalSuffix)!.Value.Len);
        }

        if (M(i, K.Ordinal) is not { } w)
        {
            return null;
        }

        long v = w.W.Value;
        var e = i + w.Len;
        if (v >= 20 && v % 10 == 0 && v < 100)
        {
            var j = P(e, "-") ? e + 1 : e;
            if (M(j, K.Ordinal) is { } u && u.W.Value is > 0 and < 10)
            {
                return (v + u.W.Value, j + u.Len);
            }
        }

        if (v is > 0 and < 10 && e < N)
        {
            foreach (var m in _t[e].Matches)
            {
                if (m.Word.Kind is K.Ordinal or K.Number && m.Word.Value is >= 20 and < 100 && m.Word.Value % 10 == 0 && m.ViaPrefix)
                {
                    return (v + m.Word.Value, e + m.Length);
                }
            }
        }

        return (v, e);
    }

    /// <summary>A day of the month: 1–31 in digits (optionally with an ordinal suffix), or an ordinal/cardinal word.</summary>
    private (int D, int End)? DayNum(int i, bool afterConnector = false)
    {
        if (IsNum(i) && _t[i].Digits <= 2 && _t[i].Num is >= 1 and <= 31 && (afterConnector || Isolated(i, i)) && !P(i - 1, "$€£¥"))
        {
            var e = i + 1;
            if (Tight(e) && Is(e, K.OrdinalSuffix))
            {
                e += M(e, K.OrdinalSuffix)!.Value.Len;
            }

            if (P(e, ":") && IsNum(e + 1))
            {
                return null; // a clock time
            }

            return ((int)_t[i].Num, e);
        }

        if (Ordinal(i) is { } o && o.V is >= 1 and <= 31 && !(Num(i) is { } n0 && n0.End > o.End && n0.V <= 31))
        {
            return ((int)o.V, o.End);
        }

        if (!IsNum(i) && Num(i) is { } n && n.V is >= 1 and <= 31)
        {
            return ((int)n.V, n.End);
        }

        return null;
    }

    /// <summary>A year in digits: four digits 1000–2999 (or a 3-digit Hijri year after a year marker).</summary>
    private (int Y, int End)? YearNum(int i, bool marked)
    {
        if (!IsNum(i))
        {
            return SpelledYear(i);
        }

        var t = _t[i];
        if (t.Digits == 4 && t.Num is >= 1000 and <= 2999)
        {
            return ((int)t.Num, i + 1);
        }

        if (marked && t.Digits is 3 or 4 && t.Num >= 100)
        {
            return ((int)t.Num, i + 1);
        }

        return null;
    }

    /// <summary>A year after a month or day: "2019", "of 1995", ", 2001".</summary>
    private (int Y, int End)? TrailingYear(int i)
    {
        var j = i;
        if (P(j, ",\u060C/-"))
        {
            j++;
        }

        var k = SkipFill(j);
        var k0 = k;
        var marked = false;
        if (M(k, K.YearMarker) is { } ym)
        {
            k += ym.Len;
            marked = true;
        }

        if (YearNum(k, marked) is { } y)
        {
            return y;
        }

        if (YearNum(j, false) is { } y2)
        {
            return y2;
        }

        if (RelativeYearAt(k0) is { } ry)
        {
            return ry; // "September of last year", "January of next year"
        }

        if (k > j && Is(j, K.Of) && IsNum(k) && _t[k].Digits == 2 && (k + 1 >= N || !(Tight(k + 1) && _t[k + 1].Kind != TokKind.Word)) && UnitAt(k + 1) is null)
        {
            return (TwoDigitYear((int)_t[k].Num), k + 1); // "April of 87"
        }

        return null;
    }

    /// <summary>A month name, with a paired second name ("February (Shubat)") absorbed.</summary>
    private (int Month, bool Hijri, int End)? MonthName(int i)
    {
        var j = i;
        if (M(j, K.MonthMarker) is { } mm && M(j + mm.Len, K.Month) is not null)
        {
            j += mm.Len;
        }

        if (M(j, K.Month) is not { } m)
        {
            // "shhr 3", "shhr vlAvp": a month marker and a number from 1 to 12 (a pack setting; not before a unit word,
            // where the number counts the unit).
            if (_monthNumberAfterMarker && j == i && M(i, K.MonthMarker) is { } marker && Num(i + marker.Len) is { V: >= 1 and <= 12 } mn
                && UnitAt(mn.End) is null)
            {
                return ((int)mn.V, false, mn.End);
            }

            return null;
        }

        var hijri = string.Equals(m.W.Entry.Calendar, "hijri", StringComparison.OrdinalIgnoreCase);
        var e = j + m.Len;
        if (P(e, ".") && Tight(e) && e + 1 < N && !Tight(e + 1) && (IsNum(e + 1) || P(e + 1, ",")))
        {
            e++; // an abbreviation dot: "Dec. 31"
        }
        // paired forms: month / month, month (month), month - month
        var k = e;
        if (P(k, "/(-"))
        {
            var open = _t[k].Key == "(";
            if (M(k + 1, K.Month) is { } m2 && m2.W.Value == m.W.Value && string.Equals(m2.W.Entry.Calendar, m.W.Entry.Calendar, StringComparison.OrdinalIgnoreCase))
            {
                e = k + 1 + m2.Len;
                if (open && P(e, ")"))
                {
                    e++;
                }
            }
        }

        return (m.W.Value, hijri, e);
    }

    // ---------------------------------------------------------------- reference arithmetic

    private bool RefAt(TimePrecision needed) => _ref is { } r && Rank(r.Precision) >= Rank(needed);

    private static int Rank(TimePrecision p) => p switch
    {
        TimePrecision.Century => 0,
        TimePrecision.Decade => 1,
        TimePrecision.Year => 2,
        TimePrecision.Month => 3,
        TimePrecision.Week => 4,
        _ => 5,
    };

    private DateTime RefStart => _ref!.Value.Start!.Value;

    private DateTime RefDay => RefStart.Date;

    /// <summary>
    /// A relative value needs the reference at <paramref name="needed"/> precision; returns null when it has it,
    /// else a candidate carrying the whole reference period (coarse) or no value (no reference).
    /// </summary>
    private Cand? Insufficient(TimePrecision needed, int end, string rule)
    {
        if (_ref is null)
        {
            return new Cand { End = end, Rule = rule, Relative = true, NoReference = true };
        }

        if (RefAt(needed))
        {
            return null;
        }

        var r = _ref.Value;
        var t = r.End is null ? new FuzzyTime(r.Start, Advance(r.Start!.Value, r.Precision, 1), r.Precision) : r;
        return new Cand { End = end, Rule = rule + ".coarse-reference", Relative = true, Coarse = true, Time = t };
    }

    private static DateTime Advance(DateTime d, TimePrecision p, int n) => p switch
    {
        TimePrecision.Century => d.AddYears(100 * n),
        TimePrecision.Decade => d.AddYears(10 * n),
        TimePrecision.Year => d.AddYears(n),
        TimePrecision.Month => d.AddMonths(n),
        TimePrecision.Week => d.AddDays(7 * n),
        _ => d.AddDays(n),
    };

    private static DateTime Add(DateTime d, DurationUnit u, decimal n)
    {
        var whole = (int)Math.Truncate(n);
        var frac = n - whole;
        var r = u switch
        {
            DurationUnit.Second => d.AddSeconds((double)n),
            DurationUnit.Minute => d.AddMinutes((double)n),
            DurationUnit.Hour => d.AddHours((double)n),
            DurationUnit.Day => d.AddDays((double)n),
            DurationUnit.Week => d.AddDays((double)(7 * n)),
            DurationUnit.Month => d.AddMonths(whole),
            DurationUnit.Quarter => d.AddMonths(3 * whole),
            DurationUnit.Year => d.AddYears(whole),
            DurationUnit.Decade => d.AddYears(10 * whole),
            _ => d.AddYears(100 * whole),
        };
        if (frac != 0 && u >= DurationUnit.Month)
        {
            r = r.AddDays((double)(frac * RecognizedDuration.SecondsPer(u) / 86400m));
        }

        return r;
    }

    private static TimePrecision PrecisionOf(DurationUnit u) => u switch
    {
        DurationUnit.Second or DurationUnit.Minute or DurationUnit.Hour => TimePrecision.Time,
        DurationUnit.Day => TimePrecision.Day,
        DurationUnit.Week => TimePrecision.Week,
        DurationUnit.Month or DurationUnit.Quarter => TimePrecision.Month,
        DurationUnit.Year => TimePrecision.Year,
        DurationUnit.Decade => TimePrecision.Decade,
        _ => TimePrecision.Century,
    };

    /// <summary>The calendar period of unit <paramref name="u"/> containing <paramref name="d"/>.</summary>
    private static DateTime PeriodStart(DateTime d, DurationUnit u) => u switch
    {
        DurationUnit.Week => d.Date.AddDays(-(((int)d.DayOfWeek + 6) % 7)),
        DurationUnit.Month => new DateTime(d.Year, d.Month, 1),
        DurationUnit.Quarter => new DateTime(d.Year, (((d.Month - 1) / 3) * 3) + 1, 1),
        DurationUnit.Year => new DateTime(d.Year, 1, 1),
        DurationUnit.Decade => new DateTime(d.Year - (d.Year % 10), 1, 1),
        DurationUnit.Century => new DateTime(Math.Max(1, d.Year - (d.Year % 100)), 1, 1),
        DurationUnit.Hour => new DateTime(d.Year, d.Month, d.Day, d.Hour, 0, 0),
        DurationUnit.Minute => new DateTime(d.Year, d.Month, d.Day, d.Hour, d.Minute, 0),
        DurationUnit.Second => d,
        _ => d.Date,
    };

    private static DurationUnit? ParseUnit(string? s) => Enum.TryParse<DurationUnit>(s, ignoreCase: true, out var u) && Enum.IsDefined(u) && !int.TryParse(s, out _) ? u : null;

    private (DurationUnit U, int Count, int End)? UnitAt(int i)
    {
        if (M(i, K.Unit) is not { } u || ParseUnit(u.W.Entry.Unit) is not { } unit)
        {
            return null;
        }

        if (IsNum(i + u.Len) && Tight(i + u.Len) && _t[i + u.Len - 1].Kind == TokKind.Word)
        {
            return null; // "H1", "d4": a code, not a unit
        }

        var count = u.W.Entry.Count ?? 1;

        return (unit, count, i + u.Len);
    }

    // ---------------------------------------------------------------- calendar resolution

    private static bool Valid(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    /// <summary>Turns (year?, month?, day?) into a value; a missing year is the most recent one not after the reference.</summary>
    private Cand? Resolve(int start, int end, int? y, int? m, int? d, bool hijri, string rule)
    {
        if (hijri)
        {
            return ResolveHijri(end, y, m, d, rule);
        }

        if (y is { } yy && m is { } mm && d is { } dd)
        {
            return Valid(yy, mm, dd) ? new Cand { End = end, Rule = rule, Time = FuzzyTime.Day(yy, mm, dd), Y = y, M = m, D = d } : null;
        }

        if (y is { } y2 && m is { } m2)
        {
            return y2 is >= 1 and <= 9999 ? new Cand { End = end, Rule = rule, Time = FuzzyTime.Month(y2, m2), Y = y, M = m } : null;
        }

        if (y is { } y3 && m is null)
        {
            return new Cand { End = end, Rule = rule, Time = FuzzyTime.Year(y3), Y = y };
        }

        if (m is { } m3)
        {
            var need = d is null ? TimePrecision.Month : TimePrecision.Day;
            if (Insufficient(TimePrecision.Year, end, rule) is { } bad)
            {
                bad.M = m;
                bad.D = d;
                return bad;
            }

            var r = _ref!.Value;
            var ry = RefStart.Year;
            var refMonth = RefAt(TimePrecision.Month) ? RefStart.Month : 12;
            int year;
            if (d is { } d3)
            {
                var refDay = RefAt(TimePrecision.Day) ? RefStart.Day : 31;
                year = (m3 < refMonth || (m3 == refMonth && d3 <= refDay)) ? ry : ry - 1;
                if (!Valid(year, m3, d3))
                {
                    // 29 February: the most recent leap year
                    var back = 1;
                    while (back <= 8 && !Valid(year - back, m3, d3))
                    {
                        back++;
                    }

                    if (back > 8)
                    {
                        return null;
                    }

                    year -= back;
                }

                var c = new Cand { End = end, Rule = rule + ".past-default", Time = FuzzyTime.Day(year, m3, d3), Relative = true, M = m, D = d };
                c.Coarse = !RefAt(need) && !(m3 < refMonth);
                return c;
            }

            year = m3 <= refMonth ? ry : ry - 1;
            return new Cand { End = end, Rule = rule + ".past-default", Time = FuzzyTime.Month(year, m3), Relative = true, M = m, Coarse = !RefAt(TimePrecision.Month) && r.Precision == TimePrecision.Year };
        }

        if (d is { } dOnly && y is null && m is null)
        {
            if (Insufficient(TimePrecision.Day, end, rule) is { } bad)
            {
                return bad;
            }

            var mStart = new DateTime(RefDay.Year, RefDay.Month, 1);
            if (dOnly > RefDay.Day)
            {
                mStart = mStart.AddMonths(-1);
            }

            if (!Valid(mStart.Year, mStart.Month, dOnly))
            {
                return null;
            }

            return new Cand { End = end, Rule = rule + ".past-default", Relative = true, D = d, Time = FuzzyTime.Day(mStart.Year, mStart.Month, dOnly) };
        }

        return null;
    }

    /// <summary>
    /// A year followed by a Hijri era word ("1445 AH"): the Hijri year, converted with the tabular calendar;
    /// null when no era word follows.
    /// </summary>
    private Cand? HijriYear(int year, int end)
    {
        if (M(end, K.HijriEra) is not { } era)
        {
            return null;
        }

        Calendar cal = new HijriCalendar();
        if (year < cal.GetYear(cal.MinSupportedDateTime) + 1 || year >= cal.GetYear(cal.MaxSupportedDateTime))
        {
            return null;
        }

        var s = cal.ToDateTime(year, 1, 1, 0, 0, 0, 0);
        var e = cal.ToDateTime(year + 1, 1, 1, 0, 0, 0, 0);
        return new Cand { End = end + era.Len, Rule = "year.hijri", Hijri = true, Y = year, Time = new FuzzyTime(s, e, TimePrecision.Year) };
    }

    private Cand? ResolveHijri(int end, int? y, int? m, int? d, string rule)
    {
        Calendar cal = new HijriCalendar();
        if (m is not { } month)
        {
            return null;
        }

        try
        {
            int year;
            var relative = false;
            if (y is { } yy)
            {
                year = yy;
            }
            else
            {
                if (Insufficient(TimePrecision.Month, end, rule) is { } bad)
                {
                    return bad;
                }

                relative = true;
                year = cal.GetYear(RefStart);
                if (cal.ToDateTime(year, month, Math.Min(d ?? 1, 29), 0, 0, 0, 0) > RefStart)
                {
                    year--;
                }
            }

            var s = cal.ToDateTime(year, month, d ?? 1, 0, 0, 0, 0);
            var e = d is null ? cal.AddMonths(s, 1) : s.AddDays(1);
            return new Cand
            {
                End = end, Rule = rule + ".hijri", Relative = relative, Hijri = true, Y = y, M = m, D = d,
                Time = new FuzzyTime(s, e, d is null ? TimePrecision.Month : TimePrecision.Day),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // ---------------------------------------------------------------- rules

    /// <summary>All readings starting at token i; the caller keeps the longest.</summary>
    public Cand? Best(int i)
    {
        Cand? best = null;
        void Take(Cand? c)
        {
            if (c is not null && c.End > i && (best is null || c.End > best.End))
            {
                best = c;
            }
        }

        Take(Numeric(i));
        Take(ThisMonthRule(i));
        Take(PartOfPeriodRule(i));
        Take(DefinitePeriodRule(i));
        Take(WeekContainingRule(i));
        Take(DurationFromRule(i));
        Take(HolidayWeekendRule(i));
        Take(ComparedShiftRule(i));
        Take(ToDateRule(i));
        Take(NumericRangeRule(i));
        Take(WeekdayOfShiftRule(i));
        Take(WeekdayDateRule(i));
        Take(NumericMonthYearRule(i));
        Take(SpacedYmdRule(i));
        Take(MixedTripleRule(i));
        Take(YearMonthRule(i));
        Take(MonthCommaOrdinalRule(i));
        Take(BareDayRangeRule(i));
        Take(AmountSinceRule(i));
        Take(DayListRule(i));
        Take(PositionInPeriodRule(i));
        Take(HalfYearRule(i));
        Take(WorkWeekRule(i));
        Take(BusinessDaysRule(i));
        Take(Calendar(i));
        Take(WeekdayRule(i));
        Take(RelativeDayRule(i));
        Take(RelativeUnit(i));
        Take(Offset(i));
        Take(YearRule(i));
        Take(DecadeRule(i));
        Take(CenturyRule(i));
        Take(HolidayRule(i));
        Take(NowRule(i));
        Take(DurationRule(i));
        Take(SetRule(i));
        Take(Modified(i));
        Take(Shifted(i));
        Take(YearRange(i));
        Take(SeasonRule(i));
        Take(QuarterRule(i));
        Take(WeekOfRule(i));
        Take(WeekNumberRule(i));
        Take(WeekendRule(i));
        if (best is not null && !best.IsDuration)
        {
            Take(RangeAfter(i, best));
            Take(OpenAfter(best));
        }

        Take(Bounded(i));
        return best;
    }

    /// <summary>A date followed by a postfix bound opens it: "2012 or later" starts at 2012, "2010 or earlier" ends with 2010.</summary>
    private Cand? OpenAfter(Cand p)
    {
        if (p.NoReference || p.Time is not { Start: { } s, End: { } e } t)
        {
            return null;
        }

        if (M(p.End, K.OrLater) is { } later && (later.W.Value != 1 || p.End + later.Len >= N || _t[p.End + later.Len].Kind == TokKind.Punct))
        {
            return new Cand { End = p.End + later.Len, Rule = "or-later." + p.Rule, Relative = p.Relative, Coarse = p.Coarse, Time = new FuzzyTime(s, null, t.Precision) };
        }

        if (M(p.End, K.OrEarlier) is { } earlier)
        {
            return new Cand { End = p.End + earlier.Len, Rule = "or-earlier." + p.Rule, Relative = p.Relative, Coarse = p.Coarse, Time = new FuzzyTime(null, e, t.Precision) };
        }

        return null;
    }

    /// <summary>True when the digits [i, end) are not part of a longer run of digits and separators (phone numbers, codes, decimals).</summary>
    private bool Isolated(int i, int end)
    {
        if (i > 0 && !_t[i].SpaceBefore && (_t[i - 1].Kind == TokKind.Number || (_t[i - 1].Kind == TokKind.Punct && _t[i - 1].Key is "-" or "/" or "." or ":" or "+" && i > 1 && !_t[i - 1].SpaceBefore && _t[i - 2].Kind == TokKind.Number)))
        {
            return false;
        }

        if (end > i && end < N && !_t[end].SpaceBefore && _t[end].Kind == TokKind.Punct && _t[end].Key is "-" or "/" or "." or ":" && end + 1 < N && IsNum(end + 1) && !_t[end + 1].SpaceBefore)
        {
            return false;
        }

        return true;
    }

    /// <summary>Numeric dates: 2024-06-19, 19/6/2024, 19.06.2024, 6/19/2024, 22/04, 2015-3, 20200701.</summary>
    private Cand? Numeric(int i)
    {
        var c = NumericCore(i);
        return c is not null && Isolated(i, c.End) ? c : null;
    }

    private Cand? NumericCore(int i)
    {
        if (!IsNum(i))
        {
            return null;
        }

        var a = _t[i];
        if (a.Digits == 8 && (i == 0 || _t[i].SpaceBefore || !IsNum(i - 1)))
        {
            var y = (int)(a.Num / 10000);
            var mo = (int)(a.Num / 100 % 100);
            var d = (int)(a.Num % 100);
            if (y is >= 1900 and <= 2100 && Valid(y, mo, d))
            {
                return Resolve(i, i + 1, y, mo, d, false, "date.numeric");
            }
        }

        if (!(P(i + 1, "/-.") && Tight(i + 1) && Tight(i + 2)))
        {
            return null;
        }

        var sep = _t[i + 1].Key;
        if (IsNum(i + 2))
        {
            var b = _t[i + 2];
            var threePart = P(i + 3, sep) && Tight(i + 3) && IsNum(i + 4) && Tight(i + 4);
            if (threePart)
            {
                var c = _t[i + 4];
                if (a.Digits == 4)
                {
                    return Resolve(i, i + 5, (int)a.Num, (int)b.Num, (int)c.Num, false, "date.numeric.ymd");
                }

                if (c.Digits is 2 or 4)
                {
                    var y = c.Digits == 2 ? TwoDigitYear((int)c.Num) : (int)c.Num;
                    var (d, m) = _dmy ? ((int)a.Num, (int)b.Num) : ((int)b.Num, (int)a.Num);
                    if (m > 12 && d <= 12)
                    {
                        (d, m) = (m, d);
                    }

                    return Resolve(i, i + 5, y, m, d, false, "date.numeric." + (_dmy ? "dmy" : "mdy"));
                }

                return null;
            }

            if (sep == "." && (a.Digits > 2 || b.Digits > 2))
            {
                return null; // a decimal number
            }

            if (a.Digits == 4 && b.Digits <= 2 && b.Num is >= 1 and <= 12)
            {
                return Resolve(i, i + 3, (int)a.Num, (int)b.Num, null, false, "date.numeric.ym");
            }

            if (a.Digits <= 2 && b.Digits == 4 && a.Num is >= 1 and <= 12 && sep == "/")
            {
                return Resolve(i, i + 3, (int)b.Num, (int)a.Num, null, false, "date.numeric.my");
            }

            if (a.Digits <= 2 && b.Digits <= 2 && sep != "-")
            {
                var (d, m) = _dmy ? ((int)a.Num, (int)b.Num) : ((int)b.Num, (int)a.Num);
                if (m > 12 && d <= 12)
                {
                    (d, m) = (m, d);
                }

                if (m is >= 1 and <= 12 && d is >= 1 and <= 31)
                {
                    if (P(i + 3, ",\u060C") && TrailingYear(i + 3) is { } ty)
                    {
                        return Resolve(i, ty.End, ty.Y, m, d, false, "date.numeric.dm-year");
                    }

                    return Resolve(i, i + 3, null, m, d, false, "date.numeric.dm");
                }
            }

            return null;
        }

        // 23/Sep/2020, 2019-aug-1
        if (MonthName(i + 2) is { } mon && !mon.Hijri)
        {
            var e = mon.End;
            if (a.Digits == 4 && P(e, sep) && DayNum(e + 1) is { } dd)
            {
                return Resolve(i, dd.End, (int)a.Num, mon.Month, dd.D, false, "date.numeric.ymd");
            }

            if (a.Digits <= 2 && a.Num is >= 1 and <= 31)
            {
                if (P(e, sep) && YearNum(e + 1, true) is { } yy)
                {
                    return Resolve(i, yy.End, yy.Y, mon.Month, (int)a.Num, false, "date.numeric.dmy");
                }

                return Resolve(i, e, null, mon.Month, (int)a.Num, false, "date.day-month");
            }
        }

        return null;
    }

    /// <summary>Dates with a month name: "May 9, 2001".</summary>
    private Cand? Calendar(int i)
    {
        if (Modifier(i) is { } mw && M(mw.End, K.Weekday) is not null && CalendarCore(mw.End) is { D: not null } explicitDate)
        {
            return explicitDate; // "next friday 5/12": the explicit date wins
        }

        // "this August", "last May", "next 5/12"; Arabic order puts the modifier after: "March next", "September last"
        var md = Modifier(i) is { } pre && M(pre.End, K.Weekday) is null ? pre : ((int Shift, int End)?)null;
        var inner0 = md is null ? CalendarCore(i) : null;
        if (inner0 is { Y: null, M: not null, Hijri: false, NoReference: false } && Modifier(inner0.End) is { } post && UnitAt(post.End) is null)
        {
            md = (post.Shift, i);
        }

        if (md is { } mdv && _ref is not null)
        {
            var inner = inner0 ?? CalendarCore(mdv.End) ?? Numeric(mdv.End);
            var endAt = inner0 is not null ? Modifier(inner0.End)!.Value.End : inner?.End ?? 0;
            if (inner is { Y: null, M: { } mm } && !inner.Hijri && !inner.NoReference)
            {
                var ry = RefStart.Year;
                var rm = RefAt(TimePrecision.Month) ? RefStart.Month : 12;
                var rdd = RefAt(TimePrecision.Day) ? RefStart.Day : 31;
                var after = mm > rm || (mm == rm && inner.D is { } d0 && d0 > rdd);
                var year = mdv.Shift switch
                {
                    0 => ry,
                    < 0 => after || (mm == rm && inner.D is null) ? ry - 1 : ry,
                    _ => after ? ry : ry + 1,
                };
                if (Resolve(i, endAt, year, mm, inner.D, false, "date.modified") is { } c)
                {
                    c.Relative = true;
                    c.Y = null;
                    return c;
                }
            }
        }

        return inner0 ?? CalendarCore(i);
    }

    /// <summary>
    /// A weekday written with a day and month ("Monday 18 February") constrains the year: when the year is not written
    /// and the default year puts the day on another weekday, the year nearest the reference (one before or after) on
    /// which the date falls on that weekday is chosen. When no such year is near, or the written year disagrees, the
    /// date keeps its reading and <see cref="Cand.WeekdayConflict"/> is set (reported as diagnostic CTD003).
    /// </summary>
    private Cand? WeekdayChecked(Cand? c, int weekday, bool yearWritten)
    {
        if (weekday == 0 || c is not { Time: { Precision: TimePrecision.Day, Start: { } s }, M: { } m, D: { } d, Hijri: false } || IsoWeekday(s) == weekday)
        {
            return c;
        }

        if (!yearWritten && _ref is not null)
        {
            var refDay = RefStart;
            var best = 0;
            foreach (var y in new[] { refDay.Year, refDay.Year - 1, refDay.Year + 1 })
            {
                if (Valid(y, m, d) && IsoWeekday(new DateTime(y, m, d)) == weekday
                    && (best == 0 || Math.Abs((new DateTime(y, m, d) - refDay).TotalDays) < Math.Abs((new DateTime(best, m, d) - refDay).TotalDays)))
                {
                    best = y;
                }
            }

            if (best != 0)
            {
                var fixedYear = c.Copy();
                fixedYear.Time = FuzzyTime.Day(best, m, d);
                fixedYear.Rule = c.Rule + ".weekday-year";
                return fixedYear;
            }
        }

        var conflict = c.Copy();
        conflict.WeekdayConflict = true;
        return conflict;
    }

    private static int IsoWeekday(DateTime day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    private Cand? CalendarCore(int i)
    {
        var j = i;
        var rule = "date";
        var marked = false;
        if (M(j, K.DayMarker) is { } dm0 && M(j + dm0.Len, K.Weekday) is not null)
        {
            j += dm0.Len; // day marker before a weekday and a date
        }

        var weekday = 0;
        if (M(j, K.Weekday) is { } wd)
        {
            weekday = wd.W.Value;
            j += wd.Len;
            if (P(j, ",\u060C"))
            {
                j++;
            }

            rule = "date.weekday";
            if (Numeric(SkipFill(j)) is { } num)
            {
                num.Rule = "date.weekday." + num.Rule;
                return WeekdayChecked(num, weekday, yearWritten: num.Y is not null);
            }
        }
        else if (M(j, K.DayMarker) is { } dm)
        {
            j += dm.Len;
            marked = true;
            if (Numeric(j) is { } nm)
            {
                nm.Rule = "date.marked." + nm.Rule;
                return nm;
            }
        }

        // day first: "25 April", "the 2nd of August"
        if (DayNum(SkipFill(j)) is { } day)
        {
            var k = SkipFill(day.End);
            if (P(k, "/-") && MonthName(k + 1) is not null)
            {
                k++;
            }

            if (MonthName(k) is { } mon)
            {
                if (TrailingYear(mon.End) is { } y)
                {
                    return WeekdayChecked(Resolve(i, y.End, y.Y, mon.Month, day.D, mon.Hijri, rule + ".day-month-year"), weekday, yearWritten: true);
                }

                return WeekdayChecked(Resolve(i, mon.End, null, mon.Month, day.D, mon.Hijri, rule + ".day-month"), weekday, yearWritten: false);
            }

            // "the 15th (day) of next month", "3 of this month": a day of a relative month
            var dk = day.End;
            if (UnitAt(dk) is { U: DurationUnit.Day, Count: 1 } du)
            {
                dk = du.End;
            }

            if (Is(dk, K.Of) || Modifier(dk) is not null || Is(dk, K.This))
            {
                var pk = Is(dk, K.Of) ? SkipFill(dk + M(dk, K.Of)!.Value.Len) : dk;
                if (pk < N && RelativeUnit(pk) is { Time: { Precision: TimePrecision.Month, Start: { } ms } } rm && Valid(ms.Year, ms.Month, day.D))
                {
                    return new Cand { End = rm.End, Rule = "date.day-of-relative-month", Relative = true, D = day.D, Time = FuzzyTime.Day(ms.Year, ms.Month, day.D) };
                }
            }

            // "on the 18th": a day of the month alone, written with an ordinal suffix
            var d0 = SkipFill(j);
            if (((d0 > j && day.End > d0 + 1) || (marked && d0 == j)) && IsNum(d0) && rule == "date" && !(day.End < N && _t[day.End].Matches.Any(m => m.Word.Kind == K.Unit)))
            {
                return Resolve(i, day.End, null, null, day.D, false, "date.day-only");
            }

            // "Tuesday the 11th", "Sun 14th": a weekday and an ordinal day name the nearest month where they coincide
            var written = IsNum(d0) ? day.End > d0 + 1 || day.End >= N || (_t[day.End].Kind == TokKind.Punct && !(_t[day.End].Key is "/" or "-" or "." or ":" && IsNum(day.End + 1) && Tight(day.End + 1))) : d0 > j && Ordinal(d0) is not null; // "the eleventh", "Friday 31!", never a bare ordinal ("the second Saturday")
            if (rule == "date.weekday" && written && weekday is >= 1 and <= 7 && !(day.End < N && _t[day.End].Matches.Any(m => m.Word.Kind == K.Unit))
                && NearestWeekdayDay(weekday, day.D) is { } wdd)
            {
                return new Cand { End = day.End, Rule = "date.weekday.day-only.nearest", Relative = true, D = day.D, Time = FuzzyTime.Day(wdd.Year, wdd.Month, wdd.Day) };
            }
        }

        var j2 = SkipFill(j);
        if (MonthName(j2) is { } mo)
        {
            var e = mo.End;
            // month / day or month day: "May 9", "april the ninth"
            var k = P(e, "/-") ? e + 1 : e;
            if (YearNum(k, false) is null && DayNum(SkipFill(k)) is { } dd)
            {
                if (TrailingYear(dd.End) is { } y)
                {
                    return WeekdayChecked(Resolve(i, y.End, y.Y, mo.Month, dd.D, mo.Hijri, rule + ".month-day-year"), weekday, yearWritten: true);
                }

                // a bare number after a month is a day only when it is not followed by a counted noun
                var next = dd.End;
                if (next >= N || _t[next].Kind != TokKind.Word || _t[next].Matches.Count > 0 || !IsNum(SkipFill(k)) || (k > e && Tight(k) && Tight(e)))
                {
                    return WeekdayChecked(Resolve(i, dd.End, null, mo.Month, dd.D, mo.Hijri, rule + ".month-day"), weekday, yearWritten: false);
                }
            }

            if (TrailingYear(e) is { } y2)
            {
                return Resolve(i, y2.End, y2.Y, mo.Month, null, mo.Hijri, rule + ".month-year");
            }

            if (rule == "date.weekday")
            {
                return null;
            }

            return Resolve(i, e, null, mo.Month, null, mo.Hijri, "month");
        }

        return null;
    }

    private DayPart? PartAt(int i, out int end)
    {
        end = i;
        if (M(i, K.DayPart) is not { } p)
        {
            return null;
        }

        end = i + p.Len;
        return ParsePart(p.W.Entry.Part);
    }

    private static DayPart? ParsePart(string? part) => Enum.TryParse<DayPart>(part, ignoreCase: true, out var p) && Enum.IsDefined(p) && !int.TryParse(part, out _) ? p : null;

    private static int Offset(DateWord w) => w.Kind switch
    {
        K.Past => -1,
        K.Next => 1,
        _ => 0,
    };

    private (int Shift, int End)? Modifier(int i)
    {
        foreach (var k in new[] { K.Past, K.Next, K.This })
        {
            if (M(i, k) is { } m)
            {
                return (Offset(m.W), i + m.Len);
            }
        }

        return null;
    }

    /// <summary>Weekdays: "Tuesday", "next Monday".</summary>
    /// <summary>The date nearest the reference day (the earlier on a tie) whose day of the month is <paramref name="day"/> and whose ISO weekday is <paramref name="isoWeekday"/>.</summary>
    private DateTime? NearestWeekdayDay(int isoWeekday, int day)
    {
        DateTime? best = null;
        var first = new DateTime(RefDay.Year, RefDay.Month, 1);
        for (var k = -15; k <= 15; k++)
        {
            var m = first.AddMonths(k);
            if (!Valid(m.Year, m.Month, day))
            {
                continue;
            }

            var d = new DateTime(m.Year, m.Month, day);
            if ((((int)d.DayOfWeek + 6) % 7) + 1 != isoWeekday)
            {
                continue;
            }

            if (best is null || Math.Abs((d - RefDay).TotalDays) < Math.Abs((best.Value - RefDay).TotalDays))
            {
                best = d;
            }
        }

        return best;
    }

    private Cand? WeekdayRule(int i)
    {
        var j = i;
        int? weekShift = null;
        int? shift = null;
        var nearest = false;
        // "next week Tuesday", "this week monday"
        if (Modifier(j) is { } pre && UnitAt(pre.End) is { U: DurationUnit.Week } wu)
        {
            weekShift = pre.Shift;
            j = SkipFill(wu.End);
            if (P(j, "-,\u060C"))
            {
                j = SkipFill(j + 1);
            }
        }
        else if (UnitAt(j) is { U: DurationUnit.Week } wu2 && Modifier(wu2.End) is { } post)
        {
            weekShift = post.Shift;
            j = SkipFill(post.End);
        }
        else if (Modifier(j) is { } m0)
        {
            shift = m0.Shift;
            nearest = (M(j, K.Past) ?? M(j, K.Next)) is { } mw && mw.Len == m0.End - j && mw.W.Entry.Text == "nearest";
            j = m0.End;
        }

        var part = PartAt(j, out var pe);
        if (part is not null)
        {
            j = pe;
        }

        if (M(j, K.DayMarker) is { } dm && M(j + dm.Len, K.Weekday) is not null)
        {
            j += dm.Len;
        }

        if (M(j, K.Weekday) is not { } wd)
        {
            return null;
        }

        var e = j + wd.Len;
        if (part is null)
        {
            var k = Is(e, K.Filler) ? e + M(e, K.Filler)!.Value.Len : e;
            if (PartAt(k, out var pe2) is { } p2)
            {
                part = p2;
                e = pe2;
            }
        }

        if (shift is null && weekShift is null && Modifier(e) is { } after)
        {
            shift = after.Shift;
            e = after.End;
        }

        if (weekShift is null && UnitAt(e) is { U: DurationUnit.Week } wu3 && Modifier(wu3.End) is { } post2)
        {
            weekShift = post2.Shift;
            e = post2.End;
        }

        // "Tuesday of next week", "monday of the following week"
        var ofAt = Is(e, K.Of) ? e + M(e, K.Of)!.Value.Len : -1;
        if (weekShift is null && shift is null && ofAt > 0)
        {
            var f = SkipFill(ofAt);
            if (Modifier(f) is { } m3 && UnitAt(m3.End) is { U: DurationUnit.Week } wu4)
            {
                weekShift = m3.Shift;
                e = wu4.End;
            }
            else if (UnitAt(f) is { U: DurationUnit.Week, Count: 1 } wu5 && Modifier(wu5.End) is { } m5)
            {
                weekShift = m5.Shift; // direction after the noun: "Friday of the week next"
                e = m5.End;
            }
        }

        var rule = "weekday";
        if (Insufficient(TimePrecision.Day, e, rule) is { } bad)
        {
            bad.Part = part;
            return bad;
        }

        var target = wd.W.Value; // ISO 1..7
        var refDow = ((int)RefDay.DayOfWeek + 6) % 7 + 1;
        DateTime day;
        if (weekShift is { } ws)
        {
            day = PeriodStart(RefDay, DurationUnit.Week).AddDays((7 * ws) + target - 1);
            rule = "weekday.week-relative";
        }
        else if ((nearest && shift is 1 or -1) || (_nextIsNearest && shift is 1))
        {
            // "this coming Friday", "this past Wednesday": the nearest one on that side of the reference day
            var gap = shift == 1 ? (target - refDow + 7) % 7 : (refDow - target + 7) % 7;
            day = RefDay.AddDays(shift.Value * (gap == 0 ? 7 : gap));
            rule = "weekday.nearest";
        }
        else if (shift is 1)
        {
            day = PeriodStart(RefDay, DurationUnit.Week).AddDays(7 + target - 1);
            rule = "weekday.next-week";
        }
        else if (shift is 0)
        {
            day = PeriodStart(RefDay, DurationUnit.Week).AddDays(target - 1);
            rule = "weekday.this-week";
        }
        else if (shift is -1)
        {
            day = _lastIsPreviousWeek
                ? PeriodStart(RefDay, DurationUnit.Week).AddDays(-7 + target - 1)
                : RefDay.AddDays(-(((refDow - target + 7) % 7) is 0 ? 7 : (refDow - target + 7) % 7));
            rule = "weekday.last";
        }
        else
        {
            day = RefDay.AddDays(-((refDow - target + 7) % 7));
            rule = "weekday.most-recent";
        }

        return DayCand(e, day, rule, part);
    }

    private Cand DayCand(int end, DateTime day, string rule, DayPart? part) => new()
    {
        End = end,
        Rule = rule,
        Relative = true,
        Part = part,
        Time = new FuzzyTime(day.Date, day.Date.AddDays(1), part is null ? TimePrecision.Day : TimePrecision.PartOfDay),
    };

    /// <summary>Examples: "yesterday", "this evening".</summary>
    private Cand? RelativeDayRule(int i)
    {
        var j = i;
        var part = PartAt(j, out var pe);
        if (part is not null)
        {
            j = pe;
        }

        if (M(j, K.DayMarker) is { } dm && M(j + dm.Len, K.RelativeDay) is not null)
        {
            j += dm.Len;
        }

        if (j > i && part is not null && M(j, K.RelativeDay) is null && M(i, K.RelativeDay) is { } whole && whole.Len >= pe - i)
        {
            // a part-of-day word that is itself a relative day ("tonight", "last night"): read the whole phrase
            (j, part) = (i, null);
        }

        int offset;
        int e;
        if (M(j, K.RelativeDay) is { } rd && !(rd.W.Value == 0 && M(j + rd.Len, K.Ordinal) is not null))
        {
            // "the day first" ("the first day" of an event) is a count of days, not today
            offset = rd.W.Value;
            e = j + rd.Len;
            part ??= ParsePart(rd.W.Entry.Part);
        }
        else if (part is null && M(j, K.This) is { } th && PartAt(j + th.Len, out var pe3) is { } p3)
        {
            part = p3;
            offset = 0;
            e = pe3;
        }
        else
        {
            return null;
        }

        if (part is null)
        {
            var k = Is(e, K.Filler) ? e + M(e, K.Filler)!.Value.Len : e;
            if (PartAt(k, out var pe2) is { } p2)
            {
                part = p2;
                e = pe2;
            }
        }

        if (Insufficient(TimePrecision.Day, e, "relative-day") is { } bad)
        {
            bad.Part = part;
            return bad;
        }

        return DayCand(e, RefDay.AddDays(offset), "relative-day", part);
    }

    /// <summary>Examples: "last month", "next week", "the last 3 weeks", "previous eleven quarters".</summary>
    private Cand? RelativeUnit(int i)
    {
        int shift;
        DurationUnit unit;
        int count;
        int e;
        var counted = false;
        if (Modifier(i) is { } pre)
        {
            var j = SkipFill(pre.End);
            var n = Num(j) ?? (M(j, K.Few) is { } fw ? (fw.W.Value, j + fw.Len) : null); // "the next couple weeks"
            if (n is not null && UnitAt(n.Value.End) is { } u1 && n.Value.V is > 0 and < 1000)
            {
                (shift, unit, count, e, counted) = (pre.Shift, u1.U, (int)n.Value.V, u1.End, true);
            }
            else if (UnitAt(pre.End) is { Count: > 0 } u2)
            {
                (shift, unit, count, e) = (pre.Shift, u2.U, u2.Count, u2.End);
                counted = u2.Count > 1;
                if (u2.U == DurationUnit.Week && u2.Count == 2 && RefAt(TimePrecision.Day))
                {
                    // "the past fortnight", "next fortnight": two-week periods counted from this week's Monday
                    var f0 = PeriodStart(RefDay, DurationUnit.Week).AddDays(14 * pre.Shift);
                    return new Cand { End = e, Rule = "relative-unit.fortnight", Relative = true, Time = new FuzzyTime(f0, f0.AddDays(14), TimePrecision.Day) };
                }
            }
            else
            {
                return null;
            }
        }
        else if (UnitAt(i) is { Count: > 0 } u3 && Modifier(u3.End) is { } post)
        {
            (shift, unit, count, e) = (post.Shift, u3.U, u3.Count, post.End);
            counted = u3.Count > 1;
        }
        else if (UnitAt(i) is { Count: 0 } up && Num(up.End) is { } np && np.V is > 0 and < 1000 && Modifier(np.End) is { Shift: not 0 } mp)
        {
            // plural noun, number, direction (Arabic order: "the days three coming")
            (shift, unit, count, e, counted) = (mp.Shift, up.U, (int)np.V, mp.End, true);
        }
        else if (UnitAt(i) is { Count: 0 } uf && (M(uf.End, K.Few) is { } few ? (few.W.Value, uf.End + few.Len) : (3, uf.End)) is var (fn, fe)
            && Modifier(fe) is { Shift: not 0 } mf)
        {
            // plural noun and direction with no number ("the past days", "the few coming weeks"): a few, as "a few days"
            (shift, unit, count, e, counted) = (mf.Shift, uf.U, fn, mf.End, true);
        }
        else if (Num(i) is { } n2 && n2.V is > 0 and < 1000 && (Modifier(n2.End) is { } mid && UnitAt(mid.End) is { Count: 0 } u4))
        {
            (shift, unit, count, e, counted) = (mid.Shift, u4.U, (int)n2.V, u4.End, true);
        }
        else if (Num(i) is { } n3 && n3.V is > 0 and < 1000 && UnitAt(n3.End) is { } u5 && Modifier(u5.End) is { Shift: not 0 } post5)
        {
            (shift, unit, count, e, counted) = (post5.Shift, u5.U, (int)n3.V, post5.End, true);
        }
        else
        {
            return null;
        }

        if (unit < DurationUnit.Day)
        {
            return null;
        }

        var need = PrecisionOf(unit) == TimePrecision.Week ? TimePrecision.Day : PrecisionOf(unit);
        if (Insufficient(counted ? TimePrecision.Day : need, e, "relative-unit") is { } bad)
        {
            return bad;
        }

        if (counted && shift != 0)
        {
            // "the next 3 days" = [tomorrow, +3 days); "the last 3 weeks" = [-3 weeks, today)
            var s = shift > 0 ? RefDay.AddDays(1) : Add(RefDay, unit, -count);
            var en = shift > 0 ? Add(s, unit, count) : RefDay;
            if (unit is DurationUnit.Quarter or DurationUnit.Decade or DurationUnit.Century && shift < 0)
            {
                en = PeriodStart(RefDay, unit);
                s = Add(en, unit, -count);
            }
            else if (unit is DurationUnit.Quarter or DurationUnit.Decade or DurationUnit.Century)
            {
                s = Add(PeriodStart(RefDay, unit), unit, 1);
                en = Add(s, unit, count);
            }

            return new Cand { End = e, Rule = "relative-unit.span", Relative = true, Time = new FuzzyTime(s, en, TimePrecision.Day) };
        }

        var start = Add(PeriodStart(RefDay, unit), unit, shift);
        return new Cand
        {
            End = e, Rule = shift switch { < 0 => "relative-unit.last", > 0 => "relative-unit.next", _ => "relative-unit.this" }, Relative = true,
            Time = new FuzzyTime(start, Add(start, unit, 1), PrecisionOf(unit)),
        };
    }

    /// <summary>A count of units: "a few days", "3.5 years".</summary>
    private (decimal N, DurationUnit U, int End, bool Approx, bool Explicit)? Amount(int i)
    {
        if (SimpleAmount(i) is not { } a)
        {
            return null;
        }

        // compounds: "2 days and one month", "an hour and 30 minutes"
        var total = a.N * RecognizedDuration.SecondsPer(a.U);
        var unit = a.U;
        var end = a.End;
        var parts = 1;
        while (parts < 6)
        {
            var k = end;
            int next;
            if (Is(k, K.And) && !_t[k].Matches.Any(m => m.Word.Kind == K.Half))
            {
                next = k + M(k, K.And)!.Value.Len;
            }
            else
            {
                next = k; // a clitic conjunction fused to the next word
                if (k >= N || !_t[k].Matches.Any(m => m.ViaPrefix && m.Word.Kind is K.Unit or K.Number))
                {
                    break;
                }
            }

            if (SimpleAmount(next) is not { } b || !(b.Explicit || b.N >= 1) || b.U >= unit && next == k)
            {
                break;
            }

            total += b.N * RecognizedDuration.SecondsPer(b.U);
            unit = b.U < unit ? b.U : unit;
            end = b.End;
            parts++;
        }

        if (parts == 1)
        {
            return a;
        }

        return (total / RecognizedDuration.SecondsPer(unit), unit, end, a.Approx, true);
    }

    private (decimal N, DurationUnit U, int End, bool Approx, bool Explicit)? SimpleAmount(int i)
    {
        var a = SimpleAmountCore(i);
        if (a is not { } v)
        {
            return null;
        }

        var e = v.End;
        var n = v.N;
        var ex = v.Explicit;
        //: the number after the noun
        if (!ex && M(e, K.Number) is { W.Value: 1 } one)
        {
            e += one.Len;
            ex = true;
        }

        //, "an hour and a half"
        if (e < N && _t[e].Matches.FirstOrDefault(m => m.Word.Kind == K.Half) is { Word: not null } half)
        {
            n += 0.5m;
            e += half.Length;
            ex = true;
        }

        //, "a whole day"
        if (M(e, K.Whole) is { } w)
        {
            e += w.Len;
            ex = true;
        }

        return (n, v.U, e, v.Approx, ex);
    }

    private (decimal N, DurationUnit U, int End, bool Approx, bool Explicit)? SimpleAmountCore(int i)
    {
        if (M(i, K.Half) is { } h && UnitAt(SkipFill(i + h.Len)) is { } hu)
        {
            return (0.5m * Math.Max(1, hu.Count), hu.U, hu.End, false, true);
        }

        if (Num(i) is { } nh && nh.V is > 0 and < 1000 && M(nh.End, K.Half) is { } h2 && UnitAt(nh.End + h2.Len) is { } hu2)
        {
            return (nh.V + 0.5m, hu2.U, hu2.End, false, true); // "one and a half hours"
        }

        if (M(i, K.Whole) is { } wh && UnitAt(i + wh.Len) is { Count: > 0 } wu)
        {
            return (wu.Count, wu.U, wu.End, false, true);
        }

        if (IsNum(i) && P(i + 1, ".") && Tight(i + 1) && IsNum(i + 2) && Tight(i + 2) && UnitAt(i + 3) is { } ud)
        {
            var frac = decimal.Parse(_t[i].Key + "." + _t[i + 2].Key, CultureInfo.InvariantCulture);
            return (frac * Math.Max(1, ud.Count), ud.U, ud.End, false, true);
        }

        if (Num(i) is { } n && UnitAt(n.End) is { } u && n.V is > 0 and < 100000)
        {
            return (n.V, u.U, u.End, false, true);
        }

        if (M(i, K.Few) is { } f && UnitAt(i + f.Len) is { } uf)
        {
            return (f.W.Value == 0 ? 3 : f.W.Value, uf.U, uf.End, true, true);
        }

        if (UnitAt(i) is { Count: 0 } up && !IsNum(up.End) && Num(up.End) is { } nw && nw.V is > 2 and < 100)
        {
            return (nw.V, up.U, nw.End, false, true); // a plural noun and a number word after it ("the years five")
        }

        if (UnitAt(i) is { Count: > 0 } u1 && !IsNum(u1.End))
        {
            return (u1.Count, u1.U, u1.End, false, u1.Count > 1);
        }

        return null;
    }

    /// <summary>Examples: "3 days ago", "in 3 years", "3 weeks later".</summary>
    private Cand? Offset(int i)
    {
        int sign;
        (decimal N, DurationUnit U, int End, bool Approx, bool Explicit) a;
        var e = 0;
        var since = false;
        if ((M(i, K.Ago) ?? M(i, K.After) ?? M(i, K.Since)) is { } pre
            && (M(i + pre.Len, K.Quantifier) is { } qt ? i + pre.Len + qt.Len : i + pre.Len) is var ai // "more than two years ago"
            && Amount(ai) is { } a1)
        {
            sign = pre.W.Kind == K.After ? 1 : -1;
            since = pre.W.Kind == K.Since;
            a = a1;
            e = a1.End;
            if (pre.W.Kind == K.After && !a1.Explicit && a1.N == 1 && !Is(ai, K.Unit))
            {
                return null;
            }

            if (pre.W.Kind == K.After && M(e, K.Later) is { } redundant)
            {
                e += redundant.Len; // "in two days from today": the trailing word restates the direction
            }
            else if (M(e, K.Filler) is { Len: > 1 } idiom)
            {
                e += idiom.Len; // "two decades of time"
            }
            else if ((M(e, K.Of) ?? M(e, K.From)) is { } anchor && e + anchor.Len < N && Point(e + anchor.Len) is null)
            {
                return null; // "a week after the announcement", "five days before the elections": counted from an event, not the publication date
            }
        }
        else if (Amount(i) is { } a2 && a2.Explicit && (M(a2.End, K.Ago) ?? M(a2.End, K.Later)) is { } post)
        {
            sign = post.W.Kind == K.Later ? 1 : -1;
            a = a2;
            e = a2.End + post.Len;
        }
        else
        {
            return null;
        }

        // days, weeks and months from a day: the exact day; years and longer: the calendar year (decade, century)
        var p = PrecisionOf(a.U);
        if (p is TimePrecision.Week or TimePrecision.Month || (p == TimePrecision.Year && sign > 0 && !since))
        {
            p = TimePrecision.Day; // "in two years" is the day two years ahead; "two years ago" stays the calendar year
        }

        if (Insufficient(Rank(p) > Rank(TimePrecision.Day) ? TimePrecision.Day : p, e, since ? "since-amount" : "offset") is { } bad)
        {
            if (since && bad.Time is { Start: { } bs } bt)
            {
                bad.Time = new FuzzyTime(bs, null, bt.Precision); // "since two days" stays open when widened
            }

            return bad;
        }

        if (p == TimePrecision.Time)
        {
            var t = Add(RefStart, a.U, sign * a.N);
            return new Cand { End = e, Rule = "offset.clock", Relative = true, Time = new FuzzyTime(t, t.AddSeconds(1), TimePrecision.Time) };
        }

        var baseDay = Rank(_ref!.Value.Precision) >= Rank(TimePrecision.Day) ? RefDay : RefStart;
        var point = Add(baseDay, a.U, sign * a.N);
        var s = p == TimePrecision.Day ? point.Date : PeriodStart(point, a.U);

        var en = Advance(s, p, 1);
        if (since)
        {
            return new Cand { End = e, Rule = "since-amount", Relative = true, Time = new FuzzyTime(s, null, p) };
        }

        return new Cand { End = e, Rule = sign < 0 ? "offset.ago" : "offset.later", Relative = true, Time = new FuzzyTime(s, en, p), Approx = a.Approx };
    }

    private bool YearContext(int i)
    {
        if (i <= 0 || _t[i].Newline)
        {
            return true;
        }

        var p = i - 1;
        if (_t[p].Kind == TokKind.Punct)
        {
            return _t[p].Key is "(" or "," or "\u060C" or "-" or "–" or "=";
        }

        foreach (var m in _t[p].Matches)
        {
            if (m.Word.Kind is K.Filler or K.Of or K.Since or K.Until or K.From or K.To or K.Between or K.And or K.Begin or K.End or K.Mid or K.After or K.Ago or K.YearMarker or K.Within)
            {
                return true;
            }
        }

        // a clitic preposition fused to the previous word does not count; a lone preposition token would be a filler
        return false;
    }

    /// <summary>Examples: "the year 2019", "cy 2008".</summary>
    private Cand? YearRule(int i)
    {
        if (M(i, K.YearMarker) is { } ym)
        {
            var k = SkipFill(i + ym.Len);
            if (YearNum(k, true) is { } y)
            {
                return HijriYear(y.Y, y.End) ?? Resolve(i, y.End, y.Y, null, null, false, "year");
            }

            if (k == i + ym.Len && IsNum(k) && Tight(k) && _t[k].Digits == 2 && !IsNum(k + 1))
            {
                return Resolve(i, k + 1, TwoDigitYear((int)_t[k].Num), null, null, false, "year"); // "cy18"
            }

            return null;
        }

        if (IsNum(i) && YearNum(i, true) is { } yh && HijriYear(yh.Y, yh.End) is { } hijriYear)
        {
            return hijriYear;
        }

        if (YearNum(i, false) is { } y2 && y2.Y is >= 1800 and <= 2200 && !AfterQuantifier(i) && Isolated(i, y2.End) && YearContext(i) && (IsNum(i) || SpelledYearEnds(y2.End)) && UnitAt(y2.End) is null && !(P(y2.End, ".,") && IsNum(y2.End + 1) && Tight(y2.End + 1)))
        {
            if (y2.End < N && _t[y2.End].Kind == TokKind.Word && Tight(y2.End))
            {
                return null;
            }

            return Resolve(i, y2.End, y2.Y, null, null, false, "year");
        }

        return null;
    }

    /// <summary>"last year", "the current year" (direction before or after the year noun): the reference year shifted; null without a reference.</summary>
    private (int Y, int End)? RelativeYearAt(int k)
    {
        if (_ref is null || !RefAt(TimePrecision.Year))
        {
            return null;
        }

        if (Modifier(k) is { } md && UnitAt(md.End) is { U: DurationUnit.Year, Count: 1 } yu)
        {
            return (RefStart.Year + md.Shift, yu.End);
        }

        if (UnitAt(k) is { U: DurationUnit.Year, Count: 1 } yu2 && Modifier(yu2.End) is { } md2)
        {
            return (RefStart.Year + md2.Shift, md2.End);
        }

        return null;
    }

    /// <summary>True when a quantifier ("about", "more than": lexicon kind <c>quantifier</c>) ends right before token i: a count, not a year.</summary>
    private bool AfterQuantifier(int i)
    {
        for (var k = Math.Max(0, i - 4); k < i; k++)
        {
            if (M(k, K.Quantifier) is { } q && k + q.Len == i)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Examples: "the 1980s", "the eighties", "'80s".</summary>
    private Cand? DecadeRule(int i)
    {
        int decade;
        int? century = null;
        int e;
        if (M(i, K.Decade) is { } dw)
        {
            decade = dw.W.Value;
            e = i + dw.Len;
        }
        else if (IsNum(i) && (Tight(i + 1) || i + 2 >= N || _t[i + 2].Kind == TokKind.Punct) && Is(i + 1, K.DecadeSuffix) && (_t[i].Digits == 4 ? _t[i].Num % 10 == 0 : _t[i].Digits == 2 && _t[i].Num % 10 == 0))
        {
            if (_t[i].Digits == 4)
            {
                var y = (int)_t[i].Num;
                e = i + 1 + M(i + 1, K.DecadeSuffix)!.Value.Len;
                return new Cand { End = e, Rule = "decade", Time = new FuzzyTime(new DateTime(y, 1, 1), new DateTime(y + 10, 1, 1), TimePrecision.Decade) };
            }

            decade = (int)_t[i].Num;
            e = i + 1 + M(i + 1, K.DecadeSuffix)!.Value.Len;
        }
        else
        {
            return null;
        }

        if (decade is < 0 or > 90 || decade % 10 != 0)
        {
            return null;
        }

        var k = SkipFill(e);
        if (CenturyAt(k) is { } c)
        {
            century = c.Century;
            e = c.End;
        }
        else if (P(k, ",\u060C") is false && YearNum(k, false) is null && false)
        {
            e = k;
        }

        int startYear;
        var relative = false;
        if (century is { } cc)
        {
            startYear = ((cc - 1) * 100) + decade;
        }
        else
        {
            // no century: the most recent such decade not after the reference (the 1900s when there is none)
            var refYear = _ref is not null ? RefStart.Year : 1999;
            startYear = (refYear / 100 * 100) + decade;
            if (startYear > refYear)
            {
                startYear -= 100;
            }

            relative = _ref is not null;
        }

        if (startYear < 1)
        {
            return null;
        }

        return new Cand { End = e, Rule = century is null ? "decade.past-default" : "decade.century", Relative = relative, Time = new FuzzyTime(new DateTime(startYear, 1, 1), new DateTime(startYear + 10, 1, 1), TimePrecision.Decade) };
    }

    /// <summary>A century: "the twentieth century", "the 20th century".</summary>
    private (int Century, int End, bool Relative)? CenturyAt(int i)
    {
        if (M(i, K.Century) is { } cm)
        {
            var k = SkipFill(i + cm.Len);
            if (Ordinal(k) is { } o && o.V is >= 1 and <= 30)
            {
                return ((int)o.V, o.End, false);
            }

            if (IsNum(k) && _t[k].Num is >= 1 and <= 30)
            {
                return ((int)_t[k].Num, k + 1, false);
            }

            if (Modifier(k) is { } m && _ref is not null)
            {
                return ((RefStart.Year / 100) + 1 + m.Shift, m.End, true);
            }

            return null;
        }

        var j = i;
        if ((Ordinal(j) is { } o2 && o2.V is >= 1 and <= 30 && M(o2.End, K.Century) is { } cm2))
        {
            return ((int)o2.V, o2.End + cm2.Len, false);
        }

        if (Modifier(j) is { } m2 && M(m2.End, K.Century) is { } cm3 && _ref is not null)
        {
            return ((RefStart.Year / 100) + 1 + m2.Shift, m2.End + cm3.Len, true);
        }

        return null;
    }

    private Cand? CenturyRule(int i)
    {
        if (CenturyAt(i) is not { } c)
        {
            return null;
        }

        var s = ((c.Century - 1) * 100);
        if (s < 1)
        {
            s = 1;
        }

        return new Cand { End = c.End, Rule = "century", Relative = c.Relative, Time = new FuzzyTime(new DateTime(s, 1, 1), new DateTime(((c.Century - 1) * 100) + 100, 1, 1), TimePrecision.Century) };
    }

    /// <summary>Fixed-date holidays: "Christmas", "New Year's Day 2020".</summary>
    private Cand? HolidayRule(int i)
    {
        var j = i;
        int? shift = null;
        if (Modifier(j) is { } pre && Is(pre.End, K.Holiday))
        {
            shift = pre.Shift;
            j = pre.End;
        }

        if (M(j, K.Holiday) is not { } h || h.W.Entry.Month is not { } mo && h.W.Entry.Text is null)
        {
            return null;
        }

        var e = j + h.Len;
        //, "independence day of this year"
        int? yearShift = null;
        var yk = Is(e, K.Of) ? e + M(e, K.Of)!.Value.Len : e;
        yk = SkipFill(yk);
        if (Modifier(yk) is { } ymod && UnitAt(ymod.End) is { U: DurationUnit.Year } yu)
        {
            yearShift = ymod.Shift;
            e = yu.End;
        }
        else if (UnitAt(yk) is { U: DurationUnit.Year } yu2 && Modifier(yu2.End) is { } ymod2)
        {
            yearShift = ymod2.Shift;
            e = ymod2.End;
        }

        if (h.W.Entry.Text is { } movable)
        {
            int? year = TrailingYear(e) is { } ty ? ty.Y : null;
            if (year is not null)
            {
                e = TrailingYear(e)!.Value.End;
            }
            else if (_ref is null)
            {
                return new Cand { End = e, Rule = "holiday", Relative = true, NoReference = true };
            }
            else
            {
                year = RefStart.Year + (yearShift ?? 0);
            }

            if (MovableDate(movable, h.W.Entry, year.Value) is not { } md0)
            {
                return null;
            }

            if (shift is 1 && TrailingYear(j + h.Len) is null && yearShift is null)
            {
                // "the next Easter": the first one after the reference day
                if (md0 <= RefDay)
                {
                    md0 = MovableDate(movable, h.W.Entry, year.Value + 1) ?? md0;
                }

                return new Cand { End = e, Rule = "holiday.next." + movable, Relative = true, Time = FuzzyTime.Day(md0.Year, md0.Month, md0.Day) };
            }

            if (year is { } yv && TrailingYear(j + h.Len) is null && yearShift is null && md0 > RefDay)
            {
                md0 = MovableDate(movable, h.W.Entry, yv - 1) ?? md0;
            }

            return new Cand { End = e, Rule = "holiday." + movable, Relative = TrailingYear(j + h.Len) is null, Time = FuzzyTime.Day(md0.Year, md0.Month, md0.Day) };
        }

        var d = h.W.Entry.Day ?? 1;
        var mo0 = h.W.Entry.Month!.Value;
        if (yearShift is { } ys && _ref is not null)
        {
            return Resolve(i, e, RefStart.Year + ys, mo0, d, false, "holiday.year-relative") is { } hc ? Relabel(hc) : null;
        }

        mo = mo0;
        if (string.Equals(h.W.Entry.Calendar, "hijri", StringComparison.OrdinalIgnoreCase))
        {
            var hy = M(e, K.YearMarker) is { } hm && YearNum(e + hm.Len, true) is { } y0 ? y0 : YearNum(e, true) is { Y: < 1600 } y1 ? y1 : ((int Y, int End)?)null;
            return ResolveHijri(hy?.End ?? e, hy?.Y, mo, d, "holiday");
        }
        if (TrailingYear(e) is { } y)
        {
            return Resolve(i, y.End, y.Y, mo, d, false, "holiday");
        }

        if (shift is 1 && _ref is not null)
        {
            var yy = RefStart.Year;
            if (new DateTime(yy, mo, Math.Min(d, DateTime.DaysInMonth(yy, mo))) <= RefDay)
            {
                yy++;
            }

            return Resolve(i, e, yy, mo, d, false, "holiday.next");
        }

        var c = Resolve(i, e, null, mo, d, false, "holiday");
        return c;
    }

    private static Cand Relabel(Cand c)
    {
        c.Relative = true;
        return c;
    }

    /// <summary>Holidays defined by a rule: <c>nthWeekday</c> (value = n, or -1 for the last; day = ISO weekday) and <c>easter</c> (value = days after Western Easter).</summary>
    private static DateTime? MovableDate(string rule, DateWordEntry e, int year)
    {
        if (year is < 1583 or > 9998)
        {
            return null;
        }

        switch (rule.ToLowerInvariant())
        {
            case "nthweekday" when e.Month is { } m && e.Day is { } wd && e.Value is { } n:
            {
                var target = (DayOfWeek)(wd % 7);
                if (n > 0)
                {
                    var first = new DateTime(year, m, 1);
                    var delta = ((int)target - (int)first.DayOfWeek + 7) % 7;
                    var day = first.AddDays(delta + (7 * (n - 1)));
                    return day.Month == m ? day.AddDays(e.Count ?? 0) : null; // count: days after it ("Black Friday")
                }

                var last = new DateTime(year, m, DateTime.DaysInMonth(year, m));
                return last.AddDays(-(((int)last.DayOfWeek - (int)target + 7) % 7));
            }

            case "easter":
            {
                // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
                int a = year % 19, b = year / 100, c = year % 100, d = b / 4, ee = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
                int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * ee) + (2 * i) - h - k) % 7;
                int m2 = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m2) + 114) / 31, day = ((h + l - (7 * m2) + 114) % 31) + 1;
                return new DateTime(year, month, day).AddDays(e.Value ?? 0);
            }

            default:
                return null;
        }
    }

    private Cand? NowRule(int i)
    {
        if (M(i, K.Now) is not { } n)
        {
            return null;
        }

        var e = i + n.Len;
        if (Insufficient(TimePrecision.Day, e, "now") is { } bad)
        {
            return bad;
        }

        var r = _ref!.Value;
        return new Cand { End = e, Rule = "now", Relative = true, Time = r.End is null ? new FuzzyTime(r.Start, Advance(r.Start!.Value, r.Precision, 1), r.Precision) : r };
    }

    /// <summary>Examples: "for two days", "a few weeks", "within 9 months".</summary>
    private Cand? DurationRule(int i)
    {
        var j = i;
        var marker = M(j, K.For) ?? M(j, K.Throughout) ?? M(j, K.Within);
        if (marker is { } mk)
        {
            j = SkipFill(j + mk.Len);
        }

        if (Amount(j) is not { } a)
        {
            return null;
        }

        if (marker is null && !a.Explicit && !(M(j, K.Unit) is { } uw && string.Equals(uw.W.Entry.Text, "adverbial", StringComparison.Ordinal)))
        {
            return null; // a bare unit word ("day", "year") is not a duration, unless its form says "for a (day)" (lexicon text: adverbial)
        }

        for (var k = i; k < j && !a.Explicit && a.U is DurationUnit.Week or DurationUnit.Month or DurationUnit.Year; k++)
        {
            if (Is(k, K.Definite))
            {
                return null; // "for the month": the current month, not a month's length
            }
        }

        if (!a.Explicit && (IsNum(a.End) || Is(a.End, K.After) || Is(a.End, K.Before) || Is(a.End, K.Since) || Is(a.End, K.Until)))
        {
            return null; // "for year 2012", "for year greater than 2012": a year marker
        }

        if (marker is not null && _ref is not null && RelativeUnit(j) is { } span && span.End > a.End)
        {
            return span; // "during the past two weeks": the period, not a length
        }

        if (marker is { W.Kind: K.Within } && _ref is not null && RefAt(TimePrecision.Day) && a.U >= DurationUnit.Day)
        {
            var s = RefStart.TimeOfDay == TimeSpan.Zero ? RefDay : RefStart;
            return new Cand { End = a.End, Rule = "within", Relative = true, Time = new FuzzyTime(s, Add(s, a.U, a.N), TimePrecision.Day) };
        }

        return new Cand { End = a.End, Rule = marker is null ? "duration" : "duration.marked", IsDuration = true, Amount = a.N, Unit = a.U, Approx = a.Approx };
    }

    /// <summary>Recurrences: "every Monday", "weekly".</summary>
    private Cand? SetRule(int i)
    {
        if (M(i, K.Recurrence) is { } r && ParseUnit(r.W.Entry.Unit) is { } ru)
        {
            return new Cand { End = i + r.Len, Rule = "recurrence", IsDuration = true, Recurrence = true, Amount = Math.Max(1, r.W.Entry.Count ?? 1), Unit = ru };
        }

        if (M(i, K.Every) is not { } ev)
        {
            return null;
        }

        var j = i + ev.Len;
        var k = M(j, K.DayMarker) is { } dm ? j + dm.Len : j;
        if (M(k, K.Weekday) is { } wd)
        {
            return new Cand { End = k + wd.Len, Rule = "recurrence.weekday", IsDuration = true, Recurrence = true, Amount = 1, Unit = DurationUnit.Week };
        }

        if (Amount(j) is { } a)
        {
            return new Cand { End = a.End, Rule = "recurrence", IsDuration = true, Recurrence = true, Amount = a.N, Unit = a.U };
        }

        if (PartAt(j, out var pe) is not null)
        {
            return new Cand { End = pe, Rule = "recurrence.day-part", IsDuration = true, Recurrence = true, Amount = 1, Unit = DurationUnit.Day };
        }

        return null;
    }

    /// <summary>Ranges and open intervals: "from 2014 to 2018", "until 2020".</summary>
    private Cand? Bounded(int i)
    {
        if ((M(i, K.Between) ?? M(i, K.From)) is { } b && Range(SkipFill(i + b.Len), b.W.Kind == K.Between ? K.And : K.To, true) is { } range)
        {
            return range;
        }

        if ((M(i, K.Before) ?? M(i, K.Ago) ?? (Is(i, K.Filler) || Is(i, K.Of) ? null : M(i, K.After))) is { } ba)
        {
            var j = SkipFill(i + ba.Len);
            if (j < N && PointOrModified(j) is { IsDuration: false, NoReference: false, Time: { } pt } p0 && pt.Start is not null && pt.End is not null)
            {
                // "before the end of June" runs to June's end, "after the beginning of March" from March's start
                var after = ba.W.Kind == K.After;
                var from = p0.Rule.StartsWith("begin.", StringComparison.Ordinal) ? pt.Start : pt.End;
                var to = p0.Rule.StartsWith("end.", StringComparison.Ordinal) ? pt.End : pt.Start;
                return new Cand
                {
                    End = p0.End, Rule = (after ? "after." : "before.") + p0.Rule, Relative = p0.Relative, Coarse = p0.Coarse,
                    Time = after ? new FuzzyTime(from, null, pt.Precision) : new FuzzyTime(null, to, pt.Precision),
                };
            }
        }

        if ((M(i, K.Since) ?? M(i, K.Until)) is { } su)
        {
            var j = SkipFill(i + su.Len);
            var bareFrom = M(i, K.From) is { } fr && fr.Len >= su.Len;
            if (j < N && (bareFrom ? Point(j) : PointOrModified(j)) is { IsDuration: false, NoReference: false } p && p.Time is { } t)
            {
                var open = su.W.Kind == K.Since
                    ? new FuzzyTime(t.Start, null, t.Precision)
                    : new FuzzyTime(null, t.End, t.Precision);
                return new Cand { End = p.End, Rule = (su.W.Kind == K.Since ? "since." : "until.") + p.Rule, Relative = p.Relative, Coarse = p.Coarse, Time = open, Part = p.Part };
            }

            if (j < N && PartOfPeriodRule(j) is { Rule: "part-of-period.begin" or "part-of-period.end", Time: { Start: { } ps, End: { } pe } } pp)
            {
                // "since the start of the year", "until the end of the year": open from the part's start or to its end,
                // at month precision when the part spans months
                var precision = (pe - ps).TotalDays > 31 ? TimePrecision.Month : TimePrecision.Day;
                var since = su.W.Kind == K.Since;
                return new Cand
                {
                    End = pp.End, Rule = (since ? "since." : "until.") + pp.Rule, Relative = true, Coarse = pp.Coarse,
                    Time = since ? new FuzzyTime(ps, null, precision) : new FuzzyTime(null, pe, precision),
                };
            }

            if (j < N && Point(j) is { NoReference: true } p2)
            {
                return new Cand { End = p2.End, Rule = "since", Relative = true, NoReference = true };
            }
        }

        return null;
    }

    /// <summary>A point, or a point narrowed by a begin/middle/end modifier ("the end of 2008") when that reads further.</summary>
    private Cand? PointOrModified(int i)
    {
        var p = Point(i);
        return Modified(i) is { } m && (p is null || m.End > p.End) ? m : p;
    }

    private Cand? Point(int i)
    {
        // memoized: rules ask for the point at the same token many times; callers get a copy they may change
        if (i < 0 || i >= N)
        {
            return null;
        }

        _points ??= new (bool, Cand?)[N];
        if (!_points[i].Done)
        {
            _points[i] = (true, PointCore(i));
        }

        return _points[i].Value?.Copy();
    }

    private Cand? PointCore(int i)
    {
        Cand? best = null;
        foreach (var c in new[] { ThisMonthRule(i), Numeric(i), Calendar(i), WeekdayRule(i), RelativeDayRule(i), RelativeUnit(i), YearRule(i) ?? YearBare(i), DecadeRule(i), CenturyRule(i), HolidayRule(i), NowRule(i), WeekOfRule(i), QuarterRule(i), HalfYearRule(i), PositionInPeriodRule(i), YearMonthRule(i) })
        {
            if (c is not null && (best is null || c.End > best.End))
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Examples: "the end of 1989": the modifier is kept in the span; the value is the period itself.</summary>
    private Cand? Modified(int i)
    {
        if ((M(i, K.Begin) ?? M(i, K.End) ?? M(i, K.Mid)) is not { } m)
        {
            return null;
        }

        var j = SkipFill(i + m.Len);
        if (j < N && Point(j) is { IsDuration: false } p)
        {
            var relativeYear = p.Rule.StartsWith("relative-unit.", StringComparison.Ordinal) && p.Time is { Precision: TimePrecision.Year };
            p.Rule = m.W.Kind.ToString().ToLowerInvariant() + "." + p.Rule;
            p.Time = relativeYear && m.W.Kind != K.Mid ? HalfOfYear(p.Time, m.W.Kind)
                : m.W.Entry.Text == "tenDays" && TenDays(p.Time, m.W.Kind) is { } dekad ? dekad
                : Narrow(p.Time, m.W.Kind);
            return p;
        }

        return null;
    }

    /// <summary>
    /// Narrows one whole calendar year to the part a begin/middle/end modifier names, following the Recognizers-Text
    /// convention: a year splits into thirds (January–April, May–August, September–December). Months keep their whole
    /// span (news answer keys read "early September" as the month); other periods are returned unchanged.
    /// </summary>
    private static FuzzyTime? Narrow(FuzzyTime? time, K kind)
    {
        if (time is not { Start: { } s, End: { } e } t || s.TimeOfDay != TimeSpan.Zero || s.Day != 1)
        {
            return time;
        }

        if (t.Precision == TimePrecision.Year && s.Month == 1 && e == s.AddYears(1))
        {
            return kind switch
            {
                K.Begin => new FuzzyTime(s, s.AddMonths(4), TimePrecision.Month),
                K.Mid => new FuzzyTime(s.AddMonths(4), s.AddMonths(8), TimePrecision.Month),
                _ => new FuzzyTime(s.AddMonths(8), e, TimePrecision.Month),
            };
        }

        return time;
    }

    /// <summary>
    /// A whole month narrowed by a modifier that names its first, middle or last days (the lexicon marks it
    /// <c>text: tenDays</c>: "early", "mid", "late", "AwA}l", "mntSf", "AwAxr"): days 1–10, 11–20, or 21 to the end,
    /// at <see cref="TimePrecision.Week"/>, the nearest precision finer than a month. Other periods: null.
    /// </summary>
    private static FuzzyTime? TenDays(FuzzyTime? time, K kind)
    {
        if (time is not { Start: { } s, End: { } e, Precision: TimePrecision.Month } || s.Day != 1 || s.TimeOfDay != TimeSpan.Zero || e != s.AddMonths(1))
        {
            return null;
        }

        return kind switch
        {
            K.Begin => new FuzzyTime(s, s.AddDays(10), TimePrecision.Week),
            K.Mid => new FuzzyTime(s.AddDays(10), s.AddDays(20), TimePrecision.Week),
            _ => new FuzzyTime(s.AddDays(20), e, TimePrecision.Week),
        };
    }

    /// <summary>"the end of this year", "early next year": a year named relatively splits into halves (January–June, July–December).</summary>
    private static FuzzyTime? HalfOfYear(FuzzyTime? time, K kind) => time is { Start: { } s, End: { } e }
        ? kind == K.Begin ? new FuzzyTime(s, s.AddMonths(6), TimePrecision.Month) : new FuzzyTime(s.AddMonths(6), e, TimePrecision.Month)
        : time;

    /// <summary>"3 days after January 12th", "2 weeks before Christmas", "three weeks from tomorrow".</summary>
    private Cand? Shifted(int i)
    {
        if (Amount(i) is not { Explicit: true } a || a.U < DurationUnit.Day)
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
        else if ((M(k, K.Before) ?? M(k, K.Ago)) is { } b)
        {
            (sign, len) = (-1, b.Len);
        }
        else
        {
            return null;
        }

        var j = SkipFill(k + len);
        if (j >= N || Point(j) is not { IsDuration: false, NoReference: false, Time: { Start: { } s } } p)
        {
            return null;
        }

        var day = Add(s, a.U, sign * a.N).Date;
        return new Cand { End = p.End, Rule = "shifted." + p.Rule, Relative = p.Relative, Time = FuzzyTime.Day(day.Year, day.Month, day.Day) };
    }

    /// <summary>Weekends: "this weekend", "next weekend", "the weekend", "the end of next week" where the pack says so. The lexicon value is the weekend's first ISO weekday; it lasts two days.</summary>
    private Cand? WeekendRule(int i)
    {
        var shift = 0;
        var j = i;
        int first;
        int e;
        var bare = false;
        if (Modifier(j) is { } pre && M(pre.End, K.Weekend) is { } w0)
        {
            (shift, first, e) = (pre.Shift, w0.W.Value, pre.End + w0.Len);
        }
        else if (M(j, K.Weekend) is { } w1)
        {
            (first, e) = (w1.W.Value, j + w1.Len);
            bare = true;
            if (Modifier(e) is { } post)
            {
                (shift, e, bare) = (post.Shift, post.End, false);
            }
        }
        else if (M(j, K.End) is { } end && Modifier(end.Len + j) is { } mid && UnitAt(mid.End) is { U: DurationUnit.Week } wu && _t[j].Matches.Any(m => m.Word.Kind == K.Weekend) is false
            && M(j, K.End) is not null && WeekendFirstDay() is { } wf)
        {
            (shift, first, e) = (mid.Shift, wf, wu.End); // "the end of this week" where the pack reads it as the weekend
        }
        else
        {
            return null;
        }

        if (first is < 1 or > 7)
        {
            return null;
        }

        if (Insufficient(TimePrecision.Day, e, "weekend") is { } bad)
        {
            return bad;
        }

        var s0 = PeriodStart(RefDay, DurationUnit.Week).AddDays((7 * shift) + first - 1);
        if (bare && s0 > RefDay.AddDays(1))
        {
            s0 = s0.AddDays(-7); // past by default: the most recent weekend that has begun
        }

        return new Cand { End = e, Rule = "weekend", Relative = true, Time = new FuzzyTime(s0, s0.AddDays(2), TimePrecision.Day) };
    }

    private int? WeekendFirstDay()
    {
        var v = _lex.Setting("weekendFirstDay", "");
        return int.TryParse(v, System.Globalization.NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>
    /// The n-th or last week of a month or year: "the last week of July", "first week of 2015", Arabic order
    /// "week last of July". Week n is the Monday-based week containing the period's first day, plus n − 1 weeks.
    /// Weeks of a year follow ISO 8601 instead ("the first week of 2021" starts 2021-01-04).
    /// </summary>
    /// <summary>
    /// A numbered ISO 8601 week: "the week 31" (of the reference year), "week 3 of 2027", "week 27 of last year". Without a
    /// year the unit word must follow two filler words ("in the week 31"), so "in week 5" of a season is not read as a calendar week.
    /// </summary>
    private Cand? WeekNumberRule(int i)
    {
        if (UnitAt(i) is not { U: DurationUnit.Week, Count: 1 } wu || !IsNum(wu.End) || _t[wu.End].Digits > 2 || _t[wu.End].Num is < 1 or > 53)
        {
            return null;
        }

        var n = (int)_t[wu.End].Num;
        var e = wu.End + 1;
        if (e < N && _t[e].Matches.Any(m => m.Word.Kind == K.Unit))
        {
            return null;
        }

        var year = RefDay.Year;
        var relative = true;
        var rule = "week-number";
        if (Is(e, K.Of) && SkipFill(e + M(e, K.Of)!.Value.Len) is var j && j < N && Point(j) is { Time: { Precision: TimePrecision.Year, Start: { } ys } } p)
        {
            (year, e, relative, rule) = (ys.Year, p.End, p.Relative, rule + "." + p.Rule);
        }
        else if (!(i > 1 && Is(i - 1, K.Filler) && Is(i - 2, K.Filler)) && !(i > 1 && P(i - 1, ",") && Is(i - 2, K.Weekday)))
        {
            return null; // "in the week 31", "Thursday, week 23"
        }

        if (year is < 2 or > 9998 || n > System.Globalization.ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }

        var monday = System.Globalization.ISOWeek.ToDateTime(year, n, DayOfWeek.Monday);
        return new Cand { End = e, Rule = rule, Relative = relative, Time = new FuzzyTime(monday, monday.AddDays(7), TimePrecision.Week) };
    }

    private Cand? WeekOfRule(int i)
    {
        int n;
        int k;
        if ((Ordinal(i) is { } o && o.V is >= 1 and <= 5 ? (int)o.V : Modifier(i) is { Shift: -1 } ? -1 : 0) is var pre && pre != 0)
        {
            var after = pre > 0 ? Ordinal(i)!.Value.End : Modifier(i)!.Value.End;
            if (UnitAt(after) is not { U: DurationUnit.Week, Count: 1 } wu)
            {
                return null;
            }

            (n, k) = (pre, wu.End);
        }
        else if (UnitAt(i) is { U: DurationUnit.Week, Count: 1 } wu2)
        {
            if (Ordinal(wu2.End) is { } o2 && o2.V is >= 1 and <= 5)
            {
                (n, k) = ((int)o2.V, o2.End);
            }
            else if (Modifier(wu2.End) is { Shift: -1 } ml)
            {
                (n, k) = (-1, ml.End);
            }
            else
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        if (!Is(k, K.Of))
        {
            return null;
        }

        var j = SkipFill(k + M(k, K.Of)!.Value.Len);
        if (j >= N || Point(j) is not { Time: { Start: { } ps, End: { } pe } pt } p || pt.Precision is not (TimePrecision.Month or TimePrecision.Year))
        {
            return null;
        }

        var anchor = n > 0 ? ps : pe.AddDays(-1);
        var monday = PeriodStart(anchor, DurationUnit.Week).AddDays(n > 0 ? 7 * (n - 1) : 0);
        if (pt.Precision == TimePrecision.Year && ps.Year is > 1 and < 9999)
        {
            // weeks of a year are ISO 8601 weeks: week 1 holds the year's first Thursday
            var y = ps.Year;
            monday = System.Globalization.ISOWeek.ToDateTime(y, n > 0 ? n : System.Globalization.ISOWeek.GetWeeksInYear(y), DayOfWeek.Monday);
        }
        return new Cand { End = p.End, Rule = "week-of." + p.Rule, Relative = p.Relative, Time = new FuzzyTime(monday, monday.AddDays(7), TimePrecision.Week) };
    }

    /// <summary>Quarters: "Q3 2019", "2019 q1", "the first quarter of 2013", "last quarter" names from the lexicon (value 1–4, -1 = last).</summary>
    private Cand? QuarterRule(int i)
    {
        int? year = null;
        var j = i;
        if (YearNum(i, false) is { } y0 && (P(y0.End, "-") ? y0.End + 1 : y0.End) is var qk && M(qk, K.QuarterName) is { } q0)
        {
            year = y0.Y;
            return QuarterCand(y0.Y, q0.W.Value, qk + q0.Len, false);
        }

        if (Modifier(i) is { } ym0 && UnitAt(ym0.End) is { U: DurationUnit.Year, Count: 1 } yu0p && M(yu0p.End, K.DecadeSuffix) is { } poss && M(yu0p.End + poss.Len, K.QuarterName) is { } qp && RefAt(TimePrecision.Year))
        {
            return QuarterCand(RefStart.Year + ym0.Shift, qp.W.Value, yu0p.End + poss.Len + qp.Len, true); // "next year's first quarter"
        }

        if (M(j, K.QuarterName) is not { } q)
        {
            return null;
        }

        var e = j + q.Len;
        var k = P(e, "-") ? e + 1 : e;
        k = SkipFill(k);
        if (k > e && RefAt(TimePrecision.Month) && UnitAt(k) is { U: DurationUnit.Year, Count: 1 } yu0 && YearNum(SkipFill(yu0.End), true) is null && Modifier(yu0.End) is null)
        {
            return QuarterCand(RefStart.Year, q.W.Value, yu0.End, true); // "the first quarter of the year": the current year
        }

        if (M(k, K.YearMarker) is { } ym)
        {
            k = SkipFill(k + ym.Len);
        }

        if (YearNum(k, true) is { } y1)
        {
            return QuarterCand(y1.Y, q.W.Value, y1.End, false);
        }

        if (Modifier(k) is { } md && UnitAt(md.End) is { U: DurationUnit.Year } yu && _ref is not null)
        {
            return QuarterCand(RefStart.Year + md.Shift, q.W.Value, yu.End, true);
        }

        if (UnitAt(k) is { U: DurationUnit.Year } yu2 && Modifier(yu2.End) is { } md2 && _ref is not null)
        {
            return QuarterCand(RefStart.Year + md2.Shift, q.W.Value, md2.End, true);
        }

        if (Insufficient(TimePrecision.Month, e, "quarter") is { } bad)
        {
            return bad;
        }

        // no year: the most recent such quarter that has begun by the reference
        var ry = RefStart.Year;
        var n = q.W.Value < 0 ? 4 : q.W.Value;
        if (new DateTime(ry, ((n - 1) * 3) + 1, 1) > RefStart)
        {
            ry--;
        }

        return year is null ? QuarterCand(ry, n, e, true) : null;
    }

    private static Cand? QuarterCand(int year, int q, int end, bool relative)
    {
        if (q < 0)
        {
            q = 4;
        }

        if (q is < 1 or > 4 || year is < 1 or > 9998)
        {
            return null;
        }

        var s = new DateTime(year, ((q - 1) * 3) + 1, 1);
        return new Cand { End = end, Rule = "quarter", Relative = relative, Y = year, Time = new FuzzyTime(s, s.AddMonths(3), TimePrecision.Month) };
    }

    /// <summary>Seasons (meteorological, northern hemisphere: the lexicon value is the first month): three months, past by default.</summary>
    private Cand? SeasonRule(int i)
    {
        var j = i;
        int? shift = null;
        if (Modifier(j) is { } md && Is(md.End, K.Season))
        {
            shift = md.Shift;
            j = md.End;
        }

        if (M(j, K.Season) is not { } se || se.W.Value is < 1 or > 12)
        {
            return null;
        }

        var e = j + se.Len;
        if (shift is null && Modifier(e) is { } post)
        {
            shift = post.Shift;
            e = post.End;
        }

        var first = se.W.Value;
        int year;
        var relative = true;
        if (shift is null && TrailingYear(e) is { } ty)
        {
            year = ty.Y;
            e = ty.End;
            relative = false;
        }
        else
        {
            if (Insufficient(TimePrecision.Month, e, "season") is { } bad)
            {
                return bad;
            }

            var refMonth = new DateTime(RefStart.Year, RefStart.Month, 1);
            var start = new DateTime(RefStart.Year, first, 1);
            while (start > refMonth)
            {
                start = start.AddYears(-1);
            }

            // the most recent such season that has begun (past by default); "next" is the following one, "last" the one before
            if (shift is 1)
            {
                start = start.AddYears(1);
            }
            else if (shift is -1 && start.AddMonths(3) > refMonth)
            {
                start = start.AddYears(-1);
            }

            year = start.Year;
        }

        var s0 = new DateTime(year, first, 1);
        return new Cand { End = e, Rule = "season", Relative = relative, Time = new FuzzyTime(s0, s0.AddMonths(3), TimePrecision.Month) };
    }

    /// <summary>"2014-2018", "2014 to 2018", "2014~2018".</summary>
    private Cand? YearRange(int i)
    {
        if (YearNum(i, false) is not { } a || a.Y < 1000)
        {
            return null;
        }

        var k = a.End;
        if (!Connector(k, K.To, out var b0) || Is(k, K.And))
        {
            return null;
        }

        if (YearNum(b0, false) is not { } b || b.Y <= a.Y || !Isolated(i, b.End))
        {
            return null;
        }

        return new Cand { End = b.End, Rule = "range.years", Time = new FuzzyTime(new DateTime(a.Y, 1, 1), new DateTime(b.Y + 1, 1, 1), TimePrecision.Year) };
    }

    private Cand? YearBare(int i) => YearNum(i, false) is { } y && y.Y is >= 1000 and <= 2999 ? Resolve(i, y.End, y.Y, null, null, false, "year") : null;

    private bool Connector(int i, K kind, out int end)
    {
        end = i;
        if (P(i, "-–~"))
        {
            end = i + 1;
            return true;
        }

        foreach (var k in new[] { kind, K.To, K.Until, K.And })
        {
            if (M(i, k) is { } m && (k == kind || k == K.To || k == K.Until || kind == K.And))
            {
                end = i + m.Len;
                return true;
            }
        }

        return false;
    }

    /// <summary>A range "X connector Y" starting at token a0; a bare day on either side borrows the other side's month and year.</summary>
    private Cand? Range(int a0, K connector, bool marked)
    {
        var left = PointOrModified(a0);
        var bareLeft = false;
        if (DayNum(a0) is { } ld && (left is null || left.End <= ld.End || left.D is null && left.M is null && left.Y is null))
        {
            if (left is null || left.End <= ld.End)
            {
                left = new Cand { End = ld.End, D = ld.D };
                bareLeft = true;
            }
        }

        if (left is null || left.NoReference || left.IsDuration)
        {
            return null;
        }

        var c = left.End;
        if (!Connector(c, connector, out var b0))
        {
            return null;
        }

        b0 = SkipFill(b0);
        var right = PointOrModified(b0);
        if (right is null && DayNum(b0, true) is { } rdn && left.M is not null && left.D is { } ld0 && rdn.D < ld0 && !left.Hijri && left.Time is { Start: { } ls0 })
        {
            // "from April 27th to the third": the third of the next month
            var nm = new DateTime(ls0.Year, ls0.Month, 1).AddMonths(1);
            right = Resolve(b0, rdn.End, nm.Year, nm.Month, rdn.D, false, "range.day");
        }

        if (right is null && DayNum(b0, true) is { } rd && left.M is not null)
        {
            right = Resolve(b0, rd.End, left.Y, left.M, rd.D, left.Hijri, "range.day");
            if (right is not null && left.Time is { } lt0 && right.Time is { } rt0 && rt0.Start < lt0.Start && left.Y is null)
            {
                right = Resolve(b0, rd.End, lt0.Start!.Value.Year, left.M, rd.D, left.Hijri, "range.day");
            }
        }

        if (right is null && bareLeft && DayNum(b0, true) is { } rd3 && Point(SkipFill(rd3.End)) is { Time: { Precision: TimePrecision.Month, Start: { } ms } } mp)
        {
            //, "from 4-23 in next month"
            if (!Valid(ms.Year, ms.Month, left.D!.Value) || !Valid(ms.Year, ms.Month, rd3.D) || rd3.D < left.D)
            {
                return null;
            }

            return new Cand
            {
                End = mp.End, Rule = "range.days-of-month", Relative = mp.Relative,
                Time = new FuzzyTime(new DateTime(ms.Year, ms.Month, left.D!.Value), new DateTime(ms.Year, ms.Month, rd3.D).AddDays(1), TimePrecision.Day),
            };
        }

        if (right is null || right.IsDuration || right.NoReference)
        {
            return null;
        }

        if (bareLeft)
        {
            if (right.M is not null)
            {
                left = Resolve(a0, left.End, right.Time?.Start?.Year ?? right.Y, right.M, left.D, right.Hijri, "range.day");
                if (left is null)
                {
                    return null;
                }
            }
            else if (right.Time is { } rt && right.Rule.StartsWith("relative-unit", StringComparison.Ordinal) && rt.Precision == TimePrecision.Month && Valid(rt.Start!.Value.Year, rt.Start.Value.Month, left.D!.Value))
            {
                // "from 4 to 23 next month"
                var s0 = rt.Start!.Value;
                if (DayNum(b0, true) is { } rd2 && Valid(s0.Year, s0.Month, rd2.D))
                {
                    var st = new DateTime(s0.Year, s0.Month, left.D!.Value);
                    var en = new DateTime(s0.Year, s0.Month, rd2.D).AddDays(1);
                    return en > st ? new Cand { End = right.End, Rule = "range.days-of-month", Relative = true, Time = new FuzzyTime(st, en, TimePrecision.Day) } : null;
                }

                return null;
            }
            else
            {
                return null;
            }
        }

        // "Jan-Feb 2017", "from May to Oct 2020": a left side without a year borrows the right side's year
        if (!bareLeft && left.Y is null && left.M is { } lm && right.Y is { } ry && !left.Hijri && left.Time is not null)
        {
            var borrowed = Resolve(a0, left.End, ry, lm, left.D, false, left.Rule);
            if (borrowed?.Time is { } bt && right.Time is { } rt1 && bt.Start >= rt1.Start)
            {
                borrowed = Resolve(a0, left.End, ry - 1, lm, left.D, false, left.Rule);
            }

            if (borrowed is not null)
            {
                borrowed.Relative = true;
                left = borrowed;
            }
        }

        // a right side resolved to the past by default that would end before the left side starts is the next one
        if (left.Time is { Start: { } ls } && right.Time is { End: { } re } && re <= ls && right.Relative)
        {
            if (right.M is { } rm2 && right.Y is null && right.Time.Value.Start is { } rs)
            {
                right = Resolve(b0, right.End, rs.Year + 1, rm2, right.D, right.Hijri, right.Rule) ?? right;
                right.Relative = true;
            }
            else if (right.Rule.StartsWith("weekday", StringComparison.Ordinal) && right.Time is { Start: { } ws })
            {
                if (ws.AddDays(1) <= ls)
                {
                    ws = ws.AddDays(7 * (int)Math.Ceiling((ls - ws.AddDays(1)).TotalDays / 7.0 + 1e-9));
                    if (ws.AddDays(1) <= ls)
                    {
                        ws = ws.AddDays(7);
                    }
                }

                right = DayCand(right.End, ws, right.Rule, right.Part);
            }
        }

        if (left.Time is not { } l || right.Time is not { } r || l.Start is null || r.End is null)
        {
            return null;
        }

        if (r.End <= l.Start)
        {
            return null;
        }

        var p = Rank(l.Precision) >= Rank(r.Precision) ? r.Precision : l.Precision;
        var (from, to) = (l.Start, r.End);
        if (left.Rule == "now" && RefAt(TimePrecision.Day))
        {
            (from, p) = (RefDay, Rank(p) < Rank(TimePrecision.Day) ? p : TimePrecision.Day); // "between now and 15 November": from today
        }

        if (right.Rule == "now" && RefAt(TimePrecision.Day))
        {
            (to, p) = (RefDay.AddDays(1), Rank(p) < Rank(TimePrecision.Day) ? p : TimePrecision.Day); // "between January and now": through today
        }

        return new Cand
        {
            End = right.End, Rule = "range", Relative = left.Relative || right.Relative, Coarse = left.Coarse || right.Coarse,
            Time = new FuzzyTime(from, to, p),
        };
    }

    /// <summary>A point followed by a connector and another point: "2014-2018" is handled by Numeric when it is a date.</summary>
    private Cand? RangeAfter(int i, Cand first)
    {
        if (first.Time is null || first.NoReference)
        {
            return null;
        }

        if (!P(first.End, "-–~") && !Is(first.End, K.To) && !Is(first.End, K.Until))
        {
            return null;
        }

        return Range(i, K.To, false);
    }
}
