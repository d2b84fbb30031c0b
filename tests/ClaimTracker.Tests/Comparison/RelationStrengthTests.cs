using ClaimTracker.Comparison;
using ClaimTracker.Model;

namespace ClaimTracker.Tests.Comparison;

public class RelationStrengthTests
{
    private static ClaimRelation R(string id, RelationKind kind, double score) => new(id, kind, "a", "b", score);

    [Fact]
    public void Compare_RelatedBeatsUnrelatedWhateverTheScore() =>
        RelationStrength.Instance.Compare(R("r2", RelationKind.Refines, 0.1), R("r1", RelationKind.Unrelated, 0.9)).Should().BeNegative();

    [Fact]
    public void Compare_HigherScoreFirst() =>
        RelationStrength.Instance.Compare(R("r1", RelationKind.Corroborates, 0.5), R("r2", RelationKind.Contradicts, 0.6)).Should().BePositive();

    [Fact]
    public void Compare_SameScore_ConflictBeforeAgreement()
    {
        var sorted = new[]
        {
            R("a", RelationKind.Refines, 0.5), R("b", RelationKind.PredictionConfirmed, 0.5), R("c", RelationKind.Corroborates, 0.5),
            R("d", RelationKind.PredictionOverturned, 0.5), R("e", RelationKind.Contradicts, 0.5),
        }.Order(RelationStrength.Instance).Select(r => r.Kind);
        sorted.Should().Equal(
            RelationKind.Contradicts, RelationKind.PredictionOverturned, RelationKind.Corroborates, RelationKind.PredictionConfirmed, RelationKind.Refines);
    }

    [Fact]
    public void Compare_Ties_ByOrdinalId()
    {
        RelationStrength.Instance.Compare(R("r:a", RelationKind.Corroborates, 0.5), R("r:b", RelationKind.Corroborates, 0.5)).Should().BeNegative();
        RelationStrength.Instance.Compare(R("r:a", RelationKind.Corroborates, 0.5), R("r:a", RelationKind.Corroborates, 0.5)).Should().Be(0);
    }

    [Fact]
    public void Compare_NullSortsLast()
    {
        RelationStrength.Instance.Compare(null, R("r", RelationKind.Corroborates, 0.5)).Should().BePositive();
        RelationStrength.Instance.Compare(R("r", RelationKind.Corroborates, 0.5), null).Should().BeNegative();
    }
}
