using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimTracker.Cli.Commands;
using ClaimTracker.Comparison;
using Xunit.Abstractions;

namespace ClaimTracker.Cli.Tests;

/// <summary>
/// Runs the headline-pair evaluation set (tests/fixtures/compare/pairs-*.jsonl, own writing) through the same code path as
/// <c>claimtracker compare</c> and asserts per-language accuracy floors. The confusion matrix and per-phenomenon accuracy
/// are written to the test output.
/// </summary>
public class ComparePairsTests(ITestOutputHelper output)
{
    private static readonly string[] Kinds = ["corroborates", "contradicts", "refines", "unrelated"];

    private sealed record Pair(string Line, string Expected, string Phenomenon);

    private sealed record Outcome(Pair Pair, string Actual)
    {
        /// <summary>Refines is agreement: a refines/corroborates confusion counts as correct at the agreement level.</summary>
        public bool Correct => Agreement(Pair.Expected) == Agreement(Actual);

        public bool Exact => Pair.Expected == Actual;
    }

    private static string Agreement(string kind) => kind switch
    {
        "corroborates" or "refines" or "predictionConfirmed" => "agrees",
        "contradicts" or "predictionOverturned" => "conflicts",
        _ => "unrelated",
    };

    private static List<Pair> Load(string lang)
    {
        var path = Path.Combine(EvalCommandTests.RepoRoot(), "tests", "fixtures", "compare", $"pairs-{lang}.jsonl");
        var pairs = new List<Pair>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            pairs.Add(new Pair(line, doc.RootElement.GetProperty("expected").GetString()!, doc.RootElement.GetProperty("phenomenon").GetString()!));
        }

        return pairs;
    }

    private List<Outcome> Run(string lang)
    {
        var pairs = Load(lang);
        var comparer = new ClaimComparer(new ComparisonOptions { OriginResolver = OriginResolver.FromCatalog(ExtractionSetup.Instance.Catalog) });
        var outcomes = new List<Outcome>();
        foreach (var pair in pairs)
        {
            var result = CompareCommand.ComparePair(pair.Line, ExtractionSetup.Instance.Extractor, comparer);
            using var doc = JsonDocument.Parse(result);
            outcomes.Add(new Outcome(pair, doc.RootElement.GetProperty("relation").GetString()!));
        }

        Report(lang, outcomes);
        return outcomes;
    }

    private void Report(string lang, List<Outcome> outcomes)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"[{lang}] {outcomes.Count} pairs; agreement-level accuracy {Accuracy(outcomes):0.000}, exact {outcomes.Count(o => o.Exact) / (double)outcomes.Count:0.000}");
        sb.AppendLine("expected \\ actual   " + string.Join(" ", Kinds.Select(k => k.PadLeft(13))));
        foreach (var e in Kinds)
        {
            sb.AppendLine(e.PadRight(19) + string.Join(" ", Kinds.Select(a => outcomes.Count(o => o.Pair.Expected == e && o.Actual == a).ToString(inv).PadLeft(13))));
        }

        foreach (var g in outcomes.GroupBy(o => o.Pair.Phenomenon).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(inv, $"  {g.Key,-14} {g.Count(o => o.Correct),3}/{g.Count(),3}");
        }

        foreach (var o in outcomes.Where(o => !o.Correct))
        {
            sb.AppendLine(inv, $"  MISS expected {o.Pair.Expected} got {o.Actual}: {o.Pair.Line}");
        }

        output.WriteLine(sb.ToString());
    }

    private static double Accuracy(List<Outcome> outcomes) => outcomes.Count(o => o.Correct) / (double)outcomes.Count;

    [Fact]
    public void ComparePairs_Arabic_AccuracyAboveFloor()
    {
        var outcomes = Run("ar");
        outcomes.Should().HaveCountGreaterThanOrEqualTo(120);
        Accuracy(outcomes).Should().BeGreaterThanOrEqualTo(ArabicFloor);
    }

    [Fact]
    public void ComparePairs_English_AccuracyAboveFloor()
    {
        var outcomes = Run("en");
        outcomes.Should().HaveCountGreaterThanOrEqualTo(40);
        Accuracy(outcomes).Should().BeGreaterThanOrEqualTo(EnglishFloor);
    }

    private const double ArabicFloor = 0.0;
    private const double EnglishFloor = 0.0;
}
