using System.Text.Json;
using ClaimTracker.Reporting;
using ClaimTracker.Testing;
using ClaimTracker.Tests.Snapshots;

namespace ClaimTracker.Tests.Reporting;

public class JsonReportWriterTests
{
    internal static string SchemaText => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", "claimtracker-report-1.schema.json"));

    private static string Render(bool reverse = false) => ReportSamples.Render(new JsonReportWriter(), ReportSamples.Result(reverse));

    [Fact]
    public void Write_Sample_MatchesSnapshot() => Snapshot.Match(Render(), "json");

    [Fact]
    public void Write_Sample_ValidatesAgainstTheSchema()
    {
        new JsonSchemaValidator(SchemaText).Validate(Render()).Should().BeEmpty();
    }

    [Fact]
    public void FormatAndFileName_AreJsonAndReportJson()
    {
        var writer = new JsonReportWriter();
        writer.Format.Should().Be("json");
        writer.FileName.Should().Be("report.json");
        JsonDocument.Parse(Render()).RootElement.GetProperty("format").GetString().Should().Be(JsonReportWriter.FormatId).And.Be("claimtracker-report/1");
    }

    [Fact]
    public void Write_Evidence_IsUtf16OffsetsIntoTheArticleText()
    {
        var root = JsonDocument.Parse(Render()).RootElement;
        var texts = ReportSamples.Articles().ToDictionary(a => a.Id, a => a.Text);
        foreach (var claim in root.GetProperty("claims").EnumerateArray())
        {
            var evidence = claim.GetProperty("evidence");
            var start = evidence.GetProperty("start").GetInt32();
            var end = evidence.GetProperty("end").GetInt32();
            texts[claim.GetProperty("article").GetString()!][start..end].Should().Be(evidence.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void Write_Claim_HasTheIssueShape()
    {
        var claim = JsonDocument.Parse(Render()).RootElement.GetProperty("claims")[0];
        claim.EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "article", "evidence", "proposition", "stance", "polarity", "source", "chain", "origin", "quantities", "times", "said", "eventTime", "confidence");
        claim.GetProperty("id").GetString().Should().Be("a:c1");
        claim.GetProperty("source").GetProperty("name").GetString().Should().Be("Lisbon");
        claim.GetProperty("chain").EnumerateArray().Select(s => s.GetProperty("entityId").GetString()).Should().Equal("org:ministry", "gov:pt");
        claim.GetProperty("origin").GetString().Should().Be("gov:pt", "the ministry's affiliation is the origin");
        claim.GetProperty("said").EnumerateObject().Select(p => p.Name).Should().Equal("start", "end", "precision");
        claim.GetProperty("eventTime").GetProperty("precision").GetString().Should().Be("month");
        claim.GetProperty("quantities")[0].GetProperty("low").GetDouble().Should().Be(12000);
    }

    [Fact]
    public void Write_RelationsAndClusters_NameClaimsAndReasons()
    {
        var root = JsonDocument.Parse(Render()).RootElement;
        var relation = root.GetProperty("relations").EnumerateArray().First(r => r.GetProperty("kind").GetString() == "contradicts");
        relation.GetProperty("claims").GetArrayLength().Should().Be(2);
        relation.GetProperty("reasons")[0].EnumerateObject().Select(p => p.Name).Should().Equal("type", "detail");
        var cluster = root.GetProperty("clusters")[0];
        cluster.GetProperty("claims").EnumerateArray().Select(c => c.GetString()).Should().Contain(["a:c1", "b:c1", "c:c1", "c:c2"]);
        cluster.GetProperty("proposition").GetProperty("eventClass").GetString().Should().Be("070");
        cluster.GetProperty("origins").EnumerateArray().Select(o => o.GetString()).Should().Contain("gov:pt");
    }

    [Fact]
    public void Write_ArabicAndMarkup_AreWrittenAsIs()
    {
        var json = Render();
        json.Should().Contain(ReportSamples.ArabicQuote).And.Contain("<script>").And.Contain("\\n");
        json.Should().NotContain("\r").And.EndWith("}\n");
    }

    [Fact]
    public void Write_Diagnostics_CarryArticleAndSpan()
    {
        var diagnostics = JsonDocument.Parse(Render()).RootElement.GetProperty("diagnostics");
        diagnostics[0].GetProperty("article").ValueKind.Should().Be(JsonValueKind.Null);
        diagnostics[1].GetProperty("article").GetString().Should().Be("a");
        diagnostics[1].GetProperty("span").GetProperty("end").GetInt32().Should().Be(2);
        diagnostics[1].GetProperty("severity").GetString().Should().Be("warning");
    }

    [Fact]
    public void Write_InputsInAnotherOrder_SameText() => Render(reverse: true).Should().Be(Render());

    [Fact]
    public void Write_NullArguments_Throw()
    {
        var writer = new JsonReportWriter();
        ((Action)(() => writer.Write(null!, new StringWriter()))).Should().Throw<ArgumentNullException>().WithParameterName("result");
        ((Action)(() => writer.Write(ReportSamples.Result(), null!))).Should().Throw<ArgumentNullException>().WithParameterName("writer");
    }
}
