using ClaimTracker.Analysis;
using ClaimTracker.Catalog;
using ClaimTracker.DependencyInjection;
using ClaimTracker.Extraction;
using ClaimTracker.Indexing;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using ClaimTracker.Tests.ThirdLanguage;
using ClaimTracker.Text;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Tests.DependencyInjection;

public class AddClaimTrackerTests
{
    [Fact]
    public void AddClaimTracker_WithAPack_ResolvesThePipeline()
    {
        using var provider = new ServiceCollection()
            .AddClaimTracker(o => o.AddLanguage(new FrenchTestPack()))
            .BuildServiceProvider();

        provider.GetRequiredService<LanguagePackRegistry>().Codes.Should().Equal("fr");
        provider.GetRequiredService<EntityCatalog>().Should().NotBeNull();
        var extractor = provider.GetRequiredService<IClaimExtractor>();
        extractor.Extract(new Article("a", "Le ministre a dit que le port est ouvert.", "fr")).ArticleId.Should().Be("a");
        provider.GetRequiredService<ClaimIndex>().Should().NotBeSameAs(provider.GetRequiredService<ClaimIndex>());
    }

    [Fact]
    public void AddClaimTracker_CalledTwice_KeepsTheFirstConfiguration()
    {
        var services = new ServiceCollection()
            .AddClaimTracker(o => o.AddLanguage(new FrenchTestPack()))
            .AddClaimTracker(o => throw new InvalidOperationException("must not run"));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<LanguagePackRegistry>().Codes.Should().Equal("fr");
        services.Count(d => d.ServiceType == typeof(IClaimExtractor)).Should().Be(1);
    }

    [Fact]
    public void AddClaimTracker_NoPack_FailsWithAHintWhenResolved()
    {
        using var provider = new ServiceCollection().AddClaimTracker().BuildServiceProvider();
        var act = () => provider.GetRequiredService<LanguagePackRegistry>();
        act.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*no language pack*AddLanguage*");
    }

    [Fact]
    public void AddClaimTracker_OptionsConfiguredLater_AreUsed()
    {
        using var provider = new ServiceCollection()
            .AddClaimTracker()
            .Configure<ClaimTrackerOptions>(o => o.AddLanguage(new FrenchTestPack()))
            .BuildServiceProvider();
        provider.GetRequiredService<ClaimPipeline>().Languages.Codes.Should().Equal("fr");
    }

    [Fact]
    public void AddClaimTracker_WithLogging_AnalyzerLogsThroughTheContainersLogger()
    {
        var logged = new List<string>();
        using var provider = new ServiceCollection()
            .AddSingleton<Microsoft.Extensions.Logging.ILogger<ClaimTrackerAnalyzer>>(new CollectingLogger(logged))
            .AddClaimTracker(o => o.AddLanguage(new FrenchTestPack()))
            .BuildServiceProvider();
        provider.GetRequiredService<ClaimTrackerAnalyzer>().Analyze([new Article("a", "Le port est ouvert.", "fr")]);
        logged.Should().Contain(l => l.StartsWith("Analysed 1 articles", StringComparison.Ordinal));
    }

    private sealed class CollectingLogger(List<string> lines) : Microsoft.Extensions.Logging.ILogger<ClaimTrackerAnalyzer>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(
            Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Add(formatter(state, exception));
    }

    [Fact]
    public void AddLanguage_SameCodeTwice_NamesTheCode()
    {
        var options = new ClaimTrackerOptions().AddLanguage(new FrenchTestPack());
        var act = () => options.AddLanguage(new FrenchTestPack());
        act.Should().Throw<ArgumentException>().WithMessage("*'fr'*");
    }

    [Fact]
    public void AddClaimTracker_NullServices_Throws()
    {
        var act = () => ClaimTrackerServiceCollectionExtensions.AddClaimTracker(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("services");
    }

    [Fact]
    public void AddClaimTracker_WithAPack_ResolvesTheAnalyzerAndTheFourReportWriters()
    {
        using var provider = new ServiceCollection()
            .AddClaimTracker(o =>
            {
                o.AddLanguage(new FrenchTestPack());
                o.Analysis = new AnalysisOptions { MaxDegreeOfParallelism = 2 };
            })
            .BuildServiceProvider();

        var analyzer = provider.GetRequiredService<ClaimTrackerAnalyzer>();
        analyzer.Options.MaxDegreeOfParallelism.Should().Be(2);
        analyzer.Extractor.Should().BeSameAs(provider.GetRequiredService<IClaimExtractor>());
        var result = analyzer.Analyze([new Article("a", "Le ministre a dit que le port est ouvert.", "fr")]);
        result.Articles.Should().ContainSingle();
        provider.GetServices<IReportWriter>().Select(w => w.Format).Should().Equal("md", "json", "html", "claimreview");
    }

    [Fact]
    public void AddClaimTracker_CalledTwice_RegistersEachWriterOnce()
    {
        var services = new ServiceCollection()
            .AddClaimTracker(o => o.AddLanguage(new FrenchTestPack()))
            .AddClaimTracker();
        services.Count(d => d.ServiceType == typeof(IReportWriter)).Should().Be(4);
    }

    [Fact]
    public void ClaimTrackerOptions_NullAnalysis_Throws()
    {
        var act = () => new ClaimTrackerOptions().Analysis = null!;
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ReadmeSample_AnalyzeDirectoryAndWriteEveryReport_WritesFourFiles()
    {
        var dir = Directory.CreateTempSubdirectory("ct-readme-").FullName;
        try
        {
            var articles = Directory.CreateDirectory(Path.Combine(dir, "articles")).FullName;
            File.WriteAllText(Path.Combine(articles, "a.md"), "---\nlanguage: fr\n---\nLe ministre a dit que le port est ouvert.\n");
            var services = new ServiceCollection();

            // The README's five lines, with the test pack instead of Arabic and English and paths in a temp folder.
            services.AddClaimTracker(o => o.AddLanguage(new FrenchTestPack()));
            using var provider = services.BuildServiceProvider();
            var result = provider.GetRequiredService<ClaimTrackerAnalyzer>().AnalyzeDirectory(articles);
            foreach (var writer in provider.GetServices<IReportWriter>())
                using (var file = File.CreateText(Path.Combine(dir, writer.FileName))) writer.Write(result, file);

            result.Articles.Should().ContainSingle();
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal)
                .Should().Equal("claimreview.jsonld", "report.html", "report.json", "report.md");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
