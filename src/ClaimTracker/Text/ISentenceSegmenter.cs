namespace ClaimTracker.Text;

/// <summary>Splits a text into sentences, headings, list items and datelines.</summary>
/// <remarks>Implementations are stateless and thread-safe; they never throw on any string content.</remarks>
public interface ISentenceSegmenter
{
    /// <summary>Segments <paramref name="text"/>. Segments are returned in text order and never overlap.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    IReadOnlyList<Sentence> Segment(string text);
}
