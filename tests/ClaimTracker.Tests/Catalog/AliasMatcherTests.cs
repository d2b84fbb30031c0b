using System.Collections.Immutable;
using System.Diagnostics;
using ClaimTracker.Catalog;
using ClaimTracker.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Tests.Catalog;

public class AliasMatcherTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static ImmutableSortedDictionary<string, ImmutableArray<string>> Names(params string[] names) =>
        ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal).Add("xx", [.. names]);

    private static readonly EntityCatalog Catalog = new EntityCatalogBuilder().Add(new CatalogContribution("t.json",
    [
        new EntityDefinition("place:new-york") { Kind = EntityKind.Place, Names = Names("New York") },
        new EntityDefinition("outlet:nyt") { Kind = EntityKind.Outlet, Names = Names("New York Times", "The New York Times") },
        new EntityDefinition("gov:US") { Kind = EntityKind.Government, Names = Names("United States", "U.S."), Aliases = [new EntityAlias("Washington", "xx", AliasKind.Metonym)] },
        new EntityDefinition("outlet:wapo") { Kind = EntityKind.Outlet, Names = Names("Washington Post") },
        new EntityDefinition("gov:KP") { Kind = EntityKind.Government, Names = Names("North Korea"), Aliases = [new EntityAlias("Pyongyang", "xx", AliasKind.Metonym)] },
    ])).Build();

    // A stand-in for a pack's clitic rules: "w+" and "bi+" are proclitics, "+s" a possessive.
    private static IEnumerable<string> Leading(string token)
    {
        if (token.StartsWith("w+", StringComparison.Ordinal))
        {
            yield return token[2..];
        }

        if (token.StartsWith("bi+", StringComparison.Ordinal))
        {
            yield return token[3..];
        }
    }

    private static IEnumerable<string> Trailing(string token)
    {
        if (token.EndsWith("+s", StringComparison.Ordinal))
        {
            yield return token[..^2];
        }
    }

    private static AliasMatcher Matcher(AliasMatcherOptions? options = null) => new(Catalog, "xx", options);

    // Splits on spaces only, so that '+' stays inside tokens.
    private static IReadOnlyList<Token> Spaces(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        foreach (var part in text.Split(' '))
        {
            if (part.Length > 0)
            {
                tokens.Add(new Token(new TextSpan(i, part.Length), part, TokenKind.Word));
            }

            i += part.Length + 1;
        }

        return tokens;
    }

    [Fact]
    public void Match_OverlappingAliases_TakesLongestFirst()
    {
        const string text = "Reporters from The New York Times visited New York and Washington";
        var matches = Matcher().Match(text);

        matches.Select(m => m.Span.Slice(text)).Should().Equal("The New York Times", "New York", "Washington");
        matches.Select(m => m.Candidates.Single().Entity.Id).Should().Equal("outlet:nyt", "place:new-york", "gov:US");
    }

    [Fact]
    public void Match_LongerAliasStartingWithShorter_PrefersLonger()
    {
        const string text = "the Washington Post said";
        var match = Matcher().Match(text).Should().ContainSingle().Subject;
        match.Span.Slice(text).Should().Be("Washington Post");
        match.TokenCount.Should().Be(2);
    }

    [Fact]
    public void Match_PartialAliasAtEnd_FallsBackToShorterOrNothing()
    {
        Matcher().Match("in New").Should().BeEmpty();
        Matcher().Match("in New York").Should().ContainSingle().Which.Candidates.Single().Entity.Id.Should().Be("place:new-york");
    }

    [Fact]
    public void Match_PunctuatedAlias_UsesSameSplitterForAliasAndText()
    {
        const string text = "The U.S. said";
        Matcher().Match(text).Should().ContainSingle().Which.Span.Slice(text).Should().Be("U.S.");
    }

    [Fact]
    public void Match_LeadingVariant_StripsProcliticOfFirstTokenOnly()
    {
        var matcher = Matcher(new AliasMatcherOptions { Tokenize = Spaces, LeadingVariants = Leading });
        const string text = "w+Pyongyang and bi+North Korea but North bi+Korea";

        var matches = matcher.Match(text);

        matches.Select(m => m.Span.Slice(text)).Should().Equal("w+Pyongyang", "bi+North Korea");
        matches.Should().OnlyContain(m => m.StrippedLeading && !m.StrippedTrailing);
        matches.Select(m => m.Candidates.Single().Entity.Id).Should().Equal("gov:KP", "gov:KP");
    }

    [Fact]
    public void Match_WithoutLeadingVariants_DoesNotStrip()
    {
        Matcher(new AliasMatcherOptions { Tokenize = Spaces }).Match("w+Pyongyang").Should().BeEmpty();
    }

    [Fact]
    public void Match_TrailingVariant_StripsPossessiveOfLastToken()
    {
        var matcher = Matcher(new AliasMatcherOptions { Tokenize = Spaces, LeadingVariants = Leading, TrailingVariants = Trailing });
        const string text = "North Korea+s missiles and w+Pyongyang+s envoy";

        var matches = matcher.Match(text);

        matches.Select(m => m.Span.Slice(text)).Should().Equal("North Korea+s", "w+Pyongyang+s");
        matches[0].StrippedTrailing.Should().BeTrue();
        matches[0].StrippedLeading.Should().BeFalse();
        matches[1].StrippedLeading.Should().BeTrue();
        matches[1].StrippedTrailing.Should().BeTrue();
    }

    [Fact]
    public void Match_Normalize_AppliesToTextAndAliases()
    {
        var matcher = Matcher(new AliasMatcherOptions { Normalize = s => s.ToLowerInvariant() });
        matcher.Match("NORTH korea").Should().ContainSingle().Which.Candidates.Single().Entity.Id.Should().Be("gov:KP");
    }

    [Fact]
    public void Match_Filter_RestrictsAliases()
    {
        var matcher = Matcher(new AliasMatcherOptions { Filter = c => c.Entity.Kind == EntityKind.Government });
        const string text = "New York and Washington Post";
        matcher.Match(text).Select(m => m.Span.Slice(text)).Should().Equal("Washington");
    }

    [Fact]
    public void Match_MaxAliasTokens_SkipsLongerAliases()
    {
        var matcher = Matcher(new AliasMatcherOptions { MaxAliasTokens = 2 });
        const string text = "The New York Times";
        matcher.Match(text).Select(m => m.Span.Slice(text)).Should().Equal("New York");
    }

    [Fact]
    public void Constructor_MaxAliasTokensBelowOne_Throws()
    {
        FluentActions.Invoking(() => Matcher(new AliasMatcherOptions { MaxAliasTokens = 0 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Match_EmptyInput_ReturnsEmpty()
    {
        Matcher().Match("").Should().BeEmpty();
        Matcher().Match(Array.Empty<Token>()).Should().BeEmpty();
        Matcher().AliasCount.Should().BeGreaterThan(5);
        Matcher().Language.Should().Be("xx");
    }

    [Fact]
    public void Match_RandomTokenSequences_NeverThrowAndNeverOverlap()
    {
        var words = Gen.Elements("New", "York", "Times", "The", "Washington", "Post", "w+North", "Korea+s", "", "x", "U", ".", "S");
        var matcher = Matcher(new AliasMatcherOptions { LeadingVariants = Leading, TrailingVariants = Trailing });
        Prop.ForAll(Gen.ListOf(words).ToArbitrary(), list =>
        {
            var tokens = new List<Token>();
            var at = 0;
            foreach (var w in list)
            {
                tokens.Add(new Token(new TextSpan(at, w.Length), w, TokenKind.Word));
                at += w.Length + 1;
            }

            var matches = matcher.Match(tokens);
            var next = 0;
            foreach (var m in matches)
            {
                m.StartToken.Should().BeGreaterThanOrEqualTo(next);
                m.TokenCount.Should().BeGreaterThan(0);
                m.Candidates.Should().NotBeEmpty();
                next = m.StartToken + m.TokenCount;
            }

            next.Should().BeLessThanOrEqualTo(tokens.Count);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Match_PackCatalogOnLongText_FindsAliasesInLinearPasses()
    {
        var matcher = new AliasMatcher(CatalogTestData.Catalog, "en");
        var sentence = "Officials in Washington and Moscow told The New York Times that North Korean envoys met in Geneva . ";
        var text = string.Concat(Enumerable.Repeat(sentence, 5000));
        var tokens = matcher.Match(sentence).Count;

        var build = Stopwatch.StartNew();
        _ = new AliasMatcher(CatalogTestData.Catalog, "en");
        build.Stop();
        var tokenized = ClaimTracker.Catalog.NeutralTokenizer.Tokenize(text);
        var watch = Stopwatch.StartNew();
        var matches = matcher.Match(tokenized);
        watch.Stop();
        output.WriteLine($"matcher build {build.Elapsed.TotalMilliseconds:F0} ms; {tokenized.Count} tokens matched in {watch.Elapsed.TotalMilliseconds:F0} ms");

        matches.Should().HaveCount(tokens * 5000);
        matches.Take(5).Select(m => m.Candidates[0].Entity.Id).Should().Contain(["gov:US", "gov:RU", "outlet:nyt", "gov:KP"]);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "a linear scan of 100k tokens is fast even on a shared machine");
    }
}
