namespace ClaimTracker.Recognition.Numbers;

/// <summary>A number found over tokens <see cref="First"/>..<see cref="Last"/> (inclusive).</summary>
internal sealed record NumberMatch(int First, int Last, double Value, NumberForm Form, string Rule)
{
    /// <summary>For numbers read from a dual unit noun: the unit entry.</summary>
    public UnitEntry? Unit { get; init; }

    /// <summary>For numbers read from a dual counted noun: the canonical noun.</summary>
    public string? CountedNoun { get; init; }

    /// <summary>True when digits are glued to a unit ("29km"): a quantity, but not a stand-alone number.</summary>
    public bool GluedUnit { get; init; }

    /// <summary>The value before the last conjunction-started segment ("two hundred and three": 200), else 0.</summary>
    public double SegmentBase { get; init; }
}

/// <summary>
/// Reads numbers written in words, digits or both from a token list, driven by the pack's number lexicon.
/// A left-to-right state machine over one number group at a time (units, teens, tens, hundreds) with scale words
/// closing groups; a word that cannot continue the number ends it, and when the failure comes right after a
/// conjunction the number ends before that conjunction ("3 hundred and 2 hundred" is two numbers). Linear in the
/// number of tokens.
/// </summary>
internal sealed class NumberParser
{
    private readonly NumberGrammar _g;
    private readonly List<NumTok> _t;

    public NumberParser(NumberGrammar grammar, List<NumTok> tokens)
    {
        _g = grammar;
        _t = tokens;
    }

    /// <summary>All numbers in the token list, in order, not overlapping.</summary>
    public List<NumberMatch> ParseAll()
    {
        var result = new List<NumberMatch>();
        var i = 0;
        while (i < _t.Count)
        {
            var m = ParseAt(i);
            if (m is null)
            {
                i++;
                continue;
            }

            result.Add(m);
            i = m.Last + 1;
        }

        return result;
    }

    private sealed class State
    {
        public double Total;
        public double Current;
        public bool HasHundreds;
        public bool HasTens;
        public bool HasUnits;
        public bool HasTeen;
        public bool Closed; // current group holds a literal or fixed value that takes no more small parts
        public double LastScale = double.PositiveInfinity;
        public double SegmentBase; // value at the last conjunction
        public double SegmentCurrentStart; // Current at the last hundred/conjunction, for "dozen"
        public bool Any;
        public bool Fraction;
        public bool Decimal;
        public bool Ordinal;
        public bool OnlyAmbiguous = true;
        public double LastUnitsValue;

        public bool ArticlePending;
        public bool DefiniteStart;
        public bool DefiniteOrdinal; // a definite ten, hundred or scale ("الثلاثون") is an ordinal
        public bool LiteralGroup;
        public bool ConjAfterScale;
        public bool UnitsBeforeTens;
        private double _segmentBasePrev;
        private bool _conjAfterScalePrev;

        public double Value => Total + Current;

        public void NewGroup()
        {
            Current = 0;
            HasHundreds = HasTens = HasUnits = HasTeen = Closed = LiteralGroup = false;
        }

        /// <summary>A conjunction starts a new additive segment.</summary>
        public void StartSegment(bool unitsBeforeTens)
        {
            _segmentBasePrev = SegmentBase;
            _conjAfterScalePrev = ConjAfterScale;
            SegmentBase = Value;
            SegmentCurrentStart = Current;
            ConjAfterScale = Current == 0 && Total > 0 && LastScale < double.PositiveInfinity;
            UnitsBeforeTens = unitsBeforeTens;
        }

        /// <summary>The conjunction joined a unit to its ten inside one group ("ثلاثة وعشرون"): no new segment.</summary>
        public void UndoSegment()
        {
            SegmentBase = _segmentBasePrev;
            ConjAfterScale = _conjAfterScalePrev;
        }
    }

    private bool Adjacent(int a, int b) => b < _t.Count && _t[a].End == _t[b].Start;

