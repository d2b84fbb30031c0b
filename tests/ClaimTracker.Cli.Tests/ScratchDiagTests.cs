using ClaimTracker.Cli.Commands;
using ClaimTracker.Evaluation;
using ClaimTracker.Ingestion;
using ClaimTracker.Model;
using Xunit.Abstractions;

namespace ClaimTracker.Cli.Tests;

public class ScratchDiagTests
{
    [Fact]
    public void Scratch_Dump()
    {
        var root = EvalCommandTests.RepoRoot();
        var key = GoldKey.Load(Path.Combine(root, "tests", "fixtures", "eval", "seed-gold.dev.json"));
        var setup = ExtractionSetup.Instance;
        var loader = new ArticleLoader(new IngestionOptions { Languages = setup.Packs });
        var claims = new List<Claim>();
        var texts = new Dictionary<string, string>();
        foreach (var entry in key.Articles)
        {
            var path = Path.Combine(root, "samples", "seed-ar", entry.File ?? entry.Id + ".txt");
            var loaded = loader.LoadFile(path);
            var text = loaded.Articles[0].Text;
            texts[entry.Id] = text;
            claims.AddRange(setup.Extractor.Extract(new Article(entry.Id, text, entry.Language, entry.Published, entry.Outlet)).Claims);
        }

        var rels = CliApp.CrossArticleRelations(claims, setup.Catalog);
        var report = Evaluator.Evaluate(key, texts, claims, rels, setup.SourceMatcher("en"));
        var byId = claims.ToDictionary(c => c.Id);
        var lines = new List<string>();
        foreach (var r in report.MentionResults)
        {
            var c = r.ClaimId is null ? null : byId[r.ClaimId];
            lines.Add($"{r.Mention.Id}\t{r.Mention.Proposition}\t{r.ClaimId}\t{c?.Proposition.Signature}\t{c?.Polarity}");
        }

        foreach (var rel in rels.Where(x => x.Kind != RelationKind.Unrelated))
        {
            lines.Add($"REL\t{rel.Kind}\t{rel.ClaimA}\t{rel.ClaimB}\t{byId[rel.ClaimA].Proposition.Signature}\t{byId[rel.ClaimB].Proposition.Signature}\t{rel.Score}");
        }

        File.WriteAllLines(Environment.GetEnvironmentVariable("DIAG_OUT") ?? "/tmp/pairs_diag.txt", lines);
    }
}
