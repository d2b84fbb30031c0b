namespace ClaimTracker.Text;

/// <summary>
/// Normalizes text for matching (folding letter variants, digits, punctuation) while keeping an offset
/// map back to the original.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe; they never throw on any string content.</remarks>
public interface ITextNormalizer
{
    /// <summary>Normalizes <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    NormalizedText Normalize(string text);
}
