using System.Collections.Immutable;
using ClaimTracker.Analysis;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Evaluation;

/// <summary>
/// Scores claims and relations against a <see cref="GoldKey"/>, exactly as <c>docs/eval.md</c> specifies:
/// covering, mention recall, polarity and source accuracy, and relation precision/recall/F1 across articles.
/// </summary>
/// <remarks>
/// <para><b>Covering.</b> A claim covers a mention when both are in the same article and the claim's evidence span contains
/// the quote, or overlaps at least half of the quote's characters. The quote is located by its first exact occurrence in
/// the article text; a quote that cannot be found is never covered.</para>
/// <para><b>Judging a covered mention.</b> When several claims cover a mention, the one judged for polarity and source is
/// the one overlapping most of the quote, then the one with the shortest evidence, then the smallest id — so emitting
/// several claims with different polarities for one sentence cannot score better than choosing one.</para>
/// <para><b>Relations.</b> Only relations between claims of different articles count. Agreeing kinds
/// (<see cref="RelationKind.Corroborates"/>, <see cref="RelationKind.Refines"/>, <see cref="RelationKind.PredictionConfirmed"/>) map to
/// corroborates, conflicting kinds (<see cref="RelationKind.Contradicts"/>, <see cref="RelationKind.PredictionOverturned"/>) to
/// contradicts; <see cref="RelationKind.Unrelated"/> is ignored. Each system triple is counted once.</para>
/// Stateless and thread-safe.
/// </remarks>
public static class Evaluator
{
    /// <summary>
    /// Scores an analysis (as <see cref="ClaimTrackerAnalyzer"/> produced it from the articles and their manifest)
    /// against <paramref name="key"/>: the claims, the relations and the texts are the analysis's own, so the score is
    /// that of the pipeline a user runs. Key articles the analysis lacks count as articles without claims.
    /// </summary>
    /// <param name="key">The answer key.</param>
    /// <param name="analysis">The analysis of the key's articles.</param>
    /// <param name="sources">How to match sources.</param>
    /// <returns>The scores.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EvaluationReport Evaluate(GoldKey key, AnalysisResult analysis, ISourceMatcher sources)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sources);
        var texts = analysis.Articles.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        return Evaluate(key, texts, analysis.Claims, analysis.Relations, sources);
    }

    /// <summary>Scores <paramref name="claims"/> and <paramref name="relations"/> against <paramref name="key"/>.</summary>
    /// <param name="key">The answer key.</param>
    /// <param name="articleTexts">Each key article's text by id (the text the claims' evidence spans point into).</param>
    /// <param name="claims">The system's claims.</param>
    /// <param name="relations">The system's relations.</param>
    /// <param name="sources">How to match sources.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A relation names a claim that is not in <paramref name="claims"/>.</exception>
    public static EvaluationReport Evaluate(
        GoldKey key,
        IReadOnlyDictionary<string, string> articleTexts,
        IReadOnlyList<Claim> claims,
        IReadOnlyList<ClaimRelation> relations,
        ISourceMatcher sources)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(articleTexts);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(sources);

        var quoteSpans = key.Mentions.ToDictionary(
            m => m.Id,
            m => articleTexts.TryGetValue(m.Article, out var text) && m.Quote.Length > 0 && text.IndexOf(m.Quote, StringComparison.Ordinal) is var at and >= 0
                ? new TextSpan(at, m.Quote.Length)
                : (TextSpan?)null,
            StringComparer.Ordinal);

        var claimsByArticle = claims.GroupBy(c => c.Evidence.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        // Mentions each claim covers, and the best covering claim of each mention.
        var coveredBy = new Dictionary<string, List<GoldMention>>(StringComparer.Ordinal);
        var results = ImmutableArray.CreateBuilder<MentionResult>(key.Mentions.Length);
        var missed = ImmutableArray.CreateBuilder<GoldMention>();
        int covered = 0, polarityRight = 0, sourceRight = 0;
        foreach (var mention in key.Mentions)
        {
            Claim? best = null;
            var bestOverlap = -1;
            if (quoteSpans[mention.Id] is { } quote && claimsByArticle.TryGetValue(mention.Article, out var candidates))
            {
                foreach (var claim in candidates)
                {
                    var overlap = claim.Evidence.Span.OverlapLength(quote);
                    if (!(claim.Evidence.Span.Contains(quote) || overlap * 2 >= quote.Length) || overlap == 0)
                    {
                        continue;
                    }

                    if (!coveredBy.TryGetValue(claim.Id, out var list))
                    {
                        coveredBy[claim.Id] = list = new List<GoldMention>();
                    }

                    list.Add(mention);
                    if (best is null || overlap > bestOverlap
                        || (overlap == bestOverlap && (claim.Evidence.Span.Length < best.Evidence.Span.Length
                            || (claim.Evidence.Span.Length == best.Evidence.Span.Length && string.CompareOrdinal(claim.Id, best.Id) < 0))))
                    {
                        best = claim;
                        bestOverlap = overlap;
                    }
                }
            }

            if (best is null)
            {
                missed.Add(mention);
                results.Add(new MentionResult(mention, null, false, false));
                continue;
            }

            covered++;
            var polarityOk = best.Polarity == mention.Polarity;
            var sourceOk = sources.Matches(mention, best);
            polarityRight += polarityOk ? 1 : 0;
            sourceRight += sourceOk ? 1 : 0;
            results.Add(new MentionResult(mention, best.Id, polarityOk, sourceOk));
        }

        var total = key.Mentions.Length;
        var mentionScores = new MentionScores(
            total,
            covered,
            total == 0 ? 0 : (double)covered / total,
            covered == 0 ? 0 : (double)polarityRight / covered,
            covered == 0 ? 0 : (double)sourceRight / covered);

        var mentionResults = results.MoveToImmutable();
        return new EvaluationReport(
            mentionScores,
            ScoreRelations(key, claims, relations, coveredBy),
            EvidenceStats(claims),
            missed.ToImmutable(),
            mentionResults,
            ScoreClaims(key, claims, coveredBy, mentionResults));
    }

    /// <summary>
    /// True when two event classes name one event: equal, or one CAMEO code refines the other (a code is a prefix of the
    /// other: the root <c>19</c> and its members <c>190</c>, <c>193</c>; a two-digit root also matches its generic
    /// <c>x0</c> member's children). Named classes compare by equality (ordinal, ignoring case).
    /// </summary>
    /// <param name="gold">The key's class.</param>
    /// <param name="system">The claim's class.</param>
    /// <returns>Whether they are compatible.</returns>
    public static bool EventClassesMatch(string gold, string system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        if (string.Equals(gold, system, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        static bool Digits(string s) => s.Length >= 2 && s.All(char.IsAsciiDigit);
        if (!Digits(gold) || !Digits(system))
        {
            return false;
        }

        static string Trim(string code) => code.Length == 3 && code[2] == '0' ? code[..2] : code;
        var (g, c) = (Trim(gold), Trim(system));
        return g.StartsWith(c, StringComparison.Ordinal) || c.StartsWith(g, StringComparison.Ordinal);
    }

    private static ClaimScores ScoreClaims(
        GoldKey key, IReadOnlyList<Claim> claims, Dictionary<string, List<GoldMention>> coveredBy, ImmutableArray<MentionResult> results)
    {
        var exhaustive = key.Articles.Where(a => a.Exhaustive).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var inScope = claims.Where(c => exhaustive.Contains(c.Evidence.ArticleId)).ToArray();
        var unmatched = inScope.Where(c => !coveredBy.ContainsKey(c.Id)).Select(c => c.Id).Order(StringComparer.Ordinal).ToImmutableArray();
        var matching = inScope.Length - unmatched.Length;

        var classes = key.Propositions.Where(p => !string.IsNullOrWhiteSpace(p.EventClass))
            .ToDictionary(p => p.Id, p => p.EventClass!.Trim(), StringComparer.Ordinal);
        var claimById = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        int judged = 0, right = 0;
        foreach (var r in results)
        {
            if (r.ClaimId is null || !classes.TryGetValue(r.Mention.Proposition, out var gold))
            {
                continue;
            }

            judged++;
            right += EventClassesMatch(gold, claimById[r.ClaimId].Proposition.EventClass) ? 1 : 0;
        }

        return new ClaimScores(
            exhaustive.Count,
            inScope.Length,
            matching,
            inScope.Length == 0 ? 0d : (double)matching / inScope.Length,
            judged,
            judged == 0 ? 0d : (double)right / judged,
            unmatched);
    }

    /// <summary>Maps a relation kind to the key's two kinds: true for corroborates, false for contradicts, null when not scored.</summary>
    public static bool? IsAgreeing(RelationKind kind) => kind switch
    {
        RelationKind.Corroborates or RelationKind.Refines or RelationKind.PredictionConfirmed => true,
        RelationKind.Contradicts or RelationKind.PredictionOverturned => false,
        _ => null,
    };

    private static RelationScores ScoreRelations(
        GoldKey key, IReadOnlyList<Claim> claims, IReadOnlyList<ClaimRelation> relations, Dictionary<string, List<GoldMention>> coveredBy)
    {
        // Gold triples: (proposition, article pair, agreeing?) for every two mentions of one proposition in different articles.
        var gold = new HashSet<Triple>();
        var mentions = key.Mentions;
        for (var i = 0; i < mentions.Length; i++)
        {
            for (var j = i + 1; j < mentions.Length; j++)
            {
                var (a, b) = (mentions[i], mentions[j]);
                if (a.Proposition == b.Proposition && a.Article != b.Article)
                {
                    gold.Add(Triple.Create(a.Proposition, a.Proposition, a.Article, b.Article, a.Polarity == b.Polarity));
                }
            }
        }

        var byId = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            byId[c.Id] = c;
        }

        var system = new HashSet<Triple>();
        var unjudged = 0;
        foreach (var relation in relations)
        {
            if (!byId.TryGetValue(relation.ClaimA, out var x) || !byId.TryGetValue(relation.ClaimB, out var y))
            {
                throw new ArgumentException($"Relation '{relation.Id}' names a claim that is not in the claim list.", nameof(relations));
            }

            var agreeing = IsAgreeing(relation.Kind);
            if (agreeing is null || x.Evidence.ArticleId == y.Evidence.ArticleId)
            {
                continue;
            }

            if (!coveredBy.TryGetValue(x.Id, out var mx) || !coveredBy.TryGetValue(y.Id, out var my))
            {
                unjudged++;
                continue;
            }

            foreach (var a in mx)
            {
                foreach (var b in my)
                {
                    if (a.Proposition == b.Proposition)
                    {
                        system.Add(Triple.Create(a.Proposition, a.Proposition, x.Evidence.ArticleId, y.Evidence.ArticleId, agreeing.Value));
                    }
                    else if (!key.AreRelated(a.Proposition, b.Proposition))
                    {
                        system.Add(Triple.Create(a.Proposition, b.Proposition, x.Evidence.ArticleId, y.Evidence.ArticleId, agreeing.Value));
                    }
                }
            }
        }

        PrecisionRecall Score(bool? agreeing)
        {
            var sys = system.Where(t => agreeing is null || t.Agreeing == agreeing).ToArray();
            var goldCount = gold.Count(t => agreeing is null || t.Agreeing == agreeing);
            return PrecisionRecall.From(sys.Count(gold.Contains), sys.Length, goldCount);
        }

        return new RelationScores(Score(true), Score(false), Score(null), unjudged);
    }

    private static EvidenceStatistics EvidenceStats(IReadOnlyList<Claim> claims)
    {
        if (claims.Count == 0)
        {
            return new EvidenceStatistics(0, 0);
        }

        var lengths = claims.Select(c => c.Evidence.Span.Length).OrderBy(l => l).ToArray();
        var mid = lengths.Length / 2;
        var median = lengths.Length % 2 == 1 ? lengths[mid] : (lengths[mid - 1] + lengths[mid]) / 2d;
        return new EvidenceStatistics(median, lengths[^1]);
    }

    /// <summary>A relation triple; propositions and articles are stored in a canonical order so (A,B) equals (B,A).</summary>
    private readonly record struct Triple(string PropositionA, string PropositionB, string ArticleA, string ArticleB, bool Agreeing)
    {
        public static Triple Create(string px, string py, string ax, string ay, bool agreeing)
        {
            // Order the pair by article so that the propositions travel with their articles.
            if (string.CompareOrdinal(ax, ay) > 0)
            {
                (ax, ay) = (ay, ax);
                (px, py) = (py, px);
            }

            return new Triple(px, py, ax, ay, agreeing);
        }
    }
}
