using ClaimTracker.Model;

namespace ClaimTracker.Evaluation;

/// <summary>
/// Matches sources by canonical entity: the key's source text is resolved to a set of entity ids (through a catalog, in
/// any language), and the claim matches when any source on its attribution chain — its entity, the body it speaks for,
/// or that body's own origin — is in the set. The article's own voice matches the key's <c>(article)</c>.
/// When the key's text resolves to no entity, the names are compared case-insensitively instead.
/// </summary>
/// <remarks>Thread-safe when the supplied functions are.</remarks>
public sealed class EntitySourceMatcher : ISourceMatcher
{
    /// <summary>The key's marker for the article's own voice.</summary>
    public const string ArticleVoiceMarker = "(article)";

    private readonly Func<string, IReadOnlyCollection<string>> _resolveKeySource;
    private readonly Func<string, string> _resolveOrigin;

    /// <summary>Creates a matcher.</summary>
    /// <param name="resolveKeySource">Resolves a key's source text ("Pyongyang and Moscow") to entity ids.</param>
    /// <param name="resolveOrigin">Maps an entity id to the body it ultimately speaks for (identity when none); null for identity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resolveKeySource"/> is null.</exception>
    public EntitySourceMatcher(Func<string, IReadOnlyCollection<string>> resolveKeySource, Func<string, string>? resolveOrigin = null)
    {
        ArgumentNullException.ThrowIfNull(resolveKeySource);
        _resolveKeySource = resolveKeySource;
        _resolveOrigin = resolveOrigin ?? (id => id);
    }

    /// <inheritdoc />
    public bool Matches(GoldMention mention, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(claim);
        var keySource = mention.Source.Trim();
        var speakerIsArticle = claim.Attribution.Speaker.Kind == SourceKind.ArticleVoice;
        if (string.Equals(keySource, ArticleVoiceMarker, StringComparison.OrdinalIgnoreCase) || keySource.Length == 0)
        {
            return speakerIsArticle;
        }

        if (speakerIsArticle)
        {
            return false;
        }

        var wanted = _resolveKeySource(keySource);
        if (wanted.Count == 0)
        {
            return claim.Attribution.Chain.Any(s => string.Equals(s.Name.Trim(), keySource, StringComparison.OrdinalIgnoreCase));
        }

        var wantedSet = new HashSet<string>(wanted, StringComparer.Ordinal);
        foreach (var id in wanted)
        {
            wantedSet.Add(_resolveOrigin(id));
        }

        foreach (var source in claim.Attribution.Chain)
        {
            foreach (var id in new[] { source.EntityId, source.Affiliation })
            {
                if (id is not null && (wantedSet.Contains(id) || wantedSet.Contains(_resolveOrigin(id))))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
