using System.Collections.Immutable;
using ClaimTracker.Evaluation;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Evaluation.Tests;

public class EvaluatorTests
{
    private const string TextA = "First sentence here. The ministry denied the shipment. Rain fell.";
    private const string TextB = "Officials said the shipment arrived. Unrelated weather talk.";

    private static readonly Dictionary<string, string> Texts = new() { ["a"] = TextA, ["b"] = TextB };

    private static GoldKey Key(params GoldMention[] mentions) => new(
        ImmutableArray.Create(new GoldArticle("a", null, "en", null, null), new GoldArticle("b", null, "en", null, null)),
        ImmutableArray.Create(new GoldProposition("ship", "shipment happened"), new GoldProposition("rain", "it rained"), new GoldProposition("near", "close to ship")),
        ImmutableArray.Create(("ship", "near")),
        mentions.ToImmutableArray());

    private static GoldMention Mention(string id, string article, string quote, string prop, Polarity polarity, string source = "(article)") =>
        new(id, article, quote, prop, polarity == Polarity.Negative ? Stance.Denies : Stance.Asserts, polarity, source);

    private static Claim ClaimOver(string id, string article, string text, string covered, Polarity polarity, Source? speaker = null)
    {
        var at = text.IndexOf(covered, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        var span = new TextSpan(at, covered.Length);
        return new Claim(
            id,
            new Proposition("event", ImmutableArray<Participant>.Empty),
            speaker is null ? Attribution.ArticleVoice() : new Attribution(speaker),
            polarity == Polarity.Negative ? Stance.Denies : Stance.Asserts,
            polarity,
            new Evidence(article, span, covered),
            0.9);
    }

    private static readonly ISourceMatcher ByName = new EntitySourceMatcher(_ => Array.Empty<string>());

    [Fact]
    public void Evaluate_ClaimContainingQuote_CoversMention()
    {
        var key = Key(Mention("m1", "a", "denied the shipment", "ship", Polarity.Negative));
        var claims = new[] { ClaimOver("c1", "a", TextA, "The ministry denied the shipment.", Polarity.Negative) };
        var report = Evaluator.Evaluate(key, Texts, claims, Array.Empty<ClaimRelation>(), ByName);
        report.Mentions.Covered.Should().Be(1);
        report.Mentions.Recall.Should().Be(1);
        report.Mentions.PolarityAccuracy.Should().Be(1);
    }

    [Fact]
    public void Evaluate_ClaimOverlappingHalfOfQuote_Covers_LessThanHalf_DoesNot()
    {
        var key = Key(Mention("m1", "a", "The ministry denied the shipment.", "ship", Polarity.Negative));
        var half = ClaimOver("c1", "a", TextA, "denied the shipment. Rain", Polarity.Negative);
        var little = ClaimOver("c2", "a", TextA, "shipment. Rain fell.", Polarity.Negative);
        Evaluator.Evaluate(key, Texts, new[] { half }, Array.Empty<ClaimRelation>(), ByName).Mentions.Covered.Should().Be(1);
        var report = Evaluator.Evaluate(key, Texts, new[] { little }, Array.Empty<ClaimRelation>(), ByName);
        report.Mentions.Covered.Should().Be(0);
        report.MissedMentions.Select(m => m.Id).Should().Equal("m1");
    }

    [Fact]
    public void Evaluate_ClaimInOtherArticle_DoesNotCover()
    {
        var key = Key(Mention("m1", "b", "Officials said", "ship", Polarity.Positive));
        var claims = new[] { ClaimOver("c1", "a", TextA, "First sentence here.", Polarity.Positive) };
        Evaluator.Evaluate(key, Texts, claims, Array.Empty<ClaimRelation>(), ByName).Mentions.Covered.Should().Be(0);
    }

    [Fact]
    public void Evaluate_SeveralCoveringClaims_JudgesTheOneOverlappingMost()
    {
        var key = Key(Mention("m1", "a", "The ministry denied the shipment.", "ship", Polarity.Negative));
        var whole = ClaimOver("c1", "a", TextA, "The ministry denied the shipment.", Polarity.Negative);
        var part = ClaimOver("c2", "a", TextA, "ministry denied the shipment", Polarity.Positive);
        var report = Evaluator.Evaluate(key, Texts, new[] { part, whole }, Array.Empty<ClaimRelation>(), ByName);
        report.MentionResults.Single().ClaimId.Should().Be("c1");
        report.Mentions.PolarityAccuracy.Should().Be(1);
    }

    [Fact]
    public void Evaluate_SourceAccuracy_ArticleVoiceMatchesArticleMarker_NamedSourceByName()
    {
        var key = Key(
            Mention("m1", "a", "The ministry denied the shipment.", "ship", Polarity.Negative, "(article)"),
            Mention("m2", "b", "Officials said the shipment arrived.", "ship", Polarity.Positive, "officials"));
        var c1 = ClaimOver("c1", "a", TextA, "The ministry denied the shipment.", Polarity.Negative);
        var c2 = ClaimOver("c2", "b", TextB, "Officials said the shipment arrived.", Polarity.Positive, new Source(SourceKind.Role, "Officials"));
        var report = Evaluator.Evaluate(key, Texts, new[] { c1, c2 }, Array.Empty<ClaimRelation>(), ByName);
        report.Mentions.SourceAccuracy.Should().Be(1);
    }

    [Fact]
    public void Evaluate_SourceMatcherResolvesEntities_ThroughAffiliation()
    {
        var matcher = new EntitySourceMatcher(s => s == "Washington" ? new[] { "gov:US" } : Array.Empty<string>());
        var key = Key(Mention("m2", "b", "Officials said the shipment arrived.", "ship", Polarity.Positive, "Washington"));
        var claim = ClaimOver("c2", "b", TextB, "Officials said the shipment arrived.", Polarity.Positive, new Source(SourceKind.Role, "Officials", affiliation: "gov:US"));
        Evaluator.Evaluate(key, Texts, new[] { claim }, Array.Empty<ClaimRelation>(), matcher).Mentions.SourceAccuracy.Should().Be(1);
        var other = ClaimOver("c3", "b", TextB, "Officials said the shipment arrived.", Polarity.Positive, new Source(SourceKind.Role, "Officials", affiliation: "gov:RU"));
        Evaluator.Evaluate(key, Texts, new[] { other }, Array.Empty<ClaimRelation>(), matcher).Mentions.SourceAccuracy.Should().Be(0);
    }

    [Fact]
    public void Evaluate_ContradictionAcrossArticles_IsTrueTriple()
    {
        var key = Key(
            Mention("m1", "a", "The ministry denied the shipment.", "ship", Polarity.Negative),
            Mention("m2", "b", "Officials said the shipment arrived.", "ship", Polarity.Positive));
        var c1 = ClaimOver("c1", "a", TextA, "The ministry denied the shipment.", Polarity.Negative);
        var c2 = ClaimOver("c2", "b", TextB, "Officials said the shipment arrived.", Polarity.Positive);
        var contradiction = new ClaimRelation("r1", RelationKind.Contradicts, "c1", "c2", 0.8);
        var report = Evaluator.Evaluate(key, Texts, new[] { c1, c2 }, new[] { contradiction }, ByName);
        report.Relations.Contradicts.Should().Be(new PrecisionRecall(1, 1, 1, 1, 1, 1));
        report.Relations.Corroborates.GoldTriples.Should().Be(0);

        var wrongKind = new ClaimRelation("r1", RelationKind.Corroborates, "c1", "c2", 0.8);
        var wrong = Evaluator.Evaluate(key, Texts, new[] { c1, c2 }, new[] { wrongKind }, ByName);
        wrong.Relations.Corroborates.Precision.Should().Be(0);
        wrong.Relations.Contradicts.Recall.Should().Be(0);
        wrong.Relations.All.JudgedTriples.Should().Be(1);
    }

    [Fact]
    public void Evaluate_RelationAcrossPropositions_IsFalse_UnlessRelated()
    {
        var key = Key(
            Mention("m1", "a", "Rain fell.", "rain", Polarity.Positive),
            Mention("m2", "b", "Officials said the shipment arrived.", "ship", Polarity.Positive),
            Mention("m3", "a", "First sentence here.", "near", Polarity.Positive));
        var rain = ClaimOver("c1", "a", TextA, "Rain fell.", Polarity.Positive);
        var ship = ClaimOver("c2", "b", TextB, "Officials said the shipment arrived.", Polarity.Positive);
        var near = ClaimOver("c3", "a", TextA, "First sentence here.", Polarity.Positive);
        var relations = new[]
        {
            new ClaimRelation("r1", RelationKind.Corroborates, "c1", "c2", 0.5),
            new ClaimRelation("r2", RelationKind.Corroborates, "c3", "c2", 0.5),
        };
        var report = Evaluator.Evaluate(key, Texts, new[] { rain, ship, near }, relations, ByName);
        report.Relations.Corroborates.JudgedTriples.Should().Be(1, "the rain/ship pair is false, the near/ship pair is related and not judged");
        report.Relations.Corroborates.TrueTriples.Should().Be(0);
    }

    [Fact]
    public void Evaluate_RelationWhoseClaimCoversNothing_IsUnjudged_SameArticleIgnored()
    {
        var key = Key(Mention("m1", "a", "Rain fell.", "rain", Polarity.Positive));
        var rain = ClaimOver("c1", "a", TextA, "Rain fell.", Polarity.Positive);
        var weather = ClaimOver("c2", "b", TextB, "Unrelated weather talk.", Polarity.Positive);
        var first = ClaimOver("c3", "a", TextA, "First sentence here.", Polarity.Positive);
        var relations = new[]
        {
            new ClaimRelation("r1", RelationKind.Corroborates, "c1", "c2", 0.5),
            new ClaimRelation("r2", RelationKind.Corroborates, "c1", "c3", 0.5),
        };
        var report = Evaluator.Evaluate(key, Texts, new[] { rain, weather, first }, relations, ByName);
        report.Relations.Unjudged.Should().Be(1);
        report.Relations.All.JudgedTriples.Should().Be(0);
    }

    [Fact]
    public void Evaluate_RelationNamingUnknownClaim_Throws()
    {
        var key = Key();
        var act = () => Evaluator.Evaluate(key, Texts, Array.Empty<Claim>(), new[] { new ClaimRelation("r1", RelationKind.Corroborates, "x", "y", 0.5) }, ByName);
        act.Should().Throw<ArgumentException>().WithParameterName("relations");
    }

    [Fact]
    public void Evaluate_EvidenceStatistics_MedianAndMax()
    {
        var claims = new[]
        {
            ClaimOver("c1", "a", TextA, "Rain fell.", Polarity.Positive),
            ClaimOver("c2", "a", TextA, "First sentence here.", Polarity.Positive),
            ClaimOver("c3", "b", TextB, "Officials said the shipment arrived.", Polarity.Positive),
        };
        var report = Evaluator.Evaluate(Key(), Texts, claims, Array.Empty<ClaimRelation>(), ByName);
        report.Evidence.Should().Be(new EvidenceStatistics(20, 36));
    }

    [Fact]
    public void PrecisionRecall_NoJudgedTriples_IsZeroNotNaN()
    {
        var report = Evaluator.Evaluate(Key(), Texts, Array.Empty<Claim>(), Array.Empty<ClaimRelation>(), ByName);
        report.Relations.All.Precision.Should().Be(0);
        report.Relations.All.F1.Should().Be(0);
        report.Mentions.Recall.Should().Be(0);
    }
}
