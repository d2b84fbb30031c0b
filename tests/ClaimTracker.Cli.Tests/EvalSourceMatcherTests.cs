using ClaimTracker.Cli.Commands;
using ClaimTracker.Evaluation;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Cli.Tests;

/// <summary>The eval command's catalog-based source matching (English key text against claims in any language).</summary>
public class EvalSourceMatcherTests
{
    private static readonly CatalogSourceMatcher Matcher = ExtractionSetup.Instance.SourceMatcher("en");

    private static Claim ClaimBy(params Source[] chain) => new(
        "a:c1",
        new Proposition("010"),
        new Attribution(chain[^1], [.. chain]),
        Stance.Asserts,
        Polarity.Positive,
        new Evidence("a", new TextSpan(0, 1), "x"),
        0.5);

    private static GoldMention Mention(string source) => new("m", "a", "x", "p", Stance.Asserts, Polarity.Positive, source);

    [Fact]
    public void Matches_TwoGovernmentsInKey_EitherMatches()
    {
        Matcher.Matches(Mention("Pyongyang and Moscow"), ClaimBy(new Source(SourceKind.Government, "موسكو", "gov:RU"))).Should().BeTrue();
        Matcher.Matches(Mention("Pyongyang and Moscow"), ClaimBy(new Source(SourceKind.Government, "طوكيو", "gov:JP"))).Should().BeFalse();
    }

    [Fact]
    public void Matches_RoleAffiliation_MatchesDemonymKeyIgnoringParentheses()
    {
        var claim = ClaimBy(new Source(SourceKind.Role, "مسؤول أمريكي", null, "gov:US"));
        Matcher.Matches(Mention("US official (March)"), claim).Should().BeTrue();
    }

    [Fact]
    public void Matches_ChainOrigin_MatchesCitedSource()
    {
        var claim = ClaimBy(new Source(SourceKind.Organization, "المخابرات الأميركية", "org:us-intelligence"), new Source(SourceKind.Outlet, "نيويورك تايمز", "outlet:nyt"));
        Matcher.Matches(Mention("The New York Times, citing US intelligence"), claim).Should().BeTrue();
    }

    [Fact]
    public void Matches_GenericNoun_MatchesByClassAcrossLanguages()
    {
        Matcher.Matches(Mention("experts"), ClaimBy(new Source(SourceKind.Role, "الخبراء"))).Should().BeTrue();
        Matcher.Matches(Mention("multiple governments"), ClaimBy(new Source(SourceKind.Government, "حكومات متعددة"))).Should().BeTrue();
        Matcher.Matches(Mention("experts"), ClaimBy(new Source(SourceKind.Document, "التقارير"))).Should().BeFalse();
    }

    [Fact]
    public void Matches_ArticleMarker_OnlyArticleVoice()
    {
        Matcher.Matches(Mention("(article)"), ClaimBy(Source.ArticleVoice(null))).Should().BeTrue();
        Matcher.Matches(Mention("(article)"), ClaimBy(new Source(SourceKind.Government, "موسكو", "gov:RU"))).Should().BeFalse();
        Matcher.Matches(Mention("Kremlin"), ClaimBy(Source.ArticleVoice(null))).Should().BeFalse();
    }

    [Fact]
    public void Matches_UncataloguedNameWrittenAsInKey_Matches()
    {
        Matcher.Matches(Mention("The Daily Planet"), ClaimBy(new Source(SourceKind.Outlet, "صحيفة The Daily Planet"))).Should().BeTrue();
    }

    [Fact]
    public void Resolve_KeyText_EntitiesAndClasses()
    {
        var (ids, classes) = Matcher.Resolve("Russian media");
        ids.Should().Contain("gov:RU");
        classes.Should().Contain("media");
    }
}
