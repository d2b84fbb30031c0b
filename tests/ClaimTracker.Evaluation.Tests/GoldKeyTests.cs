using ClaimTracker.Evaluation;
using ClaimTracker.Model;

namespace ClaimTracker.Evaluation.Tests;

public class GoldKeyTests
{
    private static string Fixture(string name) =>
        Path.Combine(ClaimTracker.Testing.RepoPaths.Root, "tests", "fixtures", "eval", name);

    [Fact]
    public void Load_DevKey_ReadsArticlesPropositionsAndMentions()
    {
        var key = GoldKey.Load(Fixture("seed-gold.dev.json"));
        key.Articles.Should().HaveCount(5);
        key.Articles.Single(a => a.Id == "004").Published!.Value.Precision.Should().Be(TimePrecision.Month);
        key.Propositions.Should().NotBeEmpty();
        key.Mentions.Should().NotBeEmpty();
        key.Mentions.Should().OnlyContain(m => key.Articles.Any(a => a.Id == m.Article));
    }

    [Fact]
    public void Parse_WrongFormat_SaysWhatWasExpected()
    {
        var act = () => GoldKey.Parse("""{"format": "other/1"}""", "k.json");
        act.Should().Throw<FormatException>().WithMessage("*k.json*claimtracker-gold/1*other/1*");
    }

    [Fact]
    public void Parse_MentionOfUnknownArticle_IsRejected()
    {
        const string json = """
            {"format": "claimtracker-gold/1", "articles": [{"id": "a"}], "propositions": [{"id": "p"}],
             "mentions": [{"id": "m", "article": "zz", "quote": "q", "proposition": "p", "stance": "asserts", "polarity": "positive", "source": "x"}]}
            """;
        var act = () => GoldKey.Parse(json, "k.json");
        act.Should().Throw<FormatException>().WithMessage("*unknown article 'zz'*");
    }

    [Fact]
    public void Parse_UnknownStance_ListsValidOnes()
    {
        const string json = """
            {"format": "claimtracker-gold/1", "articles": [{"id": "a"}], "propositions": [{"id": "p"}],
             "mentions": [{"id": "m", "article": "a", "quote": "q", "proposition": "p", "stance": "shouts", "polarity": "positive", "source": "x"}]}
            """;
        var act = () => GoldKey.Parse(json, "k.json");
        act.Should().Throw<FormatException>().WithMessage("*shouts*asserts*");
    }

    [Fact]
    public void Parse_MalformedJson_IsFormatException()
    {
        var act = () => GoldKey.Parse("{", "k.json");
        act.Should().Throw<FormatException>().WithMessage("k.json: not valid JSON*");
    }
}
