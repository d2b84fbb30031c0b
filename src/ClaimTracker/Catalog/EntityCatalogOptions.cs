namespace ClaimTracker.Catalog;

/// <summary>
/// Caller extensions to the entity catalog, for configuration through dependency injection
/// (<c>services.Configure&lt;EntityCatalogOptions&gt;(o =&gt; o.Files.Add("extra.json"))</c>) or the CLI's
/// <c>--catalog</c> option. They are applied after the language packs' own contributions.
/// </summary>
/// <remarks>Mutable while configuring; not thread-safe. The catalog built from it is immutable.</remarks>
public sealed class EntityCatalogOptions
{
    /// <summary>Contributions built in code, applied in order.</summary>
    /// <value>Empty by default.</value>
    public IList<CatalogContribution> Contributions { get; } = new List<CatalogContribution>();

    /// <summary>Paths of <c>claimtracker-catalog/1</c> files, read and applied in order after <see cref="Contributions"/>.</summary>
    /// <value>Empty by default.</value>
    public IList<string> Files { get; } = new List<string>();

    /// <summary>Adds <see cref="Contributions"/>, then the parsed <see cref="Files"/>, to <paramref name="builder"/>.</summary>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="CatalogException">A file cannot be read or is not valid, or a contribution in the list is null.</exception>
    public EntityCatalogBuilder ApplyTo(EntityCatalogBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var contribution in Contributions)
        {
            builder.Add(contribution ?? throw new CatalogException("EntityCatalogOptions.Contributions contains a null contribution."));
        }

        foreach (var file in Files)
        {
            builder.AddFile(file ?? throw new CatalogException("EntityCatalogOptions.Files contains a null path."));
        }

        return builder;
    }
}
