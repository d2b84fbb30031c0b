using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTracker.Cli.Commands;
using ClaimTracker.Evaluation;
using ClaimTracker.Testing;

namespace ClaimTracker.Cli.Tests;

/// <summary>
/// Docs that cannot drift: the figures between <c>&lt;!-- figures:NAME --&gt;</c> and <c>&lt;!-- /figures:NAME --&gt;</c> in
/// docs/eval.md and docs/comparison.md are regenerated here from the code paths of the commands that produce them and
/// must equal what the docs say. <c>scripts/update-doc-figures.sh</c> (<c>CLAIMTRACKER_ACCEPT=1</c>) rewrites them.
/// </summary>
public partial class DocFiguresTests
{
    private static readonly Lazy<EvaluationReport> SeedDev = new(() =>
    {
        var key = GoldKey.Load(Path.Combine(RepoPaths.Root, "tests", "fixtures", "eval", "seed-gold.dev.json"));
        return EvalCommand.Evaluate(key, Path.Combine(RepoPaths.Root, "samples", "seed-ar"), ExtractionSetup.Instance);
    });

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>The figures of <c>eval samples/seed-ar --gold tests/fixtures/eval/seed-gold.dev.json</c>.</summary>
    internal static string EvalFigures(EvaluationReport r)
    {
        static string Pr(string name, PrecisionRecall p) =>
            $"{name} P {F(p.Precision)} R {F(p.Recall)} F1 {F(p.F1)} ({p.TrueTriples} of {p.GoldTriples} gold triples)";
        var m = r.Mentions;
        return $"`eval samples/seed-ar --gold tests/fixtures/eval/seed-gold.dev.json`: {m.Total} mentions, {m.Covered} covered, recall {F(m.Recall)}, " +
            $"polarity accuracy {F(m.PolarityAccuracy)}, source accuracy {F(m.SourceAccuracy)}; evidence median " +
            $"{r.Evidence.MedianChars.ToString(CultureInfo.InvariantCulture)} and max {r.Evidence.MaxChars} characters.\n" +
            $"Relations on the same run: {Pr("corroborates", r.Relations.Corroborates)}, {Pr("contradicts", r.Relations.Contradicts)}; " +
            $"{r.Relations.Unjudged} relations are unjudged (their claims cover no mention of this key).";
    }

    /// <summary>The agreement-level and exact accuracy of the headline pairs of one language.</summary>
    internal static string PairFigures(string lang)
    {
        var outcomes = ComparePairsTests.Outcomes(lang);
        var correct = outcomes.Count(o => o.Correct);
        return $"{correct}/{outcomes.Count} = {F(correct / (double)outcomes.Count)} (exact kind {F(outcomes.Count(o => o.Exact) / (double)outcomes.Count)})";
    }

    [Fact]
    public void EvalDoc_SeedDevFigures_AreWhatEvalPrints() =>
        Check("docs/eval.md", "eval-seed-dev", "\n" + EvalFigures(SeedDev.Value) + "\n");

    [Fact]
    public void ComparisonDoc_DevKeyRelationFigures_AreWhatEvalPrints()
    {
        var r = SeedDev.Value.Relations;
        Check("docs/comparison.md", "eval-seed-dev-relations",
            $"corroborates P {F(r.Corroborates.Precision)} R {F(r.Corroborates.Recall)}, contradicts P {F(r.Contradicts.Precision)} R {F(r.Contradicts.Recall)}");
    }

    [Fact]
    public void ComparisonDoc_PairFigures_AreWhatThePairSetGives() =>
        Check("docs/comparison.md", "compare-pairs", $"\nCurrent run: Arabic {PairFigures("ar")}, English {PairFigures("en")}.\n");

    /// <summary>
    /// The figures of <c>eval</c> on both halves of the unseen set in each language
    /// (<c>tests/fixtures/unseen/{en,ar}/{tune,frozen}</c> with their keys), as a Markdown table.
    /// </summary>
    internal static string UnseenFigures()
    {
        var sb = new System.Text.StringBuilder("\n| set | mentions | recall | polarity | source | claim precision | corroborates P / R / F1 | contradicts P / R / F1 | unjudged |\n");
        sb.Append("| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |\n");
        foreach (var lang in new[] { "en", "ar" })
        {
            foreach (var half in new[] { "tune", "frozen" })
            {
                var root = Path.Combine(RepoPaths.Root, "tests", "fixtures", "unseen", lang);
                var r = EvalCommand.Evaluate(GoldKey.Load(Path.Combine(root, half + ".gold.json")), Path.Combine(root, half), ExtractionSetup.Instance);
                static string Prf(PrecisionRecall p) => $"{F(p.Precision)} / {F(p.Recall)} / {F(p.F1)}";
                sb.Append($"| {lang} {half} | {r.Mentions.Total} | {F(r.Mentions.Recall)} | {F(r.Mentions.PolarityAccuracy)} | {F(r.Mentions.SourceAccuracy)} | ")
                    .Append($"{F(r.Claims.Precision)} ({r.Claims.Matching}/{r.Claims.Total}) | {Prf(r.Relations.Corroborates)} | {Prf(r.Relations.Contradicts)} | {r.Relations.Unjudged} |\n");
            }
        }

        return sb.ToString();
    }

    [Fact]
    public void EvalDoc_UnseenSetFigures_AreWhatEvalPrints() =>
        Check("docs/eval.md", "eval-unseen", UnseenFigures());

    [Fact]
    public void Region_MissingMarkers_FailsWithTheirName()
    {
        var act = () => Replace("no markers here", "x", "y");

        act.Should().Throw<InvalidOperationException>().WithMessage("*<!-- figures:x -->*");
    }

    /// <summary>The text with the region's content replaced.</summary>
    internal static string Replace(string text, string name, string content)
    {
        var open = $"<!-- figures:{name} -->";
        var close = $"<!-- /figures:{name} -->";
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = text.IndexOf(close, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"The markers {open} … {close} are missing.");
        }

        return text[..(start + open.Length)] + content + text[end..];
    }

    private static void Check(string doc, string name, string content)
    {
        var path = Path.Combine(RepoPaths.Root, doc);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = Replace(text, name, content);
        if (Environment.GetEnvironmentVariable("CLAIMTRACKER_ACCEPT") == "1" && expected != text)
        {
            File.WriteAllText(path, expected);
            return;
        }

        text.Should().Be(expected, $"the figures '{name}' in {doc} are what the commands give now; run scripts/update-doc-figures.sh to rewrite them");
    }
}
