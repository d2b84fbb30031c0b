using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using ClaimTracker.Catalog;
using ClaimTracker.Ingestion;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Extraction;

/// <summary>
/// The rule-based claim extractor: per sentence it finds the attribution cue and its speaker (resolved through the entity
/// catalog), the relay chain, the stance and polarity (hedges, future, negation, denial), embedded denials as claims of
/// their own, and a proposition (an event class from the pack's trigger lexicon with participants in roles). All words come
/// from the language packs' extraction lexicons; see <c>docs/extraction.md</c>.
/// </summary>
/// <remarks>
/// Thread-safe and deterministic: the same article always gives the same claims, in text order, with ids
/// <c>&lt;articleId&gt;:c&lt;n&gt;</c>. Boilerplate blocks (<see cref="BoilerplateDetector"/>) and datelines are skipped;
/// headings give a claim only when they contain an event trigger. Evidence never exceeds one sentence.
/// </remarks>
public sealed class ClaimExtractor : IClaimExtractor
{
    /// <summary>The event class of a claim whose sentence has no event trigger (CAMEO 010, make a statement).</summary>
    public const string StatementEventClass = "010";

    /// <summary>The prefix of object participants' ids, followed by the object class (<c>object:weapons</c>).</summary>
    public const string ObjectPrefix = "object:";

    /// <summary>Prefix of a participant id that stands for a content word (stem) of a claim without a catalog actor.</summary>
    internal const string TermPrefix = "term:";

    private const int WindowTokens = 6;

    /// <summary>Longest clause (in tokens) whose content words stand in for participants when it names no catalog actor.</summary>
    private const int MaxContentClauseTokens = 16;

    private readonly LanguagePackRegistry _packs;
    private readonly EntityCatalog _catalog;
    private readonly ClaimExtractorOptions _options;
    private readonly ConcurrentDictionary<string, Lazy<LanguageState>> _languages = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates an extractor.</summary>
    /// <param name="packs">The language packs (with their extraction lexicons).</param>
    /// <param name="catalog">The entity catalog used to resolve speakers and participants.</param>
    /// <param name="options">Alias matcher options per language; null for defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="packs"/> or <paramref name="catalog"/> is null.</exception>
    public ClaimExtractor(LanguagePackRegistry packs, EntityCatalog catalog, ClaimExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(catalog);
        _packs = packs;
        _catalog = catalog;
        _options = options ?? new ClaimExtractorOptions();
    }

    /// <summary>The options in use.</summary>
    public ClaimExtractorOptions Options => _options;

    /// <inheritdoc />
    /// <remarks>The limits of <see cref="ClaimExtractorOptions"/> apply: a sentence longer than
    /// <see cref="ClaimExtractorOptions.MaxSentenceLength"/> is not read, extraction stops at
    /// <see cref="ClaimExtractorOptions.MaxClaimsPerArticle"/> claims or when <see cref="ClaimExtractorOptions.ArticleTimeBudget"/>
    /// runs out; each of these adds a <see cref="LimitDiagnostics"/> diagnostic saying what was left out.</remarks>
    public ExtractionResult Extract(Article article) => Extract(article, CancellationToken.None);

