using ClaimTracker.Model;

namespace ClaimTracker.Evaluation.Tests;

public class RelationKindMappingTests
{
    [Theory]
    [InlineData(RelationKind.Corroborates, true)]
    [InlineData(RelationKind.Refines, true)]
    [InlineData(RelationKind.PredictionConfirmed, true)]
    [InlineData(RelationKind.Contradicts, false)]
    [InlineData(RelationKind.PredictionOverturned, false)]
    public void IsAgreeing_ScoredKind_MapsToTheKeysKind(RelationKind kind, bool agreeing) =>
        Evaluator.IsAgreeing(kind).Should().Be(agreeing);

    [Fact]
    public void IsAgreeing_Unrelated_IsNotScored() =>
        Evaluator.IsAgreeing(RelationKind.Unrelated).Should().BeNull();
}
