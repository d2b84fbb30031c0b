using System.Collections.Immutable;
using System.Reflection;
using System.Text;

namespace ClaimTracker.Catalog;

/// <summary>Who made a catalog file's data and under what licence, so reports can credit it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">A short name of the source.</param>
/// <param name="Url">Where the data can be checked, if anywhere.</param>
/// <param name="License">The data's licence, if stated.</param>
/// <param name="Note">Free-text notes (how the data was compiled or checked).</param>
public sealed record CatalogDataSource(string Name, string? Url = null, string? License = null, string? Note = null);

/// <summary>
/// One catalog file (format <c>claimtracker-catalog/1</c>, see <c>docs/catalog.md</c>): the entities one
/// source contributes. Language packs embed one each; callers add their own files.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CatalogContribution
{
    /// <summary>The format identifier every catalog file must carry: <c>claimtracker-catalog/1</c>.</summary>
    public const string FormatId = "claimtracker-catalog/1";

    /// <summary>Creates a contribution.</summary>
    /// <param name="sourceName">A name for the contribution used in error messages (a file path, a resource name).</param>
    /// <param name="entities">The entity definitions.</param>
    /// <param name="dataSource">Who made the data, if known.</param>
    /// <param name="description">Free-text description.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> or <paramref name="entities"/> (or one of them) is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty.</exception>
    public CatalogContribution(string sourceName, IEnumerable<EntityDefinition> entities, CatalogDataSource? dataSource = null, string? description = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToImmutableArray();
        if (list.Any(e => e is null))
        {
            throw new ArgumentNullException(nameof(entities), "An entity definition in the list is null.");
        }

        SourceName = sourceName;
        Entities = list;
        DataSource = dataSource;
        Description = description;
    }

    /// <summary>The name used for this contribution in error messages.</summary>
    public string SourceName { get; }

    /// <summary>Who made the data, if known.</summary>
    public CatalogDataSource? DataSource { get; }

    /// <summary>Free-text description.</summary>
    public string? Description { get; }

    /// <summary>The entity definitions, in file order.</summary>
    public ImmutableArray<EntityDefinition> Entities { get; }

    /// <summary>A copy with <paramref name="entities"/> instead of <see cref="Entities"/> (same source and description).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    public CatalogContribution WithEntities(IEnumerable<EntityDefinition> entities) =>
        new(SourceName, entities, DataSource, Description);

    /// <summary>Parses a catalog file.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">A name for the file used in error messages.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogException">The text is not valid JSON or not a valid <c>claimtracker-catalog/1</c> file; the message names <paramref name="sourceName"/>.</exception>
    public static CatalogContribution Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return CatalogJson.Parse(json, sourceName);
    }

    /// <summary>Reads and parses the catalog file at <paramref name="path"/> (UTF-8).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="CatalogException">The file cannot be read or is not valid.</exception>
    public static CatalogContribution LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CatalogException($"Cannot read catalog file '{path}': {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Loads the catalog file embedded in <paramref name="assembly"/> under the manifest resource <paramref name="resourceName"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogException">No such resource, or it is not valid.</exception>
    public static CatalogContribution LoadEmbedded(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourceName);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new CatalogException($"Assembly {assembly.GetName().Name} embeds no catalog resource '{resourceName}'.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), $"{assembly.GetName().Name}:{resourceName}");
    }

    /// <summary>
    /// Writes the contribution as a <c>claimtracker-catalog/1</c> file (indented UTF-8 JSON, Arabic and
    /// other letters unescaped, languages sorted). Parsing the result gives an equal contribution.
    /// </summary>
    public string ToJson() => CatalogJson.Write(this);
}
