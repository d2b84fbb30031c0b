using ClaimTracker.Text;

namespace ClaimTracker.Recognition.Numbers;

/// <summary>The tokens and numbers of one text, shared by the number, range and quantity recognizers.</summary>
internal sealed class NumericAnalysis
{
    private NumericAnalysis(string text, NumberGrammar grammar, List<NumTok> tokens, List<NumberMatch> numbers)
    {
        Text = text;
        Grammar = grammar;
        Tokens = tokens;
        Numbers = numbers;
    }

    public string Text { get; }

    public NumberGrammar Grammar { get; }

    public List<NumTok> Tokens { get; }

    public List<NumberMatch> Numbers { get; }

    public static NumericAnalysis Analyze(string text, ILanguagePack pack)
    {
        var grammar = NumberGrammar.For(pack);
        var tokens = grammar.Tokenize(text);
        var numbers = new NumberParser(grammar, tokens).ParseAll();
        var addresses = AddressRuns(text);
        if (addresses.Count > 0)
        {
            var k = 0;
            numbers.RemoveAll(n =>
            {
                var at = tokens[n.First].Start;
                while (k < addresses.Count && addresses[k].End <= at)
                {
                    k++;
                }

                return k < addresses.Count && at >= addresses[k].Start;
            });
        }
        return new NumericAnalysis(text, grammar, tokens, numbers);
    }

    /// <summary>Runs of non-space characters that look like a URL or e-mail address (numbers there are not numbers).</summary>
    private static List<(int Start, int End)> AddressRuns(string text)
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var run = text.AsSpan(s, i - s);
            if (run.Contains("://", StringComparison.Ordinal) || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || run.Contains('@'))
            {
                runs.Add((s, i));
            }
        }

        return runs;
    }

    public TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(Tokens[first].Start, Tokens[last].End);

    public RecognizedNumber ToNumber(NumberMatch m)
    {
        var span = SpanOf(m.First, m.Last);
        return new RecognizedNumber(span, span.Slice(Text), m.Rule, m.Value, m.Form);
    }
}
