using System.Collections.Immutable;
using ClaimTracker.Catalog;
using ClaimTracker.Extraction;
using ClaimTracker.Languages.English.Catalog;
using ClaimTracker.Model;
using ClaimTracker.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Languages.English.Tests.Extraction;

/// <summary>Claim extraction on English sentences written for these tests.</summary>
public class EnglishExtractionTests
{
    private static readonly EnglishLanguagePack Pack = EnglishLanguagePack.Instance;

    private static readonly EntityCatalog Catalog = new EntityCatalogBuilder().Add(EnglishCatalog.Load()).Build();

    private static readonly ClaimExtractor Extractor = new(
        new LanguagePackRegistry([Pack]),
        Catalog,
        new ClaimExtractorOptions
        {
            MatcherOptions = ImmutableDictionary<string, AliasMatcherOptions>.Empty
                .Add("en", EnglishCatalog.MatcherOptions(s => Pack.Normalizer.Normalize(s).Text, Pack.Tokenizer.Tokenize)),
        });

    private static ImmutableArray<Claim> Extract(string text) => Extractor.Extract(new Article("e", text, "en")).Claims;

    private static Claim Single(string text)
    {
        var claims = Extract(text);
        claims.Should().ContainSingle();
        return claims[0];
    }

    [Fact]
    public void Extract_SubjectSaidThat_SpeakerBeforeCue()
    {
        var c = Single("Ankara said that the convoy crossed the border.");
        c.Attribution.Speaker.EntityId.Should().Be("gov:TR");
        c.Stance.Should().Be(Stance.Asserts);
        c.Polarity.Should().Be(Polarity.Positive);
    }

