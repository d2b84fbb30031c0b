using System.Reflection;
using BenchmarkDotNet.Attributes;
using ClaimTracker.Lexicons;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Recognition.Quantities;
using ClaimTracker.Text;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// Recognition throughput over the sample corpus (<c>samples/seed-ar/*.txt</c>, whole article texts).
/// Characters per second = <see cref="Characters"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class RecognitionBenchmarks
{
    private string[] _articles = [];
    private RecognitionContext _context = null!;
    private readonly NumberRecognizer _numbers = new();
    private readonly RangeRecognizer _ranges = new();
    private readonly QuantityRecognizer _quantities = new();

    /// <summary>Total characters recognized per operation.</summary>
    public int Characters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var samples = Paths.Samples("seed-ar");
        _articles = Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Characters = _articles.Sum(a => a.Length);
        _context = new RecognitionContext(new LexiconPack());
        Console.WriteLine($"// corpus: {_articles.Length} articles, {Characters} characters");
    }

    [Benchmark]
    public int Numbers() => _articles.Sum(a => _numbers.Recognize(a, _context).Items.Length);

    [Benchmark]
    public int Ranges() => _articles.Sum(a => _ranges.Recognize(a, _context).Items.Length);

    [Benchmark]
    public int Quantities() => _articles.Sum(a => _quantities.Recognize(a, _context).Items.Length);

    private sealed class LexiconPack : ILanguagePack
    {
        public string Code => "ar";

        public string Name => "Arabic";

        public bool IsRightToLeft => true;

        public ITextNormalizer Normalizer => throw new NotSupportedException();

        public ISentenceSegmenter Segmenter => throw new NotSupportedException();

        public ITokenizer Tokenizer => throw new NotSupportedException();

        public IStemmer Stemmer => throw new NotSupportedException();

        public ILexiconProvider Lexicons { get; } = new EmbeddedLexiconProvider(Assembly.Load("ClaimTracker.Languages.Arabic"));

        public double ScriptAffinity(char letter) => 0;
    }
}