    private NumberWordEntry? Sense(int i, string cls, out bool conj)
    {
        conj = false;
        foreach (var s in _g.Senses(_t[i]))
        {
            if (s.Entry.Class == cls && (!s.Entry.AfterDigitsOnly || (i > 0 && _t[i - 1].Kind == NumTokKind.Literal)))
            {
                conj = s.ConjunctionPrefix;
                return s.Entry;
            }
        }

        return null;
    }

    private bool IsNumberWord(int i) => i < _t.Count && (_t[i].Kind == NumTokKind.Literal || _g.Senses(_t[i]).Count > 0);

    private bool Has(int i, string role) => i >= 0 && i < _t.Count && _g.HasRole(_t[i], role);

    public NumberMatch? ParseAt(int start)
    {
        var i = start;
        var negative = false;
        var first = start;

        // Negative: a sign glued to the number, or a negative word.
        if (_t[i].Kind == NumTokKind.Punct && _t[i].Key is "-" or "\u2212" && i + 1 < _t.Count)
        {
            var prevOk = i == 0 || (_t[i - 1].Kind == NumTokKind.Punct && _t[i - 1].Key is not ("-" or "/"))
                || (_t[i - 1].Kind == NumTokKind.Word && !Adjacent(i - 1, i));
            var glued = Adjacent(i, i + 1);
            if (prevOk && (glued || i == 0) && (_t[i + 1].Kind == NumTokKind.Literal || (glued && IsNumberWord(i + 1))))
            {
                negative = true;
                i++;
            }
            else
            {
                return null;
            }
        }
        else if (Has(i, "negative") && IsNumberWord(i + 1))
        {
            negative = true;
            i++;
        }

        var m = ParseUnsigned(i);
        if (m is null && _g.Syntax.Match(_t, i, _g, allowPrefixes: false, accept: e => e.Role == "fraction-of-one") is { } one
            && ParseUnsigned(one.Last + 1) is { } den && den.Value > 1 && den.Form == NumberForm.Cardinal)
        {
            // "جزء من مئة": one part of a hundred
            m = new NumberMatch(i, den.Last, 1 / den.Value, NumberForm.Fraction, "fraction-of-one");
        }

        if (m is null)
        {
            return null;
        }

        if (negative)
        {
            m = m with { First = first, Value = -m.Value };
        }

        // Percent after the number.
        var pm = _g.Syntax.Match(_t, m.Last + 1, _g, accept: e => e.Role == "percent");
        if (pm is { } p && p.Value.Role == "percent" && (p.Value.Position ?? "after") != "before")
        {
            m = m with { Last = p.Last, Form = NumberForm.Percent, Rule = "percent" };
        }
        else if (start > 0 && m.First == start && _g.Syntax.Match(_t, start - 1, _g, accept: e => e.Role == "percent" && e.Position == "before") is { } pb && pb.Last == start - 1
            && pb.Value.Role == "percent" && pb.Value.Position == "before")
        {
            m = m with { First = start - 1, Form = NumberForm.Percent, Rule = "percent" };
        }

        return m;
    }

