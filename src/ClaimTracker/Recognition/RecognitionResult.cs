using System.Collections.Immutable;

namespace ClaimTracker.Recognition;

/// <summary>What a recognizer found, plus diagnostics about what it could not resolve precisely.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Items">The values found, in text order.</param>
/// <param name="Diagnostics">Messages about the recognition.</param>
public sealed record RecognitionResult(ImmutableArray<Recognized> Items, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>A result with nothing found.</summary>
    public static RecognitionResult Empty { get; } = new(ImmutableArray<Recognized>.Empty, ImmutableArray<Diagnostic>.Empty);
}
