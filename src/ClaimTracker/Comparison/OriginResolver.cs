using ClaimTracker.Catalog;
using ClaimTracker.Model;

namespace ClaimTracker.Comparison;

/// <summary>
/// Decides where a claim comes from: the key of its origin (<see cref="Attribution.Origin"/>, the first source of the
/// chain), resolved to the body it speaks for.
/// </summary>
/// <remarks>
/// <para>The origin key of a claim is found in this order:</para>
/// <list type="number">
/// <item>the origin source's <see cref="Source.Affiliation"/>, else its <see cref="Source.EntityId"/>, passed through the
/// resolver when one is given: an unnamed official with affiliation <c>gov:us</c> and "Washington" (<c>gov:us</c>) share
/// the key <c>gov:us</c>; with a catalog resolver the Pentagon's entity resolves to the same government;</item>
/// <item>otherwise the source's <see cref="Source.Key"/> (kind and name), except that an anonymous source or the article's
/// own voice without a name is keyed by the article (<c>anonymous@article</c>), since nameless sources of two articles are
/// not known to be one.</item>
/// <item>A generic role or anonymous source without affiliation ("officials", "experts") is keyed by its entity id or key
/// and the article (<c>role:official@article</c>): unaffiliated officials of two articles are not known to be one
/// speaker. This rule comes first.</item>
/// </list>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class OriginResolver
{
    /// <summary>The origin key of <paramref name="claim"/>; see the type remarks.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="resolver">Maps an entity id to the body it speaks for, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    public static string OriginOf(Claim claim, Func<string, string>? resolver = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var origin = claim.Attribution.Origin;
        if (origin.Affiliation is null && origin.Kind is SourceKind.Role or SourceKind.Anonymous)
        {
            // "officials", "experts", "a source": a generic speaker without affiliation is not known to be the same
            // speaker as the one of another article.
            var generic = origin.Name.Length == 0 && origin.EntityId is null ? "anonymous" : origin.EntityId ?? origin.Key;
            return $"{generic}@{claim.Evidence.ArticleId}";
        }

        var id = origin.Affiliation ?? origin.EntityId;
        if (id is not null)
        {
            var resolved = resolver?.Invoke(id);
            return string.IsNullOrWhiteSpace(resolved) ? id : resolved;
        }

        if (origin.Name.Length == 0)
        {
            var kind = origin.Kind == SourceKind.ArticleVoice ? "voice" : "anonymous";
            return $"{kind}@{claim.Evidence.ArticleId}";
        }

        return origin.Key;
    }

    /// <summary>
    /// A resolver over <paramref name="catalog"/>: <see cref="EntityCatalog.ResolveOrigin(string)"/>'s id, or the id
    /// itself when the catalog does not know it.
    /// </summary>
    /// <param name="catalog">The entity catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static Func<string, string> FromCatalog(EntityCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return id => catalog.TryGet(id, out _) ? catalog.ResolveOrigin(id).Id : id;
    }
}
