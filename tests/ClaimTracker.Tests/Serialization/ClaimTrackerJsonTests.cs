using System.Collections.Immutable;
using System.Text.Json;
using ClaimTracker.Model;
using ClaimTracker.Serialization;
using ClaimTracker.Tests.Model;
using ClaimTracker.Tests.Snapshots;
using ClaimTracker.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Tests.Serialization;

public class ClaimTrackerJsonTests
{
    private static T RoundTrip<T>(T value) => ClaimTrackerJson.Deserialize<T>(ClaimTrackerJson.Serialize(value));

    [Fact]
    public void Serialize_Unit_IsIdString()
    {
        ClaimTrackerJson.Serialize(Unit.MetricTon).Should().Be("\"metric-ton\"");
        ClaimTrackerJson.Serialize(Unit.Count("حاوية")).Should().Be("\"count:حاوية\"");
        RoundTrip(Unit.Currency("USD")).Should().Be(Unit.Currency("USD"));
        RoundTrip(Unit.Count("container")).Should().Be(Unit.Count("container"));
    }

    [Fact]
    public void Serialize_Quantity_HasDocumentedShape()
    {
        ClaimTrackerJson.Serialize(Quantity.MoreThan(10000, Unit.Count("container"))).Should().Be(
            "{\"low\":10000,\"high\":null,\"lowInclusive\":false,\"highInclusive\":false,\"approximate\":false,\"tolerance\":0,\"unit\":\"count:container\",\"dimension\":\"count\"}");
        ClaimTrackerJson.Serialize(Quantity.About(60, Unit.KilometresPerHour)).Should().Be(
            "{\"low\":60,\"high\":60,\"lowInclusive\":true,\"highInclusive\":true,\"approximate\":true,\"tolerance\":0.1,\"unit\":\"km/h\",\"dimension\":\"speed\"}");
    }

    [Fact]
    public void RoundTrip_AnyQuantity_Equal()
    {
        Prop.ForAll(Generators.AnyQuantity.ToArbitrary(), q => RoundTrip(q).Equals(q)).QuickCheckThrowOnFailure();
        RoundTrip(Quantity.Exactly(0.1 + 0.2, Unit.None)).Low.Should().Be(0.1 + 0.2);
    }

    [Fact]
    public void Deserialize_QuantityDefaults_MissingMembersAreUnboundedAndExact()
    {
        var q = ClaimTrackerJson.Deserialize<Quantity>("{\"unit\":\"year\",\"low\":3,\"lowInclusive\":true,\"extra\":[1,2]}");
        q.Should().Be(Quantity.AtLeast(3, Unit.Year));
    }

    [Theory]
    [InlineData("{\"low\":5,\"high\":3,\"lowInclusive\":true,\"highInclusive\":true,\"unit\":\"year\"}", "inverted")]
    [InlineData("{\"low\":1,\"unit\":\"furlong\"}", "furlong")]
    [InlineData("{\"low\":1}", "unit")]
    [InlineData("{\"low\":1,\"lowInclusive\":true,\"unit\":\"year\",\"dimension\":\"mass\"}", "does not match")]
    [InlineData("{\"low\":\"1\",\"unit\":\"year\"}", "'low' must be a number")]
    [InlineData("{\"low\":1,\"lowInclusive\":true,\"unit\":\"year\",\"tolerance\":-1,\"approximate\":true}", "Tolerance")]
    [InlineData("[1,2]", "quantity object")]
    [InlineData("{\"unit\":\"year\",\"dimension\":\"weird\"}", "dimension")]
    public void Deserialize_InvalidQuantity_JsonExceptionWithReason(string json, string fragment)
    {
        var act = () => ClaimTrackerJson.Deserialize<Quantity>(json);
        act.Should().Throw<JsonException>().Which.Message.Should().Contain(fragment);
    }