    private NumberMatch? ParseUnsigned(int start)
    {
        var s = new State();
        var i = start;
        var lastGood = -1;
        var lastGoodValue = 0.0;
        var beforeConjGood = -1;
        var beforeConjValue = 0.0;
        var lastConjTok = -1;
        var lastMultiplierTok = -1;
        var pendingConj = false;
        var articleOne = false;
        var rule = "number-words";

        if (Has(i, "not-a-number"))
        {
            return null;
        }

        // A plural scale alone is vague ("آلاف الأشخاص", "thousands of people"): it needs a multiplier before it.
        if (_t[i].Kind == NumTokKind.Word && _g.Senses(_t[i]) is { Count: > 0 } first0 && first0.All(x => x.Entry.Plural && x.Entry.Class is "hundred" or "scale" or "dozen"))
        {
            return null;
        }

        // "a hundred", "a half": the article counts as one before a number word.
        if (Has(i, "article-one") && i + 1 < _t.Count && _t[i + 1].Kind == NumTokKind.Word)
        {
            var next = _g.Senses(_t[i + 1]);
            if (next.Any(x => x.Entry.Class is "hundred" or "scale" or "fraction" or "dozen" || (x.Entry.Class == "ordinal" && x.Entry.Denominator && x.Entry.Value > 1)
                || (x.Entry.Class == "ten" && Has(i + 2, "joiner"))))
            {
                articleOne = true;
                s.ArticlePending = true;
                i++;
            }
        }

        while (i < _t.Count)
        {
            var tok = _t[i];
            var applied = false;
            var conjPrefix = false;

            if (s.Any && !pendingConj && (Has(i, "conjunction") || Has(i, "joiner")))
            {
                if (Has(i, "joiner") && !(Adjacent(i - 1, i) || Adjacent(i, i + 1) || (_t[i - 1].Kind == NumTokKind.Word && i + 1 < _t.Count && _t[i + 1].Kind == NumTokKind.Word)))
                {
                    break;
                }

                if (Has(i, "conjunction"))
                {
                    beforeConjGood = lastGood;
                    beforeConjValue = lastGoodValue;
                    lastConjTok = i;
                    pendingConj = true;
                    s.StartSegment(Has(i, "units-before-tens"));
                }

                i++;
                continue;
            }

            if (s.Any && Has(i, "article-one") && pendingConj)
            {
                // "one and a half"
                s.ArticlePending = true;
                i++;
                continue;
            }

            if (tok.Kind == NumTokKind.Literal)
            {
                var lit = tok.Literal!;
                if (Adjacent(i, i + 1) && _t[i + 1].Kind == NumTokKind.Word && !GlueAllowed(i + 1))
                {
                    if (!s.Any && _g.Units.Match(_t, i + 1, _g, allowPrefixes: false) is not null)
                    {
                        return new NumberMatch(start, i, lit.Value, lit.Form, "digits") { GluedUnit = true };
                    }

                    break;
                }

                if (s.Ordinal || s.ArticlePending || (i > start && Has(i - 1, "joiner")))
                {
                    // no digits after ordinal words, "a", or a hyphen ("5k-20k" is a range, not 5020)
                }
                else if (!s.Any)
                {
                    s.Current = lit.Value;
                    s.Closed = lit.Value >= 100 || !lit.IsInteger;
                    s.HasHundreds = lit.Value >= 100;
                    s.HasTens = lit.Value >= 10;
                    s.HasUnits = true;
                    s.LiteralGroup = true;
                    s.Fraction = lit.Form == NumberForm.Fraction;
                    s.Decimal = lit.Form == NumberForm.Decimal || !lit.IsInteger;
                    rule = "digits";
                    applied = true;
                }
                else if (s.Current == 0 && lit.Value < s.LastScale && lit.IsInteger && !s.Fraction)
                {
                    s.Current = lit.Value;
                    s.HasHundreds = lit.Value >= 100;
                    s.HasTens = lit.Value >= 10;
                    s.HasUnits = true;
                    s.Closed = lit.Value >= 100;
                    s.LiteralGroup = true;
                    applied = true;
                }
                else if (s.HasHundreds && !s.HasTens && !s.HasUnits && !s.HasTeen && !s.Closed && lit.IsInteger && lit.Value is > 0 and < 100 && pendingConj)
                {
                    s.Current += lit.Value;
                    s.HasTens = s.HasUnits = true;
                    s.Closed = true;
                    applied = true;
                }
            }
            else if (tok.Kind == NumTokKind.Word)
            {
                applied = ApplyWord(s, ref i, pendingConj, ref conjPrefix);
                if (!applied && (pendingConj || _g.Senses(tok).FirstOrDefault().ConjunctionPrefix) && s.Any && !s.Fraction && FractionAhead(i))
                {
                    // "twenty and three fifths": a new numerator after the conjunction.
                    s.Total = s.Value;
                    s.NewGroup();
                    s.LastScale = double.PositiveInfinity;
                    applied = ApplyWord(s, ref i, pendingConj, ref conjPrefix);
                }
            }

            if (!applied)
            {
                if (IsMultiplier(i) && lastConjTok > lastMultiplierTok && beforeConjGood >= 0 && lastGood > lastConjTok)
                {
                    lastGood = beforeConjGood;
                    lastGoodValue = beforeConjValue;
                }

                break;
            }

            if (IsMultiplier(i))
            {
                lastMultiplierTok = i;
            }
            else if (conjPrefix && s.Any && lastGood >= 0 && i > lastConjTok)
            {
                // a conjunction glued to this word ("وخمسة"): checkpoint before the word
                lastConjTok = i;
                beforeConjGood = lastGood;
                beforeConjValue = lastGoodValue;
            }

            if (!s.Any && tok.Kind == NumTokKind.Word && _g.Senses(tok).FirstOrDefault() is { ArticlePrefix: true } ds)
            {
                s.DefiniteStart = true;
                s.DefiniteOrdinal = ds.Entry.Class is "ten" or "hundred" or "scale";
            }
            else if (s.DefiniteStart && tok.Kind == NumTokKind.Word && _g.Senses(tok).FirstOrDefault() is { ArticlePrefix: true, Entry.Class: "ten" })
            {
                s.DefiniteOrdinal = true;
            }

            s.Any = true;
            pendingConj = false;
            lastGood = i;
            lastGoodValue = s.Value;
            i++;
            if (s.Fraction && s.Closed)
            {
                break;
            }
        }

        if (lastGood < 0)
        {
            return null;
        }

        var value = lastGoodValue;
        var first = start;
        var form = s.Ordinal || (s.DefiniteOrdinal && !s.Fraction && !s.Decimal) ? NumberForm.Ordinal : s.Fraction && value != Math.Floor(value) ? NumberForm.Fraction : s.Decimal ? NumberForm.Decimal : NumberForm.Cardinal;
        if (articleOne && s.Ordinal && value > 1)
        {
            // "a twenty-first", "a hundredth"
            value = 1 / value;
            form = NumberForm.Fraction;
        }

        // Ambiguous single word after a determiner ("the one", "which one") is a pronoun.
        if (s.OnlyAmbiguous && lastGood == first && _t[first].Kind == NumTokKind.Word && first > 0 && Has(first - 1, "determiner"))
        {
            return null;
        }

        var m = new NumberMatch(first, lastGood, value, form, rule) { SegmentBase = s.SegmentBase < value ? s.SegmentBase : 0 };
        return Extend(m);
    }

