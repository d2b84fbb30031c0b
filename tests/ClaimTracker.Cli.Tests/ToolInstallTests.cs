using System.IO.Compression;
using System.Reflection;
using ClaimTracker.Cli;
using Xunit.Abstractions;

namespace ClaimTracker.Cli.Tests;

/// <summary>
/// Packs the packable projects once (library, both language packs, the tool) into a temporary folder, installs the tool
/// from there with <c>dotnet tool install --tool-path</c>, and builds the sample app against the packed packages.
/// </summary>
public sealed class ToolPackagesFixture : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    public static readonly string[] PackableProjects =
        ["ClaimTracker", "ClaimTracker.Languages.Arabic", "ClaimTracker.Languages.English", "ClaimTracker.Cli"];

    public ToolPackagesFixture()
    {
        Root = ClaimTracker.Testing.RepoPaths.Root;
        Version = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Work = Path.Combine(Path.GetTempPath(), "ct-tool-" + Guid.NewGuid().ToString("N"));
        PackageDir = Path.Combine(Work, "packages");
        ToolDir = Path.Combine(Work, "tool");
        Directory.CreateDirectory(PackageDir);

        foreach (var project in PackableProjects)
        {
            var pack = Check(ToolProcess.Run(
                ToolProcess.Dotnet, Root, Timeout, "pack", Path.Combine(Root, "src", project, project + ".csproj"), "-c", "Release", "-o", PackageDir, "-nodeReuse:false"));
            PackSeconds += pack.Elapsed.TotalSeconds;
        }

        var install = Check(ToolProcess.Run(
            ToolProcess.Dotnet, Work, Timeout, "tool", "install", "ClaimTracker.Cli", "--tool-path", ToolDir, "--add-source", PackageDir, "--version", Version));
        InstallSeconds = install.Elapsed.TotalSeconds;
        ToolCommand = Path.Combine(ToolDir, OperatingSystem.IsWindows() ? "claimtracker.exe" : "claimtracker");
    }

    public string Root { get; }

    public string Version { get; }

    public string Work { get; }

    public string PackageDir { get; }

    public string ToolDir { get; }

    public string ToolCommand { get; }

    public double PackSeconds { get; }

    public double InstallSeconds { get; }

    internal static ToolProcess.Result Check(ToolProcess.Result result) =>
        result.Code == 0 ? result : throw new InvalidOperationException("Command failed:\n" + result);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

public class ToolInstallTests(ToolPackagesFixture fixture, ITestOutputHelper output) : IClassFixture<ToolPackagesFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    [Fact]
    public void Pack_ProducesLibraryPackToolPackages_AndTheToolPackageHasCommandAndReadme()
    {
        output.WriteLine($"pack {fixture.PackSeconds:0.0}s, install {fixture.InstallSeconds:0.0}s");
        var names = Directory.GetFiles(fixture.PackageDir, "*.nupkg").Select(Path.GetFileName).ToArray();
        foreach (var project in ToolPackagesFixture.PackableProjects)
        {
            names.Should().Contain($"{project}.{fixture.Version}.nupkg");
        }

        using var tool = ZipFile.OpenRead(Path.Combine(fixture.PackageDir, $"ClaimTracker.Cli.{fixture.Version}.nupkg"));
        tool.Entries.Select(e => e.FullName).Should().Contain("README.md");
        var settings = tool.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        using var reader = new StreamReader(settings.Open());
        reader.ReadToEnd().Should().Contain("Name=\"claimtracker\"");
    }

    [Fact]
    public void InstalledTool_Help_ListsTheCommands_ExitCode0()
    {
        var result = ToolProcess.Run(fixture.ToolCommand, fixture.Work, Timeout, "--help");
        output.WriteLine(result.ToString());

        result.Code.Should().Be(0);
        result.Out.Should().Contain("  claimtracker [command] [options]");
        foreach (var command in new[] { "analyze", "extract", "compare", "recognize", "eval" })
        {
            result.Out.Should().Contain(command);
        }
    }

    [Fact]
    public void InstalledTool_Version_PrintsThePackageVersion_ExitCode0()
    {
        var result = ToolProcess.Run(fixture.ToolCommand, fixture.Work, Timeout, "--version");

        result.Code.Should().Be(0, result.ToString());
        result.Out.Trim().Should().StartWith(fixture.Version);
    }

    [Fact]
    public void InstalledTool_AnalyzeSeedCorpus_WritesReportsWithoutAnsiEscapes()
    {
        var reports = Path.Combine(fixture.Work, "report-" + Guid.NewGuid().ToString("N"));

        var result = ToolProcess.Run(fixture.ToolCommand, fixture.Work, Timeout, "analyze", Path.Combine(fixture.Root, "samples", "seed-ar"), "--out", reports);

        result.Code.Should().Be(0, result.ToString());
        result.Out.Should().Contain("5 articles").And.NotContain("\u001b");
        result.Err.Should().NotContain("\u001b");
        File.Exists(Path.Combine(reports, "report.json")).Should().BeTrue();
    }

    [Fact]
    public void InstalledTool_UsageError_ErrorAndHintOnStderr_ExitCode2()
    {
        var result = ToolProcess.Run(fixture.ToolCommand, fixture.Work, Timeout, "extract", fixture.Work, "--no-such-option");

        result.Code.Should().Be(2, result.ToString());
        result.Err.Should().StartWith("error: ").And.Contain("--no-such-option").And.Contain("hint: run 'claimtracker extract --help'");
    }

    [Fact]
    public void Sample_BuiltAgainstThePackedPackages_PrintsTheClaimsOfBothArticles()
    {
        var bin = Path.Combine(fixture.Work, "sample-bin");
        var build = ToolPackagesFixture.Check(ToolProcess.Run(
            ToolProcess.Dotnet, fixture.Root, Timeout, "build", Path.Combine(fixture.Root, "samples", "ClaimTracker.Sample", "ClaimTracker.Sample.csproj"),
            "-c", "Release", "-o", bin, "-nodeReuse:false",
            $"-p:ClaimTrackerPackageSource={fixture.PackageDir}", $"-p:ClaimTrackerVersion={fixture.Version}",
            $"-p:RestorePackagesPath={Path.Combine(fixture.Work, "nuget-packages")}"));
        output.WriteLine($"sample build {build.Elapsed.TotalSeconds:0.0}s");

        var run = ToolProcess.Run(ToolProcess.Dotnet, fixture.Work, Timeout, Path.Combine(bin, "ClaimTracker.Sample.dll"));
        output.WriteLine(run.ToString());

        run.Code.Should().Be(0);
        run.Out.Should().Contain("United Nations [org:un]").And.Contain("الأمم المتحدة [org:un]").And.Contain("2 claims from 2 articles");
        run.Out.ReplaceLineEndings("\n").TrimEnd().Should().Be(SampleExpectedOutput(), "samples/ClaimTracker.Sample/README.md shows what the sample prints");
    }

    /// <summary>The first <c>```text</c> block of the sample's README (its "Expected output").</summary>
    internal static string SampleExpectedOutput()
    {
        var readme = File.ReadAllText(Path.Combine(ClaimTracker.Testing.RepoPaths.Root, "samples", "ClaimTracker.Sample", "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```text\n", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the sample's README shows its expected output in a text block");
        var end = readme.IndexOf("\n```", start + 8, StringComparison.Ordinal);
        return readme[(start + 8)..end].TrimEnd();
    }
}
