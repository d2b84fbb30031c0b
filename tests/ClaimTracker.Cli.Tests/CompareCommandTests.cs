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

    [Theory]
    [InlineData("en", "Russia fired missiles at Ukraine, the Pentagon said.", "Washington said Russia fired missiles at Ukraine.")]
    [InlineData("ar", "أطلقت روسيا صواريخ على أوكرانيا، بحسب البنتاغون.", "قالت واشنطن إن روسيا أطلقت صواريخ على أوكرانيا.")]
    public void Compare_Command_ResolvesOriginsThroughTheCatalog(string lang, string a, string b)
    {
        // The Pentagon speaks for the US government, so it and Washington are one origin.
        var stdout = new StringWriter();
        var line = JsonSerializer.Serialize(new { a, b, lang });
        var root = CliApp.BuildRootCommand(new StringReader(line + "\n"), stdout, new StringWriter());
        var config = new System.CommandLine.InvocationConfiguration { Output = stdout, Error = new StringWriter() };
        root.Parse(["compare"]).Invoke(config).Should().Be(0);
        var e = JsonDocument.Parse(stdout.ToString().Trim()).RootElement;
        Relation(e).Should().Be("corroborates");
        Detail(e, "sameOrigin").Should().Contain("gov:US");
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

    // ---- the real extractor, Arabic and English: one pair per relation kind and reason -------------------------------

    private static JsonElement Real(string lang, string a, string b)
    {
        var line = JsonSerializer.Serialize(new { a, b, lang, published = "2024-03-01" });
        var (code, lines, _) = Run(line, () => ExtractionSetup.Instance.Extractor);
        code.Should().Be(0);
        lines.Should().ContainSingle();
        return JsonDocument.Parse(lines[0]).RootElement;
    }

    private static string Detail(JsonElement e, string type) =>
        e.GetProperty("reasons").EnumerateArray().First(r => r.GetProperty("type").GetString() == type).GetProperty("detail").GetString()!;

    [Theory]
    // Paraphrase: another verb and word order, one proposition.
    [InlineData("en", "Iran supplied Russia with drones, officials said.", "Officials said Iran provided drones to Russia.", "corroborates", "sameSignature")]
    [InlineData("ar", "قال مسؤولون إن إيران زودت روسيا بطائرات مسيرة.", "أرسلت إيران طائرات مسيرة إلى روسيا، بحسب مسؤولين.", "corroborates", "sameSignature")]
    // Assertion against denial; negation.
    [InlineData("en", "Iran sent missiles to Russia, the Pentagon said.", "Iran denied sending missiles to Russia.", "contradicts", "oppositePolarity")]
    [InlineData("ar", "أرسلت إيران صواريخ إلى روسيا، وفقا للبنتاغون.", "نفت إيران إرسال صواريخ إلى روسيا.", "contradicts", "oppositePolarity")]
    [InlineData("en", "Russia sent troops to Belarus.", "Russia did not send troops to Belarus.", "contradicts", "oppositePolarity")]
    [InlineData("ar", "أرسلت روسيا قوات إلى بيلاروسيا.", "لم ترسل روسيا قوات إلى بيلاروسيا.", "contradicts", "oppositePolarity")]
    // A verbal noun's complement is the receiver: the denial is about the same transfer.
    [InlineData("en", "Iran denied supplying Russia with drones.", "Iran supplied Russia with drones.", "contradicts", "sameSignature")]
    [InlineData("ar", "نفت إيران تزويد روسيا بطائرات مسيرة.", "زودت إيران روسيا بطائرات مسيرة.", "contradicts", "sameSignature")]
    // Antonyms: the antonym trigger states the opposite of its class.
    [InlineData("en", "Iran accepted the French proposal.", "Iran rejected the French proposal.", "contradicts", "oppositePolarity")]
    [InlineData("ar", "وافقت إيران على المقترح الفرنسي.", "رفضت إيران المقترح الفرنسي.", "contradicts", "oppositePolarity")]
    [InlineData("en", "Turkey raised interest rates.", "Turkey reduced interest rates.", "contradicts", "oppositePolarity")]
    [InlineData("ar", "ارتفعت صادرات روسيا إلى الصين.", "انخفضت صادرات روسيا إلى الصين.", "contradicts", "oppositePolarity")]
    [InlineData("en", "France won against Germany.", "France lost against Germany.", "contradicts", "oppositePolarity")]
    [InlineData("ar", "فازت فرنسا على ألمانيا.", "خسرت فرنسا أمام ألمانيا.", "contradicts", "oppositePolarity")]
    [InlineData("ar", "لم تخسر فرنسا أمام ألمانيا.", "فازت فرنسا على ألمانيا.", "corroborates", "samePolarity")]
    // Changed numbers.
    [InlineData("en", "Russia fired 40 missiles at Ukraine.", "Russia fired 70 missiles at Ukraine.", "contradicts", "quantitiesDisjoint")]
    [InlineData("ar", "أطلقت روسيا 40 صاروخا على أوكرانيا.", "أطلقت روسيا 70 صاروخا على أوكرانيا.", "contradicts", "quantitiesDisjoint")]
    // Incompatible dates.
    [InlineData("en", "Iran delivered drones to Russia in 2022.", "Iran delivered drones to Russia in September 2023.", "contradicts", "timesConflict")]
    [InlineData("ar", "سلمت إيران طائرات مسيرة إلى روسيا في عام 2022.", "سلمت إيران طائرات مسيرة إلى روسيا في سبتمبر 2023.", "contradicts", "timesConflict")]
    // Swapped actors.
    [InlineData("en", "Russia struck Ukraine.", "Ukraine struck Russia.", "contradicts", "rolesSwapped")]
    [InlineData("ar", "قصفت روسيا أوكرانيا.", "قصفت أوكرانيا روسيا.", "contradicts", "rolesSwapped")]
    // Refinement: a nested number, a nested date, one more participant, a time only one side states.
    [InlineData("en", "Russia received more than 10,000 containers from North Korea.", "Russia received about 12,000 containers from North Korea.", "refines", "quantitiesNested")]
    [InlineData("ar", "تلقت روسيا أكثر من 10 آلاف حاوية من كوريا الشمالية.", "تلقت روسيا نحو 12 ألف حاوية من كوريا الشمالية.", "refines", "quantitiesNested")]
    [InlineData("en", "China and Russia blocked the resolution.", "Russia blocked the resolution.", "refines", "moreSpecific")]
    [InlineData("ar", "عرقلت الصين وروسيا القرار.", "عرقلت روسيا القرار.", "refines", "moreSpecific")]
    [InlineData("en", "Iran supplied Russia with drones.", "Iran supplied Russia with drones in 2023.", "refines", "moreSpecific")]
    [InlineData("ar", "زودت إيران روسيا بطائرات مسيرة.", "زودت إيران روسيا بطائرات مسيرة في عام 2023.", "refines", "moreSpecific")]
    // Another event.
    [InlineData("en", "Russia struck Ukraine.", "Russia blocked the resolution.", "unrelated", "differentPropositions")]
    [InlineData("ar", "قصفت روسيا أوكرانيا.", "عرقلت روسيا القرار.", "unrelated", "differentPropositions")]
    public void Compare_RealText_GivesKindAndReason(string lang, string a, string b, string relation, string reason)
    {
        var e = Real(lang, a, b);
        Relation(e).Should().Be(relation);
        ReasonTypes(e).Should().Contain(reason);
    }

    [Theory]
    [InlineData("en", "Iran has supplied Syria with weapons for two decades.", "Iran has supplied Syria with weapons for 24 years.")]
    [InlineData("ar", "زودت إيران سوريا بالأسلحة منذ عقدين.", "زودت إيران سوريا بالأسلحة منذ 24 عاما.")]
    public void Compare_TwoDecadesAgainstTwentyFourYears_DisjointAfterConversion(string lang, string a, string b)
    {
        var e = Real(lang, a, b);
        Relation(e).Should().Be("contradicts");
        Detail(e, "quantitiesDisjoint").Should().Contain("converted");
    }

    [Theory]
    [InlineData("en", "Iran delivered drones to Russia in September 2023.", "Iran delivered drones to Russia on 13 September 2023.")]
    [InlineData("ar", "سلمت إيران طائرات مسيرة إلى روسيا في سبتمبر 2023.", "سلمت إيران طائرات مسيرة إلى روسيا في 13 سبتمبر 2023.")]
    public void Compare_SeptemberAgainstADayInIt_CompatibleAtMonthPrecisionAndRefines(string lang, string a, string b)
    {
        var e = Real(lang, a, b);
        Relation(e).Should().Be("refines");
        Detail(e, "timesCompatible").Should().Contain("2023-09").And.Contain("contains").And.Contain("2023-09-13");
    }

    [Theory]
    [InlineData("en", "Russia fired missiles at Ukraine, a US official said.", "Washington said Russia fired missiles at Ukraine.")]
    [InlineData("ar", "أطلقت روسيا صواريخ على أوكرانيا، بحسب مسؤول أمريكي.", "قالت واشنطن إن روسيا أطلقت صواريخ على أوكرانيا.")]
    public void Compare_UnnamedOfficialAndHisGovernment_CorroborateWithOneOrigin(string lang, string a, string b)
    {
        var e = Real(lang, a, b);
        Relation(e).Should().Be("corroborates");
        Detail(e, "sameOrigin").Should().Contain("gov:US");
        e.GetProperty("score").GetDouble().Should().BeLessThan(Real(lang, a, a).GetProperty("score").GetDouble() + 0.01);
    }

    [Theory]
    [InlineData("en", "Iran supplied Russia with drones, officials said.", "Officials said Iran provided drones to Russia.")]
    [InlineData("ar", "قال مسؤولون إن إيران زودت روسيا بطائرات مسيرة.", "أرسلت إيران طائرات مسيرة إلى روسيا، بحسب مسؤولين.")]
    public void Compare_UnaffiliatedOfficialsOfTwoArticles_AreIndependent(string lang, string a, string b) =>
        ReasonTypes(Real(lang, a, b)).Should().Contain("independentOrigins").And.NotContain("sameOrigin");

    [Theory]
    [InlineData("en", "Russia will send troops to Belarus.", "Russia sent troops to Belarus.", RelationKind.PredictionConfirmed)]
    [InlineData("en", "Russia will send troops to Belarus.", "Russia did not send troops to Belarus.", RelationKind.PredictionOverturned)]
    [InlineData("en", "Russia will fire 40 missiles at Ukraine.", "Russia fired 70 missiles at Ukraine.", RelationKind.PredictionOverturned)]
    [InlineData("ar", "سترسل روسيا قوات إلى بيلاروسيا.", "أرسلت روسيا قوات إلى بيلاروسيا.", RelationKind.PredictionConfirmed)]
    [InlineData("ar", "سترسل روسيا قوات إلى بيلاروسيا.", "لم ترسل روسيا قوات إلى بيلاروسيا.", RelationKind.PredictionOverturned)]
    [InlineData("ar", "ستطلق روسيا 40 صاروخا على أوكرانيا.", "أطلقت روسيا 70 صاروخا على أوكرانيا.", RelationKind.PredictionOverturned)]
    public void Compare_PredictionThenLaterReport_ConfirmedOrOverturned(string lang, string prediction, string report, RelationKind expected)
    {
        var extractor = ExtractionSetup.Instance.Extractor;
        var p = extractor.Extract(new Article("p", prediction, lang, FuzzyTime.Day(2024, 1, 10))).Claims.Should().ContainSingle().Subject;
        var r = extractor.Extract(new Article("r", report, lang, FuzzyTime.Day(2024, 3, 1))).Claims.Should().ContainSingle().Subject;
        p.Stance.Should().Be(Stance.Expects);
        var relation = new Comparison.ClaimComparer().Compare(p, r);
        relation.Kind.Should().Be(expected);
        relation.Reasons.Should().Contain(x => x.Type == ReasonType.TimeOrder && x.Detail.Contains("the report is later"));

        // The same report published before the prediction is no confirmation of it.
        var early = extractor.Extract(new Article("r", report, lang, FuzzyTime.Day(2023, 12, 1))).Claims.Single();
        new Comparison.ClaimComparer().Compare(p, early).Kind.Should().NotBe(RelationKind.PredictionConfirmed).And.NotBe(RelationKind.PredictionOverturned);
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
