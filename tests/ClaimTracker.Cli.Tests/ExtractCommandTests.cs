using System.Text.Json;

namespace ClaimTracker.Cli.Tests;

public class ExtractCommandTests
{
    private static string Corpus => Path.Combine(EvalCommandTests.RepoRoot(), "samples", "seed-ar");

    [Fact]
    public void Extract_Json_PrintsClaimArrayWithIdsAndEvidence()
    {
        var (code, output, _) = EvalCommandTests.Run("extract", Corpus, "--json");

        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        doc.RootElement.GetArrayLength().Should().BeGreaterThan(20);
        var first = doc.RootElement[0];
        first.GetProperty("id").GetString().Should().EndWith(":c1");
        first.TryGetProperty("evidence", out _).Should().BeTrue();
    }

    [Fact]
    public void Extract_Table_PrintsOneLinePerClaimAndCount()
    {
        var (code, output, _) = EvalCommandTests.Run("extract", Corpus);

        code.Should().Be(0);
        output.Should().Contain("claims from 5 articles");
    }

    [Fact]
    public void Extract_MissingFolder_ExitCode2()
    {
        var (code, _, err) = EvalCommandTests.Run("extract", Path.Combine(Corpus, "missing"));

        code.Should().Be(2);
        err.Should().StartWith("error:");
    }
}
