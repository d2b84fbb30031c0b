namespace ClaimTracker.Catalog;

/// <summary>What kind of thing a catalog entity is.</summary>
/// <remarks>Written in catalog files in camelCase (<c>government</c>, <c>organization</c>, …).</remarks>
public enum EntityKind
{
    /// <summary>A state's government, known by its ISO 3166-1 alpha-2 code (<c>gov:RU</c>).</summary>
    Government,

    /// <summary>An international or national body: a UN organ, an alliance, a ministry, an agency (<c>org:un</c>).</summary>
    Organization,

    /// <summary>A named person, for example a head of state (<c>person:…</c>).</summary>
    Person,

    /// <summary>A generic official role such as a spokesperson or a minister (<c>role:spokesperson</c>).</summary>
    Role,

    /// <summary>A news agency, newspaper or broadcaster (<c>outlet:reuters</c>).</summary>
    Outlet,

    /// <summary>A city or other place (<c>place:moscow</c>).</summary>
    Place,
}

/// <summary>How a surface form refers to its entity.</summary>
/// <remarks>Written in catalog files in camelCase (<c>name</c>, <c>metonym</c>, …).</remarks>
public enum AliasKind
{
    /// <summary>One of the entity's names, official or short (from <see cref="Entity.Names"/>).</summary>
    Name,

    /// <summary>An abbreviation or acronym (<c>DPRK</c>, <c>UN</c>).</summary>
    Abbreviation,

    /// <summary>A spelling or wording variant of a name.</summary>
    Variant,

    /// <summary>
    /// A place or building that stands for the entity: a capital for its government, a seat of power
    /// (the Kremlin), a headquarters.
    /// </summary>
    Metonym,

    /// <summary>A demonym adjective or noun, in any gender and number (<c>Russian</c>, <c>Russians</c>).</summary>
    Demonym,
}

/// <summary>How one catalog entity relates to another.</summary>
/// <remarks>Written in catalog files in camelCase (<c>speaksFor</c>, <c>partOf</c>, …).</remarks>
public enum EntityLinkType
{
    /// <summary>
    /// The entity speaks for the target: a ministry or spokesperson for its government, a state news
    /// agency for its state. <see cref="EntityCatalog.ResolveOrigin"/> follows these links.
    /// </summary>
    SpeaksFor,

    /// <summary>The entity is an organ or member body of the target (UN Security Council → UN).</summary>
    PartOf,

    /// <summary>The place is the capital of the target state.</summary>
    CapitalOf,

    /// <summary>The place or body lies in the target state.</summary>
    LocatedIn,
}
