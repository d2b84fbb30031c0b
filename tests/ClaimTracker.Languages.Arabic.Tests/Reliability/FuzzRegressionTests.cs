using ClaimTracker.Analysis;
using ClaimTracker.Ingestion;
using ClaimTracker.Languages.Arabic.Tests.Extraction;

namespace ClaimTracker.Languages.Arabic.Tests.Reliability;

/// <summary>Inputs found by the fuzzers (scripts/fuzz.sh, docs/reliability.md), kept so the crash never returns.</summary>
public sealed class FuzzRegressionTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ct-fuzz-" + Guid.NewGuid().ToString("N"));

    public FuzzRegressionTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// ingest-md crash 000000 (afl-fuzz, 2026-12-08): front matter naming a language no pack reads made the extractor
    /// throw KeyNotFoundException, which stopped the whole folder's analysis.
    /// </summary>
    [Fact]
    public void AnalyzeDirectory_FrontMatterLanguageWithoutPack_ErrorForThatArticleOthersAnalysed()
    {
        File.WriteAllText(Path.Combine(_folder, "fuzzed.md"), "---\nid: x1\nlanguage: dr\npublished: 202d-06-19\noutlet: Test\n---\n# عنوان\n\nقالت موسكو إن الشحنة وصلت.\n");
        File.WriteAllText(Path.Combine(_folder, "good.txt"), "قالت موسكو إن الجيش أرسل 300 جندي إلى الحدود.");
        var analyzer = new ClaimTrackerAnalyzer(ArabicExtractionTests.Extractor, loader: new ArticleLoader(new IngestionOptions { FallbackLanguage = "ar" }));

        var result = analyzer.AnalyzeDirectory(_folder);

        result.Articles.Select(a => a.Id).Should().Equal("good", "x1");
        result.Claims.Should().NotBeEmpty().And.OnlyContain(c => c.Evidence.ArticleId == "good");
        var d = result.Diagnostics.Should().ContainSingle(x => x.Diagnostic.Code == IngestionDiagnostics.UnknownLanguage).Subject;
        d.ArticleId.Should().Be("x1");
        d.Diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        d.Diagnostic.Message.Should().Contain("'x1'").And.Contain("language 'dr'").And.Contain("not analysed");
    }

    [Fact]
    public void Analyze_ArticlesGivenByCaller_UnknownLanguageStillThrowsAsDocumented()
    {
        var act = () => new ClaimTrackerAnalyzer(ArabicExtractionTests.Extractor).Analyze([new Model.Article("x", "text", "dr")]);

        act.Should().Throw<KeyNotFoundException>().WithMessage("*'dr'*");
    }
}
