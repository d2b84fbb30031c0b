using ClaimTracker.Model;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Tests.Model;

public class QuantityPropertyTests
{
    private static readonly Arbitrary<(Quantity, Quantity)> DurationPairs = Gen.Two(Generators.DurationQuantity).ToArbitrary();
    private static readonly Arbitrary<(Quantity, Quantity)> AnyPairs = Gen.Two(Generators.AnyQuantity).ToArbitrary();

    [Fact]
    public void Overlaps_AnyPair_IsSymmetric()
    {
        Prop.ForAll(AnyPairs, p => p.Item1.Overlaps(p.Item2) == p.Item2.Overlaps(p.Item1)).QuickCheckThrowOnFailure();
        Prop.ForAll(DurationPairs, p => p.Item1.Overlaps(p.Item2) == p.Item2.Overlaps(p.Item1)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Contains_AnyPair_ImpliesOverlaps()
    {
        Prop.ForAll(DurationPairs, p => !p.Item1.Contains(p.Item2) || p.Item1.Overlaps(p.Item2)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compare_SwappedOperands_MirrorsRelation()
    {
        static RangeRelation Mirror(RangeRelation r) => r switch
        {
            RangeRelation.Contains => RangeRelation.ContainedBy,
            RangeRelation.ContainedBy => RangeRelation.Contains,
            _ => r,
        };

        Prop.ForAll(AnyPairs, p => p.Item1.Compare(p.Item2).Relation == Mirror(p.Item2.Compare(p.Item1).Relation))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compare_WithItself_IsEqual()
    {
        Prop.ForAll(Generators.AnyQuantity.ToArbitrary(), q => q.Compare(q).Relation == RangeRelation.Equal).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Compare_DifferentDimensions_IncomparableNamingBoth()
    {
        Prop.ForAll(AnyPairs, p =>
        {
            var (a, b) = p;
            if (a.Dimension == b.Dimension)
            {
                return true;
            }

            var c = a.Compare(b);
            return c.Relation == RangeRelation.Incomparable
                && c.Reason.Contains(Unit.DimensionName(a.Dimension), StringComparison.Ordinal)
                && c.Reason.Contains(Unit.DimensionName(b.Dimension), StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ConvertTo_RoundTripWithinDimension_WithinRelativeEpsilon()
    {
        var arb = (from units in Generators.SameDimensionUnits
                   from value in Gen.Choose(-1_000_000, 1_000_000)
                   from fraction in Gen.Choose(0, 999)
                   select (units.From, units.To, value + (fraction / 1000d))).ToArbitrary();
        Prop.ForAll(arb, t =>
        {
            var (from, to, value) = t;
            var back = Quantity.Exactly(value, from).ConvertTo(to).ConvertTo(from);
            return Math.Abs(back.Low!.Value - value) <= 1e-9 * Math.Max(1, Math.Abs(value))
                && back.Unit == from
                && back.Compare(Quantity.Exactly(value, from)).Relation == RangeRelation.Equal;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RelationTo_AnyPair_AgreesWithCompare()
    {
        Prop.ForAll(AnyPairs, p => p.Item1.RelationTo(p.Item2) == p.Item1.Compare(p.Item2).Relation).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void IsConvertibleTo_AnyUnits_AgreesWithReasonForm()
    {
        Prop.ForAll(Gen.Two(Generators.AnyUnit).ToArbitrary(), p => p.Item1.IsConvertibleTo(p.Item2) == p.Item1.IsConvertibleTo(p.Item2, out _))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void IsCompatibleWith_AnyPair_EqualsOverlaps()
    {
        Prop.ForAll(AnyPairs, p => p.Item1.IsCompatibleWith(p.Item2) == p.Item1.Overlaps(p.Item2)).QuickCheckThrowOnFailure();
    }
}
