using System.Text.Json.Nodes;
using ClaimTracker.Reporting;
using ClaimTracker.Testing;

namespace ClaimTracker.Tests.Reporting;

public class JsonSchemaValidatorTests
{
    private static readonly JsonSchemaValidator Validator = new(JsonReportWriterTests.SchemaText);

    private static JsonNode Report() => JsonNode.Parse(ReportSamples.Render(new JsonReportWriter(), ReportSamples.Result()))!;

    [Fact]
    public void Validate_ReportWithoutARequiredMember_ReportsIt()
    {
        var report = Report();
        report["claims"]![0]!.AsObject().Remove("origin");
        Validator.Validate(report.ToJsonString()).Should().ContainSingle().Which.Should().Be("/claims/0: missing required member 'origin'");
    }

    [Fact]
    public void Validate_ReportWithAnExtraMember_ReportsIt()
    {
        var report = Report();
        report["relations"]![0]!["note"] = "extra";
        Validator.Validate(report.ToJsonString()).Should().ContainSingle().Which.Should().Be("/relations/0: member 'note' is not allowed");
    }

    [Fact]
    public void Validate_UnknownEnumValue_ReportsIt()
    {
        var report = Report();
        report["claims"]![1]!["stance"] = "shrugs";
        Validator.Validate(report.ToJsonString()).Should().ContainSingle().Which.Should().StartWith("/claims/1/stance: \"shrugs\" is not one of");
    }

    [Fact]
    public void Validate_NumberBelowMinimumOrWrongType_ReportsIt()
    {
        var report = Report();
        report["claims"]![0]!["evidence"]!["start"] = -1;
        report["clusters"]![0]!["independent"] = "yes";
        Validator.Validate(report.ToJsonString()).Should().BeEquivalentTo(
            "/claims/0/evidence/start: -1 is below the minimum 0",
            "/clusters/0/independent: expected boolean, found String");
    }

    [Fact]
    public void Validate_NullableTimeGivenAString_MatchesNoAlternative()
    {
        var report = Report();
        report["articles"]![0]!["published"] = "2025-03-04";
        Validator.Validate(report.ToJsonString()).Should().ContainSingle().Which.Should().Be("/articles/0/published: matches none of the anyOf alternatives");
    }

    [Fact]
    public void Validate_RelationWithThreeClaims_ReportsMaxItems()
    {
        var report = Report();
        report["relations"]![0]!["claims"]!.AsArray().Add("x");
        Validator.Validate(report.ToJsonString()).Should().ContainSingle().Which.Should().Be("/relations/0/claims: 3 items, more than 2");
    }

    [Fact]
    public void Validate_SchemaWithUnsupportedKeyword_Throws()
    {
        var validator = new JsonSchemaValidator("{\"type\":\"string\",\"pattern\":\"^a\"}");
        ((Action)(() => validator.Validate("\"a\""))).Should().Throw<NotSupportedException>().WithMessage("*pattern*");
    }
}
