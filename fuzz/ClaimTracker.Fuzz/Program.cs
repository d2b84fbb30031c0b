using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ClaimTracker.Catalog;
using ClaimTracker.Comparison;
using ClaimTracker.Extraction;
using ClaimTracker.Ingestion;
using ClaimTracker.Languages.Arabic;
using ClaimTracker.Languages.Arabic.Catalog;
using ClaimTracker.Languages.English;
using ClaimTracker.Languages.English.Catalog;
using ClaimTracker.Model;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Quantities;
using ClaimTracker.Text;
using SharpFuzz;

namespace ClaimTracker.Fuzz;

/// <summary>
/// One harness per parser boundary. <c>ClaimTracker.Fuzz &lt;boundary&gt;</c> runs under afl-fuzz (scripts/fuzz.sh);
/// <c>ClaimTracker.Fuzz &lt;boundary&gt; --replay FILE…</c> runs inputs once (to reproduce a finding). A harness lets
/// through only the exceptions the API documents for bad input; anything else, or a broken invariant, is a crash.
/// </summary>
internal static class Program
{
    private static readonly string[] Boundaries = ["ingest-txt", "ingest-md", "ingest-html", "manifest", "catalog", "normalizer", "numbers", "dates", "compare"];

    private static int Main(string[] args)
    {
        if (args.Length == 0 || !Boundaries.Contains(args[0]))
        {
            Console.Error.WriteLine($"usage: ClaimTracker.Fuzz <{string.Join("|", Boundaries)}> [--replay FILE...]");
            return 2;
        }

        Action<byte[]> harness = Harnesses.For(args[0]);
        if (args.Length > 1 && args[1] == "--replay")
        {
            foreach (var file in args.Skip(2))
            {
                harness(File.ReadAllBytes(file));
                Console.WriteLine($"ok: {file}");
            }

            return 0;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            harness(buffer.ToArray());
        });
        return 0;
    }
}

/// <summary>The harnesses.</summary>
internal static class Harnesses
{
    private static readonly string Work = Path.Combine(Path.GetTempPath(), $"claimtracker-fuzz-{Environment.ProcessId}");

