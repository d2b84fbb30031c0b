using System.Collections.Immutable;
using System.Text;

namespace ClaimTracker.Model;

/// <summary>The role a participant plays in a <see cref="Proposition"/>.</summary>
/// <remarks>The default value is <see cref="Agent"/>. Serialized by name (camelCase); members are only appended.</remarks>
public enum ParticipantRole
{
    /// <summary>Who acts.</summary>
    Agent,

    /// <summary>Who receives or is targeted.</summary>
    Recipient,

    /// <summary>What is acted upon or moved.</summary>
    Object,

    /// <summary>Where it happens.</summary>
    Place,

    /// <summary>Any other role.</summary>
    Other,
}

/// <summary>One participant of a proposition: a role and an entity (canonical id when resolved, and the name as written).</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record Participant
{
    /// <summary>Creates a participant.</summary>
    /// <param name="role">The role.</param>
    /// <param name="entityId">Canonical catalog id, or null when unresolved.</param>
    /// <param name="name">The name as written.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space; <paramref name="entityId"/> is empty or white space.</exception>
    public Participant(ParticipantRole role, string? entityId, string name)
    {
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown participant role.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (entityId is not null && string.IsNullOrWhiteSpace(entityId))
        {
            throw new ArgumentException("An entity id must not be empty or white space; use null when unresolved.", nameof(entityId));
        }

        Role = role;
        EntityId = entityId;
        Name = name.Trim();
    }

    /// <summary>The role.</summary>
    public ParticipantRole Role { get; }

    /// <summary>Canonical catalog id, or null when unresolved.</summary>
    public string? EntityId { get; }

    /// <summary>The name as written (trimmed).</summary>
    public string Name { get; }

    /// <summary>The entity part of the signature: the id, or <c>~</c> and the lower-case name when unresolved.</summary>
    public string Key => EntityId ?? "~" + Name.ToLowerInvariant();
}

/// <summary>
/// What is claimed, independent of who claims it and whether they affirm it: an event or relation class and its
/// participants in roles.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Signature"/> is stable text computed from the event class and the distinct <c>role:entity</c> pairs in ordinal
/// order, for example <c>190(agent:gov:ru,recipient:gov:ua)</c>. The same proposition worded differently or listing the
/// participants in another order has the same signature; unresolved participants use their lower-case name.
/// </para>
/// <para>Immutable and thread-safe. Equality is by value with participants compared in order (use the signature for order-free identity).</para>
/// </remarks>
public sealed record Proposition
{
    /// <summary>Creates a proposition.</summary>
    /// <param name="eventClass">A stable event or relation code (CAMEO-like, for example <c>190</c> or <c>deliver</c>); trimmed.</param>
    /// <param name="participants">The participants; default means none.</param>
    /// <exception cref="ArgumentException"><paramref name="eventClass"/> is null, empty or white space; <paramref name="participants"/> contains null.</exception>
    public Proposition(string eventClass, ImmutableArray<Participant> participants = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventClass);
        EventClass = eventClass.Trim();
        Participants = ArrayEquality.Checked(participants, nameof(participants));
        Signature = ComputeSignature(EventClass, Participants);
    }

    /// <summary>The event or relation code.</summary>
    public string EventClass { get; }

    /// <summary>The participants in the order given.</summary>
    public ImmutableArray<Participant> Participants { get; }

    /// <summary>Order-free identity text: event class plus sorted distinct role:entity pairs.</summary>
    public string Signature { get; }

    /// <inheritdoc />
    public bool Equals(Proposition? other) =>
        other is not null && EventClass == other.EventClass && ArrayEquality.SequenceEqual(Participants, other.Participants);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EventClass, ArrayEquality.Hash(Participants));

    /// <summary>Returns <see cref="Signature"/>.</summary>
    public override string ToString() => Signature;

    private static string ComputeSignature(string eventClass, ImmutableArray<Participant> participants)
    {
        var pairs = participants
            .Select(p => $"{p.Role.ToString().ToLowerInvariant()}:{p.Key}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var sb = new StringBuilder(eventClass).Append('(');
        sb.AppendJoin(',', pairs);
        return sb.Append(')').ToString();
    }
}
