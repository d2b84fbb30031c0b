using System.Collections.Concurrent;
using ClaimTracker.Text;

namespace ClaimTracker.Extraction;

/// <summary>
/// Names the source classes a text has according to the language packs' source nouns (each pack's <c>sources.yaml</c>):
/// a source noun such as "experts" or "witnesses" in a pack's lexicon carries a class (<c>experts</c>, <c>witnesses</c>),
/// and every class of every noun found in the text is returned. The same matching (normalisation, affixes, multi-word
/// forms) as the extractor's is used.
/// </summary>
/// <remarks>Thread-safe; the packs' lexicons are compiled once per pack, on first use.</remarks>
public sealed class SourceClassifier
{
    private readonly LanguagePackRegistry _packs;
    private readonly ConcurrentDictionary<string, ExtractionLexicon> _lexicons = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a classifier over <paramref name="packs"/>.</summary>
    /// <param name="packs">The language packs whose source nouns are used.</param>
    /// <exception cref="ArgumentNullException"><paramref name="packs"/> is null.</exception>
    public SourceClassifier(LanguagePackRegistry packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        _packs = packs;
    }

    /// <summary>The source classes of <paramref name="text"/> in the pack of <paramref name="language"/>, in text order, without repeats.</summary>
    /// <param name="text">A source name or phrase.</param>
    /// <param name="language">The pack's language code.</param>
    /// <returns>The classes; empty when the text names no source noun.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No pack is registered for <paramref name="language"/>.</exception>
    public IReadOnlyList<string> Classify(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        return ClassesIn(_packs.Get(language), text);
    }

    /// <summary>The source classes of <paramref name="text"/> in any registered pack, in pack order, without repeats.</summary>
    /// <param name="text">A source name or phrase, in any registered language.</param>
    /// <returns>The classes; empty when no pack finds a source noun.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<string> ClassifyInAnyLanguage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = new List<string>();
        foreach (var code in _packs.Codes)
        {
            foreach (var c in ClassesIn(_packs.Get(code), text))
            {
                if (!all.Contains(c, StringComparer.Ordinal))
                {
                    all.Add(c);
                }
            }
        }

        return all;
    }

    private string[] ClassesIn(ILanguagePack pack, string text)
    {
        var lexicon = _lexicons.GetOrAdd(pack.Code, _ => new ExtractionLexicon(pack));
        var norm = pack.Normalizer.Normalize(text).Text;
        var tokens = pack.Tokenizer.Tokenize(norm);
        var variants = tokens.Select(t => lexicon.Variants(t.Text)).ToList();
        return lexicon.Match(variants, tokens.Select(t => t.Text).ToList())
            .Where(h => h.File == ExtractionLexicon.Sources && !string.IsNullOrWhiteSpace(h.Term.Value))
            .Select(h => h.Term.Value!.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
