namespace ClaimTracker.Lexicons;

/// <summary>Gives a language pack's lexicons to the components that need them, by file name.</summary>
/// <remarks>Implementations cache loaded lexicons and are thread-safe.</remarks>
public interface ILexiconProvider
{
    /// <summary>The names of the lexicons this provider holds (for example <c>numbers.yaml</c>), sorted.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Loads the lexicon <paramref name="name"/> with entries of shape <typeparamref name="TEntry"/>, or null when the pack has none by that name.</summary>
    /// <exception cref="LexiconFormatException">The lexicon exists but is not valid for <typeparamref name="TEntry"/>.</exception>
    LexiconDocument<TEntry>? TryLoad<TEntry>(string name)
        where TEntry : class;
}
