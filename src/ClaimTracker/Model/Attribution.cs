using System.Collections.Immutable;
using ClaimTracker.Text;

namespace ClaimTracker.Model;

/// <summary>The words that mark an attribution ("said", "told", "quoting", "according to") and where they are.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record AttributionCue
{
    /// <summary>Creates a cue.</summary>
    /// <param name="text">The cue words as they appear in the article text.</param>
    /// <param name="span">Where they are in the article text; its length equals the text's length.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty, or its length differs from <paramref name="span"/>'s.</exception>
    public AttributionCue(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            throw new ArgumentException("A cue needs its words.", nameof(text));
        }

        if (text.Length != span.Length)
        {
            throw new ArgumentException($"The cue text has {text.Length} characters but the span {span} covers {span.Length}.", nameof(text));
        }

        Text = text;
        Span = span;
    }

    /// <summary>The cue words as written.</summary>
    public string Text { get; }

    /// <summary>Where they are in the article text.</summary>
    public TextSpan Span { get; }
}

/// <summary>
/// Who a claim is attributed to, and the path it travelled.
/// </summary>
/// <remarks>
/// <para>
/// <b>Speaker</b> is the source the text attributes the claim to <em>directly</em>: in "RIA Novosti, quoting Peskov,
/// said ..." the speaker is RIA Novosti; in "US officials told The New York Times that ..." it is the US officials.
/// </para>
/// <para>
/// <b>Chain</b> is the full path from the <b>origin</b> outward: first the source who first said it, then each source
/// that passed it on, ending with the outermost one the article cites. "RIA Novosti quoting Peskov" is
/// [Peskov, RIA Novosti]; "US officials told The New York Times" is [US officials, The New York Times]. The chain always
/// contains the speaker (a chain given empty becomes [speaker]) and never repeats a source.
/// </para>
/// <para><see cref="Origin"/> is <c>Chain[0]</c>: two claims with the same origin are not independent confirmation.</para>
/// <para>Immutable and thread-safe. Equality is by value; the chain compares element by element, in order.</para>
/// </remarks>
public sealed record Attribution
{
    /// <summary>Creates an attribution.</summary>
    /// <param name="speaker">The source the text attributes the claim to directly.</param>
    /// <param name="chain">The path from origin outward; must contain <paramref name="speaker"/>. Default or empty means [speaker].</param>
    /// <param name="cue">The cue words, if any (none for the article's own voice).</param>
    /// <exception cref="ArgumentNullException"><paramref name="speaker"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="chain"/> contains null, repeats a source, or does not contain the speaker.</exception>
    public Attribution(Source speaker, ImmutableArray<Source> chain = default, AttributionCue? cue = null)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var c = ArrayEquality.Checked(chain, nameof(chain));
        if (c.IsEmpty)
        {
            c = [speaker];
        }

        if (!c.Contains(speaker))
        {
            throw new ArgumentException($"The chain must contain the speaker {speaker}.", nameof(chain));
        }

        if (c.Distinct().Count() != c.Length)
        {
            throw new ArgumentException("The chain must not repeat a source.", nameof(chain));
        }

        Speaker = speaker;
        Chain = c;
        Cue = cue;
    }

    /// <summary>The source the text attributes the claim to directly.</summary>
    public Source Speaker { get; }

    /// <summary>The path from the origin (first) outward to the outermost cited source (last); never empty.</summary>
    public ImmutableArray<Source> Chain { get; }

    /// <summary>The cue words, or null.</summary>
    public AttributionCue? Cue { get; }

    /// <summary>The innermost source, who first said it (<c>Chain[0]</c>).</summary>
    public Source Origin => Chain[0];

    /// <summary>The article's own voice, without cue.</summary>
    /// <param name="outlet">The outlet's name, if known.</param>
    /// <param name="outletEntityId">The outlet's catalog id, if known.</param>
    public static Attribution ArticleVoice(string? outlet = null, string? outletEntityId = null) =>
        new(Source.ArticleVoice(outlet, outletEntityId));

    /// <inheritdoc />
    public bool Equals(Attribution? other) =>
        other is not null && Speaker.Equals(other.Speaker) && ArrayEquality.SequenceEqual(Chain, other.Chain) && Equals(Cue, other.Cue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Speaker, ArrayEquality.Hash(Chain), Cue);

    /// <summary>The chain as <c>origin → ... → outermost</c>.</summary>
    public override string ToString() => string.Join(" → ", Chain);
}
