using System.Collections.Immutable;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Model;

public class ModelRecordTests
{
    [Theory]
    [InlineData(Stance.Asserts, Polarity.Positive)]
    [InlineData(Stance.Alleges, Polarity.Positive)]
    [InlineData(Stance.Expects, Polarity.Positive)]
    [InlineData(Stance.Denies, Polarity.Negative)]
    [InlineData(Stance.Questions, Polarity.Unknown)]
    public void DefaultPolarity_EachStance_Documented(Stance stance, Polarity expected)
    {
        StanceFacts.DefaultPolarity(stance).Should().Be(expected);
    }

    [Fact]
    public void DefaultPolarity_Undefined_ThrowsNamingStance()
    {
        var act = () => StanceFacts.DefaultPolarity((Stance)77);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("stance");
    }

    [Fact]
    public void Negate_Polarities_SwapsPositiveAndNegative()
    {
        StanceFacts.Negate(Polarity.Positive).Should().Be(Polarity.Negative);
        StanceFacts.Negate(Polarity.Negative).Should().Be(Polarity.Positive);
        StanceFacts.Negate(Polarity.Unknown).Should().Be(Polarity.Unknown);
        var act = () => StanceFacts.Negate((Polarity)5);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("polarity");
    }

    [Fact]
    public void Source_PersonWithoutName_ThrowsNamingName()
    {
        var act = () => new Source(SourceKind.Person, "  ");
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
        var kind = () => new Source((SourceKind)50, "x");
        kind.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("kind");
        var id = () => new Source(SourceKind.Person, "x", " ");
        id.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("entityId");
        var aff = () => new Source(SourceKind.Person, "x", null, "");
        aff.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("affiliation");
    }

    [Fact]
    public void Source_ArticleVoice_AllowsNoOutlet()
    {
        var voice = Source.ArticleVoice(null);
        voice.Kind.Should().Be(SourceKind.ArticleVoice);
        voice.Name.Should().BeEmpty();
        Source.ArticleVoice("Example News", "outlet:x").EntityId.Should().Be("outlet:x");
        new Source(SourceKind.Anonymous, "").Name.Should().BeEmpty();
    }

    [Fact]
    public void Source_Key_PrefersEntityId()
    {
        new Source(SourceKind.Person, "Someone", "person:1").Key.Should().Be("person:1");
        new Source(SourceKind.Person, " Someone ").Key.Should().Be("Person:someone");
        new Source(SourceKind.Person, "Someone", "person:1").ToString().Should().Be("Person \"Someone\" (person:1)");
    }

    [Fact]
    public void Attribution_EmptyChain_IsSpeakerAlone()
    {
        var a = new Attribution(Samples.Officials);
        a.Chain.Should().Equal(Samples.Officials);
        a.Origin.Should().Be(Samples.Officials);
        a.Cue.Should().BeNull();
    }

    [Fact]
    public void Attribution_Chain_OriginIsFirst()
    {
        var peskov = new Source(SourceKind.Person, "Peskov", "person:peskov");
        var ria = new Source(SourceKind.Outlet, "RIA Novosti", "outlet:ria");
        var a = new Attribution(ria, [peskov, ria]);
        a.Speaker.Should().Be(ria);
        a.Origin.Should().Be(peskov);
        a.ToString().Should().Be("Person \"Peskov\" (person:peskov) → Outlet \"RIA Novosti\" (outlet:ria)");
    }

    [Fact]
    public void Attribution_ChainWithoutSpeaker_ThrowsNamingChain()
    {
        var act = () => new Attribution(Samples.Officials, [Samples.Outlet]);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("chain");
        var repeat = () => new Attribution(Samples.Officials, [Samples.Officials, Samples.Officials]);
        repeat.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("chain");
        var nulls = () => new Attribution(Samples.Officials, [Samples.Officials, null!]);
        nulls.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("chain");
    }

