using ClaimTracker.Comparison;
using ClaimTracker.Graph;
using ClaimTracker.Indexing;
using ClaimTracker.Model;
using static ClaimTracker.Tests.Comparison.TestClaims;

namespace ClaimTracker.Tests.Graph;

public class ClaimGraphTests
{
    private static readonly Unit Container = Unit.Count("container");

    private static ClaimGraph BuildGraph(IReadOnlyList<Claim> claims, Func<string, string>? resolver = null)
    {
        var index = new ClaimIndex(new ClaimComparer(new ComparisonOptions { OriginResolver = resolver }));
        foreach (var article in claims.GroupBy(c => c.Evidence.ArticleId))
        {
            index.Add(article);
        }

        return ClaimGraph.Build(claims, index.Relations, resolver);
    }

    [Fact]
    public void Build_SameOriginCorroboration_IsNotIndependent()
    {
        var claims = new[]
        {
            Make("a1", "A", Strike, speaker: OutletA, chain: [UsOfficial, OutletA], said: FuzzyTime.Day(2024, 1, 2)),
            Make("b1", "B", Strike, speaker: Washington, said: FuzzyTime.Day(2024, 1, 3)),
        };
        var cluster = BuildGraph(claims).Clusters.Should().ContainSingle().Subject;
        cluster.Independent.Should().BeFalse();
        cluster.Origins.Should().Equal("gov:us");
        cluster.Relations.Should().ContainSingle().Which.Kind.Should().Be(RelationKind.Corroborates);
    }

    [Fact]
    public void Build_DifferentOrigins_AreIndependent()
    {
        var claims = new[] { Make("a1", "A", Strike, speaker: Washington), Make("b1", "B", Strike, speaker: OutletB) };
        var cluster = BuildGraph(claims).Clusters.Single();
        cluster.Independent.Should().BeTrue();
        cluster.Origins.Should().Equal("gov:us", "outlet:b");
    }

    [Fact]
    public void Finding_AgreeingEdgeAcrossOrigins_IsCorroborated()
    {
        var claims = new[] { Make("a1", "A", Strike, speaker: Washington), Make("b1", "B", Strike, speaker: OutletB) };
        BuildGraph(claims).Clusters.Single().Finding.Should().Be(ClusterFinding.Corroborated);
    }

    [Fact]
    public void Finding_AgreeingEdgeWithinOneOrigin_IsSingleOrigin()
    {
        var claims = new[]
        {
            Make("a1", "A", Strike, speaker: OutletA, chain: [UsOfficial, OutletA]),
            Make("b1", "B", Strike, speaker: Washington),
        };
        BuildGraph(claims).Clusters.Single().Finding.Should().Be(ClusterFinding.SingleOrigin);
    }

    [Fact]
    public void Finding_ContradictingEdge_IsContested()
    {
        var claims = new[] { Make("a1", "A", Strike, speaker: Washington), Make("b1", "B", Strike, Stance.Denies, speaker: Moscow) };
        BuildGraph(claims).Clusters.Single().Finding.Should().Be(ClusterFinding.Contested);
    }

    [Fact]
    public void Finding_BothPolaritiesWithoutAConflictingEdge_IsNotContested()
    {
        // Grouped by signature only (no relation given): disputed, but nothing supports "contested".
        var claims = new[] { Make("a1", "A", Strike, speaker: Washington), Make("b1", "B", Strike, Stance.Denies, speaker: Moscow) };
        var cluster = ClaimGraph.Build(claims, []).Clusters.Single();
        cluster.Disputed.Should().BeTrue();
        cluster.Finding.Should().Be(ClusterFinding.Unlinked);
    }

    [Fact]
    public void Finding_SameSignatureWithoutEdges_IsUnlinkedNotCorroborated()
    {
        var claims = new[] { Make("a1", "A", Strike, speaker: Washington), Make("b1", "B", Strike, speaker: OutletB) };
        var cluster = ClaimGraph.Build(claims, []).Clusters.Single();
        cluster.Independent.Should().BeTrue();
        cluster.Finding.Should().Be(ClusterFinding.Unlinked);
    }

