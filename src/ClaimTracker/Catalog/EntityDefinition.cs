using System.Collections.Immutable;

namespace ClaimTracker.Catalog;

/// <summary>
/// What one catalog contribution says about one entity: its id and, optionally, its kind, links, flags,
/// names and aliases. Several contributions may describe the same id (each language pack brings its own
/// names); <see cref="EntityCatalogBuilder"/> merges them into one <see cref="Entity"/>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A definition that only adds aliases to an entity defined elsewhere may leave
/// <see cref="Kind"/> null. Use <c>with</c> to derive a changed copy.
/// </remarks>
public sealed record EntityDefinition
{
    private readonly string _id = "";

    /// <summary>Creates a definition for <paramref name="id"/>.</summary>
    /// <param name="id">The stable id, <c>prefix:rest</c> without whitespace (<c>gov:KP</c>, <c>outlet:reuters</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not of the form <c>prefix:rest</c> or contains whitespace.</exception>
    public EntityDefinition(string id)
    {
        Id = id;
    }

    /// <summary>The stable id, <c>prefix:rest</c>.</summary>
    /// <exception cref="ArgumentException">Set to a value that is not a valid id.</exception>
    public string Id
    {
        get => _id;
        init
        {
            var problem = CatalogJson.CheckId(value);
            if (problem is not null)
            {
                throw new ArgumentException(problem, nameof(Id));
            }

            _id = value;
        }
    }

    /// <summary>The entity's kind, or null when this definition only adds names or aliases to an entity defined elsewhere.</summary>
    public EntityKind? Kind { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the entity's state (a government's own code, an outlet's home country), or null.</summary>
    public string? Country { get; init; }

    /// <summary>True for outlets owned or controlled by a state; null when this definition does not say.</summary>
    public bool? StateAffiliated { get; init; }

    /// <summary>Names by language code; the first name of a language is its preferred display name.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Names { get; init; } =
        ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Other surface forms (abbreviations, variants, metonyms, demonyms), in file order.</summary>
    public ImmutableArray<EntityAlias> Aliases { get; init; } = ImmutableArray<EntityAlias>.Empty;

    /// <summary>Links to other entities.</summary>
    public ImmutableArray<EntityLink> Links { get; init; } = ImmutableArray<EntityLink>.Empty;
}
