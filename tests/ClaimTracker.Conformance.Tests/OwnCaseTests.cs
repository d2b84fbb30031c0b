using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimTracker.Conformance.Tests.Support;
using ClaimTracker.Model;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Quantities;
using ClaimTracker.Text;

namespace ClaimTracker.Conformance.Tests;

/// <summary>
/// Runs ClaimTracker's own case files (<c>tests/specs/{ar,en}/*.json</c>: money, measures, counted nouns, dates),
/// written for the recognizers and not taken from the sample corpus, writes the rates and every failing case to
/// <c>docs/conformance.md</c>, and holds each file at a pass-rate floor of 95 %.
/// </summary>
/// <remarks>
/// A quantity case passes when every expected quantity is found (same text up to a function word, same unit id, same
/// bounds, and the conversion it names) and no other quantity is reported. A date case passes when every expected date
/// is found with the same start, end and precision and no other date is reported.
/// </remarks>
public sealed class OwnCaseTests
{
    /// <summary>The floor every own case file must keep.</summary>
    public const double FloorPercent = 95.0;

    /// <summary>The number of cases the families must have at least (money and measures together; dates).</summary>
    public const int MinimumMoneyAndMeasureCases = 300;

    /// <summary>The number of date cases the files must have at least.</summary>
    public const int MinimumDateCases = 150;

    private static readonly Lazy<IReadOnlyList<FileResult>> Results = new(RunAll);

    /// <summary>One case's outcome.</summary>
    public sealed record CaseResult(string Input, bool Passed, string Cause, string Expected, string Actual);

    /// <summary>One file's outcomes.</summary>
    public sealed record FileResult(string Path, string Family, IReadOnlyList<CaseResult> Cases)
    {
        public int Passed => Cases.Count(c => c.Passed);

        public double Rate => Cases.Count == 0 ? 0 : 100.0 * Passed / Cases.Count;
    }