    [Fact]
    public void Serialize_FuzzyTime_HasDocumentedShape()
    {
        ClaimTrackerJson.Serialize(FuzzyTime.Month(2024, 6)).Should().Be(
            "{\"start\":\"2024-06-01\",\"end\":\"2024-07-01\",\"precision\":\"month\",\"open\":false}");
        ClaimTrackerJson.Serialize(FuzzyTime.Since(FuzzyTime.Day(2024, 6, 19))).Should().Be(
            "{\"start\":\"2024-06-19\",\"end\":null,\"precision\":\"day\",\"open\":true}");
        ClaimTrackerJson.Serialize(FuzzyTime.PartOfDay(new DateOnly(2024, 6, 19), DayPart.Morning)).Should().Be(
            "{\"start\":\"2024-06-19T05:00:00\",\"end\":\"2024-06-19T12:00:00\",\"precision\":\"partOfDay\",\"open\":false}");
    }

    [Fact]
    public void RoundTrip_AnyFuzzyTime_Equal()
    {
        Prop.ForAll(Generators.Time.ToArbitrary(), t => RoundTrip(t).Equals(t)).QuickCheckThrowOnFailure();
        var odd = new FuzzyTime(new DateTime(2024, 1, 1, 10, 30, 15, 250), new DateTime(2024, 1, 2), TimePrecision.Day);
        RoundTrip(odd).Should().Be(odd);
        RoundTrip<FuzzyTime?>(null).Should().BeNull();
    }

    [Theory]
    [InlineData("{\"start\":\"2024-06-01\",\"end\":\"2024-05-01\",\"precision\":\"month\"}", "must be after")]
    [InlineData("{\"start\":\"2024-06-01\",\"end\":null}", "precision")]
    [InlineData("{\"start\":\"June\",\"end\":null,\"precision\":\"month\"}", "'start' must be a date")]
    [InlineData("{\"start\":\"2024-06-01\",\"end\":\"2024-07-01\",\"precision\":\"month\",\"open\":true}", "'open'")]
    [InlineData("{\"start\":null,\"end\":null,\"precision\":\"fortnight\"}", "precision")]
    public void Deserialize_InvalidFuzzyTime_JsonExceptionWithReason(string json, string fragment)
    {
        var act = () => ClaimTrackerJson.Deserialize<FuzzyTime>(json);
        act.Should().Throw<JsonException>().Which.Message.Should().Contain(fragment);
    }

    [Fact]
    public void Serialize_TextSpan_StartEnd()
    {
        ClaimTrackerJson.Serialize(TextSpan.FromBounds(3, 9)).Should().Be("{\"start\":3,\"end\":9}");
        RoundTrip(TextSpan.FromBounds(3, 9)).Should().Be(TextSpan.FromBounds(3, 9));
        var act = () => ClaimTrackerJson.Deserialize<TextSpan>("{\"start\":9,\"end\":3}");
        act.Should().Throw<JsonException>().WithMessage("*end 3*");
        var missing = () => ClaimTrackerJson.Deserialize<TextSpan>("{\"start\":9}");
        missing.Should().Throw<JsonException>().WithMessage("*'end'*");
    }

    [Fact]
    public void Serialize_Enums_CamelCaseStrings()
    {
        ClaimTrackerJson.Serialize(Stance.Questions).Should().Be("\"questions\"");
        ClaimTrackerJson.Serialize(SourceKind.ArticleVoice).Should().Be("\"articleVoice\"");
        ClaimTrackerJson.Serialize(ReasonType.QuantitiesDisjoint).Should().Be("\"quantitiesDisjoint\"");
        RoundTrip(RelationKind.PredictionOverturned).Should().Be(RelationKind.PredictionOverturned);
        var integer = () => ClaimTrackerJson.Deserialize<Stance>("1");
        integer.Should().Throw<JsonException>();
        var unknown = () => ClaimTrackerJson.Deserialize<Stance>("\"shouts\"");
        unknown.Should().Throw<JsonException>();
    }

