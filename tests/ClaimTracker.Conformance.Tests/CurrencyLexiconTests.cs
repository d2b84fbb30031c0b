using ClaimTracker.Conformance.Tests.Support;
using ClaimTracker.Model;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Text;

namespace ClaimTracker.Conformance.Tests;

/// <summary>The packs' <c>currencies.yaml</c> against the core's ISO 4217 list.</summary>
public sealed class CurrencyLexiconTests
{
    // Funds, precious metals, testing codes and withdrawn codes whose name passed to a successor: listed by code only.
    private static readonly HashSet<string> CodeOnly = new(StringComparer.Ordinal)
    {
        "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XPD", "XPT",
        "XSU", "XTS", "XUA", "XXX", "SLL", "VED", "HRK", "ZWL",
    };

    // The currencies of the Arab League states, named in Arabic.
    private static readonly string[] ArabWorld =
    [
        "AED", "BHD", "DJF", "DZD", "EGP", "IQD", "JOD", "KMF", "KWD", "LBP", "LYD", "MAD", "MRU", "OMR", "QAR", "SAR", "SDG",
        "SOS", "SYP", "TND", "YER",
    ];

    public static TheoryData<string> Packs() => new() { "ar", "en" };

    private static List<CurrencyEntry> Load(string code) =>
        (code == "ar" ? TestLanguagePack.Arabic : TestLanguagePack.English).Lexicons.TryLoad<CurrencyEntry>("currencies.yaml")!.Entries;

    [Theory]
    [MemberData(nameof(Packs))]
    public void Currencies_EveryIsoCode_IsListedByCode(string pack)
    {
        var codes = Load(pack).Where(e => e.Code is not null).Select(e => e.Code!).ToHashSet(StringComparer.Ordinal);
        CurrencyCatalog.All.Select(c => c.Code).Should().BeSubsetOf(codes);
        codes.Should().OnlyContain(c => Listed(c), "every code entry must be an ISO 4217 code");
        Load(pack).Where(e => e.Code is not null).Should().OnlyContain(e => e.Abbreviations.Contains(e.Code!), "the code itself is an abbreviation");
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Currencies_FamiliesAndSubunits_NameListedCodes(string pack)
    {
        foreach (var e in Load(pack).Where(e => e.Family is not null))
        {
            e.Codes.Should().HaveCountGreaterThanOrEqualTo(2, $"family {e.Family}");
            e.Codes.Should().OnlyContain(c => Listed(c));
            e.Forms.Should().NotBeEmpty();
        }

        foreach (var e in Load(pack).Where(e => e.SubunitOf.Count > 0))
        {
            e.SubunitOf.Should().OnlyContain(c => HasMinorUnits(c), "a sub-unit divides a currency with minor units");
        }

        Load(pack).Select(e => e.Family).Where(f => f is not null).Should().Contain(["riyal", "dinar", "pound", "lira"]);
    }

    private static bool Listed(string code) => CurrencyCatalog.TryGet(code, out _);

    private static bool HasMinorUnits(string code) => CurrencyCatalog.TryGet(code, out var info) && info.MinorUnits > 0;

    [Fact]
    public void EnglishCurrencies_EveryCurrency_HasAName()
    {
        Load("en").Where(e => e.Code is not null && !CodeOnly.Contains(e.Code)).Should().OnlyContain(e => e.Forms.Count > 0);
    }

    [Fact]
    public void ArabicCurrencies_ArabWorldAndMajorCurrencies_HaveNames()
    {
        var named = Load("ar").Where(e => e.Code is not null && e.Forms.Count > 0).Select(e => e.Code!).ToHashSet(StringComparer.Ordinal);
        named.Should().Contain(ArabWorld).And.Contain(["USD", "EUR", "GBP", "JPY", "CNY", "CHF", "RUB", "INR", "TRY", "IRR", "ILS", "ETB", "PKR"]);
    }
}
