using ClaimTracker.Comparison;
using ClaimTracker.Indexing;
using ClaimTracker.Model;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;
using static ClaimTracker.Tests.Comparison.TestClaims;

namespace ClaimTracker.Tests.Indexing;

public class ClaimIndexTests(ITestOutputHelper output)
{
    private static long Comparisons(int articles, ComparisonOptions options)
    {
        var index = new ClaimIndex(new ClaimComparer(options));
        foreach (var article in CorpusGenerator.Articles(articles, seed: 7))
        {
            index.Add(article);
        }

        return index.ComparisonCount;
    }

    [Fact]
    public void Add_GrowingCorpus_ComparisonsGrowSubQuadratically()
    {
        var options = new ComparisonOptions { MaxBlockSize = 20 };
        var counts = new[] { 50, 100, 200, 400 }.ToDictionary(n => n, n => Comparisons(n, options));
        output.WriteLine(string.Join(", ", counts.Select(kv => $"{kv.Key} articles: {kv.Value} comparisons")));
        var allPairs400 = 1600L * 1599 / 2;
        counts[400].Should().BeLessThan(allPairs400 / 10, "blocking compares far fewer pairs than all pairs");
        ((double)counts[400] / counts[200]).Should().BeLessThan(3d, "doubling the corpus must not quadruple the comparisons");
        ((double)counts[200] / counts[100]).Should().BeLessThan(3.5d);
    }

    [Fact]
    public void Add_NoBlockCap_WouldGrowQuadratically()
    {
        // The control: with a cap no block reaches, the same fixed vocabulary grows quadratically, so the test above
        // fails without the cap.
        var options = new ComparisonOptions { MaxBlockSize = 100_000 };
        ((double)Comparisons(400, options) / Comparisons(200, options)).Should().BeGreaterThan(3.5d);
    }

    [Fact]
    public void Add_ComparesOnlyClaimsSharingAKey()
    {
        var index = new ClaimIndex();
        index.Add([Make("a1", "A", Strike)]);
        index.Add([Make("b1", "B", Prop("meet", Agent("gov:fr"), Recipient("gov:de")))]);
        index.ComparisonCount.Should().Be(0);
        var added = index.Add([Make("c1", "C", Strike, speaker: Moscow)]);
        index.ComparisonCount.Should().Be(1);
        added.Should().ContainSingle().Which.Id.Should().Be("r:a1|c1");
    }

    [Fact]
    public void Add_ClaimNamingOnlyAnObject_MeetsAClaimWithAnAgentAndThatObject()
    {
        // "the armoured train travelled" vs "Kim travelled on the armoured train": one shared object, no shared actor.
        var index = new ClaimIndex();
        index.Add([Make("a1", "A", Prop("042", Object("train")))]);
        var added = index.Add([Make("b1", "B", Prop("042", Agent("gov:kp"), Object("train")))]);
        index.ComparisonCount.Should().Be(1);
        added.Should().ContainSingle().Which.Kind.Should().Be(RelationKind.Refines);
    }

    [Fact]
    public void Add_SameArticle_IsNotCompared()
    {
        var index = new ClaimIndex();
        index.Add([Make("a1", "A", Strike), Make("a2", "A", Strike, Stance.Denies)]).Should().BeEmpty();
        index.ComparisonCount.Should().Be(0);
        index.Count.Should().Be(2);
    }

    [Fact]
    public void Add_UnrelatedPairs_AreNotStored()
    {
        var index = new ClaimIndex();
        index.Add([Make("a1", "A", Strike)]);
        index.Add([Make("b1", "B", Prop("190", Agent("gov:by"), Recipient("gov:ua")))]).Should().BeEmpty();
        index.ComparisonCount.Should().Be(1, "the claims share the recipient key");
        index.Relations.Should().BeEmpty("another agent makes another proposition");
    }

    [Fact]
    public void Add_DuplicateId_ThrowsAndAddsNothing()
    {
        var index = new ClaimIndex();
        index.Add([Make("a1", "A", Strike)]);
        var act = () => index.Add([Make("b1", "B", Strike), Make("a1", "B", Strike)]);
        act.Should().Throw<ArgumentException>().WithParameterName("claims");
        index.Count.Should().Be(1);
        index.TryGetClaim("b1", out _).Should().BeFalse();
        index.TryGetClaim("a1", out var found).Should().BeTrue();
        found!.Id.Should().Be("a1");
    }

