using System.Collections.Immutable;
using ClaimTracker.Text;

namespace ClaimTracker.Catalog;

/// <summary>How an <see cref="AliasMatcher"/> reads tokens. Every hook is language-specific and comes from a language pack.</summary>
/// <remarks>Immutable once built; the delegates must be thread-safe and must not throw on any string.</remarks>
public sealed record AliasMatcherOptions
{
    /// <summary>
    /// The pack's matching normalization, applied to every text token and every alias token; null leaves
    /// tokens as they are (ordinal comparison).
    /// </summary>
    public Func<string, string>? Normalize { get; init; }

    /// <summary>
    /// Splits alias texts (and the text given to <see cref="AliasMatcher.Match(string)"/>) into tokens. Use the
    /// same tokenizer that produced the tokens you match, for example <c>pack.Tokenizer.Tokenize</c>. Null uses a
    /// neutral splitter: runs of letters, digits and combining marks are words; every other non-space character
    /// is a token of its own.
    /// </summary>
    public Func<string, IReadOnlyList<Token>>? Tokenize { get; init; }

    /// <summary>
    /// Forms of a (normalized) token with a leading proclitic removed, tried when the token does not match as it
    /// is — for Arabic, a token made of the conjunction and a capital's name gives the capital's name, and a
    /// preposition fused with the article gives back the article. Applied to an alias's first token only. The
    /// language pack supplies the rules (see <c>ArabicCatalog.ProcliticVariants</c>). Null means no proclitics.
    /// </summary>
    public Func<string, IEnumerable<string>>? LeadingVariants { get; init; }

    /// <summary>
    /// Forms of a (normalized) token with a trailing clitic removed (English possessive <c>Russia's</c> →
    /// <c>Russia</c>), applied to an alias's last token only. Null means none.
    /// </summary>
    public Func<string, IEnumerable<string>>? TrailingVariants { get; init; }

    /// <summary>Which catalog aliases the matcher looks for; null takes all of the language's aliases.</summary>
    public Func<EntityCandidate, bool>? Filter { get; init; }

    /// <summary>Aliases longer than this many tokens are ignored. Default 12; must be at least 1.</summary>
    /// <value>12.</value>
    public int MaxAliasTokens { get; init; } = 12;
}

/// <summary>One catalog alias found in a token sequence.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="StartToken">Index of the first matched token.</param>
/// <param name="TokenCount">Number of matched tokens (at least 1).</param>
/// <param name="Span">From the first token's start to the last token's end, in the tokenized text.</param>
/// <param name="Candidates">The entities the alias may refer to, each once, sorted by id.</param>
/// <param name="StrippedLeading">True when the first token matched only after a proclitic was removed.</param>
/// <param name="StrippedTrailing">True when the last token matched only after a trailing clitic was removed.</param>
public sealed record AliasMatch(
    int StartToken,
    int TokenCount,
    TextSpan Span,
    ImmutableArray<EntityCandidate> Candidates,
    bool StrippedLeading,
    bool StrippedTrailing);

/// <summary>
/// Finds catalog aliases in a token sequence: leftmost, longest match first, over normalized tokens, with
/// optional clitic stripping at an alias's edges supplied by a language pack.
/// </summary>
/// <remarks>
/// <para>
/// The aliases of one language are compiled into a trie keyed by normalized tokens. Matching scans left to
/// right; at each position it walks the trie as far as the tokens allow, keeps the longest alias that ends
/// there (on a tie, the one that needed fewer clitic strippings) and resumes after it, or moves one token on.
/// Each position costs at most <see cref="AliasMatcherOptions.MaxAliasTokens"/> dictionary steps per clitic
/// variant, so matching is linear in the number of tokens.
/// </para>
/// <para>Immutable and thread-safe once constructed; build one per language and reuse it.</para>
/// </remarks>
public sealed class AliasMatcher
{
    private readonly Node _root = new();
    private readonly AliasMatcherOptions _options;

    /// <summary>Compiles the aliases of <paramref name="catalog"/> in <paramref name="language"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="AliasMatcherOptions.MaxAliasTokens"/> is below 1.</exception>
    public AliasMatcher(EntityCatalog catalog, string language, AliasMatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(language);
        _options = options ?? new AliasMatcherOptions();
        if (_options.MaxAliasTokens < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxAliasTokens, "MaxAliasTokens must be at least 1.");
        }

        Language = language;
        var pending = new Dictionary<Node, Dictionary<string, EntityCandidate>>();
        foreach (var candidate in catalog.AliasesIn(language))
        {
            if (_options.Filter is { } filter && !filter(candidate))
            {
                continue;
            }

            var keys = Tokenize(candidate.Alias.Text).Select(t => NormalizeToken(t.Text)).Where(k => k.Length > 0).ToArray();
            if (keys.Length == 0 || keys.Length > _options.MaxAliasTokens)
            {
                continue;
            }

            var node = _root;
            foreach (var key in keys)
            {
                node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                if (!node.Children.TryGetValue(key, out var child))
                {
                    node.Children[key] = child = new Node();
                }

                node = child;
            }

            if (!pending.TryGetValue(node, out var byEntity))
            {
                pending[node] = byEntity = new Dictionary<string, EntityCandidate>(StringComparer.Ordinal);
            }

            if (!byEntity.TryGetValue(candidate.Entity.Id, out var existing) || candidate.Alias.Kind < existing.Alias.Kind)
            {
                byEntity[candidate.Entity.Id] = candidate;
            }
        }

