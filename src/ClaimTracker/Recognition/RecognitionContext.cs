using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition;

/// <summary>What a recognizer needs to know about the text it reads.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RecognitionContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="language">The language pack of the text.</param>
    /// <param name="reference">The publication date (at its precision) that relative dates resolve against, or null when unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public RecognitionContext(ILanguagePack language, FuzzyTime? reference = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        Language = language;
        Reference = reference;
    }

    /// <summary>The language pack of the text.</summary>
    public ILanguagePack Language { get; }

    /// <summary>The publication date relative expressions resolve against, or null.</summary>
    public FuzzyTime? Reference { get; }
}