    [Fact]
    public void Extract_CueAfterContent_RoleAffiliatedByDemonym()
    {
        var c = Single("The missiles were delivered to Russia in May, a US official said.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.Role);
        c.Attribution.Speaker.Affiliation.Should().Be("gov:US");
        c.Proposition.Participants.Should().Contain(p => p.EntityId == "object:weapons");
    }

    [Fact]
    public void Extract_ToldOutlet_ChainSpeakerThenOutlet()
    {
        var c = Single("US officials told The New York Times that Russia bought artillery shells from North Korea.");
        c.Attribution.Chain.Should().HaveCount(2);
        c.Attribution.Origin.Affiliation.Should().Be("gov:US");
        c.Attribution.Chain[1].EntityId.Should().Be("outlet:nyt");
        c.Proposition.Signature.Should().Be("070(agent:gov:KP,object:object:weapons,recipient:gov:RU)");
    }

    [Fact]
    public void Extract_QuotingParenthesis_ChainOriginFirst()
    {
        var c = Single("RIA Novosti, quoting Dmitry Peskov, said the talks would continue.");
        c.Attribution.Chain.Select(s => s.EntityId).Should().Equal("person:dmitry-peskov", "outlet:ria-novosti");
    }

    [Fact]
    public void Extract_AccordingTo_SpeakerAfterCueAndNegation()
    {
        var c = Single("According to Reuters, the ministry did not comment on the sanctions.");
        c.Attribution.Speaker.EntityId.Should().Be("outlet:reuters");
        c.Polarity.Should().Be(Polarity.Negative);
    }

    [Fact]
    public void Extract_Denied_DeniesNegative()
    {
        var c = Single("Moscow denied supplying weapons to Pyongyang.");
        c.Stance.Should().Be(Stance.Denies);
        c.Polarity.Should().Be(Polarity.Negative);
        c.Attribution.Speaker.EntityId.Should().Be("gov:RU");
    }

    [Fact]
    public void Extract_DeniedThatNot_DoubleNegationPositive()
    {
        var c = Single("Seoul denied that it did not warn Tokyo.");
        c.Stance.Should().Be(Stance.Denies);
        c.Polarity.Should().Be(Polarity.Positive);
    }

    [Fact]
    public void Extract_NotOnly_NotNegation()
    {
        var c = Single("Washington said Beijing not only supported Moscow but also sent drones.");
        c.Polarity.Should().Be(Polarity.Positive);
    }

    [Fact]
    public void Extract_ItIsBelieved_ArticleVoiceExpects()
    {
        var c = Single("It is believed the summit in Moscow will take place in October.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.ArticleVoice);
        c.Stance.Should().Be(Stance.Expects);
    }

    [Fact]
    public void Extract_Reportedly_ArticleVoiceAlleges()
    {
        var c = Single("Pyongyang reportedly sent missiles to Russia.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.ArticleVoice);
        c.Stance.Should().Be(Stance.Alleges);
    }

    [Fact]
    public void Extract_DespiteDenial_OwnNegativeClaim()
    {
        var claims = Extract("Washington said Tehran, despite its denial, shipped drones to Russia.");
        claims.Should().HaveCount(2);
        claims[0].Polarity.Should().Be(Polarity.Positive);
        claims[0].Attribution.Speaker.EntityId.Should().Be("gov:US");
        claims[1].Stance.Should().Be(Stance.Denies);
        claims[1].Attribution.Speaker.EntityId.Should().Be("gov:IR");
        claims[1].Evidence.Text.Should().Be("despite its denial");
    }

    [Fact]
    public void Extract_UnknownCapitalisedName_Person()
    {
        var c = Single("Jane Holloway said the report was accurate.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.Person);
        c.Attribution.Speaker.Name.Should().Be("Jane Holloway");
    }

    [Fact]
    public void Extract_Accused_Alleges()
    {
        var c = Single("Kyiv accused Moscow of shelling the city.");
        c.Stance.Should().Be(Stance.Alleges);
        c.Attribution.Speaker.EntityId.Should().Be("gov:UA");
    }

    [Fact]
    public void Extract_SupplyInflections_SameEventClass()
    {
        var a = Single("Iran supplied drones to Russia.");
        var b = Single("Iran supplies drones to Russia.");
        a.Proposition.Signature.Should().Be(b.Proposition.Signature);
        a.Proposition.Signature.Should().Be("070(agent:gov:IR,object:object:weapons,recipient:gov:RU)");
    }

    [Fact]
    public void Extract_NounSharingAStemWithAHedgeAdverb_NotAHedge()
    {
        var c = Single("Peskov told reporters that Moscow sent no troops.");
        c.Stance.Should().Be(Stance.Asserts);
    }

    [Fact]
    public void Extract_DemonymBeforeWeapons_NotAParticipant()
    {
        var c = Single("Russian forces fired North Korean missiles at Kharkiv.");
        c.Proposition.Participants.Should().Contain(p => p.Role == ParticipantRole.Agent && p.EntityId == "gov:RU");
        c.Proposition.Participants.Should().NotContain(p => p.EntityId == "gov:KP");
    }

    [Fact]
    public void Extract_RandomText_NeverThrows()
    {
        var chars = Gen.Frequency(
            (10, Gen.Choose('a', 'z').Select(i => (char)i)),
            (3, Gen.Choose('A', 'Z').Select(i => (char)i)),
            (4, Gen.Elements(' ', ' ', '\n', ',', '.', '"', ':', '?', '\'')),
            (1, Gen.Choose(0x0000, 0xFFFF).Select(i => (char)i)));
        Prop.ForAll(Gen.ArrayOf(chars).Select(a => new string(a)).ToArbitrary(), s =>
            Extractor.Extract(new Article("r", s, "en")).Claims.All(c => c.Evidence.Span.End <= s.Length)).QuickCheckThrowOnFailure();
    }

    private static string[] Roles(Claim c, ParticipantRole role) =>
        [.. c.Proposition.Participants.Where(p => p.Role == role).Select(p => p.EntityId!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Extract_CoordinatedSubjects_AreAllAgents()
    {
        var c = Single("China and Russia blocked the resolution.");
        Roles(c, ParticipantRole.Agent).Should().Equal("gov:CN", "gov:RU");
    }

    [Fact]
    public void Extract_VerbalNounComplement_IsTheReceiverNotTheAgent()
    {
        var c = Single("Iran denied supplying Russia with drones.");
        Roles(c, ParticipantRole.Agent).Should().Equal("gov:IR");
        Roles(c, ParticipantRole.Recipient).Should().Equal("gov:RU");
    }

    [Fact]
    public void Extract_EntityInRelativeClauseAfterTrigger_IsNoParticipant()
    {
        var c = Single("Russia blocked the resolution, which the United States had drafted.");
        c.Proposition.Participants.Where(p => p.EntityId is not null && !p.EntityId.StartsWith("object:", StringComparison.Ordinal))
            .Select(p => p.EntityId).Should().Equal("gov:RU");
    }

    [Fact]
    public void Extract_HedgedClauseAfterFrontedClause_IsItsOwnClaim()
    {
        var claims = Extract("After the president travelled to Moscow in the spring, it appeared that Iranian weapons flowed to Russia.");
        claims.Should().HaveCount(2);
        claims[0].Proposition.EventClass.Should().Be("042");
        claims[1].Proposition.EventClass.Should().Be("070");
        claims[1].Stance.Should().Be(Stance.Alleges);
    }

    [Theory]
    [InlineData("Turkey raised interest rates.", Polarity.Positive)]
    [InlineData("Turkey reduced interest rates.", Polarity.Negative)]
    [InlineData("France lost against Germany.", Polarity.Negative)]
    [InlineData("France did not lose against Germany.", Polarity.Positive)]
    public void Extract_AntonymTrigger_FlipsPolarityOfItsClass(string text, Polarity expected)
    {
        var c = Single(text);
        c.Proposition.EventClass.Should().BeOneOf("win", "rise");
        c.Polarity.Should().Be(expected);
    }

    [Fact]
    public void Extract_DenialVerbThatIsTheEvent_DenierIsTheAgent()
    {
        var c = Single("Iran rejected the French proposal.");
        c.Stance.Should().Be(Stance.Denies);
        Roles(c, ParticipantRole.Agent).Should().Equal("gov:IR");
        Roles(c, ParticipantRole.Recipient).Should().Equal("gov:FR");
    }
}
