using ClaimTracker.Analysis;
using ClaimTracker.Model;
using ClaimTracker.Tests.Reporting;

namespace ClaimTracker.Tests.Analysis;

public class AnalysisResultTests
{
    [Fact]
    public void Constructor_Inputs_AreSortedByArticleThenPositionThenId()
    {
        var result = ReportSamples.Result(reverse: true);
        result.Articles.Select(a => a.Id).Should().Equal("a", "b", "c");
        result.Claims.Select(c => c.Id).Should().Equal("a:c1", "b:c1", "c:c1", "c:c2");
        result.Relations.Select(r => r.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
        result.Diagnostics.Select(d => d.Diagnostic.Code).Should().Equal("CT2013", "CT9999");
    }

    [Fact]
    public void Constructor_ClaimOfAnUnknownArticle_NamesIt()
    {
        var articles = ReportSamples.Articles();
        var act = () => new AnalysisResult(articles.Skip(1), ReportSamples.Claims(articles), []);
        act.Should().Throw<ArgumentException>().WithMessage("*'c:c1'*'c'*").And.ParamName.Should().Be("claims");
    }

    [Fact]
    public void Constructor_RepeatedArticleId_NamesIt()
    {
        var articles = ReportSamples.Articles();
        var act = () => new AnalysisResult([.. articles, articles[0]], [], []);
        act.Should().Throw<ArgumentException>().WithMessage("*'c'*").And.ParamName.Should().Be("articles");
    }

    [Fact]
    public void Constructor_UnrelatedRelation_IsDropped()
    {
        var articles = ReportSamples.Articles();
        var claims = ReportSamples.Claims(articles);
        var result = new AnalysisResult(articles, claims, [new ClaimRelation("r:1", RelationKind.Unrelated, "a:c1", "b:c1", 0.1)]);
        result.Relations.Should().BeEmpty();
    }

    [Fact]
    public void OriginOf_UsesTheResolver()
    {
        var result = ReportSamples.Result();
        result.OriginOf(result.Claims[0]).Should().Be("gov:pt");
        var unresolved = new AnalysisResult(result.Articles, result.Claims, []);
        unresolved.OriginOf(unresolved.Claims[0]).Should().Be("gov:pt", "the ministry's affiliation is used without a resolver too");
        unresolved.OriginOf(unresolved.Claims[3]).Should().Be("Role:port officials@c", "unaffiliated officials are known only within their own article");
    }

    [Fact]
    public void ArticleOf_KnownAndUnknownIds()
    {
        var result = ReportSamples.Result();
        result.ArticleOf("b")!.Language.Should().Be("ar");
        result.ArticleOf("zz").Should().BeNull();
    }

    [Fact]
    public void AnalysisDiagnostic_BlankArticleId_Throws()
    {
        var act = () => new AnalysisDiagnostic(" ", new Diagnostic(DiagnosticSeverity.Info, "X", "y"));
        act.Should().Throw<ArgumentException>().WithParameterName("articleId");
    }
}
