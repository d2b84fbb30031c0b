using ClaimTracker.Model;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Quantities;

/// <summary>A numeric bound: an interval with an approximation flag (before a unit is known).</summary>
internal sealed record Bound(double? Low, bool LowInclusive, double? High, bool HighInclusive, bool Approximate, string Type)
{
    public static Bound Of(string type, double v) => type switch
    {
        "gt" => new Bound(v, false, null, false, false, type),
        "ge" => new Bound(v, true, null, false, false, type),
        "lt" => new Bound(null, false, v, false, false, type),
        "le" => new Bound(null, false, v, true, false, type),
        "approx" => new Bound(v, true, v, true, true, type),
        _ => new Bound(v, true, v, true, false, "eq"),
    };

    public bool IsLower => Low is not null && High is null;

    public bool IsUpper => High is not null && Low is null;

    public Quantity? ToQuantity(Unit unit)
    {
        try
        {
            return Approximate
                ? new Quantity(Low, LowInclusive, High, HighInclusive, unit, isApproximate: true, tolerance: 0.1)
                : new Quantity(Low, LowInclusive, High, HighInclusive, unit);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>A bound or range found over tokens <see cref="First"/>..<see cref="Last"/>; <see cref="Number"/> is its last number.</summary>
internal sealed record RangeMatch(int First, int Last, Bound Bound, NumberMatch Number, string Rule);

/// <summary>A quantity over tokens <see cref="First"/>..<see cref="Last"/>.</summary>
internal sealed record QuantityMatch(int First, int Last, Quantity Quantity, string Rule)
{
    /// <summary>True when the counted noun names people (a count of people, not a unit of measure).</summary>
    public bool CountsPeople { get; init; }
}

/// <summary>
/// Finds bounds, ranges and quantities over the numbers of a <see cref="NumericAnalysis"/>, driven by the pack's
/// <c>bounds.yaml</c>, <c>units.yaml</c>, <c>currencies.yaml</c> and <c>counted-nouns.yaml</c>. One left-to-right pass; linear time.
/// </summary>
/// <remarks>
/// The rule families and the order in which they run (documented in docs/recognize.md, "How the quantity rules run"):
/// numbers (<see cref="NumberParser"/>); words that are quantities alone (dual units, a unit and a fraction, dual counted
/// nouns: constructor); ranges and bounds (<see cref="FindRanges"/>, longest match at a position wins); then for each
/// range and each number not inside one, the unit in this order: the number's own unit, a measure or currency after it
/// (measure rules: <c>QuantityEngine.Measures.cs</c>), a symbol before it, a fraction's unit, a currency sub-unit alone
/// (money rules: <c>QuantityEngine.Money.cs</c>), a counted noun; then the amount is completed by a sub-unit, a fraction,
/// "below zero" and a bound written after. A number inside an earlier quantity is not read again.
/// </remarks>
internal sealed partial class QuantityEngine
{
    private readonly NumericAnalysis _a;
    private readonly NumberGrammar _g;
    private readonly List<NumTok> _t;
    private readonly Dictionary<int, NumberMatch> _numAt = new();

    public QuantityEngine(NumericAnalysis analysis)
    {
        _a = analysis;
        _g = analysis.Grammar;
        _t = analysis.Tokens;
        var covered = new bool[_t.Count];
        var ends = new HashSet<int>();
        foreach (var n in analysis.Numbers)
        {
            ends.Add(n.Last);
            _numAt[n.First] = n;
            for (var k = n.First; k <= n.Last; k++)
            {
                covered[k] = true;
            }
        }

        // Dual unit and noun forms stand for two ("ywmyn", "Eqdyn").
        for (var i = 0; i < _t.Count; i++)
        {
            if (covered[i] || _t[i].Kind != NumTokKind.Word)
            {
                continue;
            }

            if (_g.Units.Match(_t, i, _g, accept: e => NearOk(e, i)) is { } u && !ends.Contains(i - 1))
            {
                if (u.Value.Count is { } c)
                {
                    _numAt[i] = new NumberMatch(i, u.Last, c, NumberForm.Cardinal, "dual-unit") { Unit = u.Value };
                    i = u.Last;
                    continue;
                }

                // A unit word and a half, a third, a quarter: "ltr wnSf" is 1.5 litres.
                if (FractionAfter(u.Last + 1) is { } fr)
                {
                    _numAt[i] = new NumberMatch(i, fr.Last, 1 + fr.Value, NumberForm.Cardinal, "unit-fraction") { Unit = u.Value };
                    _numAt.Remove(fr.First);
                    i = fr.Last;
                    continue;
                }
            }

            foreach (var (stem, _) in _g.Stems(_t[i].Key))
            {
                if (_g.CountedNouns.TryGetValue(stem, out var cn) && cn.Count is { } cc)
                {
                    _numAt[i] = new NumberMatch(i, i, cc, NumberForm.Cardinal, "dual-noun") { CountedNoun = CanonicalDisplay(i) };
                    break;
                }
            }
        }
    }


    public List<RangeMatch> Ranges { get; } = new();

    public List<QuantityMatch> Quantities { get; } = new();

    public static QuantityEngine Run(NumericAnalysis analysis)
    {
        var e = new QuantityEngine(analysis);
        e.FindRanges();
        e.FindQuantities();
        return e;
    }

    private NumberMatch? NumberAt(int i) => _numAt.TryGetValue(i, out var n) && !n.GluedUnit ? n : null;

    /// <summary>The number at <paramref name="i"/>, or after an article there ("between the tenth and the fifteenth").</summary>
    private NumberMatch? NumberAfter(int i) =>
        NumberAt(i) ?? (i < _t.Count && _g.HasRole(_t[i], "article") ? NumberAt(i + 1) : null)
            ?? (UnitAt(i, prefixOnly: true) is { } pm && pm.Value.Count is null ? NumberAt(pm.Last + 1) : null);

    /// <summary>A bound written with symbols must not continue another comparison symbol or a number.</summary>
    private bool SymbolOk(PhraseMatch<BoundEntry> b)
    {
        var f = b.First;
        if (_t[f].Kind != NumTokKind.Punct || f == 0 || _t[f - 1].End != _t[f].Start)
        {
            return true;
        }

        var prev = _t[f - 1];
        return !(prev.Kind == NumTokKind.Literal || (prev.Kind == NumTokKind.Punct && prev.Key is "<" or ">" or "=" or "!"));
    }

    private bool Adjacent(int a, int b) => a >= 0 && b < _t.Count && _t[a].End == _t[b].Start;

    private PhraseMatch<BoundEntry>? BoundAt(int i, Func<BoundEntry, bool> accept) => _g.BoundsFiltered(_t, i, accept);

    private static bool Before(BoundEntry e) => (e.Position ?? "before") is "before" or "both";

    private static bool After(BoundEntry e) => e.Position is "after" or "both";

    private static bool IsBoundType(BoundEntry e) => e.Type is "gt" or "ge" or "lt" or "le" or "eq" or "approx";

    private void FindRanges()
    {
        var i = 0;
        while (i < _t.Count)
        {
            var r = RangeAt(i);
            if (r is not null)
            {
                Ranges.Add(r);
                i = r.Last + 1;
                continue;
            }

            i = NumberAt(i) is { } n ? n.Last + 1 : i + 1;
        }
    }

    private RangeMatch? RangeAt(int i)
    {
        // between X and Y / from X to Y
        if (BoundAt(i, e => e.Type == "range-start") is { } rs && NumberAfter(rs.Last + 1) is { } a)
        {
            var mid = BoundAt(a.Last + 1, e => e.Type == "range-middle");
            NumberMatch? b = mid is { } md ? NumberAfter(md.Last + 1) : ConjGluedNumber(a.Last + 1);
            if (b is not null && a.Value < b.Value)
            {
                var inclusive = mid?.Value.HighInclusive ?? false;
                return new RangeMatch(rs.First, b.Last, new Bound(SharedScale(a, b), true, b.Value, inclusive, false, "range"), b, "range-start-middle");
            }
        }

        // bound before a number
        if (BoundAt(i, e => Before(e) && IsBoundType(e)) is { } bp && SymbolOk(bp) && NumberAfter(bp.Last + 1) is { } n)
        {
            if (bp.Value.Type == "approx" && SeparatorRange(n) is { } ar)
            {
                return ar with { First = bp.First, Bound = ar.Bound with { Approximate = true } };
            }

            var bound = Bound.Of(bp.Value.Type, n.Value);
            var last = n.Last;
            if (BoundAt(last + 1, e => e.Type == "or-equal") is { } oe && NumberAt(oe.Last + 1) is null)
            {
                bound = bound.Type == "gt" ? Bound.Of("ge", n.Value) : bound.Type == "lt" ? Bound.Of("le", n.Value) : bound;
                last = oe.Last;
            }

            if (bound.Type is "eq" or "approx" && BoundAt(last + 1, e => After(e) && e.Type is "ge" or "le") is { } sfx && NumberAt(sfx.Last + 1) is null)
            {
                // "equal to 5000 or less", "HwAly 500 >w >ql"
                bound = Bound.Of(sfx.Value.Type, n.Value);
                last = sfx.Last;
            }

            var first = new RangeMatch(bp.First, last, bound, n, "bound-" + bound.Type);
            return JoinSecond(first) ?? first;
        }

        // a number followed by a separator and a number, or by a bound word
        if (NumberAt(i) is { } x && x.Unit is null && x.CountedNoun is null)
        {
            if (SeparatorRange(x) is { } sr)
            {
                return sr;
            }

            if (BoundAt(x.Last + 1, e => After(e) && e.Type is "ge" or "le") is { } sb && NumberAt(sb.Last + 1) is null)
            {
                return new RangeMatch(x.First, sb.Last, Bound.Of(sb.Value.Type, x.Value), x, "bound-suffix-" + sb.Value.Type);
            }
        }

        return null;
    }

    /// <summary>
    /// The low end of a range whose scale word is written once, after the high end: "between 5 and 10 million" is
    /// 5 million to 10 million. Only when the low end is one token and smaller than the high end before its scale.
    /// </summary>
    private double SharedScale(NumberMatch a, NumberMatch b)
    {
        if (a.First != a.Last || b.Last == b.First || _t[b.Last].Kind != NumTokKind.Word)
        {
            return a.Value;
        }

        foreach (var sense in _g.Senses(_t[b.Last]))
        {
            if (sense.Entry.Class == "scale" && sense.Entry.Count is null && sense.Entry.Value > 1 && a.Value < b.Value / sense.Entry.Value
                && _g.Senses(_t[a.First]).All(x => x.Entry.Class != "scale"))
            {
                return a.Value * sense.Entry.Value;
            }
        }

        return a.Value;
    }

    private NumberMatch? ConjGluedNumber(int i)
    {
        if (NumberAt(i) is { } n && _t[i].Kind == NumTokKind.Word && _g.Senses(_t[i]).FirstOrDefault().ConjunctionPrefix)
        {
            return n;
        }

        return null;
    }

    private RangeMatch? SeparatorRange(NumberMatch a)
    {
        if (a.Unit is not null || a.CountedNoun is not null)
        {
            return null;
        }

        if (BoundAt(a.Last + 1, e => e.Type == "range-separator") is { } sep && NumberAt(sep.Last + 1) is { } b && a.Value < b.Value && b.Unit is null
            && !(a.First > 0 && Adjacent(a.First - 1, a.First) && _t[a.First - 1].Key is "+" or "-" or "/")
            && !(Adjacent(b.Last, b.Last + 1) && _t[b.Last + 1].Key is "-" or "/"))
        {
            return new RangeMatch(a.First, b.Last, new Bound(a.Value, true, b.Value, sep.Value.HighInclusive, false, "range"), b, "range-separator");
        }

        return null;
    }

    private RangeMatch? JoinSecond(RangeMatch first)
    {
        if (!first.Bound.IsLower && !first.Bound.IsUpper)
        {
            return null;
        }

        var k = first.Last + 1;
        for (var joins = 0; joins < 2 && BoundAt(k, e => e.Type == "join") is { } j; joins++)
        {
            k = j.Last + 1;
        }

        if (BoundAt(k, e => Before(e) && IsBoundType(e)) is not { } b2 || NumberAfter(b2.Last + 1) is not { } n2)
        {
            return null;
        }

        var second = Bound.Of(b2.Value.Type, n2.Value);
        var last = n2.Last;
        if (BoundAt(last + 1, e => e.Type == "or-equal") is { } oe && NumberAt(oe.Last + 1) is null)
        {
            second = second.Type == "gt" ? Bound.Of("ge", n2.Value) : second.Type == "lt" ? Bound.Of("le", n2.Value) : second;
            last = oe.Last;
        }

        Bound? merged = null;
        if (first.Bound.IsLower && second.IsUpper && first.Bound.Low < second.High)
        {
            merged = new Bound(first.Bound.Low, first.Bound.LowInclusive, second.High, second.HighInclusive, false, "range");
        }
        else if (first.Bound.IsUpper && second.IsLower && second.Low < first.Bound.High)
        {
            merged = new Bound(second.Low, second.LowInclusive, first.Bound.High, first.Bound.HighInclusive, false, "range");
        }

        return merged is null ? null : new RangeMatch(first.First, last, merged, n2, "bound-pair");
    }

    private void FindQuantities()
    {
        var inRange = new HashSet<int>();
        foreach (var r in Ranges)
        {
            for (var k = r.First; k <= r.Last; k++)
            {
                inRange.Add(k);
            }

            TryQuantity(r.First, r.Number, r.Bound, r.Rule);
        }

        foreach (var n in _numAt.Values.OrderBy(n => n.First))
        {
            if (inRange.Contains(n.First) || Quantities.Any(q => q.First <= n.First && n.First <= q.Last))
            {
                continue;
            }

            var b = Bound.Of("eq", n.Value);
            TryQuantity(n.First, n, b, n.Rule);
        }

        Quantities.Sort((x, y) => x.First.CompareTo(y.First));
    }

    private void TryQuantity(int first, NumberMatch n, Bound bound, string rule)
    {
        if (bound.Type == "range" && bound.High is not null)
        {
            // A quantity range "between 5 and 7 tons" includes both ends (as Model.Quantity.Between does).
            bound = bound with { HighInclusive = true };
        }

        Unit? unit = null;
        var last = n.Last;
        var people = false;
        if (n.Unit is { } du)
        {
            unit = Unit.TryFromId(du.Unit, out var uu) ? uu : null;
        }
        else if (n.CountedNoun is { } noun)
        {
            unit = Unit.Count(noun);
            people = IsPerson(noun);
        }
        else if (n.Form == NumberForm.Percent)
        {
            unit = Unit.Percent;
        }
        else if (n.Form == NumberForm.Ordinal)
        {
            return;
        }
        else
        {
            var j = Math.Max(last, bound.Type is "range" ? last : n.Last) + 1;
            if (UnitAt(j) is { } um && um.Value.Count is null && Unit.TryFromId(um.Value.Unit, out var u))
            {
                unit = u;
                last = um.Last;
            }
            else if (n.First > first && PrefixUnitBefore(n.First) is { } inner && inner.First >= first && Unit.TryFromId(inner.Value.Unit, out var iu))
            {
                // "more than $200 million": the symbol between the bound and the number.
                unit = iu;
            }
            else if (first > 0 && PrefixUnitBefore(first) is { } pm && Unit.TryFromId(pm.Value.Unit, out var pu))
            {
                unit = pu;
                first = pm.First;
            }
            else if (n.Form == NumberForm.Fraction || n.Value is > 0 and < 1)
            {
                // "a quarter of a ton", "half a ton": a fraction, the linking "of" and "a", then the unit.
                var k = j;
                while (k < _t.Count && k <= j + 2 && _t[k].Kind == NumTokKind.Word && (_g.HasRole(_t[k], "of") || _g.HasRole(_t[k], "article-one")))
                {
                    k++;
                }

                if (k > j && UnitAt(k) is { } fu && fu.Value.Count is null && Unit.TryFromId(fu.Value.Unit, out var fuu))
                {
                    unit = fuu;
                    last = fu.Last;
                }
            }
            else if (n.Form is NumberForm.Cardinal or NumberForm.Decimal && !YearLike(n) && SubUnitAt(j) is { } su
                && CurrencyOfSubUnit(su.Value) is { } sc)
            {
                // "50 halala" alone: a sub-unit of one currency.
                unit = sc.Unit;
                bound = Scale(bound, 1 / sc.PerUnit);
                last = su.Last;
            }
            else if (n.Form is NumberForm.Cardinal or NumberForm.Decimal && !YearLike(n) && CountedNounAt(j) is { } cn)
            {
                unit = Unit.Count(cn.Noun);
                last = cn.Last;
                people = IsPerson(cn.Noun);
            }
        }

        if (unit is null)
        {
            return;
        }

        if (bound.Type is "eq" or "approx" && bound.Low is { } single)
        {
            // "20 dollars and 43 cents", "dynAr w500 fls"; "3 ltrAt wnSf".
            if (unit.Dimension == Dimension.Currency && SubUnitAmountAfter(last + 1, unit) is { } sub)
            {
                bound = bound with { Low = single + sub.Amount, High = single + sub.Amount };
                last = sub.Last;
            }
            else if (unit.Dimension is not (Dimension.Count or Dimension.Percent) && n.Rule != "unit-fraction" && FractionAfter(last + 1) is { } fr)
            {
                bound = bound with { Low = single + fr.Value, High = single + fr.Value };
                last = fr.Last;
            }
        }

        if (unit.Dimension == Dimension.Temperature && last + 1 < _t.Count
            && _g.Syntax.Match(_t, last + 1, _g, allowPrefixes: false, accept: e => e.Role == "below-zero") is { } bz)
        {
            // "3 drjAt tHt AlSfr", "5 degrees below zero": a reading under zero.
            bound = bound with { Low = -bound.High, High = -bound.Low, LowInclusive = bound.HighInclusive, HighInclusive = bound.LowInclusive };
            last = bz.Last;
        }

        // After the unit: "tqrybAF", "ElY Al>ql", "or so" (a doubled bound is one bound).
        if (BoundAt(last + 1, e => After(e) && e.Type is "approx" or "ge" or "le") is { } post && NumberAt(post.Last + 1) is null)
        {
            var t = post.Value.Type;
            if (t == "approx")
            {
                bound = bound with { Approximate = true };
                last = post.Last;
            }
            else if (bound.Type == t)
            {
                last = post.Last;
            }
            else if (bound.Type == "eq" && bound.Low is { } v)
            {
                bound = Bound.Of(t, v);
                last = post.Last;
            }
        }

        if (bound.ToQuantity(unit) is { } q)
        {
            Quantities.Add(new QuantityMatch(first, last, q, rule) { CountsPeople = people });
        }
    }

    private bool IsPerson(string canonicalDisplay) =>
        _g.PersonNouns.Count > 0 && _g.PersonNouns.Contains(string.Concat(_g.Keys(canonicalDisplay)));


    private bool YearLike(NumberMatch n) =>
        n.First == n.Last && _t[n.First].Literal is { IsInteger: true, IntegerDigits: 4 } lit && lit.Value is >= 1000 and <= 2100
        && _t[n.First].Raw.Length == 4;

    private (string Noun, int Last)? CountedNounAt(int j)
    {
        if (j >= _t.Count || _t[j].Kind != NumTokKind.Word)
        {
            return null;
        }

        if (_g.HasRole(_t[j], "partitive") && j + 1 < _t.Count && _t[j + 1].Kind == NumTokKind.Word && _g.HasArticle(_t[j + 1].Key) && IsContentWord(j + 1))
        {
            return (CanonicalDisplay(j + 1), j + 1);
        }

        // Counted nouns after a number are indefinite: a definite word ("6 AlSynyp") is not the counted noun.
        // A listed noun may begin with a letter that is also a clitic ("lAj}"); an unlisted one is judged cautiously.
        var listed = _g.CountedNouns.ContainsKey(_t[j].Key);
        return IsContentWord(j) && !(listed ? _g.HasArticle(_t[j].Key) : _g.StartsWithArticleForm(_t[j].Key)) ? (CanonicalDisplay(j), j) : null;
    }

    private bool IsContentWord(int j)
    {
        var tok = _t[j];
        if (tok.Key.Length < 2 || _g.IsSyntaxWord(tok) || _g.Senses(tok).Count > 0 || NumberAt(j) is not null)
        {
            return false;
        }

        return _g.Bounds.Match(_t, j, _g) is null;
    }

    private string CanonicalDisplay(int j)
    {
        var tok = _t[j];
        if (_g.CountedNouns.TryGetValue(tok.Key, out var direct))
        {
            return CanonicalRaw(direct.Canonical, tok);
        }

        foreach (var (stem, _) in _g.Stems(tok.Key))
        {
            if (_g.CountedNouns.TryGetValue(stem, out var cn))
            {
                return CanonicalRaw(cn.Canonical, tok);
            }
        }

        // Unknown noun: strip the article and clitics, drop marks, singularize by suffix rule.
        var raw = new string(tok.Raw.Where(ch => !NumericTokenizer.IsFormat(ch) && !(_g.Folds.TryGetValue(ch, out var f) && f.Length == 0)).ToArray());
        var stripped = _g.StripArticle(tok.Key);
        if (stripped.Length < tok.Key.Length)
        {
            // drop as many letters from the front of the surface form as the article took from the key
            var drop = tok.Key.Length - stripped.Length;
            var k = 0;
            while (k < raw.Length && drop > 0)
            {
                if (!NumericTokenizer.IsMark(raw[k]))
                {
                    drop--;
                }

                k++;
            }

            raw = raw[k..];
        }

        foreach (var (suffix, to) in _g.PluralSuffixes)
        {
            if (raw.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && raw.Length - suffix.Length >= 3
                && !(suffix.Length == 1 && raw.Length > 1 && raw[^2] == raw[^1]))
            {
                raw = raw[..^suffix.Length] + to;
                break;
            }
        }

        return new string(raw.Where(ch => !NumericTokenizer.IsMark(ch)).ToArray()).ToLowerInvariant();
    }

    private string CanonicalRaw(string canonicalKey, NumTok tok)
    {
        // The lexicon's canonical form, as written in the lexicon (keys are folded; find the entry's display form).
        return _g.CountedNounDisplay.TryGetValue(canonicalKey, out var d) ? d : canonicalKey;
    }

    public TextSpan SpanOf(int first, int last) => _a.SpanOf(first, last);
}