        foreach (var (node, byEntity) in pending)
        {
            node.Candidates = byEntity.Values.OrderBy(c => c.Entity.Id, StringComparer.Ordinal).ToImmutableArray();
        }

        AliasCount = pending.Count;
    }

    /// <summary>The language whose aliases this matcher finds.</summary>
    public string Language { get; }

    /// <summary>Number of distinct normalized alias token sequences compiled.</summary>
    public int AliasCount { get; }

    /// <summary>Tokenizes <paramref name="text"/> with <see cref="AliasMatcherOptions.Tokenize"/> (or the neutral splitter) and matches the tokens.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<AliasMatch> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Match(Tokenize(text));
    }

    /// <summary>Finds aliases in <paramref name="tokens"/>; matches are in token order and never overlap.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> is null.</exception>
    public IReadOnlyList<AliasMatch> Match(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var n = tokens.Count;
        var keys = new string?[n];
        string KeyAt(int index) => keys[index] ??= NormalizeToken(tokens[index].Text ?? "");

        var results = new List<AliasMatch>();
        var i = 0;
        while (i < n)
        {
            var best = default(Best);
            var first = KeyAt(i);
            Walk(first, leading: false);
            if (_options.LeadingVariants is { } leading && first.Length > 0)
            {
                foreach (var variant in leading(first))
                {
                    if (!string.IsNullOrEmpty(variant) && variant != first)
                    {
                        Walk(variant, leading: true);
                    }
                }
            }

            if (best.Node is null)
            {
                i++;
                continue;
            }

            var last = tokens[best.End - 1];
            results.Add(new AliasMatch(
                i,
                best.End - i,
                TextSpan.FromBounds(tokens[i].Span.Start, Math.Max(tokens[i].Span.Start, last.Span.End)),
                best.Node.Candidates,
                best.Leading,
                best.Trailing));
            i = best.End;

            void Walk(string firstKey, bool leading)
            {
                Consider(_root, firstKey, i + 1, leading);
                var node = Child(_root, firstKey);
                var end = i + 1;
                while (node is not null)
                {
                    Offer(node, end, leading, trailing: false);
                    if (end >= n || end - i >= _options.MaxAliasTokens || node.Children is null)
                    {
                        break;
                    }

                    var key = KeyAt(end);
                    Consider(node, key, end + 1, leading);
                    node = Child(node, key);
                    end++;
                }
            }

            // Tries the trailing-clitic variants of a token as the alias's last token.
            void Consider(Node parent, string key, int end, bool leading)
            {
                if (_options.TrailingVariants is not { } trailing || key.Length == 0 || parent.Children is null)
                {
                    return;
                }

                foreach (var variant in trailing(key))
                {
                    if (!string.IsNullOrEmpty(variant) && variant != key && Child(parent, variant) is { } child)
                    {
                        Offer(child, end, leading, trailing: true);
                    }
                }
            }

            void Offer(Node node, int end, bool leading, bool trailing)
            {
                if (node.Candidates.IsDefaultOrEmpty)
                {
                    return;
                }

                var strips = (leading ? 1 : 0) + (trailing ? 1 : 0);
                if (best.Node is null || end > best.End || (end == best.End && strips < best.Strips))
                {
                    best = new Best(node, end, leading, trailing, strips);
                }
            }
        }

        return results;
    }

    private static Node? Child(Node node, string key) =>
        node.Children is not null && node.Children.TryGetValue(key, out var child) ? child : null;

    private IReadOnlyList<Token> Tokenize(string text) =>
        _options.Tokenize is { } tokenize ? tokenize(text) ?? [] : NeutralTokenizer.Tokenize(text);

    private string NormalizeToken(string token)
    {
        var normalized = _options.Normalize is { } normalize ? normalize(token) ?? "" : token;
        return normalized.Trim();
    }

    private readonly record struct Best(Node? Node, int End, bool Leading, bool Trailing, int Strips);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public ImmutableArray<EntityCandidate> Candidates { get; set; }
    }
}

/// <summary>A language-neutral splitter for alias texts: letter/digit/mark runs are words, other non-space characters stand alone.</summary>
internal static class NeutralTokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (IsWordChar(text, i))
            {
                var digits = true;
                while (i < text.Length && IsWordChar(text, i))
                {
                    digits &= char.IsDigit(text[i]);
                    i++;
                }

                tokens.Add(new Token(TextSpan.FromBounds(start, i), text[start..i], digits ? TokenKind.Number : TokenKind.Word));
                continue;
            }

            i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var kind = char.IsPunctuation(c) || char.IsSymbol(c) ? TokenKind.Punctuation : TokenKind.Other;
            tokens.Add(new Token(TextSpan.FromBounds(start, i), text[start..i], kind));
        }

        return tokens;
    }

    private static bool IsWordChar(string text, int i)
    {
        var category = char.GetUnicodeCategory(text, i);
        return char.IsLetterOrDigit(text, i)
            || category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }
}