    private bool IsMultiplier(int i) => i < _t.Count && _t[i].Kind == NumTokKind.Word
        && _g.Senses(_t[i]).Any(x => x.Entry.Class is "hundred" or "scale" or "dozen" && !x.PrepositionPrefix);

    /// <summary>True when words from <paramref name="i"/> read as a numerator followed by a fraction or plural denominator.</summary>
    private bool FractionAhead(int i)
    {
        for (var k = i; k < _t.Count && k < i + 6; k++)
        {
            if (Has(k, "joiner"))
            {
                continue;
            }

            var senses = _g.Senses(_t[k]);
            if (k > i && senses.Any(x => x.Entry.Class == "fraction" || (x.Entry.Class == "ordinal" && x.Entry.Denominator)))
            {
                return true;
            }

            if (!senses.Any(x => x.Entry.Class is "unit" or "ten" or "teen" or "hundred"))
            {
                return false;
            }
        }

        return false;
    }

    private bool GlueAllowed(int w)
    {
        foreach (var s in _g.Senses(_t[w]))
        {
            if (s.Entry.Class is "scale" or "hundred" or "dozen")
            {
                return true;
            }
        }

        return Has(w, "ordinal-suffix") || Has(w, "percent") || _g.Syntax.Match(_t, w, _g, accept: e => e.Role == "percent") is not null;
    }

