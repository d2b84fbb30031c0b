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
internal sealed record QuantityMatch(int First, int Last, Quantity Quantity, string Rule);

/// <summary>
/// Finds bounds, ranges and quantities over the numbers of a <see cref="NumericAnalysis"/>, driven by the pack's
/// <c>bounds.yaml</c>, <c>units.yaml</c> and <c>counted-nouns.yaml</c>. One left-to-right pass; linear time.
/// </summary>
internal sealed class QuantityEngine
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

        // Dual unit and noun forms stand for two ("يومين", "عقدين").
        for (var i = 0; i < _t.Count; i++)
        {
            if (covered[i] || _t[i].Kind != NumTokKind.Word)
            {
                continue;
            }

            if (_g.Units.Match(_t, i, _g) is { } u && u.Value.Count is { } c && !ends.Contains(i - 1))
            {
                _numAt[i] = new NumberMatch(i, u.Last, c, NumberForm.Cardinal, "dual-unit") { Unit = u.Value };
                i = u.Last;
                continue;
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
        NumberAt(i) ?? (i < _t.Count && _g.HasRole(_t[i], "article") ? NumberAt(i + 1) : null);

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
                return new RangeMatch(rs.First, b.Last, new Bound(a.Value, true, b.Value, inclusive, false, "range"), b, "range-start-middle");
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
                // "equal to 5000 or less", "حوالي 500 أو أقل"
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
            if (inRange.Contains(n.First))
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
        if (n.Unit is { } du)
        {
            unit = Unit.TryFromId(du.Unit, out var uu) ? uu : null;
        }
        else if (n.CountedNoun is { } noun)
        {
            unit = Unit.Count(noun);
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
            if (_g.Units.Match(_t, j, _g, allowPrefixes: false) is { } um && um.Value.Count is null && Unit.TryFromId(um.Value.Unit, out var u))
            {
                unit = u;
                last = um.Last;
            }
            else if (first > 0 && _g.Units.Match(_t, first - 1, _g, allowPrefixes: false) is { } pm && pm.Value.Prefix && pm.Last == first - 1 && Unit.TryFromId(pm.Value.Unit, out var pu))
            {
                unit = pu;
                first = pm.First;
            }
            else if (n.Form is NumberForm.Cardinal or NumberForm.Decimal && !YearLike(n) && CountedNounAt(j) is { } cn)
            {
                unit = Unit.Count(cn.Noun);
                last = cn.Last;
            }
        }

        if (unit is null)
        {
            return;
        }

        // After the unit: "تقريباً", "على الأقل", "or so" (a doubled bound is one bound).
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
            Quantities.Add(new QuantityMatch(first, last, q, rule));
        }
    }

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

        // Counted nouns after a number are indefinite: a definite word ("6 الصينية") is not the counted noun.
        return IsContentWord(j) && !_g.HasArticle(_t[j].Key) ? (CanonicalDisplay(j), j) : null;
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
