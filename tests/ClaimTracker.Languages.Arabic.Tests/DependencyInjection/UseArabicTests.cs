using ClaimTracker.Catalog;
using ClaimTracker.DependencyInjection;
using ClaimTracker.Extraction;
using ClaimTracker.Model;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Languages.Arabic.Tests.DependencyInjection;

public class UseArabicTests
{
    [Fact]
    public void UseArabic_RegistersPackAndCatalog_ExtractorReadsArabic()
    {
        using var provider = new ServiceCollection().AddClaimTracker(o => o.UseArabic()).BuildServiceProvider();
        provider.GetRequiredService<EntityCatalog>().TryGet("gov:KP", out _).Should().BeTrue();
        var result = provider.GetRequiredService<IClaimExtractor>()
            .Extract(new Article("t1", "قال المتحدث باسم الحكومة إن الميناء مغلق منذ أسبوع.", "ar"));
        result.Claims.Should().NotBeEmpty();
        result.Claims.Should().OnlyContain(c => c.Evidence.ArticleId == "t1");
    }

    [Fact]
    public void UseArabic_BuilderAndDependencyInjection_AnalyseTheSampleCorpusIdentically()
    {
        var corpus = Path.Combine(ClaimTracker.Testing.RepoPaths.Root, "samples", "seed-ar");
        var built = new ClaimPipelineBuilder().UseArabic().Build();
        using var provider = new ServiceCollection().AddClaimTracker(o => o.UseArabic()).BuildServiceProvider();

        var viaBuilder = built.Analyzer.AnalyzeDirectory(corpus);
        var viaServices = provider.GetRequiredService<ClaimTracker.Analysis.ClaimTrackerAnalyzer>().AnalyzeDirectory(corpus);

        viaBuilder.Claims.Should().NotBeEmpty();
        Json(viaServices).Should().Be(Json(viaBuilder));
    }

    [Fact]
    public void UseArabic_OnBuilderTwice_IsRejected()
    {
        var act = () => new ClaimPipelineBuilder().UseArabic().UseArabic();
        act.Should().Throw<ArgumentException>().WithMessage("*'ar'*");
    }

    private static string Json(ClaimTracker.Analysis.AnalysisResult result)
    {
        var text = new StringWriter();
        new ClaimTracker.Reporting.JsonReportWriter().Write(result, text);
        return text.ToString();
    }

    [Fact]
    public void UseArabic_Twice_IsRejected()
    {
        var act = () => new ClaimTrackerOptions().UseArabic().UseArabic();
        act.Should().Throw<ArgumentException>().WithMessage("*'ar'*");
    }
}

public class DefaultRecognizerTests
{
    [Fact]
    public void Extract_DefaultOptions_FillQuantitiesAndTimes()
    {
        using var provider = new ServiceCollection().AddClaimTracker(o => o.UseArabic()).BuildServiceProvider();
        var article = new Article("t2", "وقال الوزير إن المصنع أنتج أكثر من 300 سيارة في مارس.", "ar", FuzzyTime.Day(2021, 6, 10));
        var claims = provider.GetRequiredService<IClaimExtractor>().Extract(article).Claims;
        claims.SelectMany(c => c.Quantities).Should().Contain(q => q.Low == 300 && !q.LowInclusive);
        claims.SelectMany(c => c.Times).Should().Contain(FuzzyTime.Month(2021, 3));
    }
}
