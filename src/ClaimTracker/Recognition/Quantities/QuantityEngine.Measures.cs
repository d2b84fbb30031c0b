using ClaimTracker.Model;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Recognition.Quantities;

/// <summary>
/// Measure rules: units whose reading needs a context word (<see cref="UnitEntry.Near"/>), a unit followed by a
/// fraction, and the unit lookup shared with the money rules. Case files: <c>tests/specs/{ar,en}/measures.json</c>.
/// </summary>
internal sealed partial class QuantityEngine
{
    /// <summary>How many words either side of a quantity a unit's context word (<see cref="UnitEntry.Near"/>) may be.</summary>
    private const int NearWindow = 6;

    /// <summary>True when the unit entry needs no context word, or one is within <see cref="NearWindow"/> words of token <paramref name="at"/>.</summary>
    private bool NearOk(UnitEntry e, int at)
    {
        if (!_g.NearKeys.TryGetValue(e, out var near))
        {
            return true;
        }

        var from = Math.Max(0, at - NearWindow);
        var to = Math.Min(_t.Count - 1, at + NearWindow);
        for (var k = from; k <= to; k++)
        {
            if (_t[k].Kind != NumTokKind.Word)
            {
                continue;
            }

            foreach (var (stem, _) in _g.Stems(_t[k].Key))
            {
                if (near.Contains(stem))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The number joined to what precedes by a conjunction at <paramref name="i"/>: a number glued to a conjunction prefix
    /// (one word), or a conjunction word followed by a number; null when there is none.
    /// </summary>
    private NumberMatch? NumberAfterConjunction(int i)
    {
        if (i >= _t.Count)
        {
            return null;
        }

        if (_numAt.TryGetValue(i, out var glued) && _t[i].Kind == NumTokKind.Word && _g.Senses(_t[i]).FirstOrDefault().ConjunctionPrefix)
        {
            return glued;
        }

        return _g.HasRole(_t[i], "conjunction") && i + 1 < _t.Count && _numAt.TryGetValue(i + 1, out var next) ? next : null;
    }

    /// <summary>A proper fraction (a half, a quarter) joined by a conjunction at <paramref name="i"/>: "wnSf", "and a half".</summary>
    private NumberMatch? FractionAfter(int i)
    {
        var n = NumberAfterConjunction(i);

        return n is { Value: > 0 and < 1, Unit: null, CountedNoun: null } && n.Form is NumberForm.Fraction or NumberForm.Cardinal or NumberForm.Decimal
            && _t[n.First].Kind == NumTokKind.Word ? n : null;
    }

    /// <summary>The unit written at <paramref name="j"/> (a lexicon unit whose context fits, or a currency abbreviation in its exact case).</summary>
    private PhraseMatch<UnitEntry>? UnitAt(int j, bool prefixOnly = false)
    {
        if (j < 0 || j >= _t.Count)
        {
            return null;
        }

        if (_g.Units.Match(_t, j, _g, allowPrefixes: false, accept: e => (!prefixOnly || e.Prefix) && NearOk(e, j)) is { } m)
        {
            return m;
        }

        return _t[j].Kind == NumTokKind.Word && _g.Abbreviations.TryGetValue(_t[j].Raw, out var abbr)
            ? new PhraseMatch<UnitEntry>(abbr, j, j, false)
            : null;
    }
}
