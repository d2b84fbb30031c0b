namespace ClaimTracker.Text;

/// <summary>Splits a text into tokens.</summary>
/// <remarks>Implementations are stateless and thread-safe; they never throw on any string content.</remarks>
public interface ITokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>. Tokens are returned in text order and never overlap; whitespace is not a token.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    IReadOnlyList<Token> Tokenize(string text);
}