    private bool ApplyWord(State s, ref int i, bool pendingConj, ref bool conjPrefix)
    {
        var senses = _g.Senses(_t[i]);
        if (senses.Count == 0 || (s.Any && senses[0].PrepositionPrefix))
        {
            return false;
        }

        var glueConj = senses[0].ConjunctionPrefix;
        if (glueConj && s.Any && !pendingConj)
        {
            pendingConj = true;
            s.StartSegment(true);
        }
        else if (glueConj && !s.Any)
        {
            glueConj = false;
        }

        conjPrefix = glueConj;
        var afterLiteral = i > 0 && _t[i - 1].Kind == NumTokKind.Literal && s.Any;

        // Words that are both a cardinal and a fraction (Arabic خمس "five" or "a fifth").
        NumberWordEntry? cardinal = senses.FirstOrDefault(x => x.Entry.Class is "unit" or "teen" or "ten" or "zero").Entry;
        NumberWordEntry? fraction = senses.FirstOrDefault(x => x.Entry.Class == "fraction").Entry;
        if (fraction is not null && cardinal is not null)
        {
            var next = i + 1;
            var nextIsNumber = next < _t.Count && _g.Senses(_t[next]).Any(x => x.Entry.Class is "hundred" or "scale" or "unit" or "ten" or "teen-suffix" or "teen")
                || Has(next, "point");
            var cardinalFits = !s.Any || (cardinal.Class == "unit" && !s.HasUnits && !s.HasTeen && !s.Closed && (pendingConj || s.Current == 0) && !FractionEnd(next));
            var nextIsNoun = next < _t.Count && _t[next].Kind == NumTokKind.Word && !nextIsNumber && !_g.HasArticle(_t[next].Key) && !_g.IsSyntaxWord(_t[next]);
            var nextIsDefiniteNumber = nextIsNumber && _g.Senses(_t[next]).Any(x => x.ArticlePrefix) && !_g.Senses(_t[next]).Any(x => x.Entry.Class is "hundred" or "scale");
            if ((nextIsNumber || (nextIsNoun && !s.Any)) && cardinalFits && !nextIsDefiniteNumber)
            {
                fraction = null;
            }
            else
            {
                cardinal = null;
            }
        }

        if (fraction is not null && senses.All(x => x.Entry.Class is "fraction" or "unit" or "ten" or "teen" or "zero"))
        {
            if (fraction.Ambiguous && senses.Any(x => x.Entry == fraction && x.ArticlePrefix))
            {
                return false; // "الثمن" is "the price"
            }

            if (fraction.Ambiguous && !s.Any && i + 1 < _t.Count && _t[i + 1].Kind == NumTokKind.Word && !_g.HasArticle(_t[i + 1].Key)
                && _g.Senses(_t[i + 1]).Count == 0 && !_g.IsSyntaxWord(_t[i + 1]))
            {
                return false; // "ثمن" before an indefinite noun is "price", not an eighth
            }

            return ApplyPart(s, ref i, fraction.Value * (senses.First(x => x.Entry == fraction).Entry.Count ?? 1));
        }

        foreach (var sense in senses)
        {
            var e = sense.Entry;
            if (e.AfterDigitsOnly && !afterLiteral)
            {
                continue;
            }

            if (!e.Ambiguous)
            {
                s.OnlyAmbiguous = false;
            }

            switch (e.Class)
            {
                case "zero":
                    if (!s.Any)
                    {
                        s.Current = 0;
                        s.Closed = true;
                        s.HasUnits = true;
                        return true;
                    }

                    return false;
                case "unit" when e == cardinal || cardinal is null:
                    if (s.Closed || s.HasUnits || s.HasTeen || s.Ordinal)
                    {
                        return false;
                    }

                    if (s.Current == 0 && s.Total > 0 && e.Value >= s.LastScale)
                    {
                        return false;
                    }

                    s.Current += e.Value;
                    s.HasUnits = true;
                    s.LastUnitsValue = e.Value;
                    s.LiteralGroup = false;
                    return true;
                case "teen-unit":
                    if (!s.Any && i + 1 < _t.Count && _g.Senses(_t[i + 1]).Any(x => x.Entry.Class == "teen-suffix"))
                    {
                        s.Current = e.Value;
                        s.HasUnits = true;
                        s.LastUnitsValue = e.Value;
                        return true;
                    }

                    continue;
                case "teen":
                    if (s.Closed || s.HasUnits || s.HasTens || s.HasTeen || s.Ordinal)
                    {
                        return false;
                    }

                    s.Current += e.Value;
                    s.HasTeen = true;
                    s.LiteralGroup = false;
                    return true;
                case "teen-suffix":
                    if (s.HasUnits && !s.HasTens && !s.HasTeen && !pendingConj && s.LastUnitsValue is > 0 and < 10 && (s.Ordinal || !s.Closed))
                    {
                        s.Current += 10;
                        s.HasTeen = true;
                        return true;
                    }

                    continue;
                case "ten":
                    if (s.Closed && !s.Ordinal || s.HasTens || s.HasTeen || (s.HasUnits && !(pendingConj && s.UnitsBeforeTens)))
                    {
                        return false;
                    }

                    if (s.HasUnits)
                    {
                        s.UndoSegment();
                    }

                    s.Current += e.Value;
                    s.HasTens = true;
                    s.LiteralGroup = false;
                    return true;
                case "hundred":
                    if (s.Ordinal)
                    {
                        return false;
                    }

                    if (e.Count is { } hc)
                    {
                        if (s.HasHundreds || s.Closed || s.Current != 0)
                        {
                            return false;
                        }

                        s.Current = hc * e.Value;
                        s.HasHundreds = true;
                        s.SegmentCurrentStart = s.Current;
                        return true;
                    }

                    if (s.LiteralGroup && s.Current < 1000)
                    {
                        s.Current *= e.Value;
                    }
                    else if ((s.HasHundreds && s.Current != 0) || (s.Closed && s.Current >= 100) || (pendingConj && s.Current == 0 && s.Any))
                    {
                        return false;
                    }
                    else
                    {
                        s.Current = (s.Current == 0 ? 1 : s.Current) * e.Value;
                    }

                    s.HasHundreds = true;
                    s.HasTens = s.HasUnits = s.HasTeen = false;
                    s.Closed = false;
                    s.LiteralGroup = false;
                    s.SegmentCurrentStart = s.Current;
                    return true;
                case "scale":
                    {
                        if (s.Ordinal)
                        {
                            return false;
                        }

                        var count = e.Count ?? 1;
                        if (e.Count is not null && s.Current != 0)
                        {
                            return false;
                        }

                        if (pendingConj && s.Current == 0 && e.Count is null)
                        {
                            return false;
                        }

                        if (e.Value >= s.LastScale && s.Current != 0 && s.Total != 0)
                        {
                            return false;
                        }

                        if (s.Current == 0 && s.Total > 0 && s.Total < e.Value && e.Count is null)
                        {
                            s.Total *= e.Value;
                        }
                        else if (s.Current == 0 && s.Total > 0)
                        {
                            return false;
                        }
                        else if (s.Total > 0 && s.Total < e.Value)
                        {
                            s.Total = (s.Total + s.Current) * e.Value;
                        }
                        else
                        {
                            s.Total += (s.Current == 0 ? count : s.Current) * e.Value;
                        }

                        s.LastScale = e.Value;
                        s.NewGroup();
                        return true;
                    }

                case "dozen":
                    {
                        var count = e.Count ?? 1;
                        var seg = s.Current - s.SegmentCurrentStart;
                        if (e.Count is not null)
                        {
                            s.Current += count * e.Value;
                        }
                        else
                        {
                            s.Current = s.SegmentCurrentStart + ((seg == 0 ? 1 : seg) * e.Value);
                        }

                        s.Closed = true;
                        return true;
                    }

                case "ordinal":
                    if (e.Denominator && e.Plural && !s.Any && !s.ArticlePending)
                    {
                        return false;
                    }

                    if (e.Denominator && (e.Plural || s.ArticlePending || (s.Any && s.Value - s.SegmentBase == 1 && !s.LiteralGroup)))
                    {
                        if (s.LiteralGroup && !s.ArticlePending)
                        {
                            return false; // "100 millionths" is a hundred, then a word
                        }

                        return ApplyPart(s, ref i, 1 / e.Value);
                    }

                    if (!s.Any)
                    {
                        s.Current = e.Value;
                        s.Ordinal = true;
                        s.HasUnits = e.Value < 10;
                        s.LastUnitsValue = e.Value;
                        s.HasTens = e.Value >= 10;
                        s.Closed = e.Value >= 10;
                        return true;
                    }

                    if (!s.Ordinal && ((s.HasTens && !s.HasUnits && !s.HasTeen && e.Value < 10) || (s.HasHundreds && !s.HasTens && !s.HasUnits && !s.HasTeen && e.Value < 100 && !e.Denominator)))
                    {
                        s.Current += e.Value;
                        s.Ordinal = true;
                        s.Closed = true;
                        return true;
                    }

                    return false;
            }
        }

        return false;
    }

