using System.Collections.Immutable;

namespace ClaimTracker.Catalog;

/// <summary>
/// A canonical entity of the catalog — a government, organization, person, role, outlet or place — with
/// its names and aliases in every language the catalog's contributions cover.
/// </summary>
/// <remarks>Immutable and thread-safe. Built by <see cref="EntityCatalogBuilder"/>.</remarks>
public sealed class Entity
{
    internal Entity(
        string id,
        EntityKind kind,
        string? country,
        bool isStateAffiliated,
        ImmutableSortedDictionary<string, ImmutableArray<string>> names,
        ImmutableSortedDictionary<string, ImmutableArray<EntityAlias>> aliases,
        ImmutableArray<EntityLink> links,
        ImmutableArray<string> sources)
    {
        Id = id;
        Kind = kind;
        Country = country;
        IsStateAffiliated = isStateAffiliated;
        Names = names;
        Aliases = aliases;
        Links = links;
        Sources = sources;
    }

    /// <summary>The stable id (<c>gov:KP</c>, <c>org:un-security-council</c>, <c>outlet:kcna</c>).</summary>
    public string Id { get; }

    /// <summary>What kind of entity this is.</summary>
    public EntityKind Kind { get; }

    /// <summary>ISO 3166-1 alpha-2 code of the entity's state, or null when none was given.</summary>
    public string? Country { get; }

    /// <summary>True for outlets owned or controlled by a state (KCNA, TASS, Xinhua…).</summary>
    public bool IsStateAffiliated { get; }

    /// <summary>Names by language code; the first of each language is its preferred display name.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Names { get; }

    /// <summary>Every surface form by language code, names first (as <see cref="AliasKind.Name"/>), then the other aliases.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<EntityAlias>> Aliases { get; }

    /// <summary>Links to other entities, sorted.</summary>
    public ImmutableArray<EntityLink> Links { get; }

    /// <summary>The names of the contributions that defined or extended this entity, in the order they were added.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>The preferred name in <paramref name="language"/>, or null when the entity has no name in it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public string? NameIn(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Names.TryGetValue(language, out var names) && names.Length > 0 ? names[0] : null;
    }

    /// <summary>The targets of this entity's links of type <paramref name="type"/>.</summary>
    public IEnumerable<string> LinkTargets(EntityLinkType type) => Links.Where(l => l.Type == type).Select(l => l.Target);

    /// <summary>The id and kind, for debugging.</summary>
    public override string ToString() => $"{Id} ({CatalogJson.KindToJson(Kind)})";
}
