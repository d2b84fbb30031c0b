using ClaimTracker.Model;

namespace ClaimTracker.Extraction;

/// <summary>Turns an article into claims: proposition, attributed source and chain, stance, polarity, quantities, times and evidence.</summary>
/// <remarks>Implementations are thread-safe and never throw on any article text; problems become diagnostics.</remarks>
public interface IClaimExtractor
{
    /// <summary>Extracts the claims of <paramref name="article"/>, in text order, with ids unique within the article.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No language pack is registered for the article's language.</exception>
    ExtractionResult Extract(Article article);

    /// <summary>
    /// Extracts the claims of <paramref name="article"/>, checking <paramref name="cancellationToken"/> as it goes (between
    /// sentences in <see cref="ClaimExtractor"/>); implementations that cannot stop midway check it once, before they start.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No language pack is registered for the article's language.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ExtractionResult Extract(Article article, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Extract(article);
    }
}
