namespace ClaimTracker.Analysis;

/// <summary>The stage a <see cref="ClaimTrackerAnalyzer"/> is in.</summary>
/// <remarks>Members are only appended.</remarks>
public enum AnalysisStage
{
    /// <summary>Reading article files.</summary>
    Loading,

    /// <summary>Extracting claims, one article at a time.</summary>
    Extracting,

    /// <summary>Comparing claims across articles through the blocking index.</summary>
    Comparing,

    /// <summary>Grouping claims into clusters.</summary>
    Clustering,
}

/// <summary>Progress of an analysis: the stage and how many of its items are done.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Completed">Items of the stage done so far (articles while extracting; 0 or 1 for the other stages).</param>
/// <param name="Total">Items of the stage in all.</param>
/// <remarks>Immutable. Reports of the extracting stage may arrive from several threads when extraction runs in parallel;
/// <see cref="Completed"/> then still grows by one per report.</remarks>
public readonly record struct AnalysisProgress(AnalysisStage Stage, int Completed, int Total)
{
    /// <summary>The id of the item just completed (the article id while extracting), or null.</summary>
    /// <value>Null for the report that starts a stage and for stages without items.</value>
    public string? Item { get; init; }
}
