using System.Collections.Immutable;
using System.Text.Json;
using ClaimTracker.Model;

namespace ClaimTracker.Evaluation;

/// <summary>
/// An answer key in the <c>claimtracker-gold/1</c> format: article metadata, propositions, proposition pairs that are
/// related closely enough not to be judged, and claim mentions with their proposition, stance, polarity and source.
/// </summary>
/// <remarks>Immutable and thread-safe. Read one with <see cref="Parse"/> or <see cref="Load"/>; see <c>docs/eval.md</c>.</remarks>
public sealed record GoldKey
{
    /// <summary>The format identifier this reader understands.</summary>
    public const string FormatId = "claimtracker-gold/1";

    /// <summary>Creates a key.</summary>
    /// <exception cref="ArgumentException">Ids repeat, a mention names an unknown article or proposition, or a related pair names an unknown proposition.</exception>
    public GoldKey(
        ImmutableArray<GoldArticle> articles,
        ImmutableArray<GoldProposition> propositions,
        ImmutableArray<(string A, string B)> related,
        ImmutableArray<GoldMention> mentions)
    {
        Articles = articles.IsDefault ? ImmutableArray<GoldArticle>.Empty : articles;
        Propositions = propositions.IsDefault ? ImmutableArray<GoldProposition>.Empty : propositions;
        Related = related.IsDefault ? ImmutableArray<(string, string)>.Empty : related;
        Mentions = mentions.IsDefault ? ImmutableArray<GoldMention>.Empty : mentions;

        var articleIds = Unique(Articles.Select(a => a.Id), "article", nameof(articles));
        var propositionIds = Unique(Propositions.Select(p => p.Id), "proposition", nameof(propositions));
        Unique(Mentions.Select(m => m.Id), "mention", nameof(mentions));
        foreach (var m in Mentions)
        {
            if (!articleIds.Contains(m.Article))
            {
                throw new ArgumentException($"Mention '{m.Id}' names unknown article '{m.Article}'.", nameof(mentions));
            }

            if (!propositionIds.Contains(m.Proposition))
            {
                throw new ArgumentException($"Mention '{m.Id}' names unknown proposition '{m.Proposition}'.", nameof(mentions));
            }
        }

        foreach (var (a, b) in Related)
        {
            if (!propositionIds.Contains(a) || !propositionIds.Contains(b))
            {
                throw new ArgumentException($"Related pair ('{a}', '{b}') names an unknown proposition.", nameof(related));
            }
        }
    }

    /// <summary>The articles the key covers.</summary>
    public ImmutableArray<GoldArticle> Articles { get; }

    /// <summary>The propositions mentions refer to.</summary>
    public ImmutableArray<GoldProposition> Propositions { get; }

    /// <summary>Proposition pairs whose cross-linking is neither right nor wrong.</summary>
    public ImmutableArray<(string A, string B)> Related { get; }

    /// <summary>The claim mentions.</summary>
    public ImmutableArray<GoldMention> Mentions { get; }

    /// <summary>True when propositions <paramref name="a"/> and <paramref name="b"/> are listed as related (in either order).</summary>
    public bool AreRelated(string a, string b) =>
        Related.Any(r => (r.A == a && r.B == b) || (r.A == b && r.B == a));

