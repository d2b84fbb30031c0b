using System.Runtime.InteropServices;
using ClaimTracker.Ingestion;
using ClaimTracker.Tests.Ingestion;

namespace ClaimTracker.Tests.Reliability;

/// <summary>
/// Hostile input, file-system family: links and special files planted in an article folder must not make the loader
/// read anything outside the folder, and the other articles are still read.
/// </summary>
public class HostileLinkTests
{
    private static readonly ArticleLoader Loader = new(new IngestionOptions { FallbackLanguage = "en" });

    [Fact]
    public void LoadDirectory_SymlinkToEtcPasswd_RefusedWithDiagnosticOthersRead()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "The minister said the port is closed.");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "passwd.txt"), "/etc/passwd");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("good");
        var d = result.Diagnostics.Should().ContainSingle(x => x.Code == IngestionDiagnostics.OutsideFolder).Subject;
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.Message.Should().Contain("'passwd.txt'").And.Contain("/etc/passwd").And.Contain("outside the folder");
        result.Articles.Should().NotContain(a => a.Text.Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadDirectory_RelativeSymlinkClimbingOut_Refused()
    {
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        outside.Write("secret.txt", "Secret text outside the folder.");
        var relative = Path.GetRelativePath(folder.Path, Path.Combine(outside.Path, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "a.txt"), relative);
        folder.Write("b.txt", "Text b.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("b");
        result.Diagnostics.Should().ContainSingle(x => x.Code == IngestionDiagnostics.OutsideFolder && x.Message.Contains("'a.txt'"));
    }

    [Fact]
    public void LoadDirectory_SymlinkToFileInsideFolder_Read()
    {
        using var folder = new TempFolder();
        folder.Write("sub/real.txt", "Inside text.");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "alias.txt"), "sub/real.txt");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Should().ContainSingle(a => a.Id == "alias").Which.Text.Should().Be("Inside text.");
        result.Diagnostics.Should().NotContain(x => x.Code == IngestionDiagnostics.OutsideFolder);
    }

    [Fact]
    public void LoadDirectory_RecursiveWithSymlinkedDirectoryOutside_FilesUnderItRefused()
    {
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        outside.Write("leak.txt", "Outside text.");
        folder.Write("kept.txt", "Kept text.");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "linked"), outside.Path);
        var manifest = """{ "format": "claimtracker-manifest/1", "articles": [ { "file": "linked/leak.txt", "id": "leak" } ] }""";
        folder.Write("manifest.json", manifest);

        var result = new ArticleLoader(new IngestionOptions { FallbackLanguage = "en", Recursive = true }).LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("kept");
        result.Diagnostics.Should().ContainSingle(x => x.Code == IngestionDiagnostics.OutsideFolder && x.Message.Contains("'linked/leak.txt'"));
    }

    [Fact]
    public void LoadDirectory_SymlinkLoop_ReadFailedOthersRead()
    {
        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "loop1.txt"), "loop2.txt");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "loop2.txt"), "loop1.txt");
        folder.Write("ok.txt", "Text.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("ok");
        result.Diagnostics.Where(x => x.Code == IngestionDiagnostics.ReadFailed).Select(x => x.Message)
            .Should().HaveCount(2).And.Contain(m => m.Contains("'loop1.txt'") && m.Contains("symbolic links"));
    }

    [Fact]
    public void LoadDirectory_HardLinkToFileOutside_RefusedWithDiagnostic()
    {
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        var secret = outside.Write("secret.txt", "Secret text outside the folder.");
        Native.Link(secret, Path.Combine(folder.Path, "hard.txt"));
        folder.Write("good.txt", "Good text.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("good");
        var d = result.Diagnostics.Should().ContainSingle(x => x.Code == IngestionDiagnostics.OutsideFolder).Subject;
        d.Message.Should().Contain("'hard.txt'").And.Contain("2 hard links").And.Contain("1 of them in the folder");
    }

    [Fact]
    public void LoadDirectory_HardLinksBothInsideFolder_BothRead()
    {
        using var folder = new TempFolder();
        var first = folder.Write("first.txt", "Same text.");
        Native.Link(first, Path.Combine(folder.Path, "second.txt"));

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("first", "second");
        result.Diagnostics.Should().NotContain(x => x.Code == IngestionDiagnostics.OutsideFolder);
    }

    [Fact]
    public async Task LoadDirectory_NamedPipe_RefusedWithoutBlocking()
    {
        using var folder = new TempFolder();
        Native.MakeFifo(Path.Combine(folder.Path, "pipe.txt"));
        folder.Write("good.txt", "Good text.");

        // Reading a pipe would block forever; WaitAsync fails the test with a TimeoutException instead.
        var result = await Task.Run(() => Loader.LoadDirectory(folder.Path)).WaitAsync(TimeSpan.FromSeconds(30));

        result.Articles.Select(a => a.Id).Should().Equal("good");
        result.Diagnostics.Should().ContainSingle(x => x.Code == IngestionDiagnostics.NotRegularFile && x.Message.Contains("'pipe.txt'"));
    }

    [Fact]
    public void LoadDirectory_ManifestIsSymlinkOutside_ManifestRefusedFilesRead()
    {
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        var foreign = outside.Write("m.json", """{ "format": "claimtracker-manifest/1", "articles": [ { "file": "a.txt", "id": "renamed" } ] }""");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "manifest.json"), foreign);
        folder.Write("a.txt", "Text a.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("a");
        result.Diagnostics.Should().ContainSingle(x => x.Code == IngestionDiagnostics.OutsideFolder && x.Message.Contains("'manifest.json'"));
    }

    [Fact]
    public void LoadDirectory_ManifestPathEscapingFolder_RefusedOthersRead()
    {
        using var folder = new TempFolder();
        folder.Write("manifest.json", """{ "format": "claimtracker-manifest/1", "articles": [ { "file": "../../../../../../etc/passwd", "id": "p" }, { "file": "a.txt", "id": "a" } ] }""");
        folder.Write("a.txt", "Text a.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("a");
        result.Diagnostics.Should().ContainSingle(x => x.Code == IngestionDiagnostics.ManifestEntry
            && x.Message.Contains("'../../../../../../etc/passwd'") && x.Message.Contains("outside the folder"));
    }

    [Fact]
    public void RealPath_LinkThenDotDot_ClimbsFromTarget()
    {
        using var outside = new TempFolder();
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(outside.Path, "deep"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "d"), Path.Combine(outside.Path, "deep"));

        var real = FolderConfinement.RealPath(Path.Combine(folder.Path, "d") + "/../x.txt");

        real.Should().Be(Path.Combine(FolderConfinement.RealPath(outside.Path), "x.txt"));
    }

    private static class Native
    {
        public static void Link(string existing, string newName)
        {
            if (link(existing, newName) != 0)
            {
                throw new IOException($"link failed: errno {Marshal.GetLastPInvokeError()}");
            }
        }

        public static void MakeFifo(string path)
        {
            if (mkfifo(path, Convert.ToUInt32("600", 8)) != 0)
            {
                throw new IOException($"mkfifo failed: errno {Marshal.GetLastPInvokeError()}");
            }
        }

        [DllImport("libc.so.6", SetLastError = true)]
        private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newName);

        [DllImport("libc.so.6", SetLastError = true)]
        private static extern int mkfifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
    }
}
