using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using ClaimTracker.Analysis;
using ClaimTracker.Comparison;
using ClaimTracker.Extraction;
using ClaimTracker.Ingestion;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using ClaimTracker.Tests.Reporting;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Analysis;

public class ClaimTrackerAnalyzerTests
{
    /// <summary>
    /// A test extractor: every line is a claim of the sample proposition; a line starting with <c>-</c> denies it; the
    /// first number on a line is a quantity in tons; the word after <c>@</c> is the speaker (an organization).
    /// </summary>
    private sealed class LineExtractor : IClaimExtractor
    {
        public int Calls;

        public ExtractionResult Extract(Article article)
        {
            Interlocked.Increment(ref Calls);
            var claims = ImmutableArray.CreateBuilder<Claim>();
            var start = 0;
            foreach (var line in article.Text.Split('\n'))
            {
                if (line.Length > 0)
                {
                    var stance = line.StartsWith('-') ? Stance.Denies : Stance.Asserts;
                    var at = line.IndexOf('@', StringComparison.Ordinal);
                    var speaker = at >= 0 ? new Source(SourceKind.Organization, line[(at + 1)..].Split(' ')[0]) : Source.ArticleVoice(article.Outlet);
                    var digits = new string(line.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
                    ImmutableArray<Quantity> quantities = digits.Length > 0 ? [Quantity.Exactly(double.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), Unit.MetricTon)] : [];
                    claims.Add(new Claim(
                        $"{article.Id}:c{claims.Count + 1}", ReportSamples.Shipment, new Attribution(speaker), stance, StanceFacts.DefaultPolarity(stance),
                        Evidence.From(article, new TextSpan(start, line.Length)), 1d, article.Published, quantities: quantities));
                }

                start += line.Length + 1;
            }

            return new ExtractionResult(article.Id, claims.ToImmutable(), [new Diagnostic(DiagnosticSeverity.Info, "T0001", $"read {article.Id}")]);
        }
    }

    private static Article[] Corpus() =>
    [
        new Article("n3", "- no wheat arrived @Tunis\nit was 8000 tons @Port", "en", FuzzyTime.Day(2025, 3, 6), "Three"),
        new Article("n1", "12000 tons shipped @Ministry\nthe ministry confirmed it @Ministry", "en", FuzzyTime.Day(2025, 3, 4), "One"),
        new Article("n2", "12000 tons delivered @Ministry", "en", FuzzyTime.Day(2025, 3, 5), "Two"),
        new Article("n4", "wheat shipped @Traders", "en", FuzzyTime.Day(2025, 3, 7), "Four"),
    ];

    private static string Reports(AnalysisResult result) =>
        string.Concat(new IReportWriter[] { new MarkdownReportWriter(), new JsonReportWriter(), new HtmlReportWriter(), new ClaimReviewWriter() }
            .Select(w => ReportSamples.Render(w, result)));

