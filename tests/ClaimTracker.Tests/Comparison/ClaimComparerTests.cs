using ClaimTracker.Comparison;
using ClaimTracker.Model;
using static ClaimTracker.Tests.Comparison.TestClaims;

namespace ClaimTracker.Tests.Comparison;

public class ClaimComparerTests
{
    private static readonly ClaimComparer Comparer = new();
    private static readonly Unit Container = Unit.Count("container");

    private static IEnumerable<ReasonType> Types(ClaimRelation r) => r.Reasons.Select(x => x.Type);

    [Fact]
    public void Compare_SameSignatureSamePolarity_Corroborates()
    {
        var r = Comparer.Compare(Make("a1", "A", Strike), Make("b1", "B", Strike, speaker: Moscow));
        r.Kind.Should().Be(RelationKind.Corroborates);
        r.Score.Should().Be(1d);
        Types(r).Should().Contain([ReasonType.SameSignature, ReasonType.SamePolarity, ReasonType.IndependentOrigins]);
        r.Reasons.First(x => x.Type == ReasonType.SameSignature).Detail.Should().Contain("190(agent:gov:ru,recipient:gov:ua)");
    }

    [Fact]
    public void Compare_AssertionAgainstDenial_Contradicts()
    {
        var r = Comparer.Compare(Make("a1", "A", Strike), Make("b1", "B", Strike, Stance.Denies, speaker: Moscow));
        r.Kind.Should().Be(RelationKind.Contradicts);
        Types(r).Should().Contain(ReasonType.OppositePolarity);
        r.Reasons.First(x => x.Type == ReasonType.OppositePolarity).Detail.Should().Contain("asserts").And.Contain("denies");
    }

    [Fact]
    public void Compare_AllegationAgainstDenial_NamesTheStancePair()
    {
        var r = Comparer.Compare(Make("a1", "A", Strike, Stance.Alleges), Make("b1", "B", Strike, Stance.Denies));
        r.Kind.Should().Be(RelationKind.Contradicts);
        r.Reasons.Should().Contain(x => x.Type == ReasonType.StancePair && x.Detail.Contains("allegation and a denial"));
    }

    [Fact]
    public void Compare_ArgumentOrder_DoesNotMatter()
    {
        var a = Make("a1", "A", Strike, quantities: [Quantity.MoreThan(10000, Container)]);
        var b = Make("b1", "B", Strike, quantities: [Quantity.Exactly(5000, Container)]);
        Comparer.Compare(b, a).Should().Be(Comparer.Compare(a, b));
        Comparer.Compare(a, b).Id.Should().Be("r:a1|b1");
        Comparer.Compare(a, b).ClaimA.Should().Be("a1");
    }

    [Fact]
    public void Compare_SameId_Throws()
    {
        var a = Make("a1", "A", Strike);
        var act = () => Comparer.Compare(a, a);
        act.Should().Throw<ArgumentException>().WithParameterName("b");
    }

    [Fact]
    public void RelationId_EitherOrder_IsOrdered() =>
        ClaimComparer.RelationId("z", "a").Should().Be("r:a|z");

