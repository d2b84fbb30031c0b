namespace ClaimTracker.Model;

/// <summary>What kind of speaker a <see cref="Source"/> is.</summary>
/// <remarks>The default value is <see cref="Person"/>. Serialized by name (camelCase); members are only appended.</remarks>
public enum SourceKind
{
    /// <summary>A named person ("Dmitry Peskov").</summary>
    Person,

    /// <summary>An official role without a name ("a US official", "the spokesman").</summary>
    Role,

    /// <summary>A government or state, often by metonym ("Washington", "the Kremlin").</summary>
    Government,

    /// <summary>A non-state organization (company, agency, NGO, armed group).</summary>
    Organization,

    /// <summary>A media outlet ("RIA Novosti", "The New York Times").</summary>
    Outlet,

    /// <summary>A document ("a US statement in February", "the report").</summary>
    Document,

    /// <summary>An unnamed source ("sources said").</summary>
    Anonymous,

    /// <summary>The article's own voice: no attribution in the text.</summary>
    ArticleVoice,
}

/// <summary>Who speaks: a person, role, government, organization, outlet, document, anonymous source or the article itself.</summary>
/// <remarks>
/// Immutable and thread-safe; equality is by value over every member. <see cref="Name"/> keeps the words as written
/// (any language); <see cref="EntityId"/> is the canonical catalog id when resolved.
/// </remarks>
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="kind">What kind of speaker.</param>
    /// <param name="name">The name or description as written. May be empty only for <see cref="SourceKind.Anonymous"/> and <see cref="SourceKind.ArticleVoice"/>.</param>
    /// <param name="entityId">Canonical catalog id when resolved, or null.</param>
    /// <param name="affiliation">Catalog id of the body a role or person speaks for (a spokesman's ministry), or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space for a kind that needs a name;
    /// <paramref name="entityId"/> or <paramref name="affiliation"/> is empty or white space (use null).</exception>
    public Source(SourceKind kind, string name, string? entityId = null, string? affiliation = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown source kind.");
        }

        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name) && kind is not (SourceKind.Anonymous or SourceKind.ArticleVoice))
        {
            throw new ArgumentException($"A {kind} source needs a name.", nameof(name));
        }

        CheckId(entityId, nameof(entityId));
        CheckId(affiliation, nameof(affiliation));
        Kind = kind;
        Name = name.Trim();
        EntityId = entityId;
        Affiliation = affiliation;
    }

    /// <summary>What kind of speaker.</summary>
    public SourceKind Kind { get; }

    /// <summary>The name or description as written (trimmed); empty only for anonymous sources and the article voice.</summary>
    public string Name { get; }

    /// <summary>Canonical catalog id, or null when unresolved.</summary>
    public string? EntityId { get; }

    /// <summary>Catalog id of the body this source speaks for, or null.</summary>
    public string? Affiliation { get; }

    /// <summary>The article's own voice (no attribution in the text).</summary>
    /// <param name="outlet">The publishing outlet's name, if known; becomes <see cref="Name"/> (empty when null).</param>
    /// <param name="outletEntityId">The outlet's catalog id, if known.</param>
    public static Source ArticleVoice(string? outlet, string? outletEntityId = null) =>
        new(SourceKind.ArticleVoice, outlet ?? string.Empty, outletEntityId);

    /// <summary>The key used to decide whether two sources are the same speaker: the entity id when resolved, else kind and name (lower case).</summary>
    public string Key => EntityId ?? $"{Kind}:{Name.ToLowerInvariant()}";

    /// <summary>The name with the kind, for example <c>Outlet "RIA Novosti" (org:ria)</c>.</summary>
    public override string ToString() =>
        EntityId is null ? $"{Kind} \"{Name}\"" : $"{Kind} \"{Name}\" ({EntityId})";

    private static void CheckId(string? id, string paramName)
    {
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("An id must not be empty or white space; use null when unknown.", paramName);
        }
    }
}
