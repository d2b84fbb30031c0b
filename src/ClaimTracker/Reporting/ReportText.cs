using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using ClaimTracker.Analysis;
using ClaimTracker.Graph;
using ClaimTracker.Model;

namespace ClaimTracker.Reporting;

/// <summary>Plain-words rendering shared by the report writers: propositions, findings, source names, times.</summary>
internal static class ReportText
{
    /// <summary>
    /// Labels of CAMEO event codes (root codes and the common three-digit ones), after the CAMEO codebook
    /// (Gerner, Schrodt, Yilmaz, Abu-Jabr 2002; CAMEO Manual 1.1b3). A three-digit code without its own label falls back
    /// to its root's label; other codes (a pack's own classes) are shown as they are.
    /// </summary>
    private static readonly FrozenDictionary<string, string> CameoLabels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["01"] = "make a public statement",
        ["02"] = "appeal or request",
        ["03"] = "express intent to cooperate",
        ["04"] = "consult or meet",
        ["042"] = "make a visit",
        ["043"] = "host a visit",
        ["05"] = "engage in diplomatic cooperation",
        ["051"] = "praise or endorse",
        ["057"] = "sign a formal agreement",
        ["06"] = "engage in material cooperation",
        ["061"] = "cooperate economically",
        ["062"] = "cooperate militarily",
        ["07"] = "provide aid or supplies",
        ["071"] = "provide economic aid",
        ["072"] = "provide military aid",
        ["073"] = "provide humanitarian aid",
        ["08"] = "yield or concede",
        ["09"] = "investigate or inquire",
        ["10"] = "make a demand",
        ["11"] = "disapprove or criticize",
        ["112"] = "accuse or allege",
        ["12"] = "reject or block",
        ["13"] = "threaten or warn",
        ["14"] = "protest or demonstrate",
        ["15"] = "exhibit military posture",
        ["16"] = "reduce relations",
        ["163"] = "impose an embargo, boycott or sanctions",
        ["17"] = "coerce or repress",
        ["18"] = "assault",
        ["19"] = "fight with conventional force",
        ["20"] = "use unconventional mass violence",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly (ParticipantRole Role, string Label)[] RoleOrder =
    [
        (ParticipantRole.Agent, "agent"),
        (ParticipantRole.Recipient, "recipient"),
        (ParticipantRole.Object, "object"),
        (ParticipantRole.Place, "place"),
        (ParticipantRole.Other, "other"),
    ];

    /// <summary>The label of an event class: its CAMEO label and code (<c>make a visit [042]</c>), or the class itself.</summary>
    public static string EventClass(string eventClass)
    {
        if (CameoLabels.TryGetValue(eventClass, out var label)
            || (eventClass.Length == 3 && eventClass.All(char.IsAsciiDigit) && CameoLabels.TryGetValue(eventClass[..2], out label)))
        {
            return $"{label} [{eventClass}]";
        }

        return eventClass;
    }

    /// <summary>
    /// The proposition in plain words: the event class label, then the participants by role, names as written
    /// (<c>make a visit [042]: agent X; recipient Y</c>).
    /// </summary>
    public static string Proposition(Proposition proposition) => Proposition(proposition, static s => s, static names => string.Join(", ", names));

    /// <summary>
    /// <see cref="Proposition(Model.Proposition)"/> with each fixed part passed through <paramref name="text"/> and each
    /// role's names joined by <paramref name="names"/> (the HTML writer escapes the text and isolates every name, so a
    /// list of right-to-left names keeps its order in a left-to-right line).
    /// </summary>
    public static string Proposition(Proposition proposition, Func<string, string> text, Func<IReadOnlyList<string>, string> names)
    {
        var sb = new StringBuilder(text(EventClass(proposition.EventClass)));
        var first = true;
        foreach (var (role, label) in RoleOrder)
        {
            var roleNames = proposition.Participants.Where(p => p.Role == role).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
            if (roleNames.Count == 0)
            {
                continue;
            }

            sb.Append(text((first ? ": " : "; ") + label + " ")).Append(names(roleNames));
            first = false;
        }

        return sb.ToString();
    }

    /// <summary>The proposition that stands for a cluster: that of its first claim with the cluster's signature.</summary>
    public static Proposition RepresentativeProposition(ClaimCluster cluster) =>
        cluster.Claims.FirstOrDefault(c => string.Equals(c.Proposition.Signature, cluster.Signature, StringComparison.Ordinal))?.Proposition
        ?? cluster.Claims[0].Proposition;

    /// <summary>The cluster's proposition in plain words, marked when the supporting side denies it.</summary>
    public static string ClusterProposition(ClaimCluster cluster) => ClusterProposition(cluster, static s => s, static names => string.Join(", ", names));

