using System.Collections.Concurrent;
using System.Collections.Immutable;
using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Dates;

/// <summary>
/// Finds dates, date ranges, durations and recurrences in text and resolves relative ones ("yesterday",
/// "Tuesday", "last month", "in March", "since September") against <see cref="RecognitionContext.Reference"/>,
/// the publication date at its own precision. Language-neutral: every word comes from the pack's
/// <c>dates.yaml</c>, <c>months.yaml</c>, <c>weekdays.yaml</c> and <c>holidays.yaml</c> lexicons.
/// </summary>
/// <remarks>
/// <para>Produces <see cref="RecognizedTime"/> (kind <see cref="RecognitionKind.Date"/>) and
/// <see cref="RecognizedDuration"/> (kind <see cref="RecognitionKind.Duration"/>). Policy (see <c>docs/dates.md</c>):
/// an ambiguous date resolves to the past (the most recent such month or day not after the reference); a weekday is
/// the reference day itself when it falls on that weekday, otherwise the most recent one; with a reference too
/// coarse for the expression ("yesterday" in an article dated only to a month) the value is the whole reference
/// period and a <see cref="DiagnosticSeverity.Warning"/> <c>CTD002</c> says so; with no reference at all a
/// relative expression yields no value and an <see cref="DiagnosticSeverity.Info"/> <c>CTD001</c>.</para>
/// <para>Thread-safe; the lexicons of each pack are indexed once and cached. Runs in time linear in the text
/// length (each rule looks a bounded number of tokens ahead). Never throws on text content.</para>
/// </remarks>
public sealed class DateRecognizer : IRecognizer
{
    /// <summary>Diagnostic code: a relative expression with no reference date to resolve it.</summary>
    public const string NoReferenceCode = "CTD001";

    /// <summary>Diagnostic code: the reference date is too coarse for the expression; the value is the whole reference period.</summary>
    public const string CoarseReferenceCode = "CTD002";

    /// <summary>Diagnostic code: the written weekday does not fall on the written date in any year near the reference (or in the written year).</summary>
    public const string WeekdayConflictCode = "CTD003";

    private static readonly ImmutableArray<RecognitionKind> KindList = ImmutableArray.Create(RecognitionKind.Date, RecognitionKind.Duration);
    private readonly ConcurrentDictionary<ILanguagePack, DateLexicon> _lexicons = new();

    /// <inheritdoc />
    public IReadOnlyCollection<RecognitionKind> Kinds => KindList;

    /// <inheritdoc />
    public RecognitionResult Recognize(string text, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var lex = _lexicons.GetOrAdd(context.Language, DateLexicon.Load);
        if (lex.IsEmpty || text.Length == 0)
        {
            return RecognitionResult.Empty;
        }

        var all = lex.Tokenize(text);
        lex.Annotate(all);
        var items = ImmutableArray.CreateBuilder<Recognized>();
        var diags = ImmutableArray.CreateBuilder<Diagnostic>();

        // a line break ends every expression: parse line by line
        var from = 0;
        for (var k = 1; k <= all.Count; k++)
        {
            if (k == all.Count || all[k].Newline)
            {
                RecognizeLine(text, all.GetRange(from, k - from), lex, context, items, diags);
                from = k;
            }
        }

        return new RecognitionResult(items.ToImmutable(), diags.ToImmutable());
    }

    private static void RecognizeLine(string text, List<Tok> toks, DateLexicon lex, RecognitionContext context, ImmutableArray<Recognized>.Builder items, ImmutableArray<Diagnostic>.Builder diags)
    {
        var parser = new DateParser(lex, toks, context.Reference);
        var i = 0;
        while (i < toks.Count)
        {
            Cand? c;
            try
            {
                c = parser.Best(i);
            }
            catch (ArgumentOutOfRangeException)
            {
                c = null; // a date outside the calendar's range: not a date
            }

            if (c is null)
            {
                i++;
                continue;
            }

            var span = TextSpan.FromBounds(toks[i].Start, toks[c.End - 1].End);
            var written = span.Slice(text);
            if (c.NoReference)
            {
                diags.Add(new Diagnostic(DiagnosticSeverity.Info, NoReferenceCode, $"'{written}' is relative and there is no reference date to resolve it against.", span));
            }
            else if (c.IsDuration)
            {
                items.Add(new RecognizedDuration(span, written, c.Rule, c.Amount, c.Unit, c.Approx, c.Recurrence));
            }
            else if (c.Time is { } t)
            {
                if (c.Coarse)
                {
                    diags.Add(new Diagnostic(DiagnosticSeverity.Warning, CoarseReferenceCode, $"'{written}' needs a finer reference date than {context.Reference}; the value {t} is wider than the text meant.", span));
                }

                if (c.WeekdayConflict)
                {
                    diags.Add(new Diagnostic(DiagnosticSeverity.Warning, WeekdayConflictCode, $"'{written}' names a weekday on which {t} does not fall; the date is kept as written.", span));
                }

                items.Add(new RecognizedTime(span, written, c.Rule, t, c.Relative, c.Part));
            }

            i = c.End;
        }
    }
}
