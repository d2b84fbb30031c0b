namespace ClaimTracker.Analysis;

/// <summary>Settings of a <see cref="ClaimTrackerAnalyzer"/>.</summary>
/// <remarks>Immutable and thread-safe. Results never depend on these settings, only the time they take.</remarks>
public sealed record AnalysisOptions
{
    private readonly int _maxDegreeOfParallelism = 1;

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