    /// <summary>Reads a key from a file.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The file is not a valid <c>claimtracker-gold/1</c> key; the message says where.</exception>
    public static GoldKey Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Answer key '{path}' does not exist.", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses a key from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">A name for error messages (the file path).</param>
    /// <exception cref="FormatException">The text is not a valid <c>claimtracker-gold/1</c> key; the message says where.</exception>
    public static GoldKey Parse(string json, string name = "answer key")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            var format = root.TryGetProperty("format", out var f) ? f.GetString() : null;
            if (format != FormatId)
            {
                throw new FormatException($"{name}: expected \"format\": \"{FormatId}\", found {(format is null ? "none" : "\"" + format + "\"")}.");
            }

            var articles = Array(root, "articles").Select(a => new GoldArticle(
                Str(a, "id", name)!,
                Str(a, "file", name, required: false),
                Str(a, "language", name, required: false) ?? "und",
                ParsePublished(Str(a, "published", name, required: false), name),
                Str(a, "outlet", name, required: false),
                Bool(a, "exhaustive", name))).ToImmutableArray();
            var propositions = Array(root, "propositions").Select(p => new GoldProposition(
                Str(p, "id", name)!, Str(p, "summary", name, required: false) ?? "",
                Str(p, "eventClass", name, required: false))).ToImmutableArray();
            var related = Array(root, "related").Select(r =>
            {
                if (r.ValueKind != JsonValueKind.Array || r.GetArrayLength() != 2)
                {
                    throw new FormatException($"{name}: each \"related\" item must be a pair of proposition ids.");
                }

                return (r[0].GetString() ?? "", r[1].GetString() ?? "");
            }).ToImmutableArray();
            var mentions = Array(root, "mentions").Select(m => new GoldMention(
                Str(m, "id", name)!,
                Str(m, "article", name)!,
                Str(m, "quote", name)!,
                Str(m, "proposition", name)!,
                ParseEnum<Stance>(Str(m, "stance", name)!, name),
                ParseEnum<Polarity>(Str(m, "polarity", name)!, name),
                Str(m, "source", name, required: false) ?? "")).ToImmutableArray();
            return new GoldKey(articles, propositions, related, mentions);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{name}: not valid JSON: {ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"{name}: {ex.Message}", ex);
        }
    }

    private static HashSet<string> Unique(IEnumerable<string> ids, string what, string paramName)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!set.Add(id))
            {
                throw new ArgumentException($"The {what} id '{id}' appears twice.", paramName);
            }
        }

        return set;
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string property) =>
        root.TryGetProperty(property, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToArray() : System.Array.Empty<JsonElement>();

    private static string? Str(JsonElement e, string property, string name, bool required = true)
    {
        if (e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String)
        {
            return v.GetString();
        }

        if (required)
        {
            throw new FormatException($"{name}: an item lacks the string property \"{property}\".");
        }

        return null;
    }

    private static bool Bool(JsonElement e, string property, string name)
    {
        if (!e.TryGetProperty(property, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new FormatException($"{name}: \"{property}\" must be true or false."),
        };
    }

    private static FuzzyTime? ParsePublished(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        return FuzzyTime.TryParse(text, out var t) ? t : throw new FormatException($"{name}: published date '{text}' is not YYYY, YYYY-MM or YYYY-MM-DD.");
    }

    private static T ParseEnum<T>(string text, string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new FormatException($"{name}: '{text}' is not a valid {typeof(T).Name.ToLowerInvariant()} ({string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}).");
}

/// <summary>An article listed in a <see cref="GoldKey"/>.</summary>
/// <param name="Id">The article id.</param>
/// <param name="File">The file name in the corpus folder, if given.</param>
/// <param name="Language">BCP 47 language code.</param>
/// <param name="Published">Publication date at its precision, if given.</param>
/// <param name="Outlet">The outlet, if given.</param>
/// <param name="Exhaustive">True when the key lists every claim of the article (<c>"exhaustive": true</c>), so that a
/// system claim covering none of its mentions counts against claim precision.</param>
public sealed record GoldArticle(string Id, string? File, string Language, FuzzyTime? Published, string? Outlet, bool Exhaustive = false);

/// <summary>A proposition listed in a <see cref="GoldKey"/>.</summary>
/// <param name="Id">The proposition id.</param>
/// <param name="Summary">A one-line summary.</param>
/// <param name="EventClass">The proposition's event class (a CAMEO code such as <c>190</c>, or a root such as <c>19</c>),
/// if the key gives one; event-class accuracy is scored over mentions of such propositions.</param>
public sealed record GoldProposition(string Id, string Summary, string? EventClass = null);

/// <summary>A claim mention in a <see cref="GoldKey"/>.</summary>
/// <param name="Id">The mention id.</param>
/// <param name="Article">The article it is in.</param>
/// <param name="Quote">An exact substring of the article text.</param>
/// <param name="Proposition">The proposition it mentions.</param>
/// <param name="Stance">The stance.</param>
/// <param name="Polarity">Whether it holds the proposition true.</param>
/// <param name="Source">Who the text attributes it to; <c>(article)</c> for the outlet's own voice.</param>
public sealed record GoldMention(string Id, string Article, string Quote, string Proposition, Stance Stance, Polarity Polarity, string Source);
