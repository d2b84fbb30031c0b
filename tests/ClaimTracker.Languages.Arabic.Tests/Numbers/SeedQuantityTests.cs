using System.Text.Json;
using ClaimTracker.Model;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Quantities;

namespace ClaimTracker.Languages.Arabic.Tests.Numbers;

/// <summary>The 16 quantities of the seed answer key are recognized in the seed articles with value, bound and unit.</summary>
public class SeedQuantityTests
{
    // The answer key names units in English; counted nouns stay Arabic in our results.
    private static readonly Dictionary<string, string?> UnitIds = new()
    {
        ["car"] = null,
        ["shipping container"] = null,
        ["missile"] = null,
        ["volunteer"] = null,
        ["year"] = "year",
        ["decade"] = "decade",
        ["day"] = "day",
        ["hour"] = "hour",
        ["metric ton"] = "metric-ton",
        ["ton"] = "metric-ton",
        ["km/h"] = "km/h",
        ["kilometre"] = "kilometre",
    };

    public static TheoryData<int> Entries()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Load().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static List<JsonElement> Load()
    {
        var path = Path.Combine(NumbersTestPack.RepoRoot(), "tests", "fixtures", "eval", "seed-quantities.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("quantities").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    [Fact]
    public void SeedKey_HasSixteenEntries()
    {
        Load().Should().HaveCount(16);
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Recognize_SeedQuantity_HasValueBoundAndUnit(int index)
    {
        var entry = Load()[index];
        var article = File.ReadAllText(Path.Combine(NumbersTestPack.RepoRoot(), "samples", "seed-ar", entry.GetProperty("article").GetString() + ".txt"));
        var text = entry.GetProperty("text").GetString()!;
        var value = entry.GetProperty("value").GetDouble();
        var bound = entry.GetProperty("bound").GetString();
        var unitName = entry.GetProperty("unit").GetString()!;
        var at = article.IndexOf(text, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the key text '{text}' occurs in the article");
        var span = new Text.TextSpan(at, text.Length);

        var quantities = new QuantityRecognizer().Recognize(article, new RecognitionContext(NumbersTestPack.Instance)).Items
            .OfType<RecognizedQuantity>().Where(q => q.Span.Overlaps(span)).ToList();

        quantities.Should().Contain(q => Matches(q.Quantity, value, bound, unitName),
            $"'{text}' should be {bound} {value} {unitName}; got {string.Join("; ", quantities.Select(q => $"{q.Text} => {q.Quantity.ToIntervalString()} {q.Quantity.Unit.Id} approx={q.Quantity.IsApproximate}"))}");
    }

    private static bool Matches(Quantity q, double value, string? bound, string unitName)
    {
        var unitOk = UnitIds[unitName] is { } id ? q.Unit.Id == id : q.Unit.Dimension == Dimension.Count && q.Unit.CountedNoun is not null;
        var boundOk = bound switch
        {
            "exact" => q.Low == value && q.High == value && !q.IsApproximate,
            "approx" => q.Low == value && q.High == value && q.IsApproximate,
            "more-than" => q.Low == value && !q.LowInclusive && q.High is null,
            "at-least" => q.Low == value && q.LowInclusive && q.High is null,
            _ => false,
        };
        return unitOk && boundOk;
    }
}