    private static async IAsyncEnumerable<Article> Stream(IEnumerable<Article> articles)
    {
        foreach (var article in articles)
        {
            await Task.Yield();
            yield return article;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task AnalyzeAsync_StreamInAnyOrder_SameReportsAsAnalyze(int threads)
    {
        var analyzer = new ClaimTrackerAnalyzer(new LineExtractor(), options: new AnalysisOptions { MaxDegreeOfParallelism = threads });
        var expected = Reports(new ClaimTrackerAnalyzer(new LineExtractor()).Analyze(Corpus()));

        var result = await analyzer.AnalyzeAsync(Stream(Corpus().Reverse()));

        Reports(result).Should().Be(expected);
        result.Diagnostics.Select(d => d.ArticleId).Should().Equal("n1", "n2", "n3", "n4");
    }

    [Fact]
    public async Task AnalyzeAsync_RepeatedId_ThrowsNamingIt()
    {
        var corpus = Corpus();
        var act = () => new ClaimTrackerAnalyzer(new LineExtractor()).AnalyzeAsync(Stream([.. corpus, corpus[0]]));
        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*'n3'*repeats*");
    }

    [Fact]
    public async Task AnalyzeAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => new ClaimTrackerAnalyzer(new LineExtractor()).AnalyzeAsync(Stream(Corpus()), cancellationToken: cts.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task AnalyzeAsync_NullStream_Throws()
    {
        var act = () => new ClaimTrackerAnalyzer(new LineExtractor()).AnalyzeAsync(null!);
        await act.Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public void Analyze_WithLogger_LogsEachArticleAndTheTotals()
    {
        var logger = new ListLogger();
        new ClaimTrackerAnalyzer(new LineExtractor(), logger: logger).Analyze(Corpus());
        logger.Lines.Where(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Debug).Should().HaveCount(4);
        logger.Lines.Should().Contain(l => l.Level == Microsoft.Extensions.Logging.LogLevel.Information
            && l.Text.StartsWith("Analysed 4 articles: 6 claims", StringComparison.Ordinal));
    }

    private sealed class ListLogger : Microsoft.Extensions.Logging.ILogger<ClaimTrackerAnalyzer>
    {
        public List<(Microsoft.Extensions.Logging.LogLevel Level, string Text)> Lines { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(
            Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines)
            {
                Lines.Add((logLevel, formatter(state, exception)));
            }
        }
    }

    [Fact]
    public void Analyze_Corpus_ExtractsComparesAndClusters()
    {
        var result = new ClaimTrackerAnalyzer(new LineExtractor()).Analyze(Corpus());
        result.Articles.Select(a => a.Id).Should().Equal("n1", "n2", "n3", "n4");
        result.Claims.Select(c => c.Id).Should().Equal("n1:c1", "n1:c2", "n2:c1", "n3:c1", "n3:c2", "n4:c1");
        result.Relations.Should().NotBeEmpty().And.OnlyContain(r => r.ClaimA.Split(':')[0] != r.ClaimB.Split(':')[0]);
        result.Relations.Should().Contain(r => r.Kind == RelationKind.Contradicts);
        result.Graph.Clusters.Should().ContainSingle().Which.Claims.Should().HaveCount(6);
        result.Diagnostics.Select(d => d.ArticleId).Should().Equal("n1", "n2", "n3", "n4");
    }

    [Fact]
    public void Analyze_ArticlesInAnyOrder_SameReports()
    {
        var analyzer = new ClaimTrackerAnalyzer(new LineExtractor());
        var expected = Reports(analyzer.Analyze(Corpus()));
        Prop.ForAll(
            Arb.From(Gen.Shuffle(Corpus())),
            order => Reports(analyzer.Analyze(order)) == expected).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Analyze_ManyThreads_SameReportsAsOne()
    {
        var one = new ClaimTrackerAnalyzer(new LineExtractor());
        var many = new ClaimTrackerAnalyzer(
            new LineExtractor(),
            new ClaimComparer(new ComparisonOptions { MaxDegreeOfParallelism = 4 }),
            options: new AnalysisOptions { MaxDegreeOfParallelism = 4 });
        Reports(many.Analyze(Corpus())).Should().Be(Reports(one.Analyze(Corpus())));
    }

    [Fact]
    public void Analyze_RepeatedArticleId_NamesIt()
    {
        var act = () => new ClaimTrackerAnalyzer(new LineExtractor()).Analyze([.. Corpus(), new Article("n2", "x", "en")]);
        act.Should().Throw<ArgumentException>().WithMessage("*'n2'*").And.ParamName.Should().Be("articles");
    }

    [Fact]
    public void Analyze_NullArticles_Throws()
    {
        var act = () => new ClaimTrackerAnalyzer(new LineExtractor()).Analyze(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("articles");
    }

    [Fact]
    public void Constructor_NullExtractor_Throws()
    {
        var act = () => new ClaimTrackerAnalyzer(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("extractor");
    }

    [Fact]
    public void Analyze_Progress_ReportsEveryArticleAndStage()
    {
        var reports = new List<AnalysisProgress>();
        new ClaimTrackerAnalyzer(new LineExtractor()).Analyze(Corpus(), new SynchronousProgress(reports.Add));
        reports.Where(r => r.Stage == AnalysisStage.Extracting).Select(r => r.Completed).Should().Equal(0, 1, 2, 3, 4);
        reports.Select(r => r.Stage).Distinct().Should().Equal(AnalysisStage.Extracting, AnalysisStage.Comparing, AnalysisStage.Clustering);
        reports.Last().Should().Be(new AnalysisProgress(AnalysisStage.Clustering, 1, 1));
    }

    [Fact]
    public void Analyze_ExtractingProgress_NamesEachArticleDoneAndNoneAtTheStart()
    {
        var reports = new List<AnalysisProgress>();
        new ClaimTrackerAnalyzer(new LineExtractor()).Analyze(Corpus(), new SynchronousProgress(reports.Add));
        var extracting = reports.Where(r => r.Stage == AnalysisStage.Extracting).ToList();
        extracting[0].Item.Should().BeNull();
        extracting.Skip(1).Select(r => r.Item).Should().BeEquivalentTo(Corpus().Select(a => a.Id));
    }

    [Fact]
    public void Analyze_Cancelled_StopsBeforeExtracting()
    {
        var extractor = new LineExtractor();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var act = () => new ClaimTrackerAnalyzer(extractor).Analyze(Corpus(), cancellationToken: cancel.Token);
        act.Should().Throw<OperationCanceledException>();
        extractor.Calls.Should().Be(0);
    }

    [Fact]
    public void AnalyzeDirectory_Folder_LoadsWithTheLoaderAndKeepsItsDiagnosticsFirst()
    {
        var dir = Directory.CreateTempSubdirectory("ct-analyze-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "b.txt"), "12000 tons @Ministry\n");
            File.WriteAllText(Path.Combine(dir, "a.txt"), "- nothing @Tunis\n");
            File.WriteAllText(Path.Combine(dir, "README.md"), "ignored");
            var analyzer = new ClaimTrackerAnalyzer(new LineExtractor(), loader: new ArticleLoader(new IngestionOptions { FallbackLanguage = "en" }));
            var result = analyzer.AnalyzeDirectory(dir);
            result.Articles.Select(a => a.Id).Should().Equal("a", "b");
            result.Diagnostics[0].ArticleId.Should().BeNull();
            result.Diagnostics.Skip(1).Select(d => d.ArticleId).Should().Equal("a", "b");
            result.Relations.Should().ContainSingle(r => r.Kind == RelationKind.Contradicts);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void AnalyzeDirectory_MissingFolder_Throws()
    {
        var act = () => new ClaimTrackerAnalyzer(new LineExtractor()).AnalyzeDirectory(Path.Combine(Path.GetTempPath(), "ct-" + Guid.NewGuid().ToString("N")));
        act.Should().Throw<DirectoryNotFoundException>();
    }

    [Fact]
    public void AnalysisOptions_ParallelismBelowOne_Throws()
    {
        var act = () => new AnalysisOptions { MaxDegreeOfParallelism = 0 };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDegreeOfParallelism");
    }

    private sealed class SynchronousProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }
}
