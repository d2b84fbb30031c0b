namespace ClaimTracker.Catalog;

/// <summary>A typed link from one catalog entity to another, by id.</summary>
/// <remarks>Immutable and thread-safe. Ordering is by <see cref="Type"/>, then ordinal by <see cref="Target"/>.</remarks>
/// <param name="Type">How the entity relates to the target.</param>
/// <param name="Target">The id of the target entity.</param>
public readonly record struct EntityLink(EntityLinkType Type, string Target) : IComparable<EntityLink>
{
    /// <inheritdoc />
    public int CompareTo(EntityLink other)
    {
        var c = Type.CompareTo(other.Type);
        return c != 0 ? c : string.CompareOrdinal(Target, other.Target);
    }

    /// <summary>Formats as <c>type→target</c>.</summary>
    public override string ToString() => $"{CatalogJson.KindToJson(Type)}→{Target}";
}

/// <summary>One surface form of an entity in one language.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Text">The form as written in the catalog.</param>
/// <param name="Language">The BCP 47 code of its language (<c>ar</c>, <c>en</c>).</param>
/// <param name="Kind">How the form refers to the entity.</param>
public sealed record EntityAlias(string Text, string Language, AliasKind Kind);

/// <summary>A catalog entity that a surface form may refer to, with the alias that matched.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Entity">The entity.</param>
/// <param name="Alias">The catalog alias that matched.</param>
public sealed record EntityCandidate(Entity Entity, EntityAlias Alias);