    public static TheoryData<string> FileNames()
    {
        var data = new TheoryData<string>();
        foreach (var f in CaseFiles())
        {
            data.Add(f);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void CaseFile_PassRate_IsAtLeastTheFloor(string path)
    {
        var r = Results.Value.Single(f => f.Path == path);
        r.Cases.Should().NotBeEmpty();
        r.Rate.Should().BeGreaterThanOrEqualTo(FloorPercent,
            $"{path} passed {r.Passed}/{r.Cases.Count}; failing: {string.Join("; ", r.Cases.Where(c => !c.Passed).Take(10).Select(c => c.Input + " → " + c.Actual))}");
    }

    [Fact]
    public void CaseFiles_HaveTheMinimumNumberOfCases()
    {
        Results.Value.Where(f => f.Family is "money" or "measures").Sum(f => f.Cases.Count).Should().BeGreaterThanOrEqualTo(MinimumMoneyAndMeasureCases);
        Results.Value.Where(f => f.Family == "dates").Sum(f => f.Cases.Count).Should().BeGreaterThanOrEqualTo(MinimumDateCases);
        Results.Value.Select(f => f.Path[..2]).Distinct().Should().BeEquivalentTo(["ar", "en"]);
    }

    [Fact]
    public void ConformanceDocument_ListsOwnCaseRates()
    {
        var path = Path.Combine(Specs.RepoRoot(), "docs", "conformance.md");
        Specs.WriteSection(path, "own-cases", Render(Results.Value), "Conformance");
        File.ReadAllText(path).Should().Contain("ar/money.json");
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "specs", "own");

    private static IEnumerable<string> CaseFiles() =>
        Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static IReadOnlyList<FileResult> RunAll() => CaseFiles().Select(Run).ToArray();

    private static FileResult Run(string relative)
    {
        var pack = relative.StartsWith("ar/", StringComparison.Ordinal) ? TestLanguagePack.Arabic : TestLanguagePack.English;
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, relative)));
        var family = doc.RootElement.GetProperty("family").GetString() ?? "";
        var results = new List<CaseResult>();
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var input = c.GetProperty("input").GetString() ?? "";
            var expect = c.GetProperty("expect").EnumerateArray().ToArray();
            results.Add(family == "dates" ? RunDate(pack, c, input, expect) : RunQuantity(pack, input, expect));
        }

        return new FileResult(relative, family, results);
    }

    private static CaseResult RunQuantity(ILanguagePack pack, string input, JsonElement[] expect)
    {
        var items = new QuantityRecognizer().Recognize(input, new RecognitionContext(pack)).Items.OfType<RecognizedQuantity>().ToList();
        var cause = Match(expect, items, i => i.Text, SameQuantity, "wrong value or unit");
        return new CaseResult(input, cause is null, cause ?? "", string.Join(" | ", expect.Select(DescribeExpected)),
            string.Join(" | ", items.Select(i => $"`{i.Text}` = {i.Quantity.ToIntervalString()} {i.Quantity.Unit.Id}{(i.CountsPeople ? " (people)" : "")}")));
    }

    /// <summary>
    /// Matches each expected item with an unused recognized item of the same text whose value <paramref name="same"/>
    /// accepts; the cause of the first failure, or of an extra result, or null when every item matches one-to-one.
    /// </summary>
    private static string? Match<T>(JsonElement[] expect, List<T> items, Func<T, string> textOf, Func<JsonElement, T, bool> same, string wrongValue)
    {
        var used = new bool[items.Count];
        string? cause = null;
        foreach (var e in expect)
        {
            var hit = -1;
            var textHit = false;
            for (var k = 0; k < items.Count && hit < 0; k++)
            {
                if (used[k] || !Specs.SameText(e.GetProperty("text").GetString() ?? "", textOf(items[k])))
                {
                    continue;
                }

                textHit = true;
                if (same(e, items[k]))
                {
                    hit = k;
                }
            }

            if (hit >= 0)
            {
                used[hit] = true;
            }
            else
            {
                cause ??= textHit ? wrongValue : items.Count == 0 ? "nothing found" : "expected text not found";
            }
        }

        if (cause is null && used.Any(u => !u))
        {
            cause = expect.Length == 0 ? "false positive (nothing expected)" : "extra result";
        }

        return cause;
    }

    private static bool SameTime(JsonElement e, RecognizedTime r)
    {
        var t = r.Time;
        return Day(t.Start) == e.GetProperty("start").GetString() && Day(t.End) == e.GetProperty("end").GetString()
            && string.Equals(t.Precision.ToString(), e.GetProperty("precision").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameQuantity(JsonElement e, RecognizedQuantity r)
    {
        var q = r.Quantity;
        if (e.GetProperty("unit").GetString() != q.Unit.Id || !SameBound(e, "low", q.Low) || !SameBound(e, "high", q.High))
        {
            return false;
        }

        if (e.TryGetProperty("approximate", out var ap) && ap.GetBoolean() != q.IsApproximate)
        {
            return false;
        }

        if (e.TryGetProperty("people", out var pp) && pp.GetBoolean() != r.CountsPeople)
        {
            return false;
        }

        if (e.TryGetProperty("to", out var to))
        {
            var converted = q.ConvertTo(Unit.FromId(to.GetString()!));
            return converted.Low is { } low && Specs.SameNumber(Math.Round(low, 6), e.GetProperty("toValue").GetDouble());
        }

        return true;
    }

    private static bool SameBound(JsonElement e, string name, double? actual)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return actual is null;
        }

        return actual is { } a && Specs.SameNumber(v.GetDouble(), a);
    }

    private static string DescribeExpected(JsonElement e)
    {
        var low = e.TryGetProperty("low", out var l) && l.ValueKind != JsonValueKind.Null ? l.GetDouble().ToString(CultureInfo.InvariantCulture) : "";
        var high = e.TryGetProperty("high", out var h) && h.ValueKind != JsonValueKind.Null ? h.GetDouble().ToString(CultureInfo.InvariantCulture) : "";
        var conv = e.TryGetProperty("to", out var to) ? $" = {e.GetProperty("toValue").GetDouble().ToString(CultureInfo.InvariantCulture)} {to.GetString()}" : "";
        return $"`{e.GetProperty("text").GetString()}` = {low}..{high} {e.GetProperty("unit").GetString()}{conv}";
    }

    private static CaseResult RunDate(ILanguagePack pack, JsonElement c, string input, JsonElement[] expect)
    {
        var reference = FuzzyTime.Day(
            int.Parse(c.GetProperty("reference").GetString()![..4], CultureInfo.InvariantCulture),
            int.Parse(c.GetProperty("reference").GetString()!.Substring(5, 2), CultureInfo.InvariantCulture),
            int.Parse(c.GetProperty("reference").GetString()!.Substring(8, 2), CultureInfo.InvariantCulture));
        var result = new DateRecognizer().Recognize(input, new RecognitionContext(pack, reference));
        var items = result.Items.OfType<RecognizedTime>().ToList();
        var diagnostics = result.Diagnostics.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var cause = Match(expect, items, i => i.Text, SameTime, "wrong value");
        if (cause is null && c.TryGetProperty("diagnostic", out var diag) && !diagnostics.Contains(diag.GetString()!))
        {
            cause = "missing diagnostic " + diag.GetString();
        }

        return new CaseResult(input, cause is null, cause ?? "",
            string.Join(" | ", expect.Select(e => $"`{e.GetProperty("text").GetString()}` = {e.GetProperty("start").GetString()}..{e.GetProperty("end").GetString()} {e.GetProperty("precision").GetString()}")),
            string.Join(" | ", items.Select(i => $"`{i.Text}` = {Day(i.Time.Start)}..{Day(i.Time.End)} {i.Time.Precision}")));
    }

    private static string? Day(DateTime? d) => d?.ToString(d.Value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    private static string Render(IReadOnlyList<FileResult> files)
    {
        var sb = new StringBuilder();
        sb.AppendLine("## ClaimTracker's own cases: money, measures, counted nouns, dates");
        sb.AppendLine();
        sb.AppendLine("Generated by `tests/ClaimTracker.Conformance.Tests/OwnCaseTests.cs` (do not edit by hand). Case files written for");
        sb.AppendLine($"the recognizers (`tests/specs/{{ar,en}}/*.json`, not taken from the sample corpus); each file must pass at least {FloorPercent.ToString(CultureInfo.InvariantCulture)} %.");
        sb.AppendLine();
        sb.AppendLine("| file | family | cases | passed | rate |");
        sb.AppendLine("| --- | --- | ---: | ---: | ---: |");
        foreach (var f in files)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {f.Path} | {f.Family} | {f.Cases.Count} | {f.Passed} | {f.Rate:0.0}% |");
        }

        foreach (var f in files.Where(f => f.Cases.Any(c => !c.Passed)))
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"### {f.Path}: {f.Cases.Count(c => !c.Passed)} failing");
            sb.AppendLine();
            foreach (var c in f.Cases.Where(c => !c.Passed))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"- `{c.Input}` — {c.Cause}; expected {(c.Expected.Length == 0 ? "nothing" : c.Expected)}; got {(c.Actual.Length == 0 ? "nothing" : c.Actual)}");
            }
        }

        return sb.ToString();
    }
}