    [Fact]
    public void Attribution_Equality_ComparesChainByValue()
    {
        var a = new Attribution(Samples.Officials, [Samples.Officials, Samples.Outlet]);
        var b = new Attribution(Samples.Officials, ImmutableArray.Create(Samples.Officials, Samples.Outlet));
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new Attribution(Samples.Officials, [Samples.Outlet, Samples.Officials]));
        Attribution.ArticleVoice("X").Speaker.Kind.Should().Be(SourceKind.ArticleVoice);
    }

    [Fact]
    public void Samples_CueSpan_PointsAtCueWords()
    {
        Samples.Attribution.Cue!.Span.Slice(Samples.ArticleText).Should().Be(Samples.Attribution.Cue.Text);
    }

    [Fact]
    public void AttributionCue_LengthMismatch_ThrowsNamingText()
    {
        var act = () => new AttributionCue("said", new TextSpan(0, 3));
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("text");
        var empty = () => new AttributionCue("", new TextSpan(0, 0));
        empty.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("text");
    }

    [Fact]
    public void Proposition_Signature_IndependentOfOrderAndWording()
    {
        var a = new Proposition("attack", [
            new Participant(ParticipantRole.Agent, "gov:a", "Country A"),
            new Participant(ParticipantRole.Recipient, "gov:b", "Country B")]);
        var b = new Proposition(" attack ", [
            new Participant(ParticipantRole.Recipient, "gov:b", "the B government"),
            new Participant(ParticipantRole.Agent, "gov:a", "A's capital"),
            new Participant(ParticipantRole.Agent, "gov:a", "A again")]);
        a.Signature.Should().Be("attack(agent:gov:a,recipient:gov:b)");
        b.Signature.Should().Be(a.Signature);
        a.Should().NotBe(b);
        a.ToString().Should().Be(a.Signature);
    }

    [Fact]
    public void Proposition_UnresolvedParticipant_UsesLowerCaseName()
    {
        var p = new Proposition("move", [new Participant(ParticipantRole.Object, null, " Containers ")]);
        p.Signature.Should().Be("move(object:~containers)");
        new Proposition("x").Signature.Should().Be("x()");
    }

    [Fact]
    public void Proposition_Invalid_ThrowsNamingArgument()
    {
        var act = () => new Proposition(" ");
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("eventClass");
        var nulls = () => new Proposition("x", [null!]);
        nulls.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("participants");
    }

    [Fact]
    public void Proposition_Equality_ByValue()
    {
        var a = new Proposition("x", [new Participant(ParticipantRole.Agent, "e", "E")]);
        var b = new Proposition("x", [new Participant(ParticipantRole.Agent, "e", "E")]);
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Participant_Invalid_ThrowsNamingArgument()
    {
        var act = () => new Participant(ParticipantRole.Agent, null, "");
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
        var role = () => new Participant((ParticipantRole)9, null, "x");
        role.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("role");
        var id = () => new Participant(ParticipantRole.Agent, "", "x");
        id.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("entityId");
    }

    [Fact]
    public void Evidence_Invalid_ThrowsNamingArgument()
    {
        var act = () => new Evidence("", new TextSpan(0, 1), "a");
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("articleId");
        var mismatch = () => new Evidence("a", new TextSpan(0, 2), "a");
        mismatch.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("text");
    }

    [Fact]
    public void Evidence_From_SlicesArticleText()
    {
        var e = Evidence.From(Samples.Article, TextSpan.FromBounds(0, 9));
        e.Text.Should().Be("Officials");
        e.ArticleId.Should().Be("sample-1");
        var past = () => Evidence.From(Samples.Article, new TextSpan(0, 10_000));
        past.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Claim_BadConfidence_ThrowsNamingConfidence(double confidence)
    {
        var act = () => new Claim("c", Samples.Proposition, Samples.Attribution, Stance.Asserts, Polarity.Positive, Samples.Evidence, confidence);
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("confidence");
    }

    [Fact]
    public void Claim_InvalidArguments_ThrowNamingArgument()
    {
        var id = () => new Claim(" ", Samples.Proposition, Samples.Attribution, Stance.Asserts, Polarity.Positive, Samples.Evidence, 1);
        id.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("id");
        var stance = () => new Claim("c", Samples.Proposition, Samples.Attribution, (Stance)9, Polarity.Positive, Samples.Evidence, 1);
        stance.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("stance");
        var polarity = () => new Claim("c", Samples.Proposition, Samples.Attribution, Stance.Asserts, (Polarity)9, Samples.Evidence, 1);
        polarity.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("polarity");
        var evidence = () => new Claim("c", Samples.Proposition, Samples.Attribution, Stance.Asserts, Polarity.Positive, null!, 1);
        evidence.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("evidence");
        var quantities = () => new Claim("c", Samples.Proposition, Samples.Attribution, Stance.Asserts, Polarity.Positive, Samples.Evidence, 1, quantities: [null!]);
        quantities.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("quantities");
    }

    [Fact]
    public void Claim_Equality_ComparesArraysByValue()
    {
        var a = Samples.Claim;
        var b = new Claim(a.Id, a.Proposition, a.Attribution, a.Stance, a.Polarity, a.Evidence, a.Confidence, a.Said, a.EventTime,
            [.. a.Quantities], [.. a.Times]);
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        var c = new Claim(a.Id, a.Proposition, a.Attribution, a.Stance, a.Polarity, a.Evidence, a.Confidence, a.Said, a.EventTime, [a.Quantities[0]], [.. a.Times]);
        a.Should().NotBe(c);
        new Claim("c", Samples.Proposition, Samples.Attribution, Stance.Asserts, Polarity.Positive, Samples.Evidence, 1).Quantities.IsDefault.Should().BeFalse();
        a.ToString().Should().Contain("asserts (positive)");
    }

    [Fact]
    public void ClaimRelation_Invalid_ThrowsNamingArgument()
    {
        var self = () => new ClaimRelation("r", RelationKind.Corroborates, "a", "a", 0.5);
        self.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("claimB");
        var score = () => new ClaimRelation("r", RelationKind.Corroborates, "a", "b", 1.5);
        score.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("score");
        var kind = () => new ClaimRelation("r", (RelationKind)99, "a", "b", 0.5);
        kind.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("kind");
        var id = () => new ClaimRelation("", RelationKind.Corroborates, "a", "b", 0.5);
        id.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("id");
    }

    [Fact]
    public void ClaimRelation_Equality_ComparesReasonsByValue()
    {
        var a = Samples.Relation;
        var b = new ClaimRelation(a.Id, a.Kind, a.ClaimA, a.ClaimB, a.Score, [.. a.Reasons]);
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        new ClaimRelation("r", RelationKind.Unrelated, "a", "b", 0).Reasons.Should().BeEmpty();
    }

    [Fact]
    public void Reason_Invalid_ThrowsNamingArgument()
    {
        var act = () => new Reason((ReasonType)999, "x");
        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("type");
        var detail = () => new Reason(ReasonType.SameOrigin, null!);
        detail.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("detail");
        new Reason(ReasonType.SameOrigin, "x").ToString().Should().Be("SameOrigin: x");
    }
}
