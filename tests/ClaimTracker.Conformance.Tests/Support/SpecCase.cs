using System.Text.Json;

namespace ClaimTracker.Conformance.Tests.Support;

/// <summary>One expected result of a Recognizers-Text spec case.</summary>
public sealed record SpecResult(string Text, string TypeName, int Start, int End, JsonElement Resolution)
{
    /// <summary>A string member of the resolution (e.g. <c>value</c>), or null.</summary>
    public string? Resolved(string name) =>
        Resolution.ValueKind == JsonValueKind.Object && Resolution.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>One case of a Recognizers-Text spec file (any Model/Extractor/Parser file).</summary>
public sealed record SpecCase(string File, int Index, string Input, IReadOnlyList<SpecResult> Results, JsonElement Raw)
{
    /// <summary>The case's reference date-time (<c>Context.ReferenceDateTime</c>), or null.</summary>
    public string? ReferenceDateTime =>
        Raw.TryGetProperty("Context", out var c) && c.TryGetProperty("ReferenceDateTime", out var r) ? r.GetString() : null;
}

/// <summary>Loads vendored spec files and finds the repository root.</summary>
public static class Specs
{
    /// <summary>The folder with the vendored specs beside the test assembly.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "specs", "recognizers-text");

    /// <summary>Loads every case of <paramref name="relative"/> (e.g. <c>Number/Arabic/NumberModel.json</c>); a UTF-8 BOM is allowed.</summary>
    public static IReadOnlyList<SpecCase> Load(string relative)
    {
        var json = File.ReadAllText(Path.Combine(Folder, relative), System.Text.Encoding.UTF8).TrimStart('\uFEFF');
        using var doc = JsonDocument.Parse(json);
        var cases = new List<SpecCase>();
        var index = 0;
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var results = new List<SpecResult>();
            if (c.TryGetProperty("Results", out var rs) && rs.ValueKind == JsonValueKind.Array)
            {
                foreach (var r in rs.EnumerateArray())
                {
                    var start = r.TryGetProperty("Start", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : -1;
                    var end = r.TryGetProperty("End", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32()
                        : r.TryGetProperty("Length", out var l) && l.ValueKind == JsonValueKind.Number ? start + l.GetInt32() - 1 : -1;
                    var resolution = r.TryGetProperty("Resolution", out var res) ? res.Clone()
                        : r.TryGetProperty("Value", out var val) ? val.Clone() : default;
                    var type = r.TryGetProperty("TypeName", out var t) ? t.GetString() ?? "" : r.TryGetProperty("Type", out var t2) ? t2.GetString() ?? "" : "";
                    results.Add(new SpecResult(r.GetProperty("Text").GetString() ?? "", type, start, end, resolution));
                }
            }

            cases.Add(new SpecCase(relative, index++, c.GetProperty("Input").GetString() ?? "", results, c.Clone()));
        }

        return cases;
    }

    /// <summary>The repository root: the nearest folder above the test assembly that holds <c>ClaimTracker.sln</c>.</summary>
    public static string RepoRoot() => ClaimTracker.Testing.RepoPaths.Root;

    /// <summary>
    /// Replaces the part of a generated Markdown file between <c>&lt;!-- {section}:begin --&gt;</c> and
    /// <c>&lt;!-- {section}:end --&gt;</c> (appending it when missing), so several suites can share one document.
    /// </summary>
    public static void WriteSection(string path, string section, string content, string title)
    {
        var begin = $"<!-- {section}:begin -->";
        var end = $"<!-- {section}:end -->";
        var existing = File.Exists(path) ? File.ReadAllText(path) : $"# {title}\n\n";
        var block = begin + "\n" + content.TrimEnd() + "\n" + end;
        var b = existing.IndexOf(begin, StringComparison.Ordinal);
        var e = existing.IndexOf(end, StringComparison.Ordinal);
        var updated = b >= 0 && e > b
            ? existing[..b] + block + existing[(e + end.Length)..]
            : existing.TrimEnd() + "\n\n" + block + "\n";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path) || File.ReadAllText(path) != updated)
        {
            File.WriteAllText(path, updated);
        }
    }

    /// <summary>Spans may differ by a function word: one text contains the other (case-insensitive, spaces collapsed).</summary>
    public static bool SameText(string expected, string actual)
    {
        static string N(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var a = N(expected);
        var b = N(actual);
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    /// <summary>Numbers equal within 1e-9 relative (or absolute near zero).</summary>
    public static bool SameNumber(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