    private bool FractionEnd(int next) => next < _t.Count && _g.Senses(_t[next]).Any(x => x.Entry.Class == "fraction");

    /// <summary>
    /// Applies a fraction word worth <paramref name="part"/> (already multiplied by a dual count): the numerator is the
    /// value since the last conjunction (or one); "and a half" after a scale is half of that scale; a scale after the
    /// fraction multiplies it ("half a million", "five and a half million").
    /// </summary>
    private bool ApplyPart(State s, ref int i, double part)
    {
        var numerator = s.Value - s.SegmentBase;
        if (numerator == 0 || s.ArticlePending)
        {
            numerator = numerator == 0 ? 1 : numerator;
        }

        var baseValue = s.SegmentBase;
        if (numerator >= 10 && !s.ConjAfterScale)
        {
            // "one hundred and thirty fifths" is 130/5: a mixed number takes a one-digit numerator after "and"
            numerator = s.Value;
            baseValue = 0;
        }

        var frac = numerator * part;
        double result;
        var j = i + 1;
        while (j < _t.Count && (Has(j, "of") || Has(j, "article-one")))
        {
            j++;
        }

        if (j == i + 1 && j < _t.Count && _t[j].Kind == NumTokKind.Word && _g.Senses(_t[j]).Any(x => x.ArticlePrefix && x.Entry.Class is "ten" or "unit" or "teen" or "hundred")
            && ParseUnsigned(j) is { Form: NumberForm.Cardinal or NumberForm.Ordinal } whole)
        {
            // "خمس العشرين": a fifth of the twenty
            s.Total = baseValue + (frac * whole.Value);
            s.Current = 0;
            s.Fraction = true;
            s.Closed = true;
            i = whole.Last;
            return true;
        }

        var scale = j < _t.Count ? _g.Senses(_t[j]).FirstOrDefault(x => x.Entry.Class is "scale" or "dozen" && x.Entry.Count is null && !x.Entry.AfterDigitsOnly).Entry : null;
        if (scale is not null)
        {
            result = s.ConjAfterScale ? baseValue + (frac * scale.Value) : (baseValue + frac) * scale.Value;
            s.LastScale = scale.Value;
            i = j;
        }
        else if (s.ConjAfterScale && s.LastScale < double.PositiveInfinity)
        {
            result = baseValue + (frac * s.LastScale);
        }
        else
        {
            result = baseValue + frac;
        }

        s.Total = result;
        s.Current = 0;
        s.Fraction = true;
        s.Closed = true;
        s.ArticlePending = false;
        return true;
    }

