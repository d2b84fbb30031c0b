using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace ClaimTracker.Catalog;

/// <summary>
/// The merged entity catalog: canonical entities by id, alias lookup in any language, and origin
/// resolution along <see cref="EntityLinkType.SpeaksFor"/> links.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Build one with <see cref="EntityCatalogBuilder"/> from the language packs'
/// contributions and any user files. Lookups compare aliases with ordinal equality after collapsing runs of
/// whitespace, or — when a <c>normalize</c> function is given — after applying it to both sides; the index
/// for each (language, function) pair is built once and cached (pass the same delegate each time).
/// </remarks>
public sealed class EntityCatalog
{
    private const int MaxCachedIndexes = 32;
    private readonly ImmutableSortedDictionary<string, Entity> _entities;
    private readonly ConcurrentDictionary<(string Language, Func<string, string>? Normalize), FrozenDictionary<string, ImmutableArray<EntityCandidate>>> _indexes = new();

    internal EntityCatalog(ImmutableSortedDictionary<string, Entity> entities)
    {
        _entities = entities;
        Languages = entities.Values.SelectMany(e => e.Aliases.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>A catalog with no entity.</summary>
    public static EntityCatalog Empty { get; } = new(ImmutableSortedDictionary<string, Entity>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>Number of entities.</summary>
    public int Count => _entities.Count;

    /// <summary>The entities, sorted by id (ordinal).</summary>
    public IEnumerable<Entity> Entities => _entities.Values;

    /// <summary>The language codes that have at least one name or alias, sorted.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>Tries to find the entity with id <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Entity? entity)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _entities.TryGetValue(id, out entity);
    }

    /// <summary>The entity with id <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such entity.</exception>
    public Entity Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _entities.TryGetValue(id, out var entity) ? entity : throw new KeyNotFoundException($"The catalog has no entity '{id}'.");
    }

    /// <summary>
    /// The entities that <paramref name="alias"/> may refer to in <paramref name="language"/>: each entity at most
    /// once, with its best-matching alias (names before abbreviations, variants, metonyms, demonyms), sorted by
    /// entity id. Empty when nothing matches.
    /// </summary>
    /// <param name="alias">The surface form, for example <c>Pyongyang</c>.</param>
    /// <param name="language">The language code of the form (<c>ar</c>, <c>en</c>).</param>
    /// <param name="normalize">
    /// The language pack's matching normalization (for example folding hamza forms), applied to the query and
    /// to every catalog alias; null for ordinal comparison.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="alias"/> or <paramref name="language"/> is null.</exception>
    public IReadOnlyList<EntityCandidate> Lookup(string alias, string language, Func<string, string>? normalize = null)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(language);
        var key = Key(alias, normalize);
        return key.Length > 0 && IndexFor(language, normalize).TryGetValue(key, out var found) ? found : [];
    }

    /// <summary>Every alias of every entity in <paramref name="language"/> (names included), as candidates, in id order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public IEnumerable<EntityCandidate> AliasesIn(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        foreach (var entity in _entities.Values)
        {
            if (entity.Aliases.TryGetValue(language, out var aliases))
            {
                foreach (var alias in aliases)
                {
                    yield return new EntityCandidate(entity, alias);
                }
            }
        }
    }

    /// <summary>
    /// The body the entity ultimately speaks for: follows <see cref="EntityLinkType.SpeaksFor"/> links (the first
    /// target in ordinal order when there are several) until an entity that speaks for no one. The Pentagon's
    /// entity resolves to the US government; an entity without such links resolves to itself.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such entity.</exception>
    public Entity ResolveOrigin(string id)
    {
        var entity = Get(id);

        // The builder rejects cycles, so the walk ends; the bound is a second guard.
        for (var steps = 0; steps <= _entities.Count; steps++)
        {
            var next = entity.LinkTargets(EntityLinkType.SpeaksFor).FirstOrDefault();
            if (next is null)
            {
                return entity;
            }

            entity = _entities[next];
        }

        throw new InvalidOperationException($"speaksFor links from '{id}' do not end.");
    }

    /// <summary>The lookup key of a form: whitespace runs collapsed to one space, trimmed, then normalized.</summary>
    internal static string Key(string text, Func<string, string>? normalize)
    {
        var collapsed = CollapseWhitespace(text);
        if (normalize is null || collapsed.Length == 0)
        {
            return collapsed;
        }

        return CollapseWhitespace(normalize(collapsed) ?? "");
    }

    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private FrozenDictionary<string, ImmutableArray<EntityCandidate>> IndexFor(string language, Func<string, string>? normalize)
    {
        if (_indexes.TryGetValue((language, normalize), out var index))
        {
            return index;
        }

        if (_indexes.Count >= MaxCachedIndexes)
        {
            _indexes.Clear();
        }

        return _indexes.GetOrAdd((language, normalize), k => BuildIndex(k.Language, k.Normalize));
    }

    private FrozenDictionary<string, ImmutableArray<EntityCandidate>> BuildIndex(string language, Func<string, string>? normalize)
    {
        var map = new Dictionary<string, Dictionary<string, EntityCandidate>>(StringComparer.Ordinal);
        foreach (var candidate in AliasesIn(language))
        {
            var key = Key(candidate.Alias.Text, normalize);
            if (key.Length == 0)
            {
                continue;
            }

            if (!map.TryGetValue(key, out var byEntity))
            {
                map[key] = byEntity = new Dictionary<string, EntityCandidate>(StringComparer.Ordinal);
            }

            if (!byEntity.TryGetValue(candidate.Entity.Id, out var existing) || candidate.Alias.Kind < existing.Alias.Kind)
            {
                byEntity[candidate.Entity.Id] = candidate;
            }
        }

        return map.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.Values.OrderBy(c => c.Entity.Id, StringComparer.Ordinal).ToImmutableArray(),
            StringComparer.Ordinal);
    }
}
