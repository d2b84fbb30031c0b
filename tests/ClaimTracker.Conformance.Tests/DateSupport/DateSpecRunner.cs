using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using ClaimTracker.Lexicons;
using ClaimTracker.Model;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Text;

namespace ClaimTracker.Conformance.Tests.DateSupport;

/// <summary>One spec case after running it.</summary>
internal sealed record DateCaseOutcome(int Index, string Input, string Reference, bool InScope, bool DateOnly, bool Passed, string Cause, string Expected, string Actual);

/// <summary>
/// Runs Recognizers-Text <c>DateTimeModel.json</c> cases through <see cref="DateRecognizer"/> with the scoring rule of
/// <c>tests/specs/recognizers-text/README.md</c>: every expected result is found with the same resolved value (any
/// of its <c>values</c>: the spec gives both a past and a future reading) and nothing extra is reported; spans may
/// differ by a function word (one text contains the other).
/// </summary>
internal static class DateSpecRunner
{
    private static readonly string[] ClockTypes = { "datetimeV2.time", "datetimeV2.timerange", "datetimeV2.datetime", "datetimeV2.datetimerange", "datetimeV2.timezone" };

    public static string SpecPath(string relative) => Path.Combine(AppContext.BaseDirectory, "specs", "recognizers-text", relative);

    public static List<DateCaseOutcome> Run(string relative, ILanguagePack pack)
    {
        var recognizer = new DateRecognizer();
        using var doc = JsonDocument.Parse(File.ReadAllText(SpecPath(relative)));
        var outcomes = new List<DateCaseOutcome>();
        var index = 0;
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            var input = c.GetProperty("Input").GetString() ?? "";
            var refText = c.TryGetProperty("Context", out var ctx) && ctx.TryGetProperty("ReferenceDateTime", out var rd) ? rd.GetString() ?? "" : "";
            var reference = ParseReference(refText);
            var expected = c.GetProperty("Results").EnumerateArray().Select(Expect.From).ToList();
            var types = expected.Select(e => e.TypeName).ToList();
            var inScope = !types.Any(t => ClockTypes.Contains(t));
            var dateOnly = types.Count > 0 && types.All(t => t is "datetimeV2.date" or "datetimeV2.daterange");

            RecognitionResult result;
            try
            {
                result = recognizer.Recognize(input, new RecognitionContext(pack, reference));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                outcomes.Add(new DateCaseOutcome(index++, input, refText, inScope, dateOnly, false, "exception: " + ex.GetType().Name, Describe(expected), ex.Message));
                continue;
            }

            var items = result.Items.ToList();
            var used = new bool[items.Count];
            var cause = "";
            foreach (var e in expected)
            {
                var text = Fold(e.Text);
                var type = e.TypeName;
                var spanHit = -1;
                var hit = -1;
                for (var k = 0; k < items.Count && hit < 0; k++)
                {
                    if (used[k])
                    {
                        continue;
                    }

                    var at = Fold(items[k].Text);
                    if (at.Length == 0 || !(at.Contains(text, StringComparison.Ordinal) || text.Contains(at, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    spanHit = spanHit < 0 ? k : spanHit;
                    if (e.Values is null || e.Values.Any(v => One(v, items[k])))
                    {
                        hit = k;
                    }
                }

                if (hit >= 0)
                {
                    used[hit] = true;
                }
                else if (cause.Length == 0)
                {
                    var shortType = type.Replace("datetimeV2.", "", StringComparison.Ordinal);
                    cause = !inScope && ClockTypes.Contains(type)
                        ? "out of scope: clock time (" + shortType + ")"
                        : spanHit >= 0 ? "value differs: " + shortType : "not found: " + shortType;
                }
            }

            if (cause.Length == 0 && used.Any(u => !u))
            {
                cause = "extra result";
            }

            if (cause.Length > 0 && !inScope && !cause.StartsWith("out of scope", StringComparison.Ordinal))
            {
                cause = "out of scope: clock time (" + string.Join("+", types.Where(t => ClockTypes.Contains(t)).Select(t => t.Replace("datetimeV2.", "", StringComparison.Ordinal)).Distinct()) + ")";
            }

            outcomes.Add(new DateCaseOutcome(index++, input, refText, inScope, dateOnly, cause.Length == 0, cause, Describe(expected), Describe(items)));
        }

        return outcomes;
    }

    private static FuzzyTime? ParseReference(string s)
    {
        if (!DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return FuzzyTime.Day(2016, 11, 7); // extractor files give no reference; the specs' usual one
        }

        d = new DateTime(d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second);
        return d.TimeOfDay == TimeSpan.Zero ? FuzzyTime.Day(d.Year, d.Month, d.Day) : new FuzzyTime(d, d.AddSeconds(1), TimePrecision.Time);
    }

    private static string Str(JsonElement v, string name) => v.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() ?? "" : "";

    private static string Str(IReadOnlyDictionary<string, string> v, string name) => v.TryGetValue(name, out var s) ? s : "";

    /// <summary>One expected result, from a model file (<c>TypeName</c>, <c>Resolution.values</c>) or a component file (<c>Type</c>, <c>Value.FutureResolution</c>/<c>PastResolution</c>).</summary>
    internal sealed record Expect(string Text, string TypeName, List<IReadOnlyDictionary<string, string>>? Values)
    {
        public static Expect From(JsonElement e)
        {
            var text = Str(e, "Text");
            if (e.TryGetProperty("TypeName", out _))
            {
                var typeName = Str(e, "TypeName");
                List<IReadOnlyDictionary<string, string>>? values = null;
                if (e.TryGetProperty("Resolution", out var res) && res.ValueKind == JsonValueKind.Object && res.TryGetProperty("values", out var vs) && vs.ValueKind == JsonValueKind.Array)
                {
                    values = vs.EnumerateArray().Select(ToDict).ToList();
                }

                return new Expect(text, typeName, values);
            }

            var type = Str(e, "Type");
            if (!e.TryGetProperty("Value", out var value) || value.ValueKind != JsonValueKind.Object)
            {
                return new Expect(text, "datetimeV2." + type, null); // extractor: the span is what is checked
            }

            if (value.TryGetProperty("values", out var mv) && mv.ValueKind == JsonValueKind.Array)
            {
                return new Expect(text, "datetimeV2." + type, mv.EnumerateArray().Select(ToDict).ToList());
            }

            var list = new List<IReadOnlyDictionary<string, string>>();
            foreach (var name in new[] { "FutureResolution", "PastResolution" })
            {
                if (!value.TryGetProperty(name, out var r) || r.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var d = new Dictionary<string, string>(StringComparer.Ordinal) { ["type"] = type };
                foreach (var p in r.EnumerateObject())
                {
                    var v = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.ToString();
                    switch (p.Name)
                    {
                        case "date" or "dateTime" or "time" or "duration":
                            d["value"] = v;
                            break;
                        case "startDate" or "startDateTime" or "startTime":
                            d["start"] = v;
                            break;
                        case "endDate" or "endDateTime" or "endTime":
                            d["end"] = v;
                            break;
                        case "set":
                            d["value"] = "not resolved";
                            break;
                    }
                }

                if (Str(d, "value").StartsWith("0001-01-01", StringComparison.Ordinal) || Str(d, "start").StartsWith("0001-01-01", StringComparison.Ordinal))
                {
                    d["value"] = "not resolved";
                }

                list.Add(d);
            }

            return new Expect(text, "datetimeV2." + type, list.Count == 0 ? null : list);
        }

        private static IReadOnlyDictionary<string, string> ToDict(JsonElement v)
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in v.EnumerateObject())
            {
                d[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.ToString();
            }

            return d;
        }
    }

    private static bool One(IReadOnlyDictionary<string, string> v, Recognized actual)
    {
        var type = Str(v, "type");
        var value = Str(v, "value");
        if (value == "not resolved" || type == "set")
        {
            return actual is RecognizedDuration { IsRecurrence: true } || value == "not resolved";
        }

        if (type == "duration")
        {
            return actual is RecognizedDuration { IsRecurrence: false } d && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var secs) && Math.Abs(d.Seconds - secs) < 1m;
        }

        if (actual is not RecognizedTime t)
        {
            return false;
        }

        var start = t.Time.Start;
        var end = t.Time.End;
        switch (type)
        {
            case "date":
                return TryDate(value, out var dd) && start == dd && end == dd.AddDays(1);
            case "datetime":
                return TryDate(value, out var dt) && start == dt;
            case "time":
                return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var ts) && start?.TimeOfDay == ts;
            case "daterange" when Str(v, "start").Length == 0 && Str(v, "end").Length == 0 && TryDate(value, out var approx):
                // an approximate day ("around the 21st", Mod approx) is written as a daterange with a single value
                return start == approx && end == approx.AddDays(1);
            case "daterange":
            case "datetimerange":
            case "timerange":
            {
                var s = Str(v, "start");
                var e = Str(v, "end");
                bool startOk = s.Length == 0 ? start is null : TryDate(s, out var sd) && start == sd;
                if (!startOk)
                {
                    return false;
                }

                if (e.Length == 0)
                {
                    return end is null;
                }

                if (!TryDate(e, out var ed) || end is null)
                {
                    return false;
                }

                // Recognizers-Text closes "3 to 12 September" and "2014-2018" at the start of the last day or year;
                // ClaimTracker's end is exclusive and includes the last day, month or year named.
                return end == ed || end == ed.AddDays(1)
                    || (ed.Day == 1 && end == ed.AddMonths(1))
                    || (ed.Day == 1 && ed.Month == 1 && end == ed.AddYears(1));
            }

            default:
                return false;
        }
    }

