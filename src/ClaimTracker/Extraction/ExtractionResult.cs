using System.Collections.Immutable;
using ClaimTracker.Model;

namespace ClaimTracker.Extraction;

/// <summary>The claims read from one article, plus diagnostics.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ArticleId">The article the claims come from.</param>
/// <param name="Claims">The claims, in text order.</param>
/// <param name="Diagnostics">Messages about what could not be read precisely.</param>
public sealed record ExtractionResult(string ArticleId, ImmutableArray<Claim> Claims, ImmutableArray<Diagnostic> Diagnostics);
