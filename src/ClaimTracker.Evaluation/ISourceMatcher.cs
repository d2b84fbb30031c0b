using ClaimTracker.Model;

namespace ClaimTracker.Evaluation;

/// <summary>Decides whether a claim's attributed source is the source an answer key gives for a mention.</summary>
/// <remarks>
/// Implementations must be thread-safe. The catalog-based matcher resolves the key's source text (any language, e.g.
/// "Pyongyang and Moscow") to catalog entities and compares them with the claim's speaker, chain and origin.
/// </remarks>
public interface ISourceMatcher
{
    /// <summary>True when <paramref name="claim"/>'s attribution matches <paramref name="mention"/>'s source.</summary>
    bool Matches(GoldMention mention, Claim claim);
}
