using System.CommandLine;
using ClaimTracker.Cli.Commands;
using ClaimTracker.Comparison;
using ClaimTracker.Indexing;
using ClaimTracker.Model;

namespace ClaimTracker.Cli;

/// <summary>Builds the command tree; commands register themselves here.</summary>
internal static class CliApp
{
    public static RootCommand BuildRootCommand(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ClaimTracker: track claims and their sources across news articles.");
        root.Subcommands.Add(AnalyzeCommand.Build(stdout, stderr, Recognize.CliLanguages.Registry, () => ExtractionSetup.Instance.Extractor, OriginResolverFactory));
        root.Subcommands.Add(ExtractCommand.Build(stdout, stderr));
        root.Subcommands.Add(CompareCommand.Build(stdin, stdout, stderr, () => ExtractionSetup.Instance.Extractor));
        root.Subcommands.Add(Recognize.RecognizeCommand.Build(stdin, stdout, stderr));
        root.Subcommands.Add(EvalCommand.Build(stdout, stderr, CrossArticleRelations));
        return root;
    }

    /// <summary>Resolves an entity to the body it speaks for, through the shared catalog.</summary>
    private static string OriginResolverFactory(string entityId) => OriginResolver.FromCatalog(ExtractionSetup.Instance.Catalog)(entityId);

    /// <summary>Relations between claims of different articles, found through the blocking index.</summary>
    internal static IReadOnlyList<ClaimRelation> CrossArticleRelations(IReadOnlyList<Claim> claims)
    {
        var index = new ClaimIndex(new ClaimComparer(new ComparisonOptions { OriginResolver = OriginResolver.FromCatalog(ExtractionSetup.Instance.Catalog) }));
        index.Add(claims);
        return index.Relations;
    }
}
