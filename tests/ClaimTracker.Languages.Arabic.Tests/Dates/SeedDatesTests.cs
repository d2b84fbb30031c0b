using System.Text.Json;
using ClaimTracker.Model;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic.Tests.Dates;

public class SeedDatesTests
{
    public static TheoryData<int> Entries()
    {
        var data = new TheoryData<int>();
        var count = Load().Dates.Count;
        for (var i = 0; i < count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static (List<(string Article, string Text, string Value)> Dates, Dictionary<string, string> Published) Load()
    {
        var root = DateTestSupport.RepoRoot();
        using var dates = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "tests", "fixtures", "eval", "seed-dates.json")));
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "tests", "fixtures", "eval", "seed-gold.dev.json")));
        var list = dates.RootElement.GetProperty("dates").EnumerateArray()
            .Select(e => (e.GetProperty("article").GetString()!, e.GetProperty("text").GetString()!, e.GetProperty("value").GetString()!))
            .ToList();
        var published = gold.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("published").GetString()!);
        return (list, published);
    }

    [Fact]
    public void SeedFile_HasAllEntries_TwentyOne()
    {
        Load().Dates.Should().HaveCount(21);
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Recognize_SeedArticle_ResolvesListedValueAndPrecision(int index)
    {
        var (dates, published) = Load();
        var (article, text, value) = dates[index];
        var body = File.ReadAllText(Path.Combine(DateTestSupport.RepoRoot(), "samples", "seed-ar", article + ".txt"));
        var at = body.IndexOf(text, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"'{text}' should occur in article {article}");
        var where = new TextSpan(at, text.Length);

        var result = DateTestSupport.Run(body, published[article]);
        var expected = DateTestSupport.Parse(value);
        var overlapping = result.Items.OfType<RecognizedTime>().Where(t => t.Span.Overlaps(where)).ToList();

        overlapping.Should().Contain(
            t => SameValue(t.Time, expected),
            $"'{text}' in article {article} (published {published[article]}) should resolve to {value}; found {string.Join(", ", overlapping.Select(o => $"'{o.Text}'={o.Time}({o.Rule})"))}");
    }

    /// <summary>Same interval and precision; a part-of-day result counts as its whole day (docs/dates.md).</summary>
    private static bool SameValue(FuzzyTime actual, FuzzyTime expected) =>
        actual == expected
        || (expected.Precision == TimePrecision.Day && actual.Precision == TimePrecision.PartOfDay && actual.Start == expected.Start && actual.End == expected.End);
}
