using System.Collections.Immutable;

namespace ClaimTracker.Evaluation;

/// <summary>The scores of a system's claims and relations against an answer key (see <c>docs/eval.md</c>).</summary>
/// <param name="Mentions">Extraction scores.</param>
/// <param name="Relations">Relation scores.</param>
/// <param name="Evidence">Evidence span statistics.</param>
/// <param name="MissedMentions">Mentions no claim covers, in key order.</param>
/// <param name="MentionResults">For every mention, whether it was covered and judged right.</param>
/// <param name="Claims">Claim precision over exhaustive articles and event-class accuracy.</param>
public sealed record EvaluationReport(
    MentionScores Mentions,
    RelationScores Relations,
    EvidenceStatistics Evidence,
    ImmutableArray<GoldMention> MissedMentions,
    ImmutableArray<MentionResult> MentionResults,
    ClaimScores Claims);

/// <summary>Extraction scores.</summary>
/// <param name="Total">Mentions in the key.</param>
/// <param name="Covered">Mentions some claim covers.</param>
/// <param name="Recall">Covered / total (0 when the key has no mention).</param>
/// <param name="PolarityAccuracy">Covered mentions whose covering claim has the key's polarity / covered.</param>
/// <param name="SourceAccuracy">Covered mentions whose covering claim has the key's source / covered.</param>
public sealed record MentionScores(int Total, int Covered, double Recall, double PolarityAccuracy, double SourceAccuracy);

/// <summary>How one mention fared.</summary>
/// <param name="Mention">The mention.</param>
/// <param name="ClaimId">The covering claim chosen for judging, or null when none covers it.</param>
/// <param name="PolarityCorrect">Whether that claim has the key's polarity.</param>
/// <param name="SourceCorrect">Whether that claim has the key's source.</param>
public sealed record MentionResult(GoldMention Mention, string? ClaimId, bool PolarityCorrect, bool SourceCorrect);

/// <summary>Precision, recall and F1 of one relation kind (or of all kinds together).</summary>
/// <param name="Precision">True system triples / judged system triples (0 when none was judged).</param>
/// <param name="Recall">True system triples / gold triples (0 when the key has none).</param>
/// <param name="F1">Harmonic mean of precision and recall (0 when both are 0).</param>
/// <param name="TrueTriples">System triples that are in the key.</param>
/// <param name="JudgedTriples">System triples that were judged (true plus false).</param>
/// <param name="GoldTriples">Triples in the key.</param>
public sealed record PrecisionRecall(double Precision, double Recall, double F1, int TrueTriples, int JudgedTriples, int GoldTriples)
{
    internal static PrecisionRecall From(int truePositives, int judged, int gold)
    {
        var p = judged == 0 ? 0d : (double)truePositives / judged;
        var r = gold == 0 ? 0d : (double)truePositives / gold;
        var f = p + r == 0 ? 0d : 2 * p * r / (p + r);
        return new PrecisionRecall(p, r, f, truePositives, judged, gold);
    }
}

/// <summary>Relation scores across articles.</summary>
/// <param name="Corroborates">Scores of agreeing relations.</param>
/// <param name="Contradicts">Scores of conflicting relations.</param>
/// <param name="All">Scores of both together.</param>
/// <param name="Unjudged">System relations (across articles) one of whose claims covers no mention.</param>
public sealed record RelationScores(PrecisionRecall Corroborates, PrecisionRecall Contradicts, PrecisionRecall All, int Unjudged);

/// <summary>Statistics of claims' evidence span lengths, in UTF-16 code units.</summary>
/// <param name="MedianChars">Median span length (0 with no claim).</param>
/// <param name="MaxChars">Longest span length (0 with no claim).</param>
public sealed record EvidenceStatistics(double MedianChars, int MaxChars);

/// <summary>
/// Claim precision over the articles the key marks exhaustive, and event-class accuracy over covered mentions whose
/// proposition has an event class.
/// </summary>
/// <param name="ExhaustiveArticles">How many of the key's articles are exhaustive.</param>
/// <param name="Total">System claims in exhaustive articles.</param>
/// <param name="Matching">Of those, the claims that cover at least one mention.</param>
/// <param name="Precision"><paramref name="Matching"/> / <paramref name="Total"/>; 0 when there is no such claim.</param>
/// <param name="EventClassJudged">Covered mentions whose proposition has an event class.</param>
/// <param name="EventClassAccuracy">Of those, the share whose judged claim has a compatible event class (equal, or one
/// CAMEO code refines the other: <c>19</c>/<c>190</c>/<c>193</c>); 0 when none is judged.</param>
/// <param name="Unmatched">Ids of the claims in exhaustive articles that cover no mention (the false positives), ordinal order.</param>
public sealed record ClaimScores(
    int ExhaustiveArticles, int Total, int Matching, double Precision, int EventClassJudged, double EventClassAccuracy, ImmutableArray<string> Unmatched);
