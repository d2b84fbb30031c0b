using System.Text;
using ClaimTracker.Ingestion;
using ClaimTracker.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Tests.Ingestion;

public partial class ArticleLoaderTests
{
    [Fact]
    public void LoadDirectory_InvalidUtf8_ErrorNamingFileAndOthersKept()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("bad.txt", [0x48, 0x69, 0x20, 0xC3, 0x28, 0x21]);
        folder.Write("good.txt", "Fine.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("good");
        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.InvalidEncoding).Subject;
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Message.Should().Contain("bad.txt").And.Contain("offset 3");
    }

    [Fact]
    public void LoadFile_BinaryNulBytes_ErrorNamingFile()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("blob.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);

        var result = Loader.LoadFile(path);

        result.Articles.Should().BeEmpty();
        result.HasErrors.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.BinaryContent && d.Message.Contains("blob.txt"));
    }

    [Fact]
    public void LoadFile_Utf8Bom_StrippedFromText()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("نص.")]);
        Loader.LoadFile(path).Articles.Single().Text.Should().Be("نص.");
    }

    [Fact]
    public void LoadFile_Utf16WithBom_Decoded()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("u16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("قال مسؤول.")]);
        Loader.LoadFile(path).Articles.Single().Text.Should().Be("قال مسؤول.");
    }

    [Fact]
    public void LoadFile_TooLarge_ErrorAndSkipped()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", new string('x', 2000));
        var loader = new ArticleLoader(new IngestionOptions { FallbackLanguage = "en", MaxFileBytes = 1000 });

        var result = loader.LoadFile(path);

        result.Articles.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.TooLarge && d.Message.Contains("big.txt"));
    }

    [Fact]
    public void LoadString_TooLargeInUtf8Bytes_Error()
    {
        var loader = new ArticleLoader(new IngestionOptions { FallbackLanguage = "ar", MaxFileBytes = 10 });
        loader.LoadString("نصنصنص", ArticleFormat.PlainText).Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.TooLarge);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    public void LoadFile_EmptyOrBlank_WarningAndSkipped(string content)
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.txt", content);

        var result = Loader.LoadFile(path);

        result.Articles.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.Empty && d.Message.Contains("empty.txt"));
    }

    [Fact]
    public void LoadString_FrontMatterOnly_EmptyDiagnostic()
    {
        var result = Loader.LoadString("---\ntitle: x\n---\n", ArticleFormat.Markdown);
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.Empty);
    }

    [Fact]
    public void LoadString_CrLf_NormalizedToLfByDefault()
    {
        Loader.LoadString("a\r\nb\rc\n", ArticleFormat.PlainText).Articles.Single().Text.Should().Be("a\nb\nc\n");
    }

    [Fact]
    public void LoadString_NormalizeLineEndingsOff_KeepsCr()
    {
        var loader = new ArticleLoader(new IngestionOptions { FallbackLanguage = "en", NormalizeLineEndings = false });
        loader.LoadString("a\r\nb", ArticleFormat.PlainText).Articles.Single().Text.Should().Be("a\r\nb");
    }

    [Fact]
    public void LoadString_NoLanguageAnywhere_ErrorAndSkipped()
    {
        var result = new ArticleLoader().LoadString("Some text.", ArticleFormat.PlainText, new ArticleMetadata("x"));
        result.Articles.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.UnknownLanguage && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void LoadString_NoLanguageButPacks_DetectedFromScript()
    {
        var registry = new LanguagePackRegistry([new ScriptOnlyPack("xa", '\u0600', '\u06FF'), new ScriptOnlyPack("xl", 'a', 'z')]);
        var loader = new ArticleLoader(new IngestionOptions { Languages = registry });

        var result = loader.LoadString("قال مسؤول إن 10 صواريخ (missiles) أطلقت.", ArticleFormat.PlainText);

        result.Articles.Single().Language.Should().Be("xa");
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.LanguageDetected && d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void LoadString_NoPackClaimsScript_UnknownLanguage()
    {
        var registry = new LanguagePackRegistry([new ScriptOnlyPack("xl", 'a', 'z')]);
        var result = new ArticleLoader(new IngestionOptions { Languages = registry }).LoadString("Ωμέγα", ArticleFormat.PlainText);
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.UnknownLanguage);
    }

    [Fact]
    public void IngestionOptions_Defaults_AreDocumentedValues()
    {
        var o = IngestionOptions.Default;
        o.MaxFileBytes.Should().Be(5 * 1024 * 1024);
        o.NormalizeLineEndings.Should().BeTrue();
        o.Recursive.Should().BeFalse();
        o.ManifestFileName.Should().Be("manifest.json");
        o.Languages.Should().BeNull();
        o.FallbackLanguage.Should().BeNull();
        o.IgnoredFileNames.Should().Contain("README");
    }

    [Fact]
    public void IngestionOptions_InvalidValues_Throw()
    {
        var size = () => new IngestionOptions { MaxFileBytes = 0 };
        size.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxFileBytes");
        var manifest = () => new IngestionOptions { ManifestFileName = " " };
        manifest.Should().Throw<ArgumentException>().WithParameterName("ManifestFileName");
    }

    [Fact]
    public void LoadString_UndefinedFormat_Throws()
    {
        var act = () => Loader.LoadString("x", (ArticleFormat)42);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("format");
    }

    [Fact]
    public void LoadString_AnyTextAnyFormat_NeverThrowsAndPlainTextIsKept()
    {
        Prop.ForAll<string, int>((text, f) =>
        {
            text ??= string.Empty;
            var format = (ArticleFormat)Math.Abs(f % 3);
            var result = Loader.LoadString(text, format, new ArticleMetadata("p"));
            if (format == ArticleFormat.PlainText && !string.IsNullOrWhiteSpace(text) && text[0] != '\uFEFF')
            {
                return result.Articles.Single().Text == text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            }

            return result.Articles.Length + result.Diagnostics.Length >= 1;
        }).QuickCheckThrowOnFailure();
    }
}
