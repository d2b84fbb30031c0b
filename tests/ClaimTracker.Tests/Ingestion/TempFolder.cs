using System.Text;
using ClaimTracker.Lexicons;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Ingestion;

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ct-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string content) => WriteBytes(name, Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string name, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A pack that claims one Unicode range, for language-detection tests.</summary>
internal sealed class ScriptOnlyPack(string code, char first, char last) : ILanguagePack
{
    public string Code => code;

    public string Name => code;

    public bool IsRightToLeft => false;

    public ITextNormalizer Normalizer => null!;

    public ISentenceSegmenter Segmenter => null!;

    public ITokenizer Tokenizer => null!;

    public IStemmer Stemmer => null!;

    public ILexiconProvider Lexicons => null!;

    public double ScriptAffinity(char letter) => letter >= first && letter <= last ? 1 : 0;
}
