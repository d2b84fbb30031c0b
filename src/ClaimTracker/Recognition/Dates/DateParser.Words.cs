using K = ClaimTracker.Recognition.Dates.DateWordKind;

namespace ClaimTracker.Recognition.Dates;

/// <summary>Years written in words, for packs whose <c>spelledYears</c> setting is on.</summary>
internal sealed partial class DateParser
{
    /// <summary>
    /// A year in words: "two thousand and fifteen" (thousands), "nineteen hundred ninety three" (hundreds), "nineteen
    /// eighty six" (two pairs of digits). The number words and their values come from the pack; a lone pair
    /// ("nineteen") or a second pair below ten ("nineteen five") is not a year.
    /// </summary>
    private (int Y, int End)? SpelledYear(int i)
    {
        if (!_spelledYears || i >= N || IsNum(i) || M(i, K.Number) is not { } first)
        {
            return null;
        }

        if (first.W.Value is >= 1 and <= 9 && M(i + first.Len, K.Number) is { W.Value: 1000 } th)
        {
            var e = i + first.Len + th.Len;
            var y = first.W.Value * 1000;
            var k = Is(e, K.And) ? e + M(e, K.And)!.Value.Len : e;
            if (!IsNum(k) && Num(k) is { V: >= 1 and <= 99 } lo && (M(k, K.Number) is not { W.Value: >= 100 }))
            {
                (y, e) = (y + (int)lo.V, lo.End);
            }

            return y is >= 1000 and <= 2999 ? (y, e) : null;
        }

        if (Num(i) is not { V: >= 10 and <= 29 } hi)
        {
            return null;
        }

        if (M(hi.End, K.Number) is { W.Value: 100 } hu)
        {
            var e = hi.End + hu.Len;
            var y = (int)hi.V * 100;
            var k = Is(e, K.And) ? e + M(e, K.And)!.Value.Len : e;
            if (!IsNum(k) && Num(k) is { V: >= 1 and <= 99 } lo)
            {
                (y, e) = (y + (int)lo.V, lo.End);
            }

            return (y, e);
        }

        if (hi.End == i + first.Len && !IsNum(hi.End) && Num(hi.End) is { V: >= 10 and <= 99 } pair)
        {
            return ((int)hi.V * 100 + (int)pair.V, pair.End);
        }

        return null;
    }

    /// <summary>True when the word after a bare spelled year does not look like the noun it counts ("two thousand people").</summary>
    private bool SpelledYearEnds(int e) => e >= N || _t[e].Kind != TokKind.Word || _t[e].Matches.Count > 0;
}
