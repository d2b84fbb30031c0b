using ClaimTracker.Catalog;
using ClaimTracker.Languages.English.Catalog;

namespace ClaimTracker.Languages.English.Tests.Catalog;

public class EnglishCatalogTests
{
    private static readonly EntityCatalog Catalog = new EntityCatalogBuilder().Add(EnglishCatalog.Load()).Build();

    [Fact]
    public void Load_EmbeddedFile_BuildsOnItsOwn()
    {
        Catalog.Count.Should().BeGreaterThan(500);
        Catalog.Languages.Should().Equal("en");
        EnglishCatalog.Load().Should().BeSameAs(EnglishCatalog.Load());
    }

    [Theory]
    [InlineData("North Korean", "gov:KP")]
    [InlineData("Pyongyang", "gov:KP")]
    [InlineData("Kremlin", "gov:RU")]
    [InlineData("Pentagon", "gov:US")]
    [InlineData("KCNA", "gov:KP")]
    [InlineData("RIA Novosti", "gov:RU")]
    [InlineData("Washington", "gov:US")]
    public void ResolveOrigin_EnglishAliases_ReachTheGovernment(string alias, string expected)
    {
        var candidate = Catalog.Lookup(alias, "en").First(c => c.Entity.Kind != EntityKind.Place);
        Catalog.ResolveOrigin(candidate.Entity.Id).Id.Should().Be(expected);
    }

    [Theory]
    [InlineData("Russia's", "Russia")]
    [InlineData("Russians'", "Russians")]
    [InlineData("Korea\u2019s", "Korea")]
    public void PossessiveVariants_StripsPossessive(string token, string expected)
    {
        EnglishCatalog.PossessiveVariants(token).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Russia")]
    [InlineData("'s")]
    [InlineData("")]
    public void PossessiveVariants_NoPossessive_GivesNothing(string token)
    {
        EnglishCatalog.PossessiveVariants(token).Should().BeEmpty();
    }

    [Fact]
    public void AliasMatcher_EnglishSentence_FindsLongestAliasesAndPossessives()
    {
        // Written for this test; tokens split on spaces so that possessives stay attached.
        const string text = "The Washington Post said North Korea's envoy met UN Security Council members in Geneva";
        var options = EnglishCatalog.MatcherOptions(tokenize: SplitOnSpaces);
        var matcher = new AliasMatcher(Catalog, "en", options);

        var matches = matcher.Match(text);

        matches.Select(m => m.Span.Slice(text)).Should().Equal("The Washington Post", "North Korea's", "envoy", "UN Security Council", "Geneva");
        matches[1].StrippedTrailing.Should().BeTrue();
        matches[2].Candidates.Single().Entity.Id.Should().Be("role:ambassador");
        matches[3].Candidates.Single().Entity.Id.Should().Be("org:un-security-council");
    }

    [Theory]
    [InlineData("North Korea", "North Korea")]
    [InlineData("NORTH KOREA", "North Korea")]
    [InlineData("NATO said", "Nato said")]
    [InlineData("WHO said", "WHO said")]
    [InlineData("who said", "who said")]
    [InlineData("Russia\u2019s", "Russia's")]
    [InlineData("RUSSIA'S", "Russia's")]
    [InlineData("", "")]
    public void MatchKey_KeepsCaseFoldsHeadlineCapsAndApostrophes(string text, string expected)
    {
        EnglishCatalog.MatchKey(text).Should().Be(expected);
    }

    [Fact]
    public void Lookup_MatchKey_MatchesHeadlinesButNotCommonWords()
    {
        Func<string, string> key = EnglishCatalog.MatchKey;
        Catalog.Lookup("NORTH KOREA", "en", key).Should().Contain(c => c.Entity.Id == "gov:KP");
        Catalog.Lookup("NATO", "en", key).Should().ContainSingle().Which.Entity.Id.Should().Be("org:nato");
        Catalog.Lookup("WHO", "en", key).Should().ContainSingle().Which.Entity.Id.Should().Be("org:who");
        Catalog.Lookup("who", "en", key).Should().BeEmpty();
        Catalog.Lookup("turkey", "en", key).Should().BeEmpty();
        Catalog.Lookup("Turkey", "en", key).Should().ContainSingle().Which.Entity.Id.Should().Be("gov:TR");
    }

    [Fact]
    public void AliasMatcher_DefaultOptions_IgnoreCommonWordsThatSpellAcronyms()
    {
        const string text = "Those who map the us and them, a guardian of china and turkey";
        new AliasMatcher(Catalog, "en", EnglishCatalog.MatcherOptions()).Match(text).Should().BeEmpty();
    }

    private static IReadOnlyList<ClaimTracker.Text.Token> SplitOnSpaces(string text)
    {
        var tokens = new List<ClaimTracker.Text.Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == ' ')
            {
                if (start >= 0)
                {
                    tokens.Add(new ClaimTracker.Text.Token(ClaimTracker.Text.TextSpan.FromBounds(start, i), text[start..i], ClaimTracker.Text.TokenKind.Word));
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }
}