    private static readonly Lazy<ClaimExtractor> Extractor = new(() =>
    {
        var packs = new LanguagePackRegistry([ArabicLanguagePack.Instance, EnglishLanguagePack.Instance]);
        var catalog = new EntityCatalogBuilder().Add(ArabicCatalog.Load()).Add(EnglishCatalog.Load()).Build();
        AliasMatcherOptions Matcher(ILanguagePack pack, bool arabic) => arabic
            ? ArabicCatalog.MatcherOptions(s => pack.Normalizer.Normalize(s).Text, pack.Tokenizer.Tokenize)
            : EnglishCatalog.MatcherOptions(s => pack.Normalizer.Normalize(s).Text, pack.Tokenizer.Tokenize);
        return new ClaimExtractor(packs, catalog, new ClaimExtractorOptions
        {
            MatcherOptions = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new[]
            {
                KeyValuePair.Create("ar", Matcher(ArabicLanguagePack.Instance, true)),
                KeyValuePair.Create("en", Matcher(EnglishLanguagePack.Instance, false)),
            }),
            ArticleTimeBudget = TimeSpan.FromSeconds(5),
        });
    });

    private static readonly ArticleLoader Loader = new(new IngestionOptions
    {
        Languages = new LanguagePackRegistry([ArabicLanguagePack.Instance, EnglishLanguagePack.Instance]),
        FallbackLanguage = "ar",
    });

    private static readonly ILanguagePack[] Packs = [ArabicLanguagePack.Instance, EnglishLanguagePack.Instance];

    public static Action<byte[]> For(string boundary) => boundary switch
    {
        "ingest-txt" => bytes => Ingest(bytes, "article.txt"),
        "ingest-md" => bytes => Ingest(bytes, "article.md"),
        "ingest-html" => bytes => Ingest(bytes, "article.html"),
        "manifest" => Manifest,
        "catalog" => Catalog,
        "normalizer" => bytes => Normalizer(Text(bytes)),
        "numbers" => bytes => Recognize(Text(bytes), new QuantityRecognizer()),
        "dates" => bytes => Recognize(Text(bytes), new DateRecognizer()),
        "compare" => bytes => Compare(Text(bytes)),
        _ => throw new ArgumentOutOfRangeException(nameof(boundary), boundary, "Unknown boundary."),
    };

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>A file through the loader (decoding, front matter, HTML extraction) and its article through the extractor.</summary>
    private static void Ingest(byte[] bytes, string name)
    {
        Directory.CreateDirectory(Work);
        var path = Path.Combine(Work, name);
        File.WriteAllBytes(path, bytes);
        var result = Loader.LoadFile(path);
        Check(result.Articles.Length + result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && d.Code != IngestionDiagnostics.DuplicateId) >= 1
            || result.Diagnostics.Any(d => d.Code == IngestionDiagnostics.Empty), "a file gives an article or says why not");
        // As ClaimTrackerAnalyzer.AnalyzeDirectory does, an article in a language no pack reads is reported, not extracted.
        foreach (var article in result.Articles.Where(a => a.Language is "ar" or "en"))
        {
            var extraction = Extractor.Value.Extract(article);
            foreach (var claim in extraction.Claims)
            {
                Check(claim.Evidence.Span.End <= article.Text.Length, "evidence inside the article");
            }
        }
    }

    /// <summary>A manifest next to two files, through <see cref="ArticleLoader.LoadDirectory"/>.</summary>
    private static void Manifest(byte[] bytes)
    {
        var folder = Path.Combine(Work, "folder");
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "a.txt"), "Text a.");
            File.WriteAllText(Path.Combine(folder, "b.md"), "---\nid: b\n---\nText b.");
        }

        File.WriteAllBytes(Path.Combine(folder, "manifest.json"), bytes);
        var result = Loader.LoadDirectory(folder);
        Check(result.Articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() == result.Articles.Length, "ids distinct");
        Check(result.Articles.All(a => a.Text is "Text a." or "Text b."), "only the folder's files are read");
    }

    /// <summary>Catalog JSON: parsed, then built into a catalog.</summary>
    private static void Catalog(byte[] bytes)
    {
        try
        {
            var contribution = CatalogContribution.Parse(Text(bytes), "fuzz.json");
            new EntityCatalogBuilder().Add(contribution).Build();
        }
        catch (CatalogException)
        {
            // Documented for bad catalogs.
        }
    }

    /// <summary>Every pack's normalizer: the offset map stays inside the original text.</summary>
    private static void Normalizer(string text)
    {
        foreach (var pack in Packs)
        {
            var normalized = pack.Normalizer.Normalize(text);
            var whole = normalized.ToOriginal(new TextSpan(0, normalized.Text.Length));
            Check(whole.Start >= 0 && whole.End <= text.Length, "normalized span maps inside the original");
            foreach (var token in pack.Tokenizer.Tokenize(normalized.Text))
            {
                var original = normalized.ToOriginal(token.Span);
                Check(original.Start >= 0 && original.End <= text.Length && original.Start <= original.End, "token maps inside the original");
            }
        }
    }

    /// <summary>A recognizer in every pack: items inside the text, values not NaN.</summary>
    private static void Recognize(string text, IRecognizer recognizer)
    {
        foreach (var pack in Packs)
        {
            var result = recognizer.Recognize(text, new RecognitionContext(pack, FuzzyTime.Day(2024, 6, 19)));
            foreach (var item in result.Items)
            {
                Check(item.Span.End <= text.Length && item.Span.Slice(text) == item.Text, "item text is the text at its span");
                if (item is RecognizedQuantity q)
                {
                    Check(!double.IsNaN(q.Quantity.Low ?? 0) && !double.IsNaN(q.Quantity.High ?? 0), "no NaN quantity");
                }
            }
        }
    }

    /// <summary>The compare command's input: a JSON line {"a", "b", "lang", "published"}; claims extracted and compared.</summary>
    private static void Compare(string line)
    {
        string a, b, lang;
        FuzzyTime? published = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("a", out var ea) || ea.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("b", out var eb) || eb.ValueKind != JsonValueKind.String)
            {
                return;
            }

            a = ea.GetString()!;
            b = eb.GetString()!;
            lang = root.TryGetProperty("lang", out var el) && el.ValueKind == JsonValueKind.String ? el.GetString()! : "ar";
            if (root.TryGetProperty("published", out var ep) && ep.ValueKind == JsonValueKind.String && FuzzyTime.TryParse(ep.GetString(), out var p))
            {
                published = p;
            }
        }
        catch (JsonException)
        {
            return;
        }

        if (lang is not ("ar" or "en"))
        {
            return;
        }

        var claimsA = Extractor.Value.Extract(new Article("a", a, lang, published)).Claims;
        var claimsB = Extractor.Value.Extract(new Article("b", b, lang, published)).Claims;
        var comparer = new ClaimComparer();
        foreach (var x in claimsA.Take(20))
        {
            foreach (var y in claimsB.Take(20))
            {
                var ab = comparer.Compare(x, y);
                var ba = comparer.Compare(y, x);
                Check(ab.Kind == ba.Kind || ab.Kind is RelationKind.PredictionConfirmed or RelationKind.PredictionOverturned or RelationKind.Refines, "comparison kind symmetric");
            }
        }
    }

    private static void Check(bool condition, string invariant)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Invariant broken: " + invariant);
        }
    }
}
