namespace ClaimTracker.Text;

/// <summary>Reduces a word to a stem so that inflected and cliticised forms match.</summary>
/// <remarks>Implementations are stateless and thread-safe; they never throw on any string content.</remarks>
public interface IStemmer
{
    /// <summary>The stem of <paramref name="word"/>, which should already be normalized by the pack's normalizer.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    string Stem(string word);
}