    /// <summary><see cref="ClusterProposition(ClaimCluster)"/> through the formatters of <see cref="Proposition(Model.Proposition, Func{string, string}, Func{IReadOnlyList{string}, string})"/>.</summary>
    public static string ClusterProposition(ClaimCluster cluster, Func<string, string> text, Func<IReadOnlyList<string>, string> names)
    {
        var words = Proposition(RepresentativeProposition(cluster), text, names);
        return cluster.SupportingPolarity == Polarity.Negative ? text("not: ") + words : words;
    }

    /// <summary>The finding about <paramref name="cluster"/>, as the graph computed it.</summary>
    public static ClusterFinding Finding(ClaimCluster cluster) => cluster.Finding;

    /// <summary>The finding's identifier in reports (<c>contested</c>, <c>corroborated</c>, <c>single-origin</c>, <c>single-report</c>).</summary>
    public static string FindingId(ClusterFinding finding) => finding switch
    {
        ClusterFinding.Contested => "contested",
        ClusterFinding.Corroborated => "corroborated",
        ClusterFinding.SingleOrigin => "single-origin",
        ClusterFinding.Unlinked => "unlinked",
        _ => "single-report",
    };

    /// <summary>One sentence explaining the finding.</summary>
    public static string FindingExplanation(ClaimCluster cluster, ClusterFinding finding)
    {
        var articles = ArticleCount(cluster);
        return finding switch
        {
            ClusterFinding.Contested => Invariant($"Contested: {cluster.Claims.Length} claims in {articles} articles conflict ({cluster.Asserters.Length} sources assert, {cluster.Deniers.Length} deny, {cluster.Relations.Count(r => r.Kind is RelationKind.Contradicts or RelationKind.PredictionOverturned)} contradicting relations)."),
            ClusterFinding.Corroborated => Invariant($"Corroborated: {cluster.Claims.Length} claims in {articles} articles trace back to {cluster.Origins.Length} independent origins."),
            ClusterFinding.SingleOrigin => Invariant($"Single origin: {cluster.Claims.Length} claims in {articles} articles all trace back to one origin, so they repeat rather than confirm each other."),
            ClusterFinding.Unlinked => Invariant($"No finding: {cluster.Claims.Length} claims in {articles} articles share the proposition ({cluster.Asserters.Length} sources assert, {cluster.Deniers.Length} deny), but no relation between claims of different origins links them, so nothing supports calling them corroborated or contested."),
            _ => "Single report: one claim, not confirmed elsewhere.",
        };
    }

    /// <summary>How many articles the cluster's claims come from.</summary>
    public static int ArticleCount(ClaimCluster cluster) =>
        cluster.Claims.Select(c => c.Evidence.ArticleId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The clusters the readable reports show: those whose claims come from more than one article.</summary>
    public static IReadOnlyList<ClaimCluster> SharedClusters(AnalysisResult result) =>
        result.Graph.Clusters.Where(c => ArticleCount(c) > 1).ToList();

    /// <summary>The source's name; for a nameless one, <c>(the article)</c> or <c>(anonymous source)</c>.</summary>
    public static string SourceName(Source source) => !string.IsNullOrWhiteSpace(source.Name) ? source.Name : source.Kind switch
    {
        SourceKind.ArticleVoice => "(the article)",
        SourceKind.Anonymous => "(anonymous source)",
        _ => source.Key,
    };

    /// <summary>The distinct names of <paramref name="sources"/>, joined by <c>; </c>.</summary>
    public static string Names(IEnumerable<Source> sources) => string.Join("; ", sources.Select(SourceName).Distinct(StringComparer.Ordinal));

    /// <summary>A time as text (<c>2024-06</c>, <c>2024-06-01..2024-06-10</c>), or empty.</summary>
    public static string Time(FuzzyTime? time) => time?.ToString() ?? "";

    /// <summary>Camel-case name of an enum member, as in the JSON model (<c>predictionConfirmed</c>).</summary>
    public static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>A score with two decimals, invariant culture.</summary>
    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="text"/> with every explicit bidirectional embedding, override or isolate control (U+202A–U+202E,
    /// U+2066–U+2069) replaced by a visible marker such as <c>⟨U+202E⟩</c>, so that a name or quote cannot reorder the
    /// text around it ("Trojan Source" spoofing). Marks (LRM, RLM, ALM), which Arabic typing uses, are kept.
    /// </summary>
    public static string MarkBidiControls(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u202A', '\u202E') && !text.AsSpan().ContainsAnyInRange('\u2066', '\u2069'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\u27E8U+{(int)c:X4}\u27E9");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>True for an absolute http or https URL, the only kind a report shows as a link or address.</summary>
    public static bool IsWebUrl(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>Formats with the invariant culture.</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
