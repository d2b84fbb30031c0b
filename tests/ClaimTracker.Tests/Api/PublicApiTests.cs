using System.Reflection;
using System.Runtime.CompilerServices;
using ClaimTracker.Model;

namespace ClaimTracker.Tests.Api;

public class PublicApiTests
{
    private static readonly Assembly Core = typeof(Quantity).Assembly;

    [Fact]
    public void Packages_EachLibrary_DeclaresItsPublicApiForTheAnalyzer()
    {
        // The public surface is kept by Microsoft.CodeAnalysis.PublicApiAnalyzers (RS0016/RS0017 fail the build); each
        // packable library needs both files for it to check anything.
        var root = ClaimTracker.Testing.RepoPaths.Root;
        var libraries = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => File.ReadAllText(p).Contains("<IsPackable>true</IsPackable>", StringComparison.Ordinal)
                && !File.ReadAllText(p).Contains("<PackAsTool>true</PackAsTool>", StringComparison.Ordinal))
            .ToArray();
        libraries.Should().NotBeEmpty();
        foreach (var project in libraries)
        {
            var dir = Path.GetDirectoryName(project)!;
            File.Exists(Path.Combine(dir, "PublicAPI.Shipped.txt")).Should().BeTrue(project);
            File.ReadAllText(Path.Combine(dir, "PublicAPI.Unshipped.txt")).Should().StartWith("#nullable enable", project);
        }
    }

    [Fact]
    public void ModelTypes_Public_AreImmutableAndSealedOrReadOnly()
    {
        var problems = new List<string>();
        foreach (var type in Core.GetExportedTypes().Where(t => t.Namespace == "ClaimTracker.Model" && !t.IsEnum && !t.IsInterface))
        {
            if (type.IsAbstract && type.IsSealed)
            {
                continue; // static class
            }

            if (type.IsValueType)
            {
                if (type.GetCustomAttribute<IsReadOnlyAttribute>() is null)
                {
                    problems.Add($"{type.Name}: struct is not readonly");
                }
            }
            else if (!type.IsSealed)
            {
                problems.Add($"{type.Name}: class or record is not sealed");
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (property.SetMethod is { IsPublic: true })
                {
                    problems.Add($"{type.Name}.{property.Name}: public setter or init accessor");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    problems.Add($"{type.Name}.{field.Name}: public mutable field");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void ModelTypes_ValueEquality_Implemented()
    {
        var missing = Core.GetExportedTypes()
            .Where(t => t.Namespace == "ClaimTracker.Model" && !t.IsEnum && !(t.IsAbstract && t.IsSealed))
            .Where(t => !t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
            .Select(t => t.Name);
        missing.Should().BeEmpty();
    }
}