    [Fact]
    public void RoundTrip_EveryRecord_Equal()
    {
        RoundTrip(Samples.Claim).Should().Be(Samples.Claim);
        RoundTrip(Samples.Relation).Should().Be(Samples.Relation);
        RoundTrip(Samples.Article).Should().BeEquivalentTo(Samples.Article);
        RoundTrip(Samples.Attribution).Should().Be(Samples.Attribution);
        RoundTrip(Samples.Officials).Should().Be(Samples.Officials);
        RoundTrip(Samples.Proposition).Should().Be(Samples.Proposition);
        RoundTrip(Samples.Evidence).Should().Be(Samples.Evidence);
        RoundTrip(Samples.Proposition.Participants[0]).Should().Be(Samples.Proposition.Participants[0]);
        RoundTrip(Samples.Relation.Reasons[0]).Should().Be(Samples.Relation.Reasons[0]);
        RoundTrip(Samples.Attribution.Cue!).Should().Be(Samples.Attribution.Cue);
        var qc = Quantity.Exactly(1, Unit.Year).Compare(Quantity.Exactly(2, Unit.Year));
        RoundTrip(qc).Should().Be(qc);
        var tc = FuzzyTime.Year(2020).Compare(FuzzyTime.Year(2021));
        RoundTrip(tc).Should().Be(tc);
        ImmutableArray<Claim> claims = [Samples.Claim];
        RoundTrip(claims).Should().Equal(claims);
    }

    [Fact]
    public void Serialize_Claim_OmitsDerivedMembersButKeepsSignature()
    {
        var json = ClaimTrackerJson.Serialize(Samples.Claim);
        json.Should().Contain("\"signature\":\"move(agent:org:port-authority,object:~containers)\"");
        json.Should().NotContain("\"origin\"").And.NotContain("\"key\"");
    }

    [Fact]
    public void Deserialize_ClaimWithBadConfidence_JsonExceptionNamingConfidence()
    {
        var json = ClaimTrackerJson.Serialize(Samples.Claim).Replace("\"confidence\":0.75", "\"confidence\":7", StringComparison.Ordinal);
        var act = () => ClaimTrackerJson.Deserialize<Claim>(json);
        act.Should().Throw<JsonException>().WithMessage("*Claim*confidence*");
    }

    [Fact]
    public void Deserialize_EvidenceSpanMismatch_JsonException()
    {
        var act = () => ClaimTrackerJson.Deserialize<Evidence>("{\"articleId\":\"a\",\"span\":{\"start\":0,\"end\":5},\"text\":\"abc\"}");
        act.Should().Throw<JsonException>().WithMessage("*3 characters*");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{")]
    [InlineData("")]
    public void Deserialize_NullOrMalformed_JsonException(string json)
    {
        var act = () => ClaimTrackerJson.Deserialize<Claim>(json);
        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void Serialize_UnregisteredType_NotSupported()
    {
        var act = () => ClaimTrackerJson.Serialize(new Version(1, 0));
        act.Should().Throw<NotSupportedException>().WithMessage("*System.Version*");
    }

    [Fact]
    public void Serialize_Indented_UsesLineFeedsAndKeepsArabic()
    {
        var json = ClaimTrackerJson.Serialize(new Source(SourceKind.Person, "متحدث <x>"), indented: true);
        json.Should().Contain("\n  \"kind\": \"person\"").And.NotContain("\r");
        json.Should().Contain("\"name\": \"متحدث <x>\"");
    }

    [Fact]
    public void Serialize_SampleClaim_MatchesSnapshot()
    {
        Snapshot.Match(ClaimTrackerJson.Serialize(Samples.Claim, indented: true), "json");
    }

    [Fact]
    public void Serialize_SampleRelation_MatchesSnapshot()
    {
        Snapshot.Match(ClaimTrackerJson.Serialize(Samples.Relation, indented: true), "json");
    }
}
