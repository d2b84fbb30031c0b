using System.Collections.Immutable;

namespace ClaimTracker.Text;

/// <summary>
/// The set of language packs available to a pipeline, looked up by language code, with script-based
/// language detection for articles that do not say their language.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LanguagePackRegistry
{
    private readonly ImmutableDictionary<string, ILanguagePack> _packs;

    /// <summary>Creates a registry of <paramref name="packs"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="packs"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two packs share a code, or a pack's code is empty.</exception>
    public LanguagePackRegistry(IEnumerable<ILanguagePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var builder = ImmutableDictionary.CreateBuilder<string, ILanguagePack>(StringComparer.OrdinalIgnoreCase);
        foreach (var pack in packs)
        {
            if (pack is null)
            {
                throw new ArgumentNullException(nameof(packs), "A language pack in the list is null.");
            }

            if (string.IsNullOrWhiteSpace(pack.Code))
            {
                throw new ArgumentException($"Language pack {pack.GetType().FullName} has an empty code.", nameof(packs));
            }

            if (builder.ContainsKey(pack.Code))
            {
                throw new ArgumentException($"Two language packs have the code '{pack.Code}'.", nameof(packs));
            }

            builder.Add(pack.Code, pack);
        }

        _packs = builder.ToImmutable();
    }

    /// <summary>The registered language codes, sorted.</summary>
    public IReadOnlyList<string> Codes => _packs.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();

    /// <summary>The pack for <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No pack has that code; the message lists the codes there are.</exception>
    public ILanguagePack Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (_packs.TryGetValue(code, out var pack))
        {
            return pack;
        }

        throw new KeyNotFoundException(
            $"No language pack for '{code}'. Registered: {(_packs.Count == 0 ? "none" : string.Join(", ", Codes))}.");
    }

    /// <summary>Tries to find the pack for <paramref name="code"/>.</summary>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ILanguagePack? pack)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _packs.TryGetValue(code, out pack);
    }

    /// <summary>
    /// Detects the language of <paramref name="text"/> from its script: each letter votes for the packs in
    /// proportion to their <see cref="ILanguagePack.ScriptAffinity"/>. Ties go to the first code in ordinal order.
    /// </summary>
    /// <returns>The winning pack, or null when the text has no letter any pack claims.</returns>
    public ILanguagePack? DetectByScript(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_packs.Count == 0)
        {
            return null;
        }

        var ordered = _packs.Values.OrderBy(p => p.Code, StringComparer.Ordinal).ToArray();
        var scores = new double[ordered.Length];
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            for (var i = 0; i < ordered.Length; i++)
            {
                scores[i] += ordered[i].ScriptAffinity(c);
            }
        }

        var best = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > 0 && (best < 0 || scores[i] > scores[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : ordered[best];
    }
}