    [Fact]
    public void Compare_DisjointQuantities_ContradictsWithValues()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike, quantities: [Quantity.MoreThan(10000, Container)]),
            Make("b1", "B", Strike, quantities: [Quantity.Exactly(5000, Container)]));
        r.Kind.Should().Be(RelationKind.Contradicts);
        var detail = r.Reasons.Single(x => x.Type == ReasonType.QuantitiesDisjoint).Detail;
        detail.Should().Contain("10000").And.Contain("5000").And.Contain("container").And.Contain("disjoint");
    }

    [Fact]
    public void Compare_TwoDecadesVersusTwentyFourYears_DisjointAfterConversion()
    {
        var p = Prop("detain", Agent("gov:x"), Object("prisoner"));
        var r = Comparer.Compare(
            Make("a1", "A", p, quantities: [Quantity.Exactly(2, Unit.Decade)]),
            Make("b1", "B", p, quantities: [Quantity.Exactly(24, Unit.Year)]));
        r.Kind.Should().Be(RelationKind.Contradicts);
        r.Reasons.Single(x => x.Type == ReasonType.QuantitiesDisjoint).Detail.Should().Contain("converted from year");
    }

    [Fact]
    public void Compare_MoreThanTenThousandVersusAboutTwelveThousand_AgreesAndRefines()
    {
        var p = Prop("move", Agent("org:port"), Object("containers"));
        var r = Comparer.Compare(
            Make("a1", "A", p, quantities: [Quantity.MoreThan(10000, Container)]),
            Make("b1", "B", p, quantities: [Quantity.About(12000, Container)]));
        r.Kind.Should().Be(RelationKind.Refines);
        Types(r).Should().Contain(ReasonType.QuantitiesNested);
    }

    [Fact]
    public void Compare_ExtraDisjointQuantityOnEitherSide_ContradictsWhicheverIdIsFirst()
    {
        var one = new[] { Quantity.Exactly(10, Container) };
        var two = new[] { Quantity.Exactly(10, Container), Quantity.Exactly(99, Container) };
        Comparer.Compare(Make("a1", "A", Strike, quantities: one), Make("b1", "B", Strike, quantities: two)).Kind.Should().Be(RelationKind.Contradicts);
        Comparer.Compare(Make("a1", "A", Strike, quantities: two), Make("b1", "B", Strike, quantities: one)).Kind.Should().Be(RelationKind.Contradicts);
    }

    [Fact]
    public void Compare_OverlappingQuantities_Corroborates()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike, quantities: [Quantity.Between(10, 20, Container)]),
            Make("b1", "B", Strike, quantities: [Quantity.Between(15, 30, Container)]));
        r.Kind.Should().Be(RelationKind.Corroborates);
        Types(r).Should().Contain(ReasonType.QuantitiesOverlap);
    }

    [Fact]
    public void Compare_IncomparableDimensions_GiveNoQuantityReason()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike, quantities: [Quantity.Exactly(5, Unit.MetricTon)]),
            Make("b1", "B", Strike, quantities: [Quantity.Exactly(5000, Container)]));
        r.Kind.Should().Be(RelationKind.Corroborates);
        Types(r).Should().NotContain([ReasonType.QuantitiesDisjoint, ReasonType.QuantitiesOverlap, ReasonType.QuantitiesNested, ReasonType.QuantitiesIncomparable]);
    }

    [Fact]
    public void Compare_MonthAgainstDayInside_CompatibleAndRefines()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike, eventTime: FuzzyTime.Month(2023, 9)),
            Make("b1", "B", Strike, eventTime: FuzzyTime.Day(2023, 9, 13)));
        r.Kind.Should().Be(RelationKind.Refines);
        r.Reasons.Single(x => x.Type == ReasonType.TimesCompatible).Detail.Should().Contain("2023-09").And.Contain("2023-09-13");
    }

    [Fact]
    public void Compare_YearAgainstLaterMonth_TimesConflictContradicts()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike, eventTime: FuzzyTime.Year(2022)),
            Make("b1", "B", Strike, eventTime: FuzzyTime.Month(2023, 9)));
        r.Kind.Should().Be(RelationKind.Contradicts);
        r.Reasons.Single(x => x.Type == ReasonType.TimesConflict).Detail.Should().Contain("2022").And.Contain("2023-09");
    }

    [Fact]
    public void Compare_YearAgainstSinceLaterMonth_OpenPeriodDoesNotConflict()
    {
        // "struck in 2022" and "has been striking since September 2023" are both possible.
        var r = Comparer.Compare(
            Make("a1", "A", Strike, eventTime: FuzzyTime.Year(2022)),
            Make("b1", "B", Strike, eventTime: FuzzyTime.Since(FuzzyTime.Month(2023, 9))));
        r.Kind.Should().Be(RelationKind.Corroborates);
        Types(r).Should().NotContain(ReasonType.TimesConflict);
        r.Reasons.Single(x => x.Type == ReasonType.TimesCompatible).Detail.Should().Contain("open period");
    }

    [Fact]
    public void Compare_DisjointTimesWithAnotherParticipant_AnotherOccurrenceNotAConflict()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike, eventTime: FuzzyTime.Year(2022)),
            Make("b1", "B", Prop("190", Agent("gov:ru"), Recipient("gov:ua"), Object("drones")), eventTime: FuzzyTime.Year(2024)));
        r.Kind.Should().Be(RelationKind.Unrelated);
        Types(r).Should().NotContain(ReasonType.TimesConflict);
        r.Reasons.Should().Contain(x => x.Type == ReasonType.DifferentPropositions && x.Detail.Contains("another occurrence"));
    }

    [Fact]
    public void Compare_StatementsWithoutEventSharingOnlyObjects_Unrelated()
    {
        var statement = ClaimTracker.Extraction.ClaimExtractor.StatementEventClass;
        var r = Comparer.Compare(
            Make("a1", "A", Prop(statement, Object("weapons"))),
            Make("b1", "B", Prop(statement, Object("weapons")), Stance.Denies));
        r.Kind.Should().Be(RelationKind.Unrelated);
        r.Reasons.Single().Detail.Should().Contain("statements without an event");
        Comparer.Compare(
            Make("a1", "A", Prop(statement, Agent("gov:ru"), Object("weapons"))),
            Make("b1", "B", Prop(statement, Agent("gov:ru"), Object("weapons")), speaker: Moscow)).Kind.Should().Be(RelationKind.Corroborates);
        Comparer.Compare(Make("a1", "A", Prop("070", Object("weapons"))), Make("b1", "B", Prop("070", Object("weapons")), speaker: Moscow))
            .Kind.Should().Be(RelationKind.Corroborates);
    }

    [Fact]
    public void Compare_BothNegativeWithDisjointQuantities_DoesNotContradict()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike, Stance.Denies, quantities: [Quantity.Exactly(10, Container)]),
            Make("b1", "B", Strike, Stance.Denies, quantities: [Quantity.Exactly(20, Container)]));
        r.Kind.Should().Be(RelationKind.Corroborates);
    }

    [Fact]
    public void Compare_ExtraParticipant_RefinesWithMoreSpecificReason()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Prop("190", Agent("gov:ru"))),
            Make("b1", "B", Prop("190", Agent("gov:ru"), Recipient("gov:ua"))));
        r.Kind.Should().Be(RelationKind.Refines);
        r.Reasons.Single(x => x.Type == ReasonType.MoreSpecific).Detail.Should().Contain("recipient:gov:ua");
        Types(r).Should().Contain([ReasonType.SameEventClass, ReasonType.SharedParticipants]);
    }

    [Fact]
    public void Compare_OnlyOneStatesAQuantity_Refines()
    {
        var r = Comparer.Compare(Make("a1", "A", Strike), Make("b1", "B", Strike, quantities: [Quantity.Exactly(3, Container)]));
        r.Kind.Should().Be(RelationKind.Refines);
        r.Reasons.Single(x => x.Type == ReasonType.MoreSpecific).Detail.Should().Contain("only the second states a quantity");
    }

    [Fact]
    public void Compare_OnlyOneStatesAnEventTime_Refines()
    {
        var r = Comparer.Compare(Make("a1", "A", Strike, eventTime: FuzzyTime.Year(2023)), Make("b1", "B", Strike));
        r.Kind.Should().Be(RelationKind.Refines);
        r.Reasons.Single(x => x.Type == ReasonType.MoreSpecific).Detail.Should().Contain("only the first states an event time (2023)");
    }

    [Theory]
    [InlineData("050", "051")]
    [InlineData("190", "193")]
    [InlineData("19", "190")]
    [InlineData("04", "042")]
    public void Compare_GenericCameoCodeAgainstItsMember_Refines(string generic, string specific)
    {
        var r = Comparer.Compare(
            Make("a1", "A", Prop(generic, Agent("gov:kp"), Recipient("gov:ru"))),
            Make("b1", "B", Prop(specific, Agent("gov:kp"), Recipient("gov:ru")), speaker: Moscow));
        r.Kind.Should().Be(RelationKind.Refines);
        r.Score.Should().Be(0.9);
        r.Reasons.Should().Contain(x => x.Type == ReasonType.SameEventClass && x.Detail.Contains("one refines the other"));
    }

    [Theory]
    [InlineData("051", "057")]
    [InlineData("042", "043")]
    [InlineData("050", "040")]
    public void Compare_SiblingCameoCodes_Unrelated(string a, string b) =>
        Comparer.Compare(
            Make("a1", "A", Prop(a, Agent("gov:kp"), Recipient("gov:ru"))),
            Make("b1", "B", Prop(b, Agent("gov:kp"), Recipient("gov:ru")))).Kind.Should().Be(RelationKind.Unrelated);

    [Fact]
    public void Compare_DenialSharingOnlyTheAgent_TooWeakToContradict()
    {
        // Similarity 0.5 + 0.5 × 1/4: enough to agree (0.6), not enough to conflict (0.7).
        var assertion = Make("a1", "A", Prop("070", Agent("gov:kp"), Recipient("gov:ru"), Object("weapons")));
        var denial = Make("b1", "B", Prop("070", Agent("gov:kp"), new Participant(ParticipantRole.Place, "place:x", "x")), Stance.Denies);
        var r = Comparer.Compare(assertion, denial);
        r.Kind.Should().Be(RelationKind.Unrelated);
        r.Reasons.Should().Contain(x => x.Type == ReasonType.DifferentPropositions && x.Detail.Contains("too weak for a conflict"));
        // Without the generic-class rule (one shared actor under 070 is too little to agree) the pair agrees.
        new ClaimComparer(new ComparisonOptions { GenericClassRoots = [] })
            .Compare(assertion, Make("b1", "B", Prop("070", Agent("gov:kp"), new Participant(ParticipantRole.Place, "place:x", "x")))).Kind.Should().Be(RelationKind.Corroborates);
        new ClaimComparer(new ComparisonOptions { MinimumConflictScore = 0.6 }).Compare(assertion, denial).Kind.Should().Be(RelationKind.Contradicts);
    }

    [Fact]
    public void Compare_ContentWordsOnOneSideOnly_AreIgnoredSoTheDenialContradicts()
    {
        // "A killed civilians" (catalog actor: no content words) vs "A denied that it killed civilians in X" (the clause
        // had no catalog actor, so its content words were kept): the words only one side has are no evidence either way.
        var assertion = Make("a1", "A", Prop("kill", Agent("gov:et")));
        var denial = Make("b1", "B", Prop("kill", Agent("gov:et"),
            new Participant(ParticipantRole.Object, "term:civilian", "civilians"), new Participant(ParticipantRole.Place, "term:x", "X")), Stance.Denies);
        Comparer.Compare(assertion, denial).Kind.Should().Be(RelationKind.Contradicts);

        var otherWords = Make("a2", "A", Prop("kill", Agent("gov:et"), new Participant(ParticipantRole.Object, "term:soldier", "soldiers")));
        Comparer.Compare(otherWords, denial).Kind.Should().NotBe(RelationKind.Contradicts, "when both sides have content words they still count");
    }

    [Fact]
    public void Compare_DisjointTimesSharingOnlyTheAgent_AnotherOccurrence()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Prop("070", Agent("gov:kp"), Recipient("gov:ru"), Object("weapons")), eventTime: FuzzyTime.Year(2023)),
            Make("b1", "B", Prop("070", Agent("gov:kp"), new Participant(ParticipantRole.Place, "place:x", "x")), eventTime: FuzzyTime.Year(2019)));
        r.Kind.Should().Be(RelationKind.Unrelated);
        Types(r).Should().NotContain(ReasonType.TimesConflict);
    }

    [Fact]
    public void Compare_PartialSwapWithAThirdParty_IsARoleConflictNotAContradiction()
    {
        // "A struck B" vs "B struck C": B changes role, but the second names another target, so no swap.
        var r = Comparer.Compare(Make("a1", "A", Strike), Make("b1", "B", Prop("190", Agent("gov:ua"), Recipient("gov:by"))));
        r.Kind.Should().Be(RelationKind.Unrelated);
        Types(r).Should().NotContain(ReasonType.RolesSwapped);
        Comparer.Compare(Make("a1", "A", Strike), Make("b1", "B", Prop("190", Agent("gov:ua")))).Kind.Should().Be(RelationKind.Unrelated);
    }

    [Fact]
    public void Compare_TransfersEachWayOfDifferentGoods_NoSwap()
    {
        // "A sent B arms" and "B sent A technology" can both be true; "A sent B arms" and "B sent A arms" are swapped.
        var arms = Make("a1", "A", Prop("070", Agent("gov:kp"), Recipient("gov:ru"), Object("weapons")));
        var back = Comparer.Compare(arms, Make("b1", "B", Prop("070", Agent("gov:ru"), Recipient("gov:kp"), Object("technology"))));
        back.Kind.Should().Be(RelationKind.Unrelated);
        Types(back).Should().NotContain(ReasonType.RolesSwapped);
        Comparer.Compare(arms, Make("b1", "B", Prop("070", Agent("gov:ru"), Recipient("gov:kp")))).Kind.Should().Be(RelationKind.Unrelated);
        var swapped = Comparer.Compare(arms, Make("b1", "B", Prop("070", Agent("gov:ru"), Recipient("gov:kp"), Object("weapons"))));
        swapped.Kind.Should().Be(RelationKind.Contradicts);
        Types(swapped).Should().Contain(ReasonType.RolesSwapped);
    }

    [Fact]
    public void Compare_VisitsWithAgentAndRecipientExchanged_UnrelatedUnlessTheClassIsNotDirectional()
    {
        var there = Make("a1", "A", Prop("042", Agent("gov:ru"), Recipient("gov:kp")));
        var back = Make("b1", "B", Prop("042", Agent("gov:kp"), Recipient("gov:ru")));
        var r = Comparer.Compare(there, back);
        r.Kind.Should().Be(RelationKind.Unrelated);
        Types(r).Should().Contain(ReasonType.RolesSwapped);
        new ClaimComparer(new ComparisonOptions { DirectionalClasses = [] }).Compare(there, back).Kind.Should().Be(RelationKind.Contradicts);
    }

    [Fact]
    public void Compare_MeetingWithAgentAndRecipientExchanged_SameSignatureUnlessTheClassIsNotSymmetric()
    {
        var one = Make("a1", "A", Prop("040", Agent("gov:ru"), Recipient("gov:kp")));
        var other = Make("b1", "B", Prop("043", Agent("gov:kp"), Recipient("gov:ru")));
        var r = Comparer.Compare(one, Make("b1", "B", Prop("040", Agent("gov:kp"), Recipient("gov:ru"))));
        r.Kind.Should().Be(RelationKind.Corroborates);
        Types(r).Should().Contain(ReasonType.SameSignature).And.NotContain(ReasonType.RolesSwapped);
        Comparer.Compare(one, other).Kind.Should().Be(RelationKind.Refines);
        new ClaimComparer(new ComparisonOptions { SymmetricClasses = [] }).Compare(one, other).Kind.Should().Be(RelationKind.Contradicts);
    }

    [Fact]
    public void Options_NullClassSets_Throw()
    {
        var generic = () => new ComparisonOptions { GenericClassRoots = null! };
        generic.Should().Throw<ArgumentNullException>().WithParameterName(nameof(ComparisonOptions.GenericClassRoots));
        var symmetric = () => new ComparisonOptions { SymmetricClasses = null! };
        var directional = () => new ComparisonOptions { DirectionalClasses = null! };
        symmetric.Should().Throw<ArgumentNullException>().WithParameterName(nameof(ComparisonOptions.SymmetricClasses));
        directional.Should().Throw<ArgumentNullException>().WithParameterName(nameof(ComparisonOptions.DirectionalClasses));
    }

    [Fact]
    public void Compare_OneSharedActorUnderAGenericClass_UnrelatedUnlessAnObjectOrTimeIsShared()
    {
        var a = Make("a1", "A", Prop("050", Agent("gov:ru"), Recipient("gov:ir")));
        var c = Make("b1", "B", Prop("050", Agent("gov:ru"), Object("energy")));
        var r = Comparer.Compare(a, c);
        r.Kind.Should().Be(RelationKind.Unrelated);
        Types(r).Should().Contain(ReasonType.DifferentPropositions);
        new ClaimComparer(new ComparisonOptions { GenericClassRoots = [] }).Compare(a, c).Kind.Should().Be(RelationKind.Corroborates);
        Comparer.Compare(Make("a1", "A", Prop("050", Agent("gov:ru"), Object("energy"))), Make("b1", "B", Prop("050", Agent("gov:ru"), Recipient("gov:ir"), Object("energy"))))
            .Kind.Should().Be(RelationKind.Refines);
        Comparer.Compare(Make("a1", "A", Prop("120", Agent("gov:ru"), Recipient("gov:ir"))), Make("b1", "B", Prop("120", Agent("gov:ru"), Object("energy"))))
            .Kind.Should().Be(RelationKind.Corroborates);
        Comparer.Compare(
            Make("a1", "A", Prop("050", Agent("gov:ru"), Recipient("gov:ir")), eventTime: FuzzyTime.Year(2023)),
            Make("b1", "B", Prop("050", Agent("gov:ru"), Object("energy")), eventTime: FuzzyTime.Year(2023))).Kind.Should().NotBe(RelationKind.Unrelated);
    }

    [Fact]
    public void Compare_SwapWithAnExtraPlace_IsNoSwap()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike),
            Make("b1", "B", Prop("190", Agent("gov:ua"), Recipient("gov:ru"), new Participant(ParticipantRole.Place, "place:x", "x"))));
        r.Kind.Should().Be(RelationKind.Unrelated);
        Types(r).Should().NotContain(ReasonType.RolesSwapped);
    }

    [Fact]
    public void Compare_DenialWithoutSharedActor_DoesNotContradict()
    {
        // "weapons were supplied" against "no weapons are supplied to parties at war": no actor in common.
        var r = Comparer.Compare(
            Make("a1", "A", Prop("070", Object("weapons"), Recipient("gov:ru"))),
            Make("b1", "B", Prop("070", Object("weapons")), Stance.Denies));
        r.Kind.Should().Be(RelationKind.Unrelated);
        r.Reasons.Should().Contain(x => x.Type == ReasonType.DifferentPropositions && x.Detail.Contains("too little to conflict"));
    }

    [Fact]
    public void Compare_ClassRefinement_Refines()
    {
        var r = Comparer.Compare(Make("a1", "A", Prop("19", Agent("gov:ru"), Recipient("gov:ua"))), Make("b1", "B", Strike, speaker: Moscow));
        r.Kind.Should().Be(RelationKind.Refines);
        r.Score.Should().Be(0.9);
    }

    [Fact]
    public void Compare_DifferentEventClass_Unrelated()
    {
        var r = Comparer.Compare(Make("a1", "A", Strike), Make("b1", "B", Prop("042", Agent("gov:ru"), Recipient("gov:ua"))));
        r.Kind.Should().Be(RelationKind.Unrelated);
        r.Score.Should().Be(0d);
        r.Reasons.Single().Type.Should().Be(ReasonType.DifferentPropositions);
    }

    [Fact]
    public void Compare_DifferentAgent_Unrelated()
    {
        var r = Comparer.Compare(Make("a1", "A", Strike), Make("b1", "B", Prop("190", Agent("gov:by"), Recipient("gov:ua"))));
        r.Kind.Should().Be(RelationKind.Unrelated);
        r.Reasons.Should().Contain(x => x.Type == ReasonType.DifferentPropositions && x.Detail.Contains("agent differs"));
    }

    [Fact]
    public void Compare_SwappedAgentAndRecipient_Contradicts()
    {
        var r = Comparer.Compare(Make("a1", "A", Strike), Make("b1", "B", Prop("190", Agent("gov:ua"), Recipient("gov:ru"))));
        r.Kind.Should().Be(RelationKind.Contradicts);
        r.Score.Should().Be(0.6);
        r.Reasons.Single(x => x.Type == ReasonType.RolesSwapped).Detail.Should().Contain("gov:ru is the agent in the first and the recipient in the second");
    }

    [Fact]
    public void Compare_SwappedRolesWithOneNegation_Unrelated()
    {
        var r = Comparer.Compare(Make("a1", "A", Strike), Make("b1", "B", Prop("190", Agent("gov:ua"), Recipient("gov:ru")), Stance.Denies));
        r.Kind.Should().Be(RelationKind.Unrelated);
        Types(r).Should().Contain(ReasonType.RolesSwapped);
    }

    [Fact]
    public void Compare_LowSimilarity_Unrelated()
    {
        var options = new ComparisonOptions { MinimumPropositionScore = 0.9 };
        var r = new ClaimComparer(options).Compare(
            Make("a1", "A", Prop("190", Agent("gov:ru"))),
            Make("b1", "B", Prop("190", Agent("gov:ru"), Recipient("gov:ua"))));
        r.Kind.Should().Be(RelationKind.Unrelated);
        r.Score.Should().Be(0.75);
        r.Reasons.Should().Contain(x => x.Type == ReasonType.DifferentPropositions && x.Detail.Contains("below 0.9"));
    }

    [Fact]
    public void Compare_QuestionedClaim_Unrelated()
    {
        var r = Comparer.Compare(Make("a1", "A", Strike), Make("b1", "B", Strike, Stance.Questions));
        r.Kind.Should().Be(RelationKind.Unrelated);
        r.Reasons.Should().Contain(x => x.Type == ReasonType.StancePair && x.Detail.Contains("unknown"));
    }

    [Fact]
    public void Compare_PredictionThenLaterReport_PredictionConfirmed()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike, Stance.Expects, said: FuzzyTime.Day(2024, 1, 5)),
            Make("b1", "B", Strike, said: FuzzyTime.Day(2024, 3, 1)));
        r.Kind.Should().Be(RelationKind.PredictionConfirmed);
        Types(r).Should().Contain([ReasonType.StancePair, ReasonType.TimeOrder]);
    }

    [Fact]
    public void Compare_PredictionThenLaterDenial_PredictionOverturned()
    {
        var r = Comparer.Compare(
            Make("b1", "B", Strike, Stance.Denies, said: FuzzyTime.Day(2024, 3, 1)),
            Make("a1", "A", Strike, Stance.Expects, said: FuzzyTime.Day(2024, 1, 5)));
        r.Kind.Should().Be(RelationKind.PredictionOverturned);
        r.Reasons.Single(x => x.Type == ReasonType.TimeOrder).Detail.Should().Contain("2024-01-05").And.Contain("2024-03-01");
    }

    [Fact]
    public void Compare_PredictionThenLaterDisjointQuantity_PredictionOverturned()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike, Stance.Expects, said: FuzzyTime.Day(2024, 1, 5), quantities: [Quantity.AtLeast(100, Container)]),
            Make("b1", "B", Strike, said: FuzzyTime.Day(2024, 3, 1), quantities: [Quantity.Exactly(40, Container)]));
        r.Kind.Should().Be(RelationKind.PredictionOverturned);
    }

    [Fact]
    public void Compare_ReportBeforePrediction_IsNotAPredictionPair()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike, Stance.Expects, said: FuzzyTime.Day(2024, 3, 1)),
            Make("b1", "B", Strike, said: FuzzyTime.Day(2024, 1, 5)));
        r.Kind.Should().Be(RelationKind.Corroborates);
        r.Reasons.Should().Contain(x => x.Type == ReasonType.StancePair && x.Detail.Contains("not known to be later"));
    }

    [Fact]
    public void Compare_UnnamedOfficialAndWashington_ShareOriginAndScoreLower()
    {
        var r = Comparer.Compare(
            Make("a1", "A", Strike, speaker: UsOfficial, chain: [UsOfficial, OutletA]),
            Make("b1", "B", Strike, speaker: Washington));
        r.Kind.Should().Be(RelationKind.Corroborates);
        r.Reasons.Single(x => x.Type == ReasonType.SameOrigin).Detail.Should().Contain("gov:us");
        r.Score.Should().Be(0.8);
    }

    [Fact]
    public void Compare_OriginResolver_MapsAgencyToItsGovernment()
    {
        var pentagon = new Source(SourceKind.Government, "Pentagon", "org:pentagon");
        var options = new ComparisonOptions { OriginResolver = id => id == "org:pentagon" ? "gov:us" : id };
        var a = Make("a1", "A", Strike, speaker: pentagon);
        var b = Make("b1", "B", Strike, speaker: Washington);
        new ClaimComparer(options).Compare(a, b).Reasons.Should().Contain(x => x.Type == ReasonType.SameOrigin);
        Comparer.Compare(a, b).Reasons.Should().Contain(x => x.Type == ReasonType.IndependentOrigins);
    }

    [Fact]
    public void Compare_LowConfidence_LowersScore()
    {
        var r = Comparer.Compare(Make("a1", "A", Strike, confidence: 0.5), Make("b1", "B", Strike, speaker: Moscow));
        r.Score.Should().Be(0.75);
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        var a = () => new ComparisonOptions { MinimumPropositionScore = 1.5 };
        var b = () => new ComparisonOptions { MaxBlockSize = 1 };
        var c = () => new ComparisonOptions { MaxDegreeOfParallelism = 0 };
        var d = () => new ComparisonOptions { SameOriginFactor = double.NaN };
        var e = () => new ComparisonOptions { MinimumConflictScore = -0.1 };
        e.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ComparisonOptions.MinimumConflictScore));
        a.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ComparisonOptions.MinimumPropositionScore));
        b.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ComparisonOptions.MaxBlockSize));
        c.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(ComparisonOptions.MaxDegreeOfParallelism));
        d.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Options_Defaults_AreDocumentedValues()
    {
        var o = ComparisonOptions.Default;
        (o.MinimumPropositionScore, o.ClassRefinementFactor, o.SwappedRolesScore, o.SameOriginFactor, o.MaxBlockSize, o.MaxDegreeOfParallelism)
            .Should().Be((0.6, 0.9, 0.6, 0.8, 200, 1));
        o.MinimumConflictScore.Should().Be(0.7);
        o.OriginResolver.Should().BeNull();
    }
}
