using System.Collections.Immutable;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Evaluation.Tests;

public class ClaimPrecisionTests
{
    private const string TextA = "The ministry denied the shipment. Rain fell on Monday. Officials declined to comment.";
    private const string TextB = "Officials said the shipment arrived.";

    private static readonly Dictionary<string, string> Texts = new() { ["a"] = TextA, ["b"] = TextB };

    private static readonly ISourceMatcher ByName = new EntitySourceMatcher(_ => Array.Empty<string>());

    private static GoldKey Key(bool aExhaustive, string? shipClass = "070") => new(
        [new GoldArticle("a", null, "en", null, null, Exhaustive: aExhaustive), new GoldArticle("b", null, "en", null, null)],
        [new GoldProposition("ship", "shipment happened", shipClass), new GoldProposition("rain", "it rained")],
        [],
        [
            new GoldMention("m1", "a", "The ministry denied the shipment.", "ship", Stance.Denies, Polarity.Negative, "(article)"),
            new GoldMention("m2", "a", "Rain fell on Monday.", "rain", Stance.Asserts, Polarity.Positive, "(article)"),
            new GoldMention("m3", "b", "Officials said the shipment arrived.", "ship", Stance.Asserts, Polarity.Positive, "officials"),
        ]);

    private static Claim Over(string id, string article, string covered, string eventClass = "070")
    {
        var text = Texts[article];
        var at = text.IndexOf(covered, StringComparison.Ordinal);
        return new Claim(
            id, new Proposition(eventClass), Attribution.ArticleVoice(), Stance.Asserts, Polarity.Positive,
            new Evidence(article, new TextSpan(at, covered.Length), covered), 1d);
    }

    private static readonly Claim[] Claims =
    [
        Over("a:c1", "a", "The ministry denied the shipment."),
        Over("a:c2", "a", "Rain fell on Monday.", "rain"),
        Over("a:c3", "a", "Officials declined to comment."),
        Over("b:c1", "b", "Officials said the shipment arrived.", "19"),
        Over("b:c2", "b", "shipment arrived."),
    ];

    [Fact]
    public void Evaluate_ExhaustiveArticle_ClaimCoveringNoMentionIsAFalsePositive()
    {
        var scores = Evaluator.Evaluate(Key(aExhaustive: true), Texts, Claims, [], ByName).Claims;
        scores.ExhaustiveArticles.Should().Be(1);
        scores.Total.Should().Be(3, "only claims of exhaustive articles count");
        scores.Matching.Should().Be(2);
        scores.Precision.Should().BeApproximately(2d / 3, 1e-9);
        scores.Unmatched.Should().Equal("a:c3");
    }

    [Fact]
    public void Evaluate_NoExhaustiveArticle_PrecisionIsNotMeasured()
    {
        var scores = Evaluator.Evaluate(Key(aExhaustive: false), Texts, Claims, [], ByName).Claims;
        scores.ExhaustiveArticles.Should().Be(0);
        scores.Total.Should().Be(0);
        scores.Precision.Should().Be(0);
        scores.Unmatched.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_PropositionsWithEventClass_ScoreTheJudgedClaimsClass()
    {
        // m1 -> a:c1 (070 = 070, right); m3 -> b:c1 (19 vs 070, wrong); m2's proposition has no class (not judged).
        var scores = Evaluator.Evaluate(Key(aExhaustive: true), Texts, Claims, [], ByName).Claims;
        scores.EventClassJudged.Should().Be(2);
        scores.EventClassAccuracy.Should().Be(0.5);
    }

    [Theory]
    [InlineData("190", "190", true)]
    [InlineData("19", "193", true)]
    [InlineData("193", "19", true)]
    [InlineData("190", "193", true)]
    [InlineData("070", "071", true)]
    [InlineData("070", "190", false)]
    [InlineData("112", "11", true)]
    [InlineData("kill", "KILL", true)]
    [InlineData("kill", "190", false)]
    [InlineData("040", "042", true)]
    [InlineData("042", "044", false)]
    public void EventClassesMatch_CameoRefinement_IsCompatible(string gold, string system, bool expected) =>
        Evaluator.EventClassesMatch(gold, system).Should().Be(expected);

    [Fact]
    public void Parse_ExhaustiveAndEventClass_AreRead()
    {
        var key = GoldKey.Parse("""
            {"format":"claimtracker-gold/1",
             "articles":[{"id":"a","exhaustive":true},{"id":"b"}],
             "propositions":[{"id":"p","summary":"s","eventClass":"190"},{"id":"q","summary":"t"}],
             "mentions":[]}
            """);
        key.Articles.Select(a => a.Exhaustive).Should().Equal(true, false);
        key.Propositions.Select(p => p.EventClass).Should().Equal("190", null);
    }

    [Fact]
    public void Parse_ExhaustiveNotABoolean_IsAFormatErrorNamingIt()
    {
        var act = () => GoldKey.Parse("""{"format":"claimtracker-gold/1","articles":[{"id":"a","exhaustive":"yes"}]}""", "k.json");
        act.Should().Throw<FormatException>().WithMessage("k.json*\"exhaustive\" must be true or false*");
    }
}
