using System.Text;
using ClaimTracker.Analysis;
using ClaimTracker.Comparison;
using ClaimTracker.Languages.Arabic.Tests.Extraction;
using ClaimTracker.Model;
using ClaimTracker.Reporting;

namespace ClaimTracker.Languages.Arabic.Tests.Reliability;

/// <summary>
/// Determinism: a small generated Arabic corpus gives byte-identical reports in every format across 20 runs, each with
/// the articles in another order and another number of threads (1 to 8) for extraction and comparison.
/// </summary>
public class DeterminismTests
{
    private static readonly IReportWriter[] Writers = [new JsonReportWriter(), new MarkdownReportWriter(), new HtmlReportWriter(), new ClaimReviewWriter()];

    [Fact]
    public void Analyze_TwentyRunsShuffledOneToEightThreads_ByteIdenticalReports()
    {
        var articles = Corpus();

        string? first = null;
        for (var run = 0; run < 20; run++)
        {
            var order = articles.OrderBy(_ => 0).ToArray();
            new Random(run).Shuffle(order);
            var threads = 1 + (run % 8);
            var analyzer = new ClaimTrackerAnalyzer(
                ArabicExtractionTests.Extractor,
                new ClaimComparer(new ComparisonOptions { MaxDegreeOfParallelism = threads }),
                options: new AnalysisOptions { MaxDegreeOfParallelism = threads });

            var result = analyzer.Analyze(order);
            var reports = Render(result);

            if (first is null)
            {
                first = reports;
                result.Claims.Should().HaveCountGreaterThan(8);
                result.Relations.Should().NotBeEmpty("the corpus must exercise comparison and clustering");
            }
            else
            {
                reports.Should().Be(first, $"run {run} ({threads} threads, order {string.Join(",", order.Select(a => a.Id))}) must match run 0");
            }
        }
    }

    /// <summary>Eight short articles on overlapping events, so that claims corroborate, contradict and refine each other.</summary>
    private static Article[] Corpus()
    {
        string[] pool =
        [
            "قالت موسكو إن الجيش أرسل {0} جندي إلى الحدود.",
            "نفت موسكو أن يكون الجيش قد أرسل قوات إلى الحدود.",
            "قال المتحدث باسم الحكومة إن الميناء مغلق منذ أسبوع.",
            "وقال الوزير إن المصنع أنتج أكثر من {0} سيارة في مارس.",
            "وصلت شحنة من الأسلحة إلى ميناء طرطوس، حسبما قال مسؤول أمريكي.",
        ];
        return [.. Enumerable.Range(0, 8).Select(i => new Article(
            $"d{i}",
            string.Join(" ", Enumerable.Range(0, 3).Select(k => string.Format(System.Globalization.CultureInfo.InvariantCulture, pool[(i + (k * 2)) % pool.Length], 100 * (1 + ((i + k) % 3))))),
            "ar",
            FuzzyTime.Day(2024, 6, 1 + i),
            $"outlet {i % 3}"))];
    }

    private static string Render(AnalysisResult result)
    {
        var sb = new StringBuilder();
        foreach (var writer in Writers)
        {
            using var text = new StringWriter();
            writer.Write(result, text);
            sb.Append("=== ").Append(writer.FileName).Append('\n').Append(text);
        }

        return sb.ToString();
    }
}
