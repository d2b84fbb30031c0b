using ClaimTracker.Model;
using ClaimTracker.Recognition.Numbers;

namespace ClaimTracker.Recognition.Quantities;

/// <summary>
/// Money rules: a currency symbol or abbreviation before the number, sub-units that complete an amount or stand alone,
/// with the ratio from the ISO 4217 minor units (<see cref="CurrencyCatalog"/>). Case files:
/// <c>tests/specs/{ar,en}/money.json</c>.
/// </summary>
internal sealed partial class QuantityEngine
{
    /// <summary>A unit written before the number at <paramref name="first"/> ("$5", "KWD 42", "US$ 5").</summary>
    private PhraseMatch<UnitEntry>? PrefixUnitBefore(int first)
    {
        for (var start = Math.Max(0, first - 3); start <= first - 1; start++)
        {
            if (UnitAt(start, prefixOnly: true) is { } pm && pm.Last == first - 1)
            {
                return pm;
            }
        }

        return null;
    }

    private static Bound Scale(Bound b, double factor) =>
        b with { Low = b.Low * factor, High = b.High * factor };

    private PhraseMatch<SubUnit>? SubUnitAt(int j) => j < _t.Count ? _g.SubUnits.Match(_t, j, _g, allowPrefixes: false) : null;

    /// <summary>The one currency a sub-unit divides, and how many sub-units make one; null when it divides several or the minor units differ.</summary>
    private static (Unit Unit, double PerUnit)? CurrencyOfSubUnit(SubUnit s) =>
        s.Codes.Count == 1 && PerUnit(s.Codes) is { } per ? (Unit.Currency(s.Codes[0]), per) : null;

    /// <summary>10^(minor units) when every code has the same minor units, else null.</summary>
    private static double? PerUnit(IEnumerable<string> codes)
    {
        int? minor = null;
        foreach (var c in codes)
        {
            if (!CurrencyCatalog.TryGet(c, out var info) || info.MinorUnits is not { } m || (minor is not null && minor != m))
            {
                return null;
            }

            minor = m;
        }

        return minor is { } mm ? Math.Pow(10, mm) : null;
    }

    /// <summary>"and 43 cents" after an amount in <paramref name="currency"/>: the amount in the main unit and the last token.</summary>
    private (double Amount, int Last)? SubUnitAmountAfter(int i, Unit currency)
    {
        var n = NumberAfterConjunction(i);

        if (n is null || n.Unit is not null || n.CountedNoun is not null || n.Form is not (NumberForm.Cardinal or NumberForm.Decimal)
            || SubUnitAt(n.Last + 1) is not { } su)
        {
            return null;
        }

        var codes = su.Value.Codes.Intersect(currency.CurrencyCandidates, StringComparer.Ordinal).ToArray();
        return codes.Length > 0 && PerUnit(codes) is { } per ? (n.Value / per, su.Last) : null;
    }
}
