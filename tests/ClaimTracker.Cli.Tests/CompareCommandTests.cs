using System.Globalization;
using System.Text.Json;
using ClaimTracker.Cli.Commands;
using ClaimTracker.Extraction;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Cli.Tests;

public class CompareCommandTests
{
    private static (int Code, string[] Lines, string Error) Run(string input, Func<IClaimExtractor>? extractor = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CompareCommand.Run(new StringReader(input), stdout, stderr, extractor ?? (() => new FakeExtractor()));
        return (code, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), stderr.ToString());
    }

    private static JsonElement Single(string a, string b, string published = "2024-03-01")
    {
        var line = JsonSerializer.Serialize(new { a, b, lang = "en", published });
        var (code, lines, _) = Run(line);
        code.Should().Be(0);
        lines.Should().ContainSingle();
        return JsonDocument.Parse(lines[0]).RootElement;
    }

    private static string Relation(JsonElement e) => e.GetProperty("relation").GetString()!;

    private static IEnumerable<string> ReasonTypes(JsonElement e) =>
        e.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("type").GetString()!);

    [Fact]
    public void Compare_Paraphrase_Corroborates()
    {
        var e = Single("190 ru ua", "190 ru ua");
        Relation(e).Should().Be("corroborates");
        e.GetProperty("score").GetDouble().Should().BeInRange(0, 1);
        ReasonTypes(e).Should().Contain("sameSignature");
        e.EnumerateObject().Select(p => p.Name).Should().Equal("relation", "score", "reasons");
    }

    [Fact]
    public void Compare_Negation_Contradicts()
    {
        var e = Single("190 ru ua", "190 ru ua not");
        Relation(e).Should().Be("contradicts");
        ReasonTypes(e).Should().Contain("oppositePolarity");
    }

    [Fact]
    public void Compare_ChangedNumber_ContradictsWithValues()
    {
        var e = Single("190 ru ua 5000 container", "190 ru ua 7000 container");
        Relation(e).Should().Be("contradicts");
        var detail = e.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "quantitiesDisjoint")
            .GetProperty("detail").GetString();
        detail.Should().Contain("5000").And.Contain("7000");
    }

    [Fact]
    public void Compare_SwappedActors_Contradicts()
    {
        var e = Single("190 ru ua", "190 ua ru");
        Relation(e).Should().Be("contradicts");
        ReasonTypes(e).Should().Contain("rolesSwapped");
    }

    [Fact]
    public void Compare_DifferentEvent_Unrelated() =>
        Relation(Single("190 ru ua", "042 ru ua")).Should().Be("unrelated");

    [Fact]
    public void Compare_MoreSpecificNumber_Refines() =>
        Relation(Single("190 ru ua >10000 container", "190 ru ua ~12000 container")).Should().Be("refines");

    [Fact]
    public void Compare_StrongestPair_Wins()
    {
        var e = Single("042 fr de. 190 ru ua", "190 ru ua not. 051 x y");
        Relation(e).Should().Be("contradicts");
    }

    [Fact]
    public void Compare_NoClaimsOnOneSide_UnrelatedWithReason()
    {
        var e = Single("190 ru ua", "   ");
        Relation(e).Should().Be("unrelated");
        e.GetProperty("score").GetDouble().Should().Be(0);
        var reason = e.GetProperty("reasons").EnumerateArray().Single();
        reason.GetProperty("type").GetString().Should().Be("noClaims");
        reason.GetProperty("detail").GetString().Should().Contain("in b");
    }

    [Fact]
    public void Compare_NoExtractorConfigured_UnrelatedForEveryLine()
    {
        var stdout = new StringWriter();
        CompareCommand.Run(new StringReader("{\"a\":\"190 ru ua\",\"b\":\"190 ru ua\"}"), stdout, new StringWriter(), null).Should().Be(0);
        stdout.ToString().Should().Contain("\"relation\":\"unrelated\"").And.Contain("noClaims");
    }

    [Fact]
    public void Compare_BadLines_ErrorLinesAndContinue()
    {
        var input = string.Join('\n',
            "not json",
            "{\"a\": 1, \"b\": \"x\"}",
            "[1,2]",
            "{\"a\":\"190 ru ua\",\"b\":\"190 ru ua\",\"published\":\"yesterday\"}",
            "",
            "{\"a\":\"190 ru ua\",\"b\":\"190 ru ua\",\"lang\":\"xx\"}",
            "{\"a\":\"190 ru ua\",\"b\":\"190 ru ua\"}");
        var (code, lines, _) = Run(input);
        code.Should().Be(0);
        lines.Should().HaveCount(6);
        lines.Take(5).Should().AllSatisfy(l => JsonDocument.Parse(l).RootElement.TryGetProperty("error", out _).Should().BeTrue());
        lines[0].Should().Contain("line 1");
        lines[4].Should().Contain("line 6");
        Relation(JsonDocument.Parse(lines[5]).RootElement).Should().Be("corroborates");
    }

    [Fact]
    public void Compare_ArabicText_IsWrittenUnescaped()
    {
        var (_, lines, _) = Run("{\"a\":\"190 \u0631\u0648\u0633\u064a\u0627 ua\",\"b\":\"190 \u0631\u0648\u0633\u064a\u0627 ua\",\"lang\":\"ar\"}");
        lines.Single().Should().Contain("\u0631\u0648\u0633\u064a\u0627").And.NotContain("\\u");
    }

    [Fact]
    public void Compare_UnreadableStdin_ExitsWithOne()
    {
        var stderr = new StringWriter();
        CompareCommand.Run(new ThrowingReader(), new StringWriter(), stderr, () => new FakeExtractor()).Should().Be(1);
        stderr.ToString().Should().Contain("cannot read stdin");
    }

    [Fact]
    public void Compare_Command_IsRegisteredAndReadsStdin()
    {
        var stdout = new StringWriter();
        var root = CliApp.BuildRootCommand(new StringReader("{\"a\":\"x\",\"b\":\"y\"}\n"), stdout, new StringWriter());
        var config = new System.CommandLine.InvocationConfiguration { Output = stdout, Error = new StringWriter() };
        root.Parse(["compare"]).Invoke(config).Should().Be(0);
        stdout.ToString().Should().Contain("\"relation\":\"unrelated\"");
    }

    [Fact]
    public void Stronger_RelatedBeatsUnrelatedThenScoreThenKind()
    {
        var unrelated = new ClaimRelation("r:1|2", RelationKind.Unrelated, "1", "2", 0.9);
        var corroborates = new ClaimRelation("r:1|3", RelationKind.Corroborates, "1", "3", 0.5);
        var contradicts = new ClaimRelation("r:1|4", RelationKind.Contradicts, "1", "4", 0.5);
        CompareCommand.Stronger(corroborates, unrelated).Should().BeTrue();
        CompareCommand.Stronger(contradicts, corroborates).Should().BeTrue();
        CompareCommand.Stronger(corroborates, contradicts).Should().BeFalse();
    }

    private sealed class ThrowingReader : TextReader
    {
        public override string? ReadLine() => throw new IOException("broken pipe");
    }

    /// <summary>
    /// A stand-in extractor reading a tiny notation, one claim per '.'-separated part:
    /// <c>class agent recipient [not] [N noun | &gt;N noun | ~N noun] [will]</c>. Unknown language "xx" throws like a real one.
    /// </summary>
    private sealed class FakeExtractor : IClaimExtractor
    {
        public ExtractionResult Extract(Article article)
        {
            if (article.Language == "xx")
            {
                throw new KeyNotFoundException("No language pack for 'xx'.");
            }

            var claims = new List<Claim>();
            var start = 0;
            foreach (var part in article.Text.Split('.'))
            {
                var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 3)
                {
                    var stance = words.Contains("will") ? Stance.Expects : Stance.Asserts;
                    var polarity = words.Contains("not") ? Polarity.Negative : Polarity.Positive;
                    var quantities = new List<Quantity>();
                    for (var i = 3; i + 1 < words.Length; i++)
                    {
                        var w = words[i];
                        var unit = Unit.Count(words[i + 1]);
                        if (double.TryParse(w.TrimStart('>', '~'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                        {
                            quantities.Add(w[0] == '>' ? Quantity.MoreThan(v, unit) : w[0] == '~' ? Quantity.About(v, unit) : Quantity.Exactly(v, unit));
                        }
                    }

                    var proposition = new Proposition(words[0], [
                        new Participant(ParticipantRole.Agent, "e:" + words[1], words[1]),
                        new Participant(ParticipantRole.Recipient, "e:" + words[2], words[2])]);
                    claims.Add(new Claim(
                        $"c{claims.Count + 1}",
                        proposition,
                        Attribution.ArticleVoice(),
                        stance,
                        polarity,
                        new Evidence(article.Id, new TextSpan(start, part.Length), part),
                        0.9,
                        said: article.Published,
                        quantities: [.. quantities]));
                }

                start += part.Length + 1;
            }

            return new ExtractionResult(article.Id, [.. claims], []);
        }
    }
}
