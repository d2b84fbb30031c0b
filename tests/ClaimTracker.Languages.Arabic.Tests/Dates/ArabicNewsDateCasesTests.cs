using System.Globalization;
using System.Text.Json;
using ClaimTracker.Model;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Text;
using Xunit.Abstractions;

namespace ClaimTracker.Languages.Arabic.Tests.Dates;

/// <summary>
/// Arabic news date expressions written for the project (not from the specs or the seed articles), read from
/// <c>ArabicNewsDateCases.json</c>; every failure is reported at once.
/// </summary>
public class ArabicNewsDateCasesTests(ITestOutputHelper output)
{
    private sealed record Case(int Index, string Text, string Published, string Span, JsonElement? Expect, string? Duration, string? Diagnostic, string? Note, bool None);

    private static List<Case> Load()
    {
        var path = Path.Combine(DateTestSupport.RepoRoot(), "tests", "ClaimTracker.Languages.Arabic.Tests", "Dates", "ArabicNewsDateCases.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var list = new List<Case>();
        var i = 0;
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var text = c.GetProperty("text").GetString()!;
            list.Add(new Case(
                i++,
                text,
                c.GetProperty("published").GetString()!,
                c.TryGetProperty("span", out var s) ? s.GetString()! : text,
                c.TryGetProperty("expect", out var e) ? e.Clone() : null,
                c.TryGetProperty("duration", out var d) ? d.GetString() : null,
                c.TryGetProperty("diagnostic", out var g) ? g.GetString() : null,
                c.TryGetProperty("note", out var n) ? n.GetString() : null,
                c.TryGetProperty("none", out var z) && z.GetBoolean()));
        }

        return list;
    }

    private static string Precision(TimePrecision p) => p switch
    {
        TimePrecision.PartOfDay => "partOfDay",
        _ => p.ToString().ToLowerInvariant(),
    };

    private static string? Bound(DateTime? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Describe(FuzzyTime t) => $"{{{Bound(t.Start) ?? "null"}, {Bound(t.End) ?? "null"}, {Precision(t.Precision)}, open={t.IsOpen.ToString().ToLowerInvariant()}}}";

    /// <summary>Null when the case passes, otherwise why it fails.</summary>
    private static string? Check(Case c)
    {
        var at = c.Text.IndexOf(c.Span, StringComparison.Ordinal);
        if (at < 0)
        {
            return "span not in text";
        }

        var where = new TextSpan(at, c.Span.Length);
        var result = DateTestSupport.Run(c.Text, c.Published);
        var times = result.Items.OfType<RecognizedTime>().Where(t => t.Span.Overlaps(where)).ToList();
        var durations = result.Items.OfType<RecognizedDuration>().Where(t => t.Span.Overlaps(where)).ToList();
        var found = string.Join(", ", times.Select(t => $"'{t.Text}'={Describe(t.Time)}({t.Rule})").Concat(durations.Select(d => $"'{d.Text}'={d.Iso8601}")));
        if (found.Length == 0)
        {
            found = "nothing";
        }

        if (c.None)
        {
            return times.Count == 0 && durations.Count == 0 ? null : $"expected no date or duration; found {found}";
        }

        if (c.Duration is { } iso)
        {
            return durations.Any(d => d.Iso8601 == iso) && times.Count == 0 ? null : $"expected duration {iso}; found {found}";
        }

        var e = c.Expect!.Value;
        var start = e.GetProperty("start").GetString();
        var end = e.GetProperty("end").GetString();
        var precision = e.GetProperty("precision").GetString();
        var open = e.GetProperty("open").GetBoolean();
        var ok = times.Any(t => Bound(t.Time.Start) == start && Bound(t.Time.End) == end && Precision(t.Precision) == precision && t.Time.IsOpen == open);
        if (ok && c.Diagnostic is { } code && !result.Diagnostics.Any(d => d.Code == code))
        {
            return $"expected diagnostic {code}; found {string.Join(", ", result.Diagnostics.Select(d => d.Code))}";
        }

        return ok ? null : $"expected {{{start ?? "null"}, {end ?? "null"}, {precision}, open={open.ToString().ToLowerInvariant()}}}; found {found}";
    }

    [Fact]
    public void CasesFile_HasVariedCases_AtLeast150()
    {
        var cases = Load();
        cases.Should().HaveCountGreaterThanOrEqualTo(150);
        cases.Should().Contain(c => c.Duration != null).And.Contain(c => c.Diagnostic != null).And.Contain(c => c.Expect != null).And.Contain(c => c.None);
    }

    [Fact]
    public void Recognize_NewsDateCases_AllResolveToTheExpectedValue()
    {
        var cases = Load();
        var failures = cases.Select(c => (c, Why: Check(c))).Where(x => x.Why != null).ToList();
        output.WriteLine($"{cases.Count - failures.Count}/{cases.Count} news date cases pass");
        var report = string.Join("\n", failures.Select(f => $"#{f.c.Index} [{f.c.Published}] '{f.c.Span}' in '{f.c.Text}': {f.Why}"));
        report.Should().BeEmpty("every news date case should resolve to its expected value");
    }
}