    [Fact]
    public void Finding_OneClaim_IsSingleReport() =>
        ClaimGraph.Build([Make("a1", "A", Strike)], []).Clusters.Single().Finding.Should().Be(ClusterFinding.SingleReport);

    [Fact]
    public void Build_Resolver_MergesAgencyWithItsGovernment()
    {
        var pentagon = new Source(SourceKind.Government, "Pentagon", "org:pentagon");
        var claims = new[] { Make("a1", "A", Strike, speaker: pentagon), Make("b1", "B", Strike, speaker: Washington) };
        BuildGraph(claims, id => id == "org:pentagon" ? "gov:us" : id).Clusters.Single().Independent.Should().BeFalse();
        BuildGraph(claims).Clusters.Single().Independent.Should().BeTrue();
    }

    [Fact]
    public void Build_Cluster_SummarizesSourcesSpansAndTimeOrder()
    {
        var claims = new[]
        {
            Make("c1", "C", Strike, Stance.Denies, speaker: Moscow, said: FuzzyTime.Day(2024, 1, 9), eventTime: FuzzyTime.Day(2024, 1, 5)),
            Make("a1", "A", Strike, speaker: Washington, said: FuzzyTime.Day(2024, 1, 7),
                eventTime: FuzzyTime.Month(2024, 1), quantities: [Quantity.MoreThan(10000, Container)]),
            Make("b1", "B", Strike, speaker: OutletB, said: FuzzyTime.Day(2024, 1, 8),
                eventTime: FuzzyTime.Day(2024, 1, 5), quantities: [Quantity.Exactly(12000, Container), Quantity.Exactly(2, Unit.Day)]),
        };
        var cluster = BuildGraph(claims).Clusters.Single();
        cluster.Id.Should().Be("k:a1");
        cluster.Signature.Should().Be("190(agent:gov:ru,recipient:gov:ua)");
        cluster.Claims.Select(c => c.Id).Should().Equal("a1", "b1", "c1");
        cluster.Asserters.Should().Equal(Washington, OutletB);
        cluster.Deniers.Should().Equal(Moscow);
        cluster.Disputed.Should().BeTrue();
        cluster.SupportingPolarity.Should().Be(Polarity.Positive);
        cluster.QuantitySpans.Select(q => q.ToIntervalString()).Should().Equal("(10000,)", "[2,2]");
        cluster.TimeSpan.Should().Be(new FuzzyTime(new DateTime(2024, 1, 1), new DateTime(2024, 2, 1), TimePrecision.Month));
        cluster.Relations.Select(r => r.Kind).Should().Contain(RelationKind.Contradicts);
        cluster.ToString().Should().Contain("independent");
    }

    [Fact]
    public void Build_UnrelatedClaims_StayApartAndOrderIsStable()
    {
        var claims = new[]
        {
            Make("b1", "B", Prop("meet", Agent("gov:fr"), Recipient("gov:de")), said: FuzzyTime.Day(2024, 2, 1)),
            Make("a1", "A", Strike, said: FuzzyTime.Day(2024, 3, 1)),
            Make("c1", "C", Strike),
        };
        var graph = BuildGraph(claims);
        graph.Clusters.Select(c => c.Id).Should().Equal("k:b1", "k:a1");
        graph.ClusterOf("c1")!.Id.Should().Be("k:a1");
        graph.ClusterOf("zz").Should().BeNull();
        ClaimGraph.Build(claims.Reverse(), []).Clusters.Select(c => c.Id).Should().Equal("k:b1", "k:a1");
    }

    [Fact]
    public void Build_RelationToUnknownClaim_Throws()
    {
        var relation = new ClaimRelation("r:x|y", RelationKind.Corroborates, "x", "y", 1);
        var act = () => ClaimGraph.Build([Make("x", "A", Strike)], [relation]);
        act.Should().Throw<ArgumentException>().WithParameterName("relations");
    }

    [Fact]
    public void Build_RepeatedClaimId_Throws()
    {
        var act = () => ClaimGraph.Build([Make("x", "A", Strike), Make("x", "B", Strike)], []);
        act.Should().Throw<ArgumentException>().WithParameterName("claims");
    }
}
