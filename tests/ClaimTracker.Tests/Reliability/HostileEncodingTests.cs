using System.Text;
using ClaimTracker.Ingestion;
using ClaimTracker.Tests.Ingestion;

namespace ClaimTracker.Tests.Reliability;

/// <summary>
/// Hostile input, bytes family: each bad file is refused (or read) with its specific diagnostic naming the file, and the
/// other articles of the folder are read normally. Every input is generated here, none is committed.
/// </summary>
public class HostileEncodingTests
{
    private static readonly ArticleLoader Loader = new(new IngestionOptions { FallbackLanguage = "ar" });

    private static IngestionResult LoadWithNeighbour(Action<TempFolder> plant, TempFolder folder)
    {
        folder.Write("neighbour.txt", "قال المتحدث إن الميناء مغلق.");
        plant(folder);
        return Loader.LoadDirectory(folder.Path);
    }

    [Fact]
    public void LoadDirectory_EmptyFile_EmptyWarningNeighbourRead()
    {
        using var folder = new TempFolder();
        var result = LoadWithNeighbour(f => f.WriteBytes("empty.txt", []), folder);

        result.Articles.Select(a => a.Id).Should().Equal("neighbour");
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.Empty && d.Message.Contains("'empty.txt'") && d.Message.Contains("no text"));
    }

    [Fact]
    public void LoadDirectory_WhitespaceOnly_EmptyWarningNeighbourRead()
    {
        using var folder = new TempFolder();
        var result = LoadWithNeighbour(f => f.Write("blank.txt", " \t\r\n\u00A0\u3000\n  \n"), folder);

        result.Articles.Select(a => a.Id).Should().Equal("neighbour");
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.Empty && d.Message.Contains("'blank.txt'"));
    }

    [Fact]
    public void LoadDirectory_FiftyMegabyteArticle_TooLargeWithoutReadingNeighbourRead()
    {
        using var folder = new TempFolder();
        var result = LoadWithNeighbour(f =>
        {
            using var stream = File.Create(Path.Combine(f.Path, "huge.txt"));
            stream.SetLength(50L * 1000 * 1000); // sparse: the loader must refuse it from its length, not by reading it
        }, folder);

        result.Articles.Select(a => a.Id).Should().Equal("neighbour");
        var d = result.Diagnostics.Should().ContainSingle(x => x.Code == IngestionDiagnostics.TooLarge).Subject;
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.Message.Should().Contain("'huge.txt'").And.Contain("5242880-byte limit").And.Contain("MaxFileBytes");
    }

    [Fact]
    public void LoadDirectory_SingleFiveMegabyteLine_ReadWhole()
    {
        using var folder = new TempFolder();
        var line = string.Concat(Enumerable.Repeat("word ", 1_000_000)); // 5,000,000 bytes, no line break, under 5 MiB
        var result = LoadWithNeighbour(f => f.Write("line.txt", line), folder);

        result.Articles.Select(a => a.Id).Should().Equal("line", "neighbour");
        result.Articles[0].Text.Should().HaveLength(line.Length);
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void LoadDirectory_BinaryData_BinaryErrorNeighbourRead()
    {
        using var folder = new TempFolder();
        var random = new Random(20);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        bytes[100] = 0;
        var result = LoadWithNeighbour(f => f.WriteBytes("image.txt", bytes), folder);

        result.Articles.Select(a => a.Id).Should().Equal("neighbour");
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.BinaryContent && d.Message.Contains("'image.txt'"));
    }

    [Fact]
    public void LoadDirectory_InvalidUtf8_EncodingErrorWithOffsetNeighbourRead()
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("قال"), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes(" مسؤول")]; // overlong '/'
        var result = LoadWithNeighbour(f => f.WriteBytes("overlong.txt", bytes), folder);

        result.Articles.Select(a => a.Id).Should().Equal("neighbour");
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.InvalidEncoding
            && d.Message.Contains("'overlong.txt'") && d.Message.Contains("offset 6"));
    }

    [Fact]
    public void LoadDirectory_LoneSurrogateEncodedAsUtf8_EncodingError()
    {
        using var folder = new TempFolder();
        var result = LoadWithNeighbour(f => f.WriteBytes("surrogate.txt", [0x61, 0xED, 0xA0, 0x80, 0x62]), folder);

        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.InvalidEncoding && d.Message.Contains("'surrogate.txt'"));
        result.Articles.Select(a => a.Id).Should().Equal("neighbour");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LoadDirectory_Utf16WithBom_DecodedAsText(bool bigEndian)
    {
        using var folder = new TempFolder();
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var result = LoadWithNeighbour(f => f.WriteBytes("u16.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("قال الوزير إن 30 سفينة وصلت.")]), folder);

        result.Articles.Single(a => a.Id == "u16").Text.Should().Be("قال الوزير إن 30 سفينة وصلت.");
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void LoadDirectory_Utf16BomWithOddLength_EncodingError()
    {
        using var folder = new TempFolder();
        var result = LoadWithNeighbour(f => f.WriteBytes("odd.txt", [0xFF, 0xFE, 0x41, 0x00, 0x42]), folder);

        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.InvalidEncoding && d.Message.Contains("'odd.txt'") && d.Message.Contains("UTF-16"));
    }

    [Fact]
    public void LoadDirectory_Windows1256Arabic_EncodingErrorAskingForUtf8()
    {
        using var folder = new TempFolder();
        var cp1256 = CodePagesEncodingProvider.Instance.GetEncoding(1256)!;
        var result = LoadWithNeighbour(f => f.WriteBytes("legacy.txt", cp1256.GetBytes("قال المتحدث باسم الحكومة إن الميناء مغلق.")), folder);

        result.Articles.Select(a => a.Id).Should().Equal("neighbour");
        var d = result.Diagnostics.Should().ContainSingle(x => x.Code == IngestionDiagnostics.InvalidEncoding).Subject;
        d.Message.Should().Contain("'legacy.txt'").And.Contain("offset 0").And.Contain("Convert it to UTF-8");
    }

    [Fact]
    public void LoadDirectory_BidiAndZeroWidthCharacters_KeptVerbatim()
    {
        using var folder = new TempFolder();
        const string Text = "قال \u202Eالوزير\u202C إن 3\u200B0\u200D0 جندي \u2067وصلوا\u2069\u200F.";
        var result = LoadWithNeighbour(f => f.Write("bidi.txt", Text), folder);

        result.Articles.Single(a => a.Id == "bidi").Text.Should().Be(Text, "ingestion never rewrites the text; evidence offsets point into it");
        result.HasErrors.Should().BeFalse();
    }
}
