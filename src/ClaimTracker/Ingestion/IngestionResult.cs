using System.Collections.Immutable;
using ClaimTracker.Model;

namespace ClaimTracker.Ingestion;

/// <summary>What an ingestion produced: the articles, sorted by id (ordinal), and the diagnostics.</summary>
/// <remarks>
/// Immutable and thread-safe. The order of <see cref="Articles"/> does not depend on file-system order;
/// diagnostics come in processing order: the manifest's first, then each file's in ordinal path order, then duplicate-id errors.
/// </remarks>
public sealed class IngestionResult
{
    internal IngestionResult(ImmutableArray<Article> articles, ImmutableArray<Diagnostic> diagnostics)
    {
        Articles = articles;
        Diagnostics = diagnostics;
    }

    /// <summary>The articles read, sorted by <see cref="Article.Id"/> in ordinal order.</summary>
    public ImmutableArray<Article> Articles { get; }

    /// <summary>Everything worth telling about the input: skipped files, detected languages, unreadable dates.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when a diagnostic has <see cref="DiagnosticSeverity.Error"/> severity (some input was not used).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
