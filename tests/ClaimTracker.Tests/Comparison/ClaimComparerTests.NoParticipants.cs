using ClaimTracker.Comparison;
using ClaimTracker.Graph;
using ClaimTracker.Model;

namespace ClaimTracker.Tests.Comparison;

public class ClaimComparerNoParticipantTests
{
    [Fact]
    public void Compare_ClaimsWithoutParticipants_AreUnrelatedWithReason()
    {
        var a = TestClaims.Make("a:1", "a", TestClaims.Prop("010"));
        var b = TestClaims.Make("b:1", "b", TestClaims.Prop("010"), Stance.Denies);
        var relation = new ClaimComparer().Compare(a, b);
        relation.Kind.Should().Be(RelationKind.Unrelated);
        relation.Reasons.Should().Contain(r => r.Type == ReasonType.DifferentPropositions && r.Detail.Contains("no participant"));
    }

    [Fact]
    public void Compare_OneSideWithoutParticipants_IsUnrelated()
    {
        var a = TestClaims.Make("a:1", "a", TestClaims.Strike);
        var b = TestClaims.Make("b:1", "b", TestClaims.Prop("190"));
        new ClaimComparer().Compare(a, b).Kind.Should().Be(RelationKind.Unrelated);
    }

    [Fact]
    public void GraphBuild_SameEmptySignature_DoesNotCluster()
    {
        var a = TestClaims.Make("a:1", "a", TestClaims.Prop("010"));
        var b = TestClaims.Make("b:1", "b", TestClaims.Prop("010"));
        var graph = ClaimGraph.Build([a, b], []);
        graph.ClusterOf("a:1")!.Claims.Should().HaveCount(1);
    }
}
