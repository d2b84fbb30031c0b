using ClaimTracker.Catalog;
using ClaimTracker.Extraction;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Evaluation;

/// <summary>
/// Matches an answer key's source text with a claim's attribution through the entity catalog and the packs' generic
/// source nouns: "Pyongyang and Moscow" resolves to two governments, "US official" to the US government, "experts" to
/// the source class <c>experts</c>. A claim matches when any source on its chain (its entity, affiliation, or their
/// origin by <see cref="EntityCatalog.ResolveOrigin"/>) is one of the key's entities, or — when the key names no entity —
/// when a chain source's noun has one of the key's source classes. <c>(article)</c> matches the article's own voice.
/// A chain source whose name contains the key's text also matches (names the catalog lacks).
/// Parenthesised notes in the key ("US official (March)") are ignored.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class CatalogSourceMatcher : ISourceMatcher
{
    private readonly EntityCatalog _catalog;
    private readonly SourceClassifier _classifier;
    private readonly ILanguagePack _keyPack;
    private readonly AliasMatcher _keyMatcher;

    /// <summary>Creates a matcher.</summary>
    /// <param name="catalog">The entity catalog.</param>
    /// <param name="packs">The language packs (their <c>sources.yaml</c> give the source classes of claims' names).</param>
    /// <param name="keyLanguage">The language the key's source texts are written in.</param>
    /// <param name="keyMatcher">An alias matcher for <paramref name="keyLanguage"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No pack for <paramref name="keyLanguage"/>.</exception>
    public CatalogSourceMatcher(EntityCatalog catalog, LanguagePackRegistry packs, string keyLanguage, AliasMatcher keyMatcher)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(keyLanguage);
        ArgumentNullException.ThrowIfNull(keyMatcher);
        _catalog = catalog;
        _classifier = new SourceClassifier(packs);
        _keyPack = packs.Get(keyLanguage);
        _keyMatcher = keyMatcher;
    }

    /// <inheritdoc />
    public bool Matches(GoldMention mention, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(claim);
        var key = mention.Source.Trim();
        var speakerIsArticle = claim.Attribution.Speaker.Kind == SourceKind.ArticleVoice;
        if (key.Length == 0 || string.Equals(key, EntitySourceMatcher.ArticleVoiceMarker, StringComparison.OrdinalIgnoreCase))
        {
            return speakerIsArticle;
        }

        if (speakerIsArticle)
        {
            return false;
        }

        key = WithoutParentheses(key);
        var (ids, classes) = Resolve(key);
        foreach (var source in claim.Attribution.Chain)
        {
            // A name the catalog does not know may still be written as in the key (an Arabic newspaper noun before "The Telegraph").
            if (key.Length >= 4 && source.Name.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (ids.Count > 0)
            {
                if (IdsOf(source).Any(ids.Contains))
                {
                    return true;
                }
            }
            else if (classes.Count > 0)
            {
                if (_classifier.ClassifyInAnyLanguage(source.Name).Any(classes.Contains))
                {
                    return true;
                }
            }
            else if (string.Equals(source.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entity ids (with their origins) and source classes named in <paramref name="keySource"/>.</summary>
    /// <param name="keySource">A source text in the key's language.</param>
    /// <exception cref="ArgumentNullException"><paramref name="keySource"/> is null.</exception>
    public (IReadOnlySet<string> EntityIds, IReadOnlySet<string> Classes) Resolve(string keySource)
    {
        ArgumentNullException.ThrowIfNull(keySource);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var norm = _keyPack.Normalizer.Normalize(keySource).Text;
        var tokens = _keyPack.Tokenizer.Tokenize(norm);
        foreach (var m in _keyMatcher.Match(tokens))
        {
            foreach (var c in m.Candidates)
            {
                ids.Add(c.Entity.Id);
                ids.Add(_catalog.ResolveOrigin(c.Entity.Id).Id);
            }
        }

        var classes = new HashSet<string>(_classifier.Classify(keySource, _keyPack.Code), StringComparer.Ordinal);
        return (ids, classes);
    }

    private IEnumerable<string> IdsOf(Source source)
    {
        foreach (var id in new[] { source.EntityId, source.Affiliation })
        {
            if (id is null)
            {
                continue;
            }

            yield return id;
            if (_catalog.TryGet(id, out _))
            {
                yield return _catalog.ResolveOrigin(id).Id;
            }
        }
    }

    private static string WithoutParentheses(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                sb.Append(c);
            }
        }

        var result = sb.ToString().Trim();
        return result.Length == 0 ? text : result;
    }
}
