using System.Collections.Immutable;
using ClaimTracker.Catalog;
using ClaimTracker.Extraction;
using ClaimTracker.Languages.Arabic.Catalog;
using ClaimTracker.Model;
using ClaimTracker.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Languages.Arabic.Tests.Extraction;

/// <summary>Claim extraction on Arabic sentences written for these tests.</summary>
public class ArabicExtractionTests
{
    private static readonly ArabicLanguagePack Pack = ArabicLanguagePack.Instance;

    internal static readonly EntityCatalog Catalog = new EntityCatalogBuilder().Add(ArabicCatalog.Load()).Build();

    internal static readonly ClaimExtractor Extractor = new(
        new LanguagePackRegistry([Pack]),
        Catalog,
        new ClaimExtractorOptions
        {
            MatcherOptions = ImmutableDictionary<string, AliasMatcherOptions>.Empty
                .Add("ar", ArabicCatalog.MatcherOptions(s => Pack.Normalizer.Normalize(s).Text, Pack.Tokenizer.Tokenize)),
        });

    private static ImmutableArray<Claim> Extract(string text) => Extractor.Extract(new Article("t", text, "ar")).Claims;

    private static Claim Single(string text)
    {
        var claims = Extract(text);
        claims.Should().ContainSingle();
        return claims[0];
    }

    private static string? Affiliation(Claim c) => c.Attribution.Speaker.Affiliation ?? c.Attribution.Speaker.EntityId;

    [Fact]
    public void Extract_PastVerbBeforeSubject_SpeakerIsSubjectAfterVerb()
    {
        var c = Single("قالت موسكو إن الجيش أرسل قوات إلى الحدود.");
        c.Attribution.Speaker.EntityId.Should().Be("gov:RU");
        c.Stance.Should().Be(Stance.Asserts);
        c.Polarity.Should().Be(Polarity.Positive);
        c.Attribution.Cue!.Text.Should().Be("قالت");
    }

