using System.Text.RegularExpressions;
using ClaimTracker.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ClaimTracker.Cli.Tests;

/// <summary>
/// Pasted code works: every <c>```csharp</c> block of README.md and docs/*.md compiles as it is written, against the
/// library and the language packs (and Microsoft.Extensions.DependencyInjection), with a console app's implicit usings;
/// the blocks that are programs (top-level statements) also run, in a folder that holds the sample corpus as
/// <c>articles/</c> and <c>samples/seed-ar/</c>.
/// </summary>
public partial class DocSnippetsTests
{
    /// <summary>What <c>dotnet new console</c> puts in scope (ImplicitUsings).</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
    {
        // The framework and every assembly the test app runs with (ClaimTracker, the packs, DI, YamlDotNet, …).
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. paths.Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Select(p => MetadataReference.CreateFromFile(p))];
    });

    /// <summary>The C# blocks of README.md and docs/*.md: (file, 1-based block number, code).</summary>
    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, number, _) in ReadBlocks())
        {
            data.Add(file, number);
        }

        return data;
    }

    internal static IEnumerable<(string File, int Number, string Code)> ReadBlocks()
    {
        var files = new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md")
            .Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var number = 0;
            foreach (Match m in CSharpBlock().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, file)).Replace("\r\n", "\n", StringComparison.Ordinal)))
            {
                yield return (file, ++number, m.Groups[1].Value);
            }
        }
    }

    [Fact]
    public void ReadBlocks_ReadmeAndDocs_FindTheReadmeDependencyInjectionProgram()
    {
        var readme = ReadBlocks().Where(b => b.File == "README.md").ToList();

        readme.Should().ContainSingle();
        readme[0].Code.Should().Contain("var services = new ServiceCollection();").And.Contain("result.Diagnostics");
        ReadBlocks().Select(b => b.File).Distinct().Should().HaveCountGreaterThan(1, "docs/ has C# blocks too");
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_AsWritten_CompilesAndRunsWhenItIsAProgram(string file, int number)
    {
        var code = ReadBlocks().Single(b => b.File == file && b.Number == number).Code;
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.CSharp12), path: $"{file}#{number}");
        var isProgram = tree.GetCompilationUnitRoot().Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();
        var name = "DocSnippet_" + Regex.Replace(file, "[^A-Za-z0-9]", "_") + "_" + number;
        var compilation = CSharpCompilation.Create(
            name,
            [tree, CSharpSyntaxTree.ParseText(ImplicitUsings, new CSharpParseOptions(LanguageVersion.CSharp12))],
            References.Value,
            new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var dll = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        var emitted = compilation.Emit(dll);

        emitted.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString())
            .Should().BeEmpty($"the block {number} of {file} must compile as pasted:\n{code}");
        if (!isProgram)
        {
            return;
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, name + ".runtimeconfig.json"), RuntimeConfig());
        var run = ToolProcess.Run(ToolProcess.Dotnet, CorpusFolder(), TimeSpan.FromMinutes(3), "exec", dll);
        run.Code.Should().Be(0, run.ToString());
        run.Out.Should().NotBeEmpty("a documented program shows its result");
    }

    /// <summary>A temporary folder with the sample corpus as <c>articles/</c> and <c>samples/seed-ar/</c>.</summary>
    private static string CorpusFolder()
    {
        var dir = CliRunner.TempDir("ct-snippet-");
        foreach (var target in new[] { "articles", Path.Combine("samples", "seed-ar") })
        {
            Directory.CreateDirectory(Path.Combine(dir, target));
            foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "samples", "seed-ar")))
            {
                File.Copy(file, Path.Combine(dir, target, Path.GetFileName(file)));
            }
        }

        return dir;
    }

    /// <summary>The runtime configuration of a program on the framework the tests run on.</summary>
    private static string RuntimeConfig()
    {
        var version = Environment.Version;
        return $$"""
            { "runtimeOptions": { "tfm": "net{{version.Major}}.{{version.Minor}}", "framework": { "name": "Microsoft.NETCore.App", "version": "{{version.Major}}.{{version.Minor}}.0" } } }
            """;
    }

    [GeneratedRegex(@"^```csharp\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
