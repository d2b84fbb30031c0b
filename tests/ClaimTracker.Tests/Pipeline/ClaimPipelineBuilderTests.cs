using ClaimTracker.Analysis;
using ClaimTracker.Catalog;
using ClaimTracker.Comparison;
using ClaimTracker.DependencyInjection;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using ClaimTracker.Tests.ThirdLanguage;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Tests.Pipeline;

public class ClaimPipelineBuilderTests
{
    private static readonly Article[] Articles =
    [
        new("a", "Le ministre a dit que le port est ouvert.", "fr", FuzzyTime.Day(2024, 3, 1)),
        new("b", "Le port est ouvert, selon le ministre.", "fr", FuzzyTime.Day(2024, 3, 2)),
    ];

    [Fact]
    public void Build_NoLanguage_ThrowsWithAHint()
    {
        var act = () => new ClaimPipelineBuilder().Build();
        act.Should().Throw<InvalidOperationException>().WithMessage("*No language pack*UseLanguage*");
    }

    [Fact]
    public void UseLanguage_SameCodeTwice_Throws()
    {
        var builder = new ClaimPipelineBuilder().UseLanguage(new FrenchTestPack());
        var act = () => builder.UseLanguage(new FrenchTestPack());
        act.Should().Throw<ArgumentException>().WithMessage("*'fr'*");
    }

    [Fact]
    public void UseLanguage_Null_Throws()
    {
        var act = () => new ClaimPipelineBuilder().UseLanguage(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void UseCatalog_BlankPath_Throws(string path)
    {
        var act = () => new ClaimPipelineBuilder().UseCatalog(path);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Build_MissingCatalogFile_ThrowsCatalogExceptionNamingIt()
    {
        var builder = new ClaimPipelineBuilder().UseLanguage(new FrenchTestPack()).UseCatalog("no-such-catalog.json");
        var act = () => builder.Build();
        act.Should().Throw<CatalogException>().WithMessage("*no-such-catalog.json*");
    }

    [Fact]
    public void Build_WithAPack_HoldsEveryPartOfThePipeline()
    {
        var pipeline = new ClaimPipelineBuilder().UseLanguage(new FrenchTestPack()).Build();

        pipeline.Languages.Codes.Should().Equal("fr");
        pipeline.Registrations.Select(r => r.Pack.Code).Should().Equal("fr");
        pipeline.Analyzer.Extractor.Should().BeSameAs(pipeline.Extractor);
        pipeline.Analyzer.Comparer.Should().BeSameAs(pipeline.Comparer);
        pipeline.Analyzer.Loader.Should().BeSameAs(pipeline.Loader);
        pipeline.Comparison.OriginResolver.Should().NotBeNull("the catalog's origin resolver is used when none is set");
        pipeline.ReportWriters.Select(w => w.GetType()).Should().Equal(
            typeof(MarkdownReportWriter), typeof(JsonReportWriter), typeof(HtmlReportWriter), typeof(ClaimReviewWriter));
    }

    [Fact]
    public void Build_ComparisonWithOriginResolver_KeepsTheCallersResolver()
    {
        Func<string, string> mine = id => id;
        var pipeline = new ClaimPipelineBuilder { Comparison = new ComparisonOptions { OriginResolver = mine } }
            .UseLanguage(new FrenchTestPack()).Build();
        pipeline.Comparison.OriginResolver.Should().BeSameAs(mine);
    }

    [Fact]
    public void MatcherOptions_UnknownLanguage_ThrowsNamingTheRegisteredOnes()
    {
        var pipeline = new ClaimPipelineBuilder().UseLanguage(new FrenchTestPack()).Build();
        var act = () => pipeline.MatcherOptions("xx");
        act.Should().Throw<KeyNotFoundException>().WithMessage("*'xx'*fr*");
    }

    [Fact]
    public void MatcherOptions_PackWithoutRules_AreTheDefaults()
    {
        var pipeline = new ClaimPipelineBuilder().UseLanguage(new FrenchTestPack()).Build();
        pipeline.MatcherOptions("fr").Should().Be(new AliasMatcherOptions());
    }

    [Fact]
    public void CreateLoader_UnknownFallbackLanguage_Throws()
    {
        var pipeline = new ClaimPipelineBuilder().UseLanguage(new FrenchTestPack()).Build();
        var act = () => pipeline.CreateLoader(new ClaimTracker.Ingestion.IngestionOptions { FallbackLanguage = "xx" });
        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void CreateLoader_KeepsTheSettingsAndUsesThePipelinesPacks()
    {
        var pipeline = new ClaimPipelineBuilder().UseLanguage(new FrenchTestPack()).Build();
        var loader = pipeline.CreateLoader(new ClaimTracker.Ingestion.IngestionOptions { FallbackLanguage = "fr", Recursive = true });
        loader.Options.Languages.Should().BeSameAs(pipeline.Languages);
        loader.Options.FallbackLanguage.Should().Be("fr");
        loader.Options.Recursive.Should().BeTrue();
        var analyzer = pipeline.CreateAnalyzer(loader);
        analyzer.Loader.Should().BeSameAs(loader);
        analyzer.Extractor.Should().BeSameAs(pipeline.Extractor);
        analyzer.Comparer.Should().BeSameAs(pipeline.Comparer);
    }

    [Fact]
    public void Analyze_BuilderAndDependencyInjection_GiveByteIdenticalReports()
    {
        var built = new ClaimPipelineBuilder().UseLanguage(new FrenchTestPack()).Build();
        using var provider = new ServiceCollection().AddClaimTracker(o => o.AddLanguage(new FrenchTestPack())).BuildServiceProvider();
        var registered = provider.GetRequiredService<ClaimPipeline>();

        Reports(built.Analyzer.Analyze(Articles)).Should().Be(Reports(provider.GetRequiredService<ClaimTrackerAnalyzer>().Analyze(Articles)));
        Reports(registered.Analyzer.Analyze(Articles)).Should().Be(Reports(built.Analyzer.Analyze(Articles)));
    }

    [Fact]
    public void AddClaimTracker_RegistersOnePipelineWhosePartsAreTheResolvedServices()
    {
        using var provider = new ServiceCollection().AddClaimTracker(o => o.AddLanguage(new FrenchTestPack())).BuildServiceProvider();
        var pipeline = provider.GetRequiredService<ClaimPipeline>();
        provider.GetRequiredService<ClaimPipeline>().Should().BeSameAs(pipeline);
        provider.GetRequiredService<EntityCatalog>().Should().BeSameAs(pipeline.Catalog);
        provider.GetRequiredService<ClaimTracker.Extraction.IClaimExtractor>().Should().BeSameAs(pipeline.Extractor);
        provider.GetRequiredService<ClaimComparer>().Should().BeSameAs(pipeline.Comparer);
    }

    private static string Reports(AnalysisResult result)
    {
        var text = new StringWriter();
        foreach (var writer in new IReportWriter[] { new JsonReportWriter(), new MarkdownReportWriter() })
        {
            writer.Write(result, text);
        }

        return text.ToString();
    }
}