    [Fact]
    public void Extract_PresentPluralSubjectFirst_RoleAffiliatedByDemonym()
    {
        var c = Single("المسؤولون الأمريكيون يقولون إن السفينة غرقت.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.Role);
        c.Attribution.Speaker.Affiliation.Should().Be("gov:US");
    }

    [Fact]
    public void Extract_CueAfterContent_SpeakerAfterCue()
    {
        var c = Single("وصلت شحنة من الأسلحة إلى ميناء طرطوس، حسبما قال مسؤول أمريكي.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.Role);
        c.Attribution.Speaker.Affiliation.Should().Be("gov:US");
        c.Proposition.Participants.Should().Contain(p => p.EntityId == "object:weapons");
    }

    [Fact]
    public void Extract_AccordingToWithAttachedPreposition_ResolvesGovernment()
    {
        var c = Single("سقطت قذائف على المدينة، وفقا لأنقرة.");
        c.Attribution.Speaker.EntityId.Should().Be("gov:TR");
    }

    [Fact]
    public void Extract_DenialVerb_DeniesNegative()
    {
        var c = Single("نفت طهران إرسال طائرات مسيرة إلى روسيا.");
        c.Stance.Should().Be(Stance.Denies);
        c.Polarity.Should().Be(Polarity.Negative);
        c.Attribution.Speaker.EntityId.Should().Be("gov:IR");
        c.Proposition.Signature.Should().Be("070(agent:gov:IR,object:object:weapons,recipient:gov:RU)");
    }

    [Fact]
    public void Extract_NegatedComplement_AssertsNegative()
    {
        var c = Single("قال الكرملين إن روسيا لم تشتر أي أسلحة من إيران.");
        c.Stance.Should().Be(Stance.Asserts);
        c.Polarity.Should().Be(Polarity.Negative);
    }

    [Fact]
    public void Extract_NegatorInsideRelativeClause_DoesNotFlipMainClause()
    {
        var c = Single("زارت روسيا الصين التي لم ترسل وفدا إلى القمة.");
        c.Polarity.Should().Be(Polarity.Positive);
    }

    [Fact]
    public void Extract_NegatorInALaterCoordinatedClause_DoesNotFlipTheEvent()
    {
        var c = Single("قال مسؤولون أتراك إن إيران أرسلت صواريخ إلى روسيا، ولا يوجد دليل على غير ذلك.");
        c.Polarity.Should().Be(Polarity.Positive);
    }

    [Fact]
    public void Extract_ConjoinedNegatorExceptionPhrase_NotNegation()
    {
        var c = Single("ولا يزال الجيش الروسي يستخدم الصواريخ في أوكرانيا.");
        c.Polarity.Should().Be(Polarity.Positive);
    }

    [Fact]
    public void Extract_YesNoQuestion_QuestionsUnknown()
    {
        var c = Single("هل ترسل روسيا صواريخ إلى إيران؟");
        c.Stance.Should().Be(Stance.Questions);
        c.Polarity.Should().Be(Polarity.Unknown);
    }

    [Fact]
    public void Extract_WhQuestion_KeepsPositivePresupposition()
    {
        var c = Single("ماذا تريد روسيا من إيران؟");
        c.Stance.Should().Be(Stance.Asserts);
        c.Polarity.Should().Be(Polarity.Positive);
    }

    [Fact]
    public void Extract_AnaphoricNewspaper_RefersToLastNamedOutlet()
    {
        var claims = Extract("ذكرت صحيفة نيويورك تايمز أن الوفد وصل إلى موسكو. وتقول الصحيفة إن المحادثات بدأت.");
        claims.Should().HaveCount(2);
        claims[1].Attribution.Speaker.EntityId.Should().Be("outlet:nyt");
    }

    [Fact]
    public void Extract_QuotationAfterFramingSentence_AttributedToPreviousSpeaker()
    {
        var claims = Extract("وقال وزير الخارجية الإيراني للصحفيين: «لن نرسل أي أسلحة إلى روسيا».");
        claims.Should().NotBeEmpty();
        claims.Should().OnlyContain(c => c.Attribution.Speaker.Kind != SourceKind.ArticleVoice);
    }

    [Fact]
    public void Extract_BuyVerb_SellerIsAgentBuyerIsRecipient()
    {
        var c = Single("اشترت روسيا صواريخ من إيران.");
        c.Proposition.Signature.Should().Be("070(agent:gov:IR,object:object:weapons,recipient:gov:RU)");
    }

    [Fact]
    public void Extract_SameTransferWordedDifferently_SameSignature()
    {
        var a = Single("زودت إيران روسيا بصواريخ.");
        var b = Single("أرسلت إيران قذائف إلى روسيا.");
        a.Proposition.Signature.Should().Be(b.Proposition.Signature);
        a.Proposition.Signature.Should().Be("070(agent:gov:IR,object:object:weapons,recipient:gov:RU)");
    }

    [Fact]
    public void Extract_DifferentEvents_DifferentSignatures()
    {
        var a = Single("زودت إيران روسيا بصواريخ.");
        var b = Single("التقى رئيس إيران بنظيره في روسيا.");
        a.Proposition.Signature.Should().NotBe(b.Proposition.Signature);
    }

    [Fact]
    public void Extract_AtLeastPhrase_NotNegation()
    {
        var c = Single("قصف الجيش الروسي المدينة بما لا يقل عن ثلاث قذائف.");
        c.Polarity.Should().Be(Polarity.Positive);
        c.Proposition.EventClass.Should().Be("190");
    }

    [Fact]
    public void Extract_EmbeddedDenial_OwnNegativeClaimHostKeepsPolarity()
    {
        var claims = Extract("أكدت لندن أن دمشق، رغم نفيها، تلقت صواريخ من طهران.");
        claims.Should().HaveCount(2);
        var host = claims[0];
        var denial = claims[1];
        host.Attribution.Speaker.EntityId.Should().Be("gov:GB");
        host.Polarity.Should().Be(Polarity.Positive);
        denial.Stance.Should().Be(Stance.Denies);
        denial.Polarity.Should().Be(Polarity.Negative);
        denial.Attribution.Speaker.EntityId.Should().Be("gov:SY");
        denial.Evidence.Text.Should().Be("رغم نفيها");
        denial.Proposition.Signature.Should().Be(host.Proposition.Signature);
    }

    [Fact]
    public void Extract_RelayVerbWithAn_ChainOriginFirst()
    {
        var c = Single("نقلت وكالة تاس عن ديمتري بيسكوف قوله إن اللقاء سيعقد قريبا.");
        c.Attribution.Chain.Select(s => s.EntityId).Should().Equal("person:dmitry-peskov", "outlet:tass");
        c.Attribution.Speaker.EntityId.Should().Be("outlet:tass");
        c.Attribution.Origin.EntityId.Should().Be("person:dmitry-peskov");
        c.Stance.Should().Be(Stance.Expects);
    }

    [Fact]
    public void Extract_QuotingPhrase_ChainOriginFirst()
    {
        var c = Single("ذكرت صحيفة نيويورك تايمز نقلا عن المخابرات الأمريكية أن الشحنة وصلت.");
        c.Attribution.Chain.Select(s => s.EntityId).Should().Equal("org:us-intelligence", "outlet:nyt");
    }

    [Fact]
    public void Extract_ImpersonalPassive_ArticleVoiceExpects()
    {
        var c = Single("ويعتقد أن المحادثات بين موسكو وبكين ستستمر أياما.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.ArticleVoice);
        c.Stance.Should().Be(Stance.Expects);
    }

    [Fact]
    public void Extract_Appearance_ArticleVoiceAlleges()
    {
        var c = Single("بدا أن الهجوم الروسي استهدف مخازن الذخيرة.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.ArticleVoice);
        c.Stance.Should().Be(Stance.Alleges);
        c.Polarity.Should().Be(Polarity.Positive);
    }

    [Fact]
    public void Extract_AccusationWithObjectPronoun_Alleges()
    {
        var c = Single("تتهمها كييف بقصف المدن.");
        c.Stance.Should().Be(Stance.Alleges);
        c.Attribution.Speaker.EntityId.Should().Be("gov:UA");
    }

    [Fact]
    public void Extract_GenericCollective_TypedSource()
    {
        var c = Single("يقول الخبراء إن الاقتصاد الروسي سيتباطأ.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.Role);
        c.Attribution.Speaker.Name.Should().Be("الخبراء");
    }

    [Fact]
    public void Extract_MediaWithDemonym_OutletAffiliated()
    {
        var c = Single("ذكرت وسائل إعلام صينية أن الوفد الروسي وصل.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.Outlet);
        c.Attribution.Speaker.Affiliation.Should().Be("gov:CN");
    }

    [Fact]
    public void Extract_TwoSpeakersInOneSentence_TwoClaims()
    {
        var claims = Extract("نفت بكين صحة التقرير، وأكدت واشنطن أنه دقيق.");
        claims.Should().HaveCount(2);
        claims[0].Attribution.Speaker.EntityId.Should().Be("gov:CN");
        claims[0].Stance.Should().Be(Stance.Denies);
        claims[1].Attribution.Speaker.EntityId.Should().Be("gov:US");
        claims[1].Polarity.Should().Be(Polarity.Positive);
        claims[0].Evidence.Span.End.Should().BeLessThanOrEqualTo(claims[1].Evidence.Span.Start);
    }

    [Fact]
    public void Extract_UnknownNameBeforeApposition_Person()
    {
        var c = Single("ويقول سامر الحلبي، الباحث في جامعة دمشق، إن روسيا ستزيد صادراتها.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.Person);
        c.Attribution.Speaker.Name.Should().Be("سامر الحلبي");
    }

    [Fact]
    public void Extract_UnknownTitledNameBeforeComplementizer_Person()
    {
        var c = Single("وقال الأكاديمي المعروف جون دو إن العقوبات ستستمر.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.Person);
        c.Attribution.Speaker.Name.Should().Be("الأكاديمي المعروف جون دو");
    }

    [Fact]
    public void Extract_DefiniteNounThatStripsToACueVerb_NotACue()
    {
        var c = Single("دفعت موسكو الثمن في المجتمع الدولي.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.ArticleVoice);
    }

    [Fact]
    public void Extract_NoAttribution_ArticleVoice()
    {
        var c = Single("وقعت روسيا والصين اتفاقية للتعاون في مجال الطاقة.");
        c.Attribution.Speaker.Kind.Should().Be(SourceKind.ArticleVoice);
        c.Proposition.EventClass.Should().Be("057");
    }

    [Fact]
    public void Extract_Ids_InTextOrderWithArticlePrefix()
    {
        var claims = Extract("قالت موسكو إن الوفد وصل. وأكدت بكين أن المحادثات بدأت. ونفت طوكيو ذلك.");
        claims.Select(c => c.Id).Should().Equal("t:c1", "t:c2", "t:c3");
        claims.Select(c => c.Evidence.Span.Start).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Extract_EvidenceNeverSpansTwoSentences()
    {
        var text = "قالت موسكو إن الوفد وصل. وأكدت بكين أن المحادثات بدأت.";
        foreach (var c in Extract(text))
        {
            c.Evidence.Text.Count(ch => ch == '.').Should().BeLessThanOrEqualTo(1);
            c.Evidence.Text.Should().Be(c.Evidence.Span.Slice(text));
        }
    }

    [Fact]
    public void Extract_SeedArticleTwice_SameClaims()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "samples", "seed-ar", "002.txt"));
        var article = new Article("002", text, "ar");
        var first = Extractor.Extract(article).Claims;
        var second = Extractor.Extract(article).Claims;
        first.Should().NotBeEmpty();
        first.SequenceEqual(second).Should().BeTrue();
        first.Max(c => c.Evidence.Span.Length).Should().BeLessThan(600);
    }

    [Fact]
    public void Extract_ParallelCalls_SameClaims()
    {
        var article = new Article("x", "قالت موسكو إن الجيش أرسل قوات إلى الحدود. نفت طهران إرسال طائرات مسيرة إلى روسيا.", "ar");
        var expected = Extractor.Extract(article).Claims;
        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => Extractor.Extract(article).Claims).ToArray();
        results.Should().OnlyContain(r => r.SequenceEqual(expected));
    }

    [Fact]
    public void Extract_RandomText_NeverThrows()
    {
        var chars = Gen.Frequency(
            (10, Gen.Choose(0x0621, 0x064A).Select(i => (char)i)),
            (4, Gen.Elements(' ', ' ', '\n', '،', '.', '«', '»', ':', '?')),
            (1, Gen.Choose(0x0000, 0xFFFF).Select(i => (char)i)));
        var strings = Gen.ArrayOf(chars).Select(a => new string(a)).ToArbitrary();
        Prop.ForAll(strings, s =>
        {
            var result = Extractor.Extract(new Article("r", s, "ar"));
            return result.Claims.All(c => c.Evidence.Span.End <= s.Length);
        }).QuickCheckThrowOnFailure();
    }

    private static string[] Roles(Claim c, ParticipantRole role) =>
        [.. c.Proposition.Participants.Where(p => p.Role == role).Select(p => p.EntityId!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Extract_CoordinatedSubjectsAfterVerb_AreAllAgents()
    {
        var c = Single("عرقلت الصين وروسيا مشروع القرار.");
        Roles(c, ParticipantRole.Agent).Should().Equal("gov:CN", "gov:RU");
        Roles(c, ParticipantRole.Recipient).Should().BeEmpty();
    }

    [Fact]
    public void Extract_VerbalNounComplement_IsTheReceiverNotTheAgent()
    {
        var c = Single("نفت إيران تزويد روسيا بطائرات مسيرة.");
        Roles(c, ParticipantRole.Agent).Should().Equal("gov:IR");
        Roles(c, ParticipantRole.Recipient).Should().Equal("gov:RU");
        c.Stance.Should().Be(Stance.Denies);
    }

    [Fact]
    public void Extract_EntityInRelativeClauseAfterTrigger_IsNoParticipant()
    {
        var c = Single("أحبطت روسيا المحاولات التي تقودها الولايات المتحدة.");
        c.Proposition.Participants.Select(p => p.EntityId).Should().Equal("gov:RU");
    }

    [Fact]
    public void Extract_HedgedClauseAfterFrontedClause_IsItsOwnClaim()
    {
        var claims = Extract("بعد زيارة الرئيس إلى موسكو في الربيع، بدا أن الأسلحة الإيرانية تتدفق إلى روسيا.");
        claims.Should().HaveCount(2);
        claims[0].Proposition.EventClass.Should().Be("042");
        claims[0].Stance.Should().Be(Stance.Asserts);
        claims[1].Proposition.EventClass.Should().Be("070");
        claims[1].Stance.Should().Be(Stance.Alleges);
        claims[1].Evidence.Text.Should().StartWith("بدا");
    }

    [Fact]
    public void Extract_TravelVerb_IsCameoVisit()
    {
        Single("غادر الزعيم بيونغ يانغ على متن قطار.").Proposition.EventClass.Should().Be("042");
    }

    [Theory]
    [InlineData("فازت فرنسا على ألمانيا.", Polarity.Positive)]
    [InlineData("خسرت فرنسا أمام ألمانيا.", Polarity.Negative)]
    [InlineData("لم تخسر فرنسا أمام ألمانيا.", Polarity.Positive)]
    [InlineData("انخفضت صادرات روسيا إلى الصين.", Polarity.Negative)]
    public void Extract_AntonymTrigger_FlipsPolarityOfItsClass(string text, Polarity expected)
    {
        var c = Single(text);
        c.Proposition.EventClass.Should().BeOneOf("win", "rise");
        c.Polarity.Should().Be(expected);
    }

    private static string RepoRoot() => ClaimTracker.Testing.RepoPaths.Root;
}