    private static bool TryDate(string s, out DateTime d) =>
        DateTime.TryParseExact(s, new[] { "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out d);

    /// <summary>Folds case, harakat, hamza seats, alef maksura and teh marbuta, and spacing, for span comparison only.</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder();
        foreach (var ch in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark || ch == '\u0640' || char.IsPunctuation(ch))
            {
                continue;
            }

            var c = char.ToLowerInvariant(ch) switch
            {
                'أ' or 'إ' or 'آ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                var other => other,
            };
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().Trim();
    }

    private static string Describe(List<Expect> expected) => string.Join("; ", expected.Select(e =>
    {
        var type = e.TypeName.Replace("datetimeV2.", "", StringComparison.Ordinal);
        var vals = e.Values is null ? "(span only)" : string.Join(" | ", e.Values.Select(v => Str(v, "value") is { Length: > 0 } x ? x : Str(v, "start") + ".." + Str(v, "end")));
        return $"'{e.Text.Trim()}' {type} {vals}";
    }));

    private static string Describe(List<Recognized> items) => items.Count == 0 ? "(nothing)" : string.Join("; ", items.Select(i => i switch
    {
        RecognizedTime t => $"'{t.Text}' {t.Time.Start:yyyy-MM-dd HH:mm:ss}..{t.Time.End:yyyy-MM-dd HH:mm:ss} {t.Precision} ({t.Rule})",
        RecognizedDuration d => $"'{d.Text}' {(d.IsRecurrence ? "every " : "")}{d.Iso8601} ({d.Rule})",
        _ => i.Text,
    }));
}
