namespace ClaimTracker;

/// <summary>
/// The stable codes of the diagnostics raised when input passes one of the documented limits (see
/// <c>docs/reliability.md</c>). Passing a limit is never a hang and never a silent truncation: the diagnostic names the
/// article (or cluster), the limit, the option that sets it and what was left out.
/// </summary>
public static class LimitDiagnostics
{
    /// <summary>Error: an article gave more claims than <see cref="Extraction.ClaimExtractorOptions.MaxClaimsPerArticle"/>;
    /// the first ones are kept and the rest of the article is not read.</summary>
    public const string ClaimsPerArticle = "CT3001";

    /// <summary>Error: an article took longer than <see cref="Extraction.ClaimExtractorOptions.ArticleTimeBudget"/>; the claims
    /// read so far are kept.</summary>
    public const string ArticleTimeBudget = "CT3002";

    /// <summary>Warning: sentences longer than <see cref="Extraction.ClaimExtractorOptions.MaxSentenceLength"/> were not read.</summary>
    public const string SentenceLength = "CT3003";

    /// <summary>Warning: a cluster had more relations than <see cref="Analysis.AnalysisOptions.MaxRelationsPerCluster"/>; the
    /// highest-scoring ones are kept.</summary>
    public const string RelationsPerCluster = "CT3004";
}
