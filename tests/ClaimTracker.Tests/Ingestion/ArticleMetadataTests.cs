using ClaimTracker.Ingestion;
using ClaimTracker.Model;

namespace ClaimTracker.Tests.Ingestion;

public class ArticleMetadataTests
{
    [Fact]
    public void Or_MemberGivenHere_WinsOverFallback()
    {
        var high = new ArticleMetadata(Language: "ar", Outlet: "  ");
        var low = new ArticleMetadata("x", "en", FuzzyTime.Year(2020), "Outlet", "Title", new Uri("https://example.org/a"));

        var merged = high.Or(low);

        merged.Should().Be(new ArticleMetadata("x", "ar", FuzzyTime.Year(2020), "Outlet", "Title", new Uri("https://example.org/a")));
    }

    [Fact]
    public void Or_NullFallback_Throws()
    {
        var act = () => ArticleMetadata.Empty.Or(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("fallback");
    }
}