    /// <summary><see cref="Extract(Article)"/>, cancellable between sentences.</summary>
    /// <param name="article">The article.</param>
    /// <param name="cancellationToken">Cancels the extraction (checked between sentences and between claims).</param>
    /// <returns>The claims and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No language pack is registered for the article's language.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (running out of
    /// <see cref="ClaimExtractorOptions.ArticleTimeBudget"/> is not an exception but a diagnostic).</exception>
    public ExtractionResult Extract(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var pack = _packs.Get(article.Language);
        var state = _languages.GetOrAdd(pack.Code, code => new Lazy<LanguageState>(() => new LanguageState(_packs.Get(code), _catalog, _options))).Value;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var drafts = new List<Draft>();
        using var budget = _options.ArticleTimeBudget == Timeout.InfiniteTimeSpan ? null : new CancellationTokenSource(_options.ArticleTimeBudget);
        using var linked = budget is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var token = linked?.Token ?? cancellationToken;
        var run = new ArticleRun(this, state, article, drafts, diagnostics, token);
        try
        {
            run.Run();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && token.IsCancellationRequested)
        {
            // Out of time: reported below with how far extraction got.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "extract.failed", $"Extraction stopped early: {ex.Message}"));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var ordered = drafts.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.Length).ToList();
        var claims = ImmutableArray.CreateBuilder<Claim>(ordered.Count);
        var reached = run.Reached;
        var timedOut = token.IsCancellationRequested;
        foreach (var draft in ordered)
        {
            if (token.IsCancellationRequested)
            {
                cancellationToken.ThrowIfCancellationRequested();
                timedOut = true;
                reached = Math.Min(reached, draft.Span.Start);
                break;
            }

            claims.Add(Recognize(draft.ToClaim($"{article.Id}:c{claims.Count + 1}", article), pack, article, diagnostics));
        }

        if (timedOut)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, LimitDiagnostics.ArticleTimeBudget, string.Create(CultureInfo.InvariantCulture,
                $"Article '{article.Id}' was not analysed within {_options.ArticleTimeBudget.TotalSeconds:0.###} s (ClaimExtractorOptions.ArticleTimeBudget); only its first {reached} of {article.Text.Length} characters were read ({claims.Count} claims).")));
        }

        return new ExtractionResult(article.Id, claims.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Runs the configured recognizers on the claim's evidence and fills its quantities, times and event time.</summary>
    private Claim Recognize(Claim claim, ILanguagePack pack, Article article, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (_options.Recognizers.IsDefaultOrEmpty || (_options.QuantityOf is null && _options.TimeOf is null))
        {
            return claim;
        }

        var quantities = ImmutableArray.CreateBuilder<Quantity>();
        var times = ImmutableArray.CreateBuilder<FuzzyTime>();
        var context = new Recognition.RecognitionContext(pack, article.Published);
        var timeWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var recognizer in _options.Recognizers)
        {
            try
            {
                foreach (var item in recognizer.Recognize(claim.Evidence.Text, context).Items)
                {
                    if (_options.QuantityOf?.Invoke(item) is { } q)
                    {
                        quantities.Add(q);
                    }

                    if (_options.TimeOf?.Invoke(item) is { } t)
                    {
                        times.Add(t);
                        foreach (var token in pack.Tokenizer.Tokenize(pack.Normalizer.Normalize(item.Text).Text))
                        {
                            timeWords.Add(token.Text.ToLowerInvariant());
                        }
                    }
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "extract.recognizer", $"A recognizer failed on {claim.Id}: {ex.Message}"));
            }
        }

        // A content word inside a time expression ("in March 2024") is when, not who or what: compared as the event time.
        var proposition = claim.Proposition;
        if (timeWords.Count > 0 && proposition.Participants.Any(p => IsTimeWord(p, timeWords)))
        {
            proposition = new Proposition(proposition.EventClass, [.. proposition.Participants.Where(p => !IsTimeWord(p, timeWords))]);
        }

        return new Claim(
            claim.Id, proposition, claim.Attribution, claim.Stance, claim.Polarity, claim.Evidence, claim.Confidence,
            claim.Said, times.Count > 0 ? times[0] : claim.EventTime, quantities.ToImmutable(), times.ToImmutable());
    }

    private static bool IsTimeWord(Participant p, HashSet<string> timeWords) =>
        p.EntityId is { } id && id.StartsWith(TermPrefix, StringComparison.Ordinal) && timeWords.Contains(p.Name.ToLowerInvariant());

    private static SourceKind ParseKind(string? kind) =>
        Enum.TryParse<SourceKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : SourceKind.Anonymous;

    private static Stance ParseStance(string? value) =>
        Enum.TryParse<Stance>(value, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : Stance.Asserts;

    private static SourceKind KindOf(EntityKind kind) => kind switch
    {
        EntityKind.Government => SourceKind.Government,
        EntityKind.Organization => SourceKind.Organization,
        EntityKind.Person => SourceKind.Person,
        EntityKind.Role => SourceKind.Role,
        EntityKind.Outlet => SourceKind.Outlet,
        _ => SourceKind.Organization,
    };

    /// <summary>Compiled lexicons and alias matcher of one language.</summary>
    private sealed class LanguageState
    {
        public LanguageState(ILanguagePack pack, EntityCatalog catalog, ClaimExtractorOptions options)
        {
            Pack = pack;
            Lexicon = new ExtractionLexicon(pack);
            var matcherOptions = options.MatcherOptions.TryGetValue(pack.Code, out var o) ? o : new AliasMatcherOptions();
            matcherOptions = matcherOptions with
            {
                Normalize = matcherOptions.Normalize ?? (s => pack.Normalizer.Normalize(s).Text),
                Tokenize = matcherOptions.Tokenize ?? pack.Tokenizer.Tokenize,
            };
            Matcher = catalog.Languages.Contains(pack.Code, StringComparer.OrdinalIgnoreCase)
                ? new AliasMatcher(catalog, pack.Code, matcherOptions)
                : null;
        }

        public ILanguagePack Pack { get; }

        public ExtractionLexicon Lexicon { get; }

        public AliasMatcher? Matcher { get; }
    }

    /// <summary>A claim before its id is known.</summary>
    private sealed record Draft(TextSpan Span, Proposition Proposition, Attribution Attribution, Stance Stance, Polarity Polarity, double Confidence)
    {
        public Claim ToClaim(string id, Article article) =>
            new(id, Proposition, Attribution, Stance, Polarity, Evidence.From(article, Span), Confidence, article.Published);
    }

    /// <summary>A catalog entity found in a sentence.</summary>
    private readonly record struct EntityHit(int Start, int Count, Entity Entity, AliasKind AliasKind, bool StrippedLeading)
    {
        public int End => Start + Count;
    }

    /// <summary>The preposition before a participant.</summary>
    private enum Prep
    {
        None,
        Goal,
        Origin,
        Place,
    }

    /// <summary>A resolved source and the tokens it was read from.</summary>
    private readonly record struct Found(Source Source, int Start, int End);

    /// <summary>The work on one article.</summary>
    private sealed class ArticleRun
    {
        private readonly ClaimExtractor _owner;
        private readonly LanguageState _state;
        private readonly Article _article;
        private readonly List<Draft> _drafts;
        private Source? _lastSpeaker;
        private int _lastSpeakerSentence = -10;
        private Source? _lastOutlet;
        private bool _previousEndsWithColon;
        private readonly ImmutableArray<Diagnostic>.Builder _diagnostics;
        private readonly CancellationToken _token;

        public ArticleRun(ClaimExtractor owner, LanguageState state, Article article, List<Draft> drafts,
            ImmutableArray<Diagnostic>.Builder diagnostics, CancellationToken token)
        {
            _owner = owner;
            _state = state;
            _article = article;
            _drafts = drafts;
            _diagnostics = diagnostics;
            _token = token;
        }

        /// <summary>How far into the text extraction has got: the end of the last sentence read (or skipped).</summary>
        public int Reached { get; private set; }

        private ExtractionLexicon Lex => _state.Lexicon;

        public void Run()
        {
            var text = _article.Text;
            var options = _owner._options;
            _token.ThrowIfCancellationRequested();
            var layout = BoilerplateDetector.Analyze(_article);
            _token.ThrowIfCancellationRequested();
            var sentences = _state.Pack.Segmenter.Segment(text);
            var longSentences = 0;
            TextSpan? firstLong = null;
            for (var n = 0; n < sentences.Count; n++)
            {
                _token.ThrowIfCancellationRequested();
                var sentence = sentences[n];
                if (sentence.Kind == SegmentKind.Dateline || sentence.Span.IsEmpty || layout.IsBoilerplate(sentence.Span))
                {
                    Reached = sentence.Span.End;
                    continue;
                }

                if (sentence.Span.Length > options.MaxSentenceLength)
                {
                    // Reading a sentence costs more than linear time in its length: a run-on "sentence" of megabytes
                    // (a file without punctuation) would hang the analysis.
                    longSentences++;
                    firstLong ??= sentence.Span;
                    Reached = sentence.Span.End;
                    _previousEndsWithColon = false;
                    continue;
                }

                new SentenceRun(this, sentence, n).Run();
                Reached = sentence.Span.End;
                var trimmed = sentence.Span.Slice(text).TrimEnd();
                _previousEndsWithColon = trimmed.Length > 0 && trimmed[^1] == ':';
                if (_drafts.Count >= options.MaxClaimsPerArticle)
                {
                    var more = n + 1 < sentences.Count;
                    if (_drafts.Count > options.MaxClaimsPerArticle || more)
                    {
                        _drafts.RemoveRange(options.MaxClaimsPerArticle, _drafts.Count - options.MaxClaimsPerArticle);
                        _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, LimitDiagnostics.ClaimsPerArticle, string.Create(CultureInfo.InvariantCulture,
                            $"Article '{_article.Id}' reached the limit of {options.MaxClaimsPerArticle} claims (ClaimExtractorOptions.MaxClaimsPerArticle) at offset {sentence.Span.End} of {text.Length}; the rest of the article was not read.")));
                    }

                    break;
                }
            }

            if (firstLong is { } span)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, LimitDiagnostics.SentenceLength, string.Create(CultureInfo.InvariantCulture,
                    $"Article '{_article.Id}': {longSentences} sentence(s) longer than {options.MaxSentenceLength} characters (ClaimExtractorOptions.MaxSentenceLength) were not read, the first at [{span.Start}–{span.End})."),
                    span));
            }
        }

        /// <summary>The work on one sentence.</summary>
        private sealed class SentenceRun
        {
            private readonly ArticleRun _a;
            private readonly Sentence _sentence;
            private readonly int _index;
            private readonly NormalizedText _norm;
            private readonly IReadOnlyList<Token> _tokens;
            private readonly List<HashSet<string>> _variants;
            private readonly List<TermHit> _terms;
            private readonly List<EntityHit> _entities;
            private readonly bool[] _excluded;

            public SentenceRun(ArticleRun a, Sentence sentence, int index)
            {
                _a = a;
                _sentence = sentence;
                _index = index;
                _norm = a._state.Pack.Normalizer.Normalize(sentence.Span.Slice(a._article.Text));
                _tokens = a._state.Pack.Tokenizer.Tokenize(_norm.Text);
                _variants = _tokens.Select(t => t.Kind == TokenKind.Word ? a.Lex.Variants(t.Text) : new HashSet<string>(StringComparer.Ordinal) { t.Text })
                    .ToList();
                _terms = a.Lex.Match(_variants, _tokens.Select(t => t.Text).ToList());

                // Cue verbs do not take the definite article: a noun that strips to a cue form is not a cue.
                _terms.RemoveAll(h => h.File == ExtractionLexicon.Cues && h.Count == 1
                    && a.Lex.HasPrefix(_tokens[h.Start].Text, a.Lex.DefinitePrefixes)
                    && !h.Term.Forms.Any(f => a.Lex.HasPrefix(f, a.Lex.DefinitePrefixes)));
                _entities = FindEntities();
                _excluded = new bool[_tokens.Count];
            }

            private ExtractionLexicon Lex => _a.Lex;

            public void Run()
            {
                if (_tokens.Count == 0)
                {
                    return;
                }

                try
                {
                    RunClaims();
                }
                finally
                {
                    foreach (var e in _entities.Where(e => e.Entity.Kind == EntityKind.Outlet))
                    {
                        _a.NoteOutlet(SourceOf(e, e.Start, e.End));
                    }
                }
            }

            private void RunClaims()
            {

                // 1. Embedded denials ("despite X's denial") become claims of their own and are left out of the host.
                var denials = EmbeddedDenials();
                foreach (var (start, end, _) in denials)
                {
                    for (var i = start; i < end; i++)
                    {
                        _excluded[i] = true;
                    }
                }

                // 2. Clauses: a later cue with another speaker opens a claim of its own.
                Proposition? host = null;
                var segments = Segments();
                foreach (var (start, end) in segments)
                {
                    var (attribution, cueStance, cue, cueHasSpeaker) = Attribute(start, end);
                    var (proposition, hasTrigger, triggerAt) = Propose(start, end, attribution.Speaker, inDenial: false);
                    var cueIsTrigger = cue is { } dc && triggerAt >= dc.Start && triggerAt < dc.End;
                    if (cueStance == Stance.Denies && hasTrigger && attribution.Speaker.EntityId is { } denier
                        && (cueIsTrigger || !proposition.Participants.Any(p => p.Role == ParticipantRole.Agent)))
                    {
                        // "X denied sending ...": the denier is the agent of the denied act. When the denial verb is the
                        // event itself ("X rejected the French proposal"), the denier is its subject and an entity read
                        // as agent after it is the recipient.
                        var origin = _a._owner._catalog.ResolveOrigin(denier).Id;
                        var hasRecipient = proposition.Participants.Any(p => p.Role == ParticipantRole.Recipient);
                        var rest = proposition.Participants.Where(p => p.EntityId != origin)
                            .Select(p => p.Role == ParticipantRole.Agent ? (hasRecipient ? null : new Participant(ParticipantRole.Recipient, p.EntityId, p.Name)) : p)
                            .OfType<Participant>();
                        proposition = new Proposition(proposition.EventClass, [new Participant(ParticipantRole.Agent, origin, attribution.Speaker.Name), .. rest]);
                    }
                    if (_sentence.Kind == SegmentKind.Heading && !hasTrigger)
                    {
                        continue;
                    }

                    var hasEntity = _entities.Any(e => e.Start >= start && e.Start < end && e.Entity.Kind != EntityKind.Place && !_excluded[e.Start]);
                    if (!hasTrigger && !cueHasSpeaker && !hasEntity && cue is null)
                    {
                        continue;
                    }

                    var (stance, polarity) = StanceAndPolarity(cueStance, cue, start, end, triggerAt);
                    if (stance != Stance.Denies && polarity != Polarity.Unknown && NegatingTrigger(triggerAt, proposition.EventClass))
                    {
                        // An antonym trigger ("fell" for the class of "rose") states the opposite of its class.
                        polarity = polarity == Polarity.Positive ? Polarity.Negative : Polarity.Positive;
                    }

                    var confidence = 0.45 + (cueHasSpeaker ? 0.2 : 0) + (hasTrigger ? 0.2 : 0) + (proposition.Participants.Length > 1 ? 0.05 : 0);
                    var span = segments.Count == 1 ? _sentence.Span : SpanOf(start, end);
                    _a._drafts.Add(new Draft(span, proposition, attribution, stance, polarity, Math.Min(confidence, 0.95)));
                    host ??= proposition;
                }

                foreach (var (start, end, deniers) in denials)
                {
                    var (own, ownTrigger, _) = Propose(start, end, deniers, inDenial: true);
                    var denied = ownTrigger && (host is null || host.EventClass != own.EventClass) ? own : host ?? own;
                    _a._drafts.Add(new Draft(SpanOf(start, end), denied, new Attribution(deniers), Stance.Denies, Polarity.Negative, 0.6));
                }
            }

            /// <summary>
            /// Splits the sentence where a later attribution cue with another speaker opens a clause: after a punctuation
            /// mark or a conjunction before the cue; for "according to" cues, at the clause before the cue.
            /// </summary>
            private List<(int Start, int End)> Segments()
            {
                var bounds = new List<int> { 0 };
                string? current = null;
                var currentEnd = 0;
                foreach (var cue in Cues(0, _tokens.Count))
                {
                    if (cue.Term.Type is "passive" || SpeakerOf(cue) is not { } speaker)
                    {
                        continue;
                    }

                    if (current is null)
                    {
                        // A verb-first cue after a clause boundary ("..., as the West accuses ...") opens its own clause.
                        if (cue.Term.Type is not "according-to" && speaker.Start >= cue.End && BoundaryBefore(cue.Start, 3) is { } open && open >= 3)
                        {
                            bounds.Add(open);
                        }

                        current = speaker.Source.Key;
                        currentEnd = Math.Max(cue.End, speaker.End);
                        continue;
                    }

                    if (speaker.Source.Key == current)
                    {
                        continue;
                    }

                    int? split = null;
                    if (cue.Term.Type is "according-to")
                    {
                        for (var i = cue.Start - 2; i > currentEnd; i--)
                        {
                            if (_tokens[i].Kind == TokenKind.Punctuation && !IsQuoteMark(_tokens[i].Text))
                            {
                                split = i + 1;
                                break;
                            }
                        }
                    }
                    else
                    {
                        split = BoundaryBefore(cue.Start, Math.Min(3, cue.Start - currentEnd));
                        if (split is null && Lex.HasPrefix(_tokens[cue.Start].Text, Lex.ConjunctionPrefixes))
                        {
                            split = cue.Start;
                        }
                    }

                    if (split is { } at && at > bounds[^1] + 2 && at > currentEnd)
                    {
                        bounds.Add(at);
                        current = speaker.Source.Key;
                        currentEnd = Math.Max(cue.End, speaker.End);
                    }
                }

                // A hedged complement clause after a clause boundary ("..., appeared that X") is a claim of its own: the
                // clause before it (a fronted adverbial with its own event) is not what is hedged.
                foreach (var hedge in _terms.Where(h => h.Is(ExtractionLexicon.Stance, "hedge") && !_excluded[h.Start]))
                {
                    if (_terms.Any(c => c.Start == hedge.End && c.Is(ExtractionLexicon.Syntax, "complementizer"))
                        && BoundaryBefore(hedge.Start, 2) is { } open && open >= 3 && !bounds.Contains(open)
                        && !_terms.Any(c => c.File == ExtractionLexicon.Cues && c.Start < hedge.Start))
                    {
                        bounds.Add(open);
                    }
                }

                bounds.Sort();
                bounds.Add(_tokens.Count);
                var result = new List<(int, int)>();
                for (var i = 0; i + 1 < bounds.Count; i++)
                {
                    result.Add((bounds[i], bounds[i + 1]));
                }

                return result;
            }

            /// <summary>The token after a punctuation mark found at most <paramref name="lookBack"/> tokens before <paramref name="at"/>, or null.</summary>
            private int? BoundaryBefore(int at, int lookBack)
            {
                for (var i = at - 1; i >= 0 && i >= at - lookBack; i--)
                {
                    if (_tokens[i].Kind == TokenKind.Punctuation && !IsQuoteMark(_tokens[i].Text))
                    {
                        return i + 1;
                    }
                }

                return null;
            }

            private IEnumerable<TermHit> Cues(int start, int end) =>
                _terms.Where(h => h.File == ExtractionLexicon.Cues && h.Start >= start && h.End <= end && !_excluded[h.Start]
                    && !h.Is(ExtractionLexicon.Cues, "relay")
                    && !_terms.Any(k => k.File == ExtractionLexicon.Cues && k.Count > h.Count && k.Start <= h.Start && h.End <= k.End));

            // ---- spans ----------------------------------------------------------------------------------------------

            private TextSpan SpanOf(int startToken, int endToken)
            {
                var first = _tokens[startToken].Span;
                var last = _tokens[endToken - 1].Span;
                var local = _norm.ToOriginal(TextSpan.FromBounds(first.Start, last.End));
                return new TextSpan(_sentence.Span.Start + local.Start, local.Length);
            }

            private string TextOf(int startToken, int endToken) => SpanOf(startToken, endToken).Slice(_a._article.Text);

            private bool IsBreak(int i)
            {
                var t = _tokens[i];
                if (t.Kind == TokenKind.Punctuation)
                {
                    return !IsQuoteMark(t.Text);
                }

                return _terms.Any(h => h.Start == i && h.Is(ExtractionLexicon.Syntax, "complementizer"));
            }

            private static bool IsQuoteMark(string s) => s.Length == 1 && s[0] is '"' or '\'' or '«' or '»' or '“' or '”' or '‘' or '’';

            private bool IsCueAt(int i) => _terms.Any(h => h.Start == i && h.File == ExtractionLexicon.Cues);

            // ---- entities -------------------------------------------------------------------------------------------

            private List<EntityHit> FindEntities()
            {
                var list = new List<EntityHit>();
                if (_a._state.Matcher is not { } matcher)
                {
                    return list;
                }

                foreach (var m in matcher.Match(_tokens))
                {
                    var candidate = m.Candidates.FirstOrDefault(c => c.Entity.Kind != EntityKind.Place) ?? m.Candidates.FirstOrDefault();
                    if (candidate is null)
                    {
                        continue;
                    }

                    list.Add(new EntityHit(m.StartToken, m.TokenCount, candidate.Entity, candidate.Alias.Kind, m.StrippedLeading));
                }

                return list;
            }

            private Source SourceOf(EntityHit e, int start, int end)
            {
                var id = e.Entity.Id;
                var origin = _a._owner._catalog.ResolveOrigin(id).Id;
                var kind = e.AliasKind == AliasKind.Metonym && e.Entity.Kind == EntityKind.Government ? SourceKind.Government : KindOf(e.Entity.Kind);
                return new Source(kind, TextOf(start, end), id, origin == id ? null : origin);
            }

            // ---- attribution ----------------------------------------------------------------------------------------

            private (Attribution Attribution, Stance Stance, TermHit? Cue, bool HasSpeaker) Attribute(int start, int end)
            {
                var voice = Attribution.ArticleVoice(_a._article.Outlet);
                var cues = Cues(start, end).ToList();
                foreach (var cue in cues)
                {
                    var speaker = SpeakerOf(cue);
                    if (speaker is null)
                    {
                        continue;
                    }

                    var chain = Chain(cue, speaker.Value);
                    _a._lastSpeaker = speaker.Value.Source;
                    _a._lastSpeakerSentence = _index;
                    var attribution = new Attribution(speaker.Value.Source, chain, new AttributionCue(TextOf(cue.Start, cue.End), SpanOf(cue.Start, cue.End)));
                    return (attribution, ParseStance(cue.Term.Value), cue, true);
                }

                if (cues.Count == 0)
                {
                    // A quotation right after a sentence that introduced a speaker ("X said:") is that speaker's.
                    var opensQuote = start == 0 && _tokens.Count > 0 && IsQuoteMark(_tokens[0].Text);
                    if ((opensQuote || _a._previousEndsWithColon) && _a._lastSpeaker is { } framed && _index - _a._lastSpeakerSentence == 1)
                    {
                        return (new Attribution(framed), Stance.Asserts, null, true);
                    }

                    return (voice, Stance.Asserts, null, false);
                }

                var first = cues[0];
                var stance = ParseStance(first.Term.Value);
                var speechWithoutSubject = first.Term.Type is not "passive";
                if (speechWithoutSubject && _a._lastSpeaker is { } last && _index - _a._lastSpeakerSentence <= 3)
                {
                    return (new Attribution(last, default, new AttributionCue(TextOf(first.Start, first.End), SpanOf(first.Start, first.End))), stance, first, true);
                }

                return (voice, first.Term.Type is "passive" ? ParseStance(first.Term.Value) : Stance.Asserts, first, false);
            }

            private Found? SpeakerOf(TermHit cue)
            {
                var after = !string.Equals(cue.Term.Speaker, "pre", StringComparison.OrdinalIgnoreCase);
                var onlyAfter = cue.Term.Type is "according-to" or "passive";
                var found = after ? WindowAfter(cue.End) : WindowBefore(cue.Start - 1);
                if (found is null && !onlyAfter)
                {
                    found = after ? WindowBefore(cue.Start - 1) : WindowAfter(cue.End);
                }

                // An impersonal cue ("it is believed") has a speaker only right after it ("believed by experts" aside).
                if (cue.Term.Type is "passive" && found is { } f && f.Start > cue.End)
                {
                    return null;
                }

                return found;
            }

            private Found? WindowAfter(int from)
            {
                var end = from;
                while (end < _tokens.Count && end - from < WindowTokens && !IsBreak(end) && !_excluded[end] && (end == from || !IsCueAt(end)) && !StartsToPhrase(end, from)
                    && (end == from || !_terms.Any(h => h.Start == end && h.Is(ExtractionLexicon.Syntax, "relay-prep"))))
                {
                    end++;
                }

                var start = from;
                while (start < end && IsQuoteMark(_tokens[start].Text))
                {
                    start++;
                }

                return start < end ? Resolve(start, end, preferLast: false) : null;
            }

            private Found? WindowBefore(int from)
            {
                // "X, quoting Y, said": skip the relay parenthesis and read the speaker before it.
                if (from > 0 && IsBreak(from) && _tokens[from].Kind == TokenKind.Punctuation)
                {
                    for (var p = from - 1; p > 0 && p >= from - WindowTokens; p--)
                    {
                        if (_tokens[p].Kind == TokenKind.Punctuation)
                        {
                            if (_terms.Any(h => h.Start == p + 1 && h.Is(ExtractionLexicon.Cues, "relay")))
                            {
                                from = p - 1;
                            }

                            break;
                        }
                    }
                }

                var start = from + 1;
                while (start > 0 && from + 1 - start < WindowTokens && !IsBreak(start - 1) && !_excluded[start - 1] && !IsCueAt(start - 1))
                {
                    start--;
                }

                return start <= from ? Resolve(start, from + 1, preferLast: true) : null;
            }

            /// <summary>True when token <paramref name="i"/> (past the window start) opens a "to X" phrase: a to-preposition or a to-clitic on an entity or source noun.</summary>
            private bool StartsToPhrase(int i, int windowStart)
            {
                if (i == windowStart)
                {
                    return false;
                }

                if (_terms.Any(h => h.Start == i && h.Is(ExtractionLexicon.Syntax, "goal-prep")))
                {
                    return true;
                }

                var t = _tokens[i].Text;
                var nominal = _entities.Any(e => e.Start == i && e.StrippedLeading) || _terms.Any(h => h.Start == i && h.File == ExtractionLexicon.Sources);
                return nominal && Lex.HasPrefix(t, Lex.ToClitics) && !_entities.Any(e => e.Start == i && !e.StrippedLeading);
            }

            private Found? Resolve(int start, int end, bool preferLast)
            {
                var ents = _entities.Where(e => e.Start >= start && e.End <= end && e.Entity.Kind != EntityKind.Place).ToList();
                var nouns = _terms.Where(h => h.File == ExtractionLexicon.Sources && h.Start >= start && h.End <= end
                    && !ents.Any(e => e.Start <= h.Start && h.End <= e.End)).ToList();
                if (preferLast)
                {
                    ents.Reverse();
                    nouns.Reverse();
                }

                var catalog = _a._owner._catalog;
                var role = ents.FirstOrDefault(e => e.Entity.Kind == EntityKind.Role);
                var hasNoun = nouns.Count > 0 || role.Count > 0;
                var nounStart = Math.Min(nouns.Count > 0 ? nouns.Min(n => n.Start) : int.MaxValue, role.Count > 0 ? role.Start : int.MaxValue);
                var named = ents.Where(e => e.Entity.Kind != EntityKind.Role).ToList();
                var firstNamed = named.Count > 0 ? named.Min(e => e.Start) : int.MaxValue;

                // A generic noun heads the phrase ("a US official", "the Korean leader", "the Kremlin spokesman"):
                // a government named next to it is the affiliation; a person in apposition wins when they speak for it.
                if (hasNoun && (preferLast ? nounStart <= end : nounStart <= firstNamed))
                {
                    var gov = named.FirstOrDefault(e => e.Entity.Kind is EntityKind.Government or EntityKind.Organization);
                    var affiliation = gov.Count > 0 ? catalog.ResolveOrigin(gov.Entity.Id).Id : null;
                    var person = named.FirstOrDefault(e => e.Entity.Kind == EntityKind.Person);
                    if (person.Count > 0 && (affiliation is null || catalog.ResolveOrigin(person.Entity.Id).Id == affiliation))
                    {
                        return new Found(SourceOf(person, person.Start, person.End), person.Start, person.End);
                    }

                    var body = named.FirstOrDefault(e => e.Entity.Kind is EntityKind.Outlet or EntityKind.Organization && e.AliasKind != AliasKind.Demonym);
                    if (body.Count > 0 && (body.Entity.Kind == EntityKind.Outlet || nouns.Count == 0))
                    {
                        return new Found(SourceOf(body, body.Start, body.End), body.Start, body.End);
                    }

                    var s = nounStart;
                    var e = Math.Max(nouns.Count > 0 ? nouns.Max(n => n.End) : 0, role.Count > 0 ? role.End : 0);
                    if (gov.Count > 0)
                    {
                        s = Math.Min(s, gov.Start);
                        e = Math.Max(e, gov.End);
                    }

                    var kind = nouns.Count > 0 ? ParseKind(nouns[0].Term.Kind) : SourceKind.Role;
                    if (gov.Count == 0 && nouns.Count > 0 && nouns[0].Term.Anaphoric && _a._lastOutlet is { } outlet)
                    {
                        return new Found(outlet, s, e);
                    }

                    return new Found(new Source(kind, TextOf(s, e), role.Count > 0 ? role.Entity.Id : null, affiliation), s, e);
                }

                if (named.Count > 0)
                {
                    var head = named.FirstOrDefault(x => x.Entity.Kind == EntityKind.Person);
                    if (head.Count == 0)
                    {
                        head = named.FirstOrDefault(x => x.AliasKind != AliasKind.Demonym);
                    }

                    if (head.Count == 0)
                    {
                        head = named[0];
                    }

                    return new Found(SourceOf(head, head.Start, head.End), head.Start, head.End);
                }

                if (role.Count > 0)
                {
                    return new Found(SourceOf(role, role.Start, role.End), role.Start, role.End);
                }

                // An unknown name: capitalised words (scripts with case), or two or three words before an apposition comma.
                return Capitalised(start, end, preferLast) ?? (preferLast ? null : Apposition(start, end));
            }

            private Found? Apposition(int start, int end)
            {
                var words = end - start;
                var closed = end < _tokens.Count && (_tokens[end].Text is "," or "\u060C" or ":"
                    || _terms.Any(h => h.Start == end && h.Is(ExtractionLexicon.Syntax, "complementizer")));
                if (words is < 2 or > 5 || !closed
                    || Enumerable.Range(start, words).Any(i => _tokens[i].Kind != TokenKind.Word || _terms.Any(h => h.Start <= i && i < h.End)))
                {
                    return null;
                }

                return new Found(new Source(SourceKind.Person, TextOf(start, end)), start, end);
            }

            private Found? Capitalised(int start, int end, bool preferLast)
            {
                int? s = null, e = null;
                var order = preferLast ? Enumerable.Range(start, end - start).Reverse() : Enumerable.Range(start, end - start);
                foreach (var i in order)
                {
                    var t = _tokens[i];
                    var written = t.Kind == TokenKind.Word ? TextOf(i, i + 1) : string.Empty;
                    var cap = written.Length > 1 && char.IsUpper(written[0]) && !_terms.Any(h => h.Start <= i && i < h.End);
                    if (cap)
                    {
                        s = s is null ? i : Math.Min(s.Value, i);
                        e = e is null ? i + 1 : Math.Max(e.Value, i + 1);
                    }
                    else if (s is not null)
                    {
                        break;
                    }
                }

                return s is null ? null : new Found(new Source(SourceKind.Person, TextOf(s.Value, e!.Value)), s.Value, e.Value);
            }

            private ImmutableArray<Source> Chain(TermHit cue, Found speaker)
            {
                // A relay ("quoting X", "citing X", or a relay preposition after a relay verb) names the origin.
                var from = speaker.End <= cue.Start ? speaker.End : Math.Max(cue.End, speaker.End);
                foreach (var relay in _terms.Where(h => h.Start >= from && !_excluded[h.Start]))
                {
                    var isRelay = relay.Is(ExtractionLexicon.Cues, "relay") || (cue.Term.Relay && relay.Is(ExtractionLexicon.Syntax, "relay-prep"));
                    if (!isRelay)
                    {
                        continue;
                    }

                    if (WindowAfter(relay.End) is { } origin && origin.Source.Key != speaker.Source.Key)
                    {
                        _a.NoteOutlet(origin.Source);
                        _a.NoteOutlet(speaker.Source);
                        return [origin.Source, speaker.Source];
                    }

                    break;
                }

                // "X told <outlet>": the outlet passed it on.
                var next = speaker.End > cue.End ? speaker.End : cue.End;
                if (cue.Term.Type is "speech-to" || (next < _tokens.Count && StartsToPhrase(next, -1)))
                {
                    var at = cue.Term.Type is "speech-to" ? cue.End : next;
                    if (at < _tokens.Count && WindowAfterRecipient(at) is { } recipient && recipient.Source.Kind == SourceKind.Outlet && recipient.Source.Key != speaker.Source.Key)
                    {
                        _a.NoteOutlet(recipient.Source);
                        return [speaker.Source, recipient.Source];
                    }
                }

                _a.NoteOutlet(speaker.Source);
                return [speaker.Source];
            }

            private Found? WindowAfterRecipient(int from)
            {
                var end = from;
                while (end < _tokens.Count && end - from < WindowTokens && !IsBreak(end) && (end == from || !IsCueAt(end)))
                {
                    end++;
                }

                return from < end ? Resolve(from, end, preferLast: false) : null;
            }

            // ---- embedded denials -------------------------------------------------------------------------------------

            private List<(int Start, int End, Source Deniers)> EmbeddedDenials()
            {
                var result = new List<(int, int, Source)>();
                foreach (var c in _terms.Where(h => h.Is(ExtractionLexicon.Negation, "concessive")))
                {
                    var denial = _terms.FirstOrDefault(h => h.Start >= c.End && h.Start <= c.End + 2
                        && (h.Is(ExtractionLexicon.Negation, "denial-noun") || (h.File == ExtractionLexicon.Cues && ParseStance(h.Term.Value) == Stance.Denies)));
                    if (denial.Count == 0 || result.Any(r => c.Start < r.Item2))
                    {
                        continue;
                    }

                    var end = denial.End;
                    while (end < _tokens.Count && !IsBreak(end))
                    {
                        end++;
                    }

                    var deniers = ResolveDeniers(denial.End, end, c.Start);
                    if (deniers is null)
                    {
                        continue;
                    }

                    result.Add((c.Start, end, deniers));
                }

                return result;
            }

            private Source? ResolveDeniers(int from, int end, int clauseStart)
            {
                var inside = _entities.Where(e => e.Start >= from && e.End <= end && e.Entity.Kind != EntityKind.Place).ToList();
                if (inside.Count > 0)
                {
                    return SourceOf(inside[0], inside[0].Start, inside[0].End);
                }

                var before = _entities.LastOrDefault(e => e.End <= clauseStart && e.Entity.Kind != EntityKind.Place);
                return before.Count > 0 ? SourceOf(before, before.Start, before.End) : null;
            }

            // ---- stance and polarity -----------------------------------------------------------------------------------

            private (Stance, Polarity) StanceAndPolarity(Stance cueStance, TermHit? cue, int start, int end, int triggerAt)
            {
                bool In(TermHit h) => h.Start >= start && h.End <= end && !_excluded[h.Start];
                var stance = cueStance;
                // A yes/no question commits to nothing; a wh-question ("what does X want?") presupposes its proposition.
                var questions = _terms.Any(h => In(h) && h.Is(ExtractionLexicon.Stance, "question"))
                    || (_tokens.Skip(start).Take(end - start).Any(t => t.Text is "?" or "\u061F")
                        && !_terms.Any(h => In(h) && h.Is(ExtractionLexicon.Stance, "wh-question")));
                var future = _terms.Any(h => In(h) && h.Is(ExtractionLexicon.Stance, "future"))
                    || Enumerable.Range(start, end - start).Any(i => !_excluded[i] && _tokens[i].Kind == TokenKind.Word && !IsCueAt(i) && !_entities.Any(e => e.Start <= i && i < e.End) && Lex.HasPrefix(_tokens[i].Text, Lex.FuturePrefixes, 3));
                var hedge = _terms.Any(h => In(h) && h.Is(ExtractionLexicon.Stance, "hedge"));
                if (stance == Stance.Asserts && hedge)
                {
                    stance = Stance.Alleges;
                }

                if (stance is Stance.Asserts or Stance.Alleges && future)
                {
                    stance = Stance.Expects;
                }

                if (stance != Stance.Denies && questions)
                {
                    stance = Stance.Questions;
                }

                // A hypothetical ("if ...") commits to nothing either way: it neither confirms nor contradicts a report.
                if (_terms.Any(h => In(h) && h.Is(ExtractionLexicon.Stance, "conditional")))
                {
                    stance = Stance.Questions;
                }

                var exceptions = _terms.Where(h => In(h) && h.Is(ExtractionLexicon.Negation, "negator-exception")).ToList();
                var negators = _terms.Where(h => In(h) && h.Is(ExtractionLexicon.Negation, "negator")
                    && !exceptions.Any(x => h.Start < x.End && x.Start < h.End) && !InRelativeClause(h.Start, start)
                    && (triggerAt < 0 || SameClause(h.Start, triggerAt))).ToList();
                var polarity = StanceFacts.DefaultPolarity(stance);
                if (stance == Stance.Denies)
                {
                    // "denied that it did not ...": a negator right in the denial's complement cancels it.
                    if (cue is { } c && negators.Any(n => n.Start >= c.End && n.Start <= c.End + 4
                        && !_terms.Any(h => h.File == ExtractionLexicon.Cues && h.Start > c.Start && h.Start < n.Start)))
                    {
                        polarity = Polarity.Positive;
                    }
                }
                else if (polarity == Polarity.Positive && negators.Count > 0)
                {
                    polarity = Polarity.Negative;
                }

                return (stance, polarity);
            }

            /// <summary>True when no punctuation mark (other than a quotation mark) separates tokens <paramref name="a"/> and <paramref name="b"/>.</summary>
            private bool SameClause(int a, int b)
            {
                for (var i = Math.Min(a, b) + 1; i < Math.Max(a, b); i++)
                {
                    if (_tokens[i].Kind == TokenKind.Punctuation && !IsQuoteMark(_tokens[i].Text))
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>True when a relative pronoun stands between the last clause boundary and <paramref name="at"/>.</summary>
            private bool InRelativeClause(int at, int floor)
            {
                for (var i = at - 1; i >= floor; i--)
                {
                    if (_tokens[i].Kind == TokenKind.Punctuation && !IsQuoteMark(_tokens[i].Text))
                    {
                        return false;
                    }

                    if (_terms.Any(h => h.Start == i && h.Is(ExtractionLexicon.Syntax, "relative")))
                    {
                        return true;
                    }
                }

                return false;
            }

            // ---- proposition ----------------------------------------------------------------------------------------

            private (Proposition, bool, int) Propose(int start, int end, Source speaker, bool inDenial)
            {
                var triggers = _terms.Where(h => h.File == ExtractionLexicon.Events && h.Is(ExtractionLexicon.Events, "trigger")
                    && h.Start >= start && h.End <= end && (inDenial || !_excluded[h.Start]) && !string.IsNullOrWhiteSpace(h.Term.Value)
                    && !_terms.Any(c => c.File == ExtractionLexicon.Cues && c.Term.Type is "according-to" or "relay" or "passive"
                        && c.Start <= h.Start && h.Start < c.End)).ToList();
                var participants = new List<Participant>();
                foreach (var obj in _terms.Where(h => h.Is(ExtractionLexicon.Objects, "object") && h.Start >= start && h.End <= end && !string.IsNullOrWhiteSpace(h.Term.Value)))
                {
                    var id = ObjectPrefix + obj.Term.Value!.Trim();
                    if (!participants.Any(p => p.EntityId == id))
                    {
                        participants.Add(new Participant(ParticipantRole.Object, id, TextOf(obj.Start, obj.End)));
                    }
                }

                if (triggers.Count == 0)
                {
                    return (new Proposition(StatementEventClass, [.. participants]), false, -1);
                }

                var trigger = triggers.OrderByDescending(t => t.Term.Weight).ThenBy(t => t.Start).First();
                // A demonym right next to an object ("North Korean missiles") names the object's origin, not a participant.
                var objects = _terms.Where(h => h.Is(ExtractionLexicon.Objects, "object")).ToList();
                var ents = _entities.Where(e => e.Start >= start && e.End <= end && e.Entity.Kind is not EntityKind.Role
                    && (inDenial || !_excluded[e.Start]) && e.Entity.Id != speaker.EntityId
                    && !(e.AliasKind == AliasKind.Demonym && objects.Any(o => o.Start == e.End || o.End == e.Start))).ToList();
                string? agent = null, recipient = null, place = null;
                string? agentName = null, recipientName = null, placeName = null;
                var subjectIsRecipient = trigger.Term.Inverse;
                string? fromId = null, fromName = null;

                // Coordinated subjects ("China and Russia blocked", or a conjunction clitic on the second name) are all agents.
                var coAgents = new List<(string Id, string Name)>();
                EntityHit? agentHit = null;

                // Before the trigger: the nearest entity without a preposition is the subject.
                foreach (var e in ents.Where(e => e.End <= trigger.Start).Reverse())
                {
                    if (Preposition(e) == Prep.None)
                    {
                        agent = Origin(e);
                        agentName = TextOf(e.Start, e.End);
                        agentHit = e;
                        var last = e;
                        foreach (var before in ents.Where(x => x.End <= e.Start).Reverse())
                        {
                            if (!Coordinated(before, last))
                            {
                                break;
                            }

                            coAgents.Add((Origin(before), TextOf(before.Start, before.End)));
                            last = before;
                        }

                        break;
                    }
                }

                // A verbal noun ("supplying Russia") takes its bare complement as the receiver, never as the agent.
                var nominal = trigger.Term.Nominal;
                // An entity inside a relative clause after the trigger ("the attempts that the US led") is no participant.
                foreach (var e in ents.Where(e => e.Start >= trigger.End && !InRelativeClause(e.Start, trigger.End)))
                {
                    var id = Origin(e);
                    var name = TextOf(e.Start, e.End);
                    if (agentHit is { } lead && Coordinated(lead, e) && Preposition(e) == Prep.None)
                    {
                        coAgents.Add((id, name));
                        agentHit = e;
                        continue;
                    }

                    switch (Preposition(e))
                    {
                        case Prep.Goal:
                            recipient ??= id;
                            recipientName ??= name;
                            break;
                        case Prep.Origin:
                            fromId ??= id;
                            fromName ??= name;
                            break;
                        case Prep.Place:
                            if (e.Entity.Kind == EntityKind.Place || place is null)
                            {
                                place ??= id;
                                placeName ??= name;
                            }

                            break;
                        default:
                            if (e.Entity.Kind == EntityKind.Place)
                            {
                                place ??= id;
                                placeName ??= name;
                            }
                            else if (agent is null && !nominal)
                            {
                                agent = id;
                                agentName = name;
                                agentHit = e;
                            }
                            else
                            {
                                recipient ??= id;
                                recipientName ??= name;
                            }

                            break;
                    }
                }

                if (subjectIsRecipient)
                {
                    (agent, agentName, recipient, recipientName) = (fromId, fromName, agent ?? recipient, agent is null ? recipientName : agentName);
                }
                else if (agent is null && fromId is not null)
                {
                    agent = fromId;
                    agentName = fromName;
                }

                if (agent is not null && agent == recipient)
                {
                    recipient = null;
                }

                if (agent is not null)
                {
                    participants.Add(new Participant(ParticipantRole.Agent, agent, agentName!));
                    if (!subjectIsRecipient)
                    {
                        foreach (var (id, name) in coAgents.Where(c => c.Id != agent && c.Id != recipient))
                        {
                            participants.Add(new Participant(ParticipantRole.Agent, id, name));
                        }
                    }
                }

                if (recipient is not null)
                {
                    participants.Add(new Participant(ParticipantRole.Recipient, recipient, recipientName!));
                }

                if (place is not null)
                {
                    participants.Add(new Participant(ParticipantRole.Place, place, placeName!));
                }

                if (agent is null && recipient is null && end - start <= MaxContentClauseTokens)
                {
                    // No catalog actor in a short clause (a headline: "the government", a club, a price): the clause's
                    // content words, stemmed, stand in as participants. The comparer matches them role-neutrally, so
                    // paraphrases in another word order or voice still share them; their roles only tell a swap: before a
                    // verb trigger they are its subject (agent), the first one after it is its complement (recipient).
                    var verbal = !trigger.Term.Nominal && !subjectIsRecipient;
                    var terms = ContentTerms(start, end, inDenial).ToList();
                    var hasSubject = verbal && terms.Any(t => t.At < trigger.Start);
                    var complementTaken = false;
                    foreach (var (key, name, at) in terms)
                    {
                        if (participants.Any(p => p.EntityId == key))
                        {
                            continue;
                        }

                        var role = ParticipantRole.Object;
                        if (hasSubject && at < trigger.Start)
                        {
                            role = ParticipantRole.Agent;
                        }
                        else if (hasSubject && at >= trigger.End && !complementTaken)
                        {
                            role = ParticipantRole.Recipient;
                            complementTaken = true;
                        }

                        participants.Add(new Participant(role, key, name));
                    }
                }

                return (new Proposition(trigger.Term.Value!.Trim(), [.. participants]), true, trigger.Start);
            }

            /// <summary>
            /// The content words of tokens <paramref name="start"/> to <paramref name="end"/>: words that no lexicon term,
            /// catalog entity or function word covers, keyed <c>term:</c> + their stem (the pack's stemmer).
            /// </summary>
            private IEnumerable<(string Key, string Name, int At)> ContentTerms(int start, int end, bool inDenial)
            {
                for (var i = start; i < end; i++)
                {
                    if ((!inDenial && _excluded[i]) || _tokens[i].Kind != TokenKind.Word
                        || _terms.Any(h => h.Start <= i && i < h.End) || _entities.Any(e => e.Start <= i && i < e.End))
                    {
                        continue;
                    }

                    if (Lex.ContentKey(_tokens[i].Text, _variants[i]) is { } key)
                    {
                        yield return (TermPrefix + key, _tokens[i].Text, i);
                    }
                }
            }

            /// <summary>True when the trigger chosen at <paramref name="at"/> for <paramref name="eventClass"/> is marked <c>negates</c>.</summary>
            private bool NegatingTrigger(int at, string eventClass) =>
                at >= 0 && _terms.Any(h => h.Start == at && h.Is(ExtractionLexicon.Events, "trigger") && h.Term.Negates
                    && string.Equals(h.Term.Value?.Trim(), eventClass, StringComparison.Ordinal));

            /// <summary>
            /// True when <paramref name="second"/> is joined to <paramref name="first"/> by a conjunction: a conjunction clitic
            /// on the second entity's first token right after the first, or one coordinator word between them
            /// ("China and Russia").
            /// </summary>
            private bool Coordinated(EntityHit first, EntityHit second)
            {
                if (second.Start == first.End)
                {
                    return second.StrippedLeading && Lex.HasPrefix(_tokens[second.Start].Text, Lex.ConjunctionPrefixes);
                }

                return second.Start == first.End + 1
                    && _terms.Any(h => h.Start == first.End && h.End == second.Start && h.Is(ExtractionLexicon.Syntax, "coordinator"));
            }

            private string Origin(EntityHit e) => e.Entity.Kind == EntityKind.Place ? e.Entity.Id : _a._owner._catalog.ResolveOrigin(e.Entity.Id).Id;

            private Prep Preposition(EntityHit e)
            {
                if (e.Start > 0)
                {
                    foreach (var (type, prep) in new[] { ("goal-prep", Prep.Goal), ("source-prep", Prep.Origin), ("place-prep", Prep.Place) })
                    {
                        if (_terms.Any(h => h.End == e.Start && h.Is(ExtractionLexicon.Syntax, type)))
                        {
                            return prep;
                        }
                    }
                }

                if (e.StrippedLeading)
                {
                    var t = _tokens[e.Start].Text;
                    if (Lex.HasPrefix(t, Lex.ToClitics))
                    {
                        return Prep.Goal;
                    }

                    if (Lex.HasPrefix(t, Lex.FromClitics))
                    {
                        return Prep.Origin;
                    }

                    if (Lex.HasPrefix(t, Lex.InClitics))
                    {
                        return Prep.Place;
                    }
                }

                return Prep.None;
            }
        }

        private void NoteOutlet(Source source)
        {
            // An outlet the catalog knows, or one named with a proper name in a cased script (an Arabic newspaper noun before "The Telegraph").
            if (source.Kind == SourceKind.Outlet && (source.EntityId is not null || source.Name.Any(char.IsUpper)))
            {
                _lastOutlet = source;
            }
        }
    }
}
