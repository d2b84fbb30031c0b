namespace ClaimTracker.Analysis;

/// <summary>Settings of a <see cref="ClaimTrackerAnalyzer"/>.</summary>
/// <remarks>Immutable and thread-safe. Results never depend on <see cref="MaxDegreeOfParallelism"/>, only the time they
/// take; <see cref="MaxRelationsPerCluster"/> is a limit whose passing is reported.</remarks>
public sealed record AnalysisOptions
{
    /// <summary>The default of <see cref="MaxRelationsPerCluster"/>.</summary>
    public const int DefaultMaxRelationsPerCluster = 10_000;

    private readonly int _maxDegreeOfParallelism = 1;
    private readonly int _maxRelationsPerCluster = DefaultMaxRelationsPerCluster;

    /// <summary>
    /// Most relations kept in one cluster. A cluster with more (thousands of copies of one wire story) keeps its
    /// highest-scoring relations (ties by id) and the analysis reports <see cref="LimitDiagnostics.RelationsPerCluster"/>
    /// saying how many were left out; the claims themselves are all kept.
    /// </summary>
    /// <value>Default <see cref="DefaultMaxRelationsPerCluster"/> (10,000). At least 1.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxRelationsPerCluster
    {
        get => _maxRelationsPerCluster;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxRelationsPerCluster));
            _maxRelationsPerCluster = value;
        }
    }

    /// <summary>The default options.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>How many articles are extracted at the same time.</summary>
    /// <value>Default 1; at least 1. The result is the same for every value.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxDegreeOfParallelism));
            _maxDegreeOfParallelism = value;
        }
    }
}
