namespace ClaimTracker.Graph;

/// <summary>
/// What a cluster of claims shows, computed from its edges so that no finding stands without a relation that
/// supports it (see <see cref="ClaimCluster.Finding"/>).
/// </summary>
public enum ClusterFinding
{
    /// <summary>At least one relation in the cluster conflicts (contradicts, or a later report overturns a prediction).</summary>
    Contested,

    /// <summary>No conflicting relation, and at least one agreeing relation joins two claims of different origins.</summary>
    Corroborated,

    /// <summary>Several claims, no conflicting relation, and every claim traces back to one origin: they repeat, not confirm.</summary>
    SingleOrigin,

    /// <summary>One claim, not found elsewhere.</summary>
    SingleReport,

    /// <summary>
    /// Several claims of more than one origin, but no relation between claims of different origins agrees or conflicts:
    /// the claims share a proposition and nothing more can be said.
    /// </summary>
    Unlinked,
}