    [Fact]
    public void Add_OversizedBlock_IsPurgedAndItsOnlyRelationsDropped()
    {
        var index = new ClaimIndex(new ClaimComparer(new ComparisonOptions { MaxBlockSize = 2 }));
        index.Add([Make("a1", "A", Strike)]);
        index.Add([Make("b1", "B", Strike)]).Should().ContainSingle();
        index.Relations.Should().ContainSingle();
        index.Add([Make("c1", "C", Strike)]).Should().BeEmpty("every key of the third claim is over the cap");
        index.PurgedKeyCount.Should().BeGreaterThan(0);
        index.Relations.Should().BeEmpty("a1 and b1 share only purged keys now");
    }

    [Fact]
    public void Add_PurgedCoarseKey_TimeBucketsStillCompareNearbyClaims()
    {
        var index = new ClaimIndex(new ClaimComparer(new ComparisonOptions { MaxBlockSize = 2 }));
        index.Add([Make("a1", "A", Strike, said: FuzzyTime.Day(2024, 1, 3))]);
        index.Add([Make("b1", "B", Strike, said: FuzzyTime.Day(2024, 6, 3))]);
        index.Add([Make("c1", "C", Strike, said: FuzzyTime.Day(2024, 6, 20))]);
        index.Relations.Select(r => r.Id).Should().Equal("r:b1|c1");
    }

    [Fact]
    public void Relations_AnyInsertionOrderOrThreadCount_AreIdentical()
    {
        var claims = CorpusGenerator.Articles(60, seed: 3).SelectMany(a => a).ToList();
        var options = new ComparisonOptions { MaxBlockSize = 12 };
        var reference = Build(claims, options);
        reference.Should().NotBeEmpty();
        var shuffled = claims.OrderBy(c => c.Id.GetHashCode(StringComparison.Ordinal)).ToList();
        Build(shuffled, options with { MaxDegreeOfParallelism = 4 }).Should().Equal(reference);
        Build(Enumerable.Reverse(claims).ToList(), options).Should().Equal(reference);
    }

    [Fact]
    public void Relations_PermutedInput_SameRelationSet()
    {
        var claims = CorpusGenerator.Articles(25, seed: 11, claimsPerArticle: 3, entities: 5).SelectMany(a => a).ToArray();
        var options = new ComparisonOptions { MaxBlockSize = 8 };
        var reference = Build(claims, options);
        var permutations = Gen.Shuffle(Enumerable.Range(0, claims.Length).ToArray()).ToArbitrary();
        FsCheck.Fluent.Prop.ForAll(permutations, order => Build(order.Select(i => claims[i]).ToList(), options).SequenceEqual(reference))
            .QuickCheckThrowOnFailure();
    }

    private static List<ClaimRelation> Build(IReadOnlyList<Claim> claims, ComparisonOptions options)
    {
        // Added one by one and in small batches, as articles arrive.
        var index = new ClaimIndex(new ClaimComparer(options));
        for (var i = 0; i < claims.Count; i += 5)
        {
            index.Add(claims.Skip(i).Take(5));
        }

        return [.. index.Relations];
    }

    [Fact]
    public void BlockingKeys_ClaimWithTime_HasCoarseAndBucketedKeys()
    {
        var keys = BlockingKeys.For(Make("a1", "A", Strike, said: FuzzyTime.Day(2024, 3, 5)));
        keys.Should().Contain(["sig|190(agent:gov:ru,recipient:gov:ua)", "ent|19|gov:ru", "ent|19|gov:ua"]);
        keys.Should().Contain(k => k.StartsWith("ent|19|gov:ru@a", StringComparison.Ordinal));
        keys.Should().Contain(k => k.StartsWith("ent|19|gov:ru@b", StringComparison.Ordinal));
        keys.Should().BeInAscendingOrder(StringComparer.Ordinal);
        BlockingKeys.For(Make("a1", "A", Strike)).Should().HaveCount(3);
    }

    [Fact]
    public void BlockingKeys_NoActors_UseEveryParticipant() =>
        BlockingKeys.For(Make("a1", "A", Prop("move", Object("containers")))).Should().Contain("ent|move|~containers");

    [Fact]
    public void BlockingKeys_ActorsAndObjects_AreAllKeyed() =>
        BlockingKeys.For(Make("a1", "A", Prop("070", Agent("gov:kp"), Recipient("gov:ru"), Object("weapons"))))
            .Should().Contain(["ent|07|gov:kp", "ent|07|gov:ru", "ent|07|~weapons"]);

    [Theory]
    [InlineData("190", "19")]
    [InlineData("19", "19")]
    [InlineData("move", "move")]
    [InlineData("1a9", "1a9")]
    public void RootClass_NumericCodes_CutToTwoDigits(string eventClass, string expected) =>
        BlockingKeys.RootClass(eventClass).Should().Be(expected);
}