    private bool ScaleFollows(int j)
    {
        while (j < _t.Count && (Has(j, "of") || Has(j, "article-one")))
        {
            j++;
        }

        return j < _t.Count && _g.Senses(_t[j]).Any(x => x.Entry.Class is "scale" or "dozen" || (x.Entry.Class == "hundred" && x.Entry.Count is null));
    }

    /// <summary>Decimal point words, denominators, connectors ("over", "على"), scale words after digits.</summary>
    private NumberMatch Extend(NumberMatch m)
    {
        var j = m.Last + 1;
        if (j >= _t.Count)
        {
            return m;
        }

        // Ordinal suffix glued to digits: "21st", "4th".
        if (m.Form == NumberForm.Cardinal && _t[m.Last].Kind == NumTokKind.Literal && Adjacent(m.Last, j) && Has(j, "ordinal-suffix"))
        {
            return new NumberMatch(m.First, j, m.Value, NumberForm.Ordinal, "ordinal-digits");
        }

        // Decimal point word: "two hundred point zero three".
        if (Has(j, "point") && m.Form is NumberForm.Cardinal && j + 1 < _t.Count)
        {
            var digits = new System.Text.StringBuilder();
            var k = j + 1;
            while (k < _t.Count)
            {
                var senses = _g.Senses(_t[k]);
                var unit = senses.FirstOrDefault(x => x.Entry.Class is "unit" or "zero" && !x.ConjunctionPrefix).Entry;
                if (unit is not null && !(k + 1 < _t.Count && Has(k + 1, "joiner")))
                {
                    digits.Append(unit.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
                    k++;
                    continue;
                }

                if (digits.Length == 0)
                {
                    var sub = ParseUnsigned(k);
                    if (sub is not null && sub.Form == NumberForm.Cardinal)
                    {
                        digits.Append(sub.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
                        k = sub.Last + 1;
                    }
                }

                break;
            }

            if (digits.Length > 0)
            {
                var v = m.Value + double.Parse("0." + digits, System.Globalization.CultureInfo.InvariantCulture);
                return new NumberMatch(m.First, k - 1, v, NumberForm.Decimal, "point");
            }
        }

        // Denominator: "three fifths", "a twenty-first", "one hundred thousand trillionths".
        if (m.Form == NumberForm.Cardinal && _t[m.Last].Kind == NumTokKind.Word)
        {
            var d = ParseDenominator(j, out var dEnd, out var plural);
            if (d is > 1 && (plural || m.Value == 1))
            {
                return new NumberMatch(m.First, dEnd, m.Value / d.Value, NumberForm.Fraction, "fraction-denominator");
            }
        }

        // Fraction connector: "one over three", "واحد على ثلاثة", "1 in 21".
        if (_g.Syntax.Match(_t, j, _g, allowPrefixes: false, accept: e => e.Role == "fraction-connector") is { } c && m.Form != NumberForm.Percent
            && _g.Syntax.Match(_t, j, _g, accept: e => e.Role == "percent") is null)
        {
            var den = ParseUnsigned(c.Last + 1);
            if (den is not null && den.Value != 0 && den.Form is NumberForm.Cardinal or NumberForm.Decimal
                && (!c.Value.ProperOnly || m.Value < den.Value)
                && !(den.Last + 1 < _t.Count && _g.Units.Match(_t, den.Last + 1, _g) is not null))
            {
                var numerator = m.Value - m.SegmentBase;
                return new NumberMatch(m.First, den.Last, m.SegmentBase + (numerator / den.Value), NumberForm.Fraction, "fraction-connector");
            }
        }

        return m;
    }

    private double? ParseDenominator(int j, out int end, out bool plural)
    {
        end = j;
        plural = false;
        if (j >= _t.Count || _t[j].Kind != NumTokKind.Word)
        {
            return null;
        }

        // ordinal word, optionally preceded by a ten and joiner ("twenty-first", "twenty firsts")
        var tens = 0.0;
        var k = j;
        var ten = _g.Senses(_t[k]).FirstOrDefault(x => x.Entry.Class == "ten").Entry;
        if (ten is not null)
        {
            var k2 = k + 1;
            if (k2 < _t.Count && Has(k2, "joiner"))
            {
                k2++;
            }

            if (k2 < _t.Count && _g.Senses(_t[k2]).Any(x => x.Entry.Class == "ordinal" && x.Entry.Denominator && x.Entry.Value < 10))
            {
                tens = ten.Value;
                k = k2;
            }
        }

        var ord = _g.Senses(_t[k]).FirstOrDefault(x => x.Entry.Class == "ordinal" && x.Entry.Denominator).Entry;
        if (ord is null)
        {
            return null;
        }

        end = k;
        plural = ord.Plural;
        return tens + ord.Value;
    }
}
