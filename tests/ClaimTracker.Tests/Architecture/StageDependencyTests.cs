using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using ClaimTracker.Analysis;

namespace ClaimTracker.Tests.Architecture;

/// <summary>
/// Keeps the core's dependencies running one way, as docs/architecture.md draws them: foundation (text contracts,
/// lexicons, model, serialization, catalog) → ingestion → recognition → extraction → comparison → indexing → graph →
/// analysis → reporting → composition (dependency injection and the pipeline). A type may use types of its own stage
/// and of earlier stages only. Checked by reflection over every type's signatures (base type, interfaces, fields,
/// properties, parameters, return types, generic arguments) and the members its method bodies touch (IL operands).
/// </summary>
public class StageDependencyTests
{
    private static readonly Assembly Core = typeof(ClaimTrackerAnalyzer).Assembly;

    /// <summary>The core's namespaces by stage rank; the root namespace is ranked per type (see <see cref="RankOf"/>).</summary>
    private static readonly Dictionary<string, int> Ranks = new(StringComparer.Ordinal)
    {
        ["ClaimTracker.Text"] = 0,
        ["ClaimTracker.Lexicons"] = 0,
        ["ClaimTracker.Model"] = 1,
        ["ClaimTracker.Serialization"] = 1,
        ["ClaimTracker.Catalog"] = 2,
        ["ClaimTracker.Ingestion"] = 3,
        ["ClaimTracker.Recognition"] = 4,
        ["ClaimTracker.Extraction"] = 5,
        ["ClaimTracker.Comparison"] = 6,
        ["ClaimTracker.Indexing"] = 7,
        ["ClaimTracker.Graph"] = 8,
        ["ClaimTracker.Analysis"] = 9,
        ["ClaimTracker.Reporting"] = 10,
        ["ClaimTracker.DependencyInjection"] = 11,
    };

    private const int CompositionRank = 11;

    private static readonly Dictionary<short, OpCode> OneByte = new();
    private static readonly Dictionary<short, OpCode> TwoByte = new();

    static StageDependencyTests()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var op = (OpCode)field.GetValue(null)!;
            if (op.Size == 1)
            {
                OneByte[(short)(op.Value & 0xff)] = op;
            }
            else
            {
                TwoByte[(short)(op.Value & 0xff)] = op;
            }
        }
    }

    /// <summary>
    /// The stage rank of a core type: its namespace's (nested namespaces such as <c>Recognition.Dates</c> take their
    /// stage's), or, in the root namespace, composition for the pipeline types and foundation for the rest
    /// (<see cref="Diagnostic"/>).
    /// </summary>
    private static int? RankOf(Type type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType!;
        }

        var ns = type.Namespace ?? string.Empty;
        if (ns == "ClaimTracker")
        {
            return type.Name.StartsWith("ClaimPipeline", StringComparison.Ordinal) ? CompositionRank : 0;
        }

        foreach (var (prefix, rank) in Ranks)
        {
            if (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                return rank;
            }
        }

        return null;
    }

    [Fact]
    public void CoreNamespaces_AllHaveAStage()
    {
        var unranked = Core.GetTypes()
            .Where(t => t.Namespace?.StartsWith("ClaimTracker", StringComparison.Ordinal) == true && RankOf(t) is null)
            .Select(t => t.FullName)
            .ToArray();
        unranked.Should().BeEmpty("every core namespace must be placed in the stage order (add it to Ranks and docs/architecture.md)");
    }

    [Fact]
    public void CoreTypes_UseNoTypeOfALaterStage()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Core.GetTypes())
        {
            if (RankOf(type) is not int rank)
            {
                continue;
            }

            foreach (var used in UsedTypes(type))
            {
                if (used.Assembly == Core && RankOf(used) is int usedRank && usedRank > rank)
                {
                    violations.Add($"{Outer(type).FullName} (stage {rank}) uses {Outer(used).FullName} (stage {usedRank})");
                }
            }
        }

        violations.Should().BeEmpty();
    }

    [Fact]
    public void UsedTypes_MethodBodyCallIntoALaterStage_IsSeen()
    {
        // The checker must see through method bodies, not only signatures: the analyzer's bodies create a ClaimIndex.
        UsedTypes(typeof(ClaimTrackerAnalyzer)).Should().Contain(typeof(ClaimTracker.Indexing.ClaimIndex));
    }

    [Fact]
    public void CoreAssembly_ReferencesNeitherEvaluationNorAPack()
    {
        Core.GetReferencedAssemblies().Select(a => a.Name).Should()
            .NotContain(n => n != null && (n.StartsWith("ClaimTracker.Evaluation", StringComparison.Ordinal) || n.StartsWith("ClaimTracker.Languages", StringComparison.Ordinal)));
    }

    [Fact]
    public void Projects_OnlyTheCliAndTheEvaluationProjectsReferenceEvaluation()
    {
        var root = ClaimTracker.Testing.RepoPaths.Root;
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "ClaimTracker.Cli.csproj", "ClaimTracker.Evaluation.csproj", "ClaimTracker.Evaluation.Tests.csproj",
        };
        var offenders = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(p => !allowed.Contains(Path.GetFileName(p)))
            .Where(p => File.ReadAllText(p).Contains("ClaimTracker.Evaluation.csproj", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(root, p))
            .ToArray();
        offenders.Should().BeEmpty("evaluation is a tool for building packs; only the CLI (eval) and its own tests may depend on it");
    }

    private static Type Outer(Type type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType!;
        }

        return type;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || t.IsGenericParameter)
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
                return;
            }

            if (!found.Add(t))
            {
                return;
            }

            if (t.IsGenericType)
            {
                foreach (var a in t.GetGenericArguments())
                {
                    Add(a);
                }
            }
        }

        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var f in type.GetFields(All))
        {
            Add(f.FieldType);
        }

        foreach (var p in type.GetProperties(All))
        {
            Add(p.PropertyType);
        }

        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo mi)
            {
                Add(mi.ReturnType);
            }

            foreach (var p in m.GetParameters())
            {
                Add(p.ParameterType);
            }

            foreach (var t in BodyTypes(m))
            {
                Add(t);
            }
        }

        foreach (var nested in type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic))
        {
            foreach (var t in UsedTypes(nested))
            {
                Add(t);
            }
        }

        return found;
    }

    /// <summary>The types whose members or tokens a method body's IL names (calls, field access, object creation, casts).</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        Type[]? typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var pos = 0;
        while (pos < il.Length)
        {
            OpCode op;
            if (il[pos] == 0xFE)
            {
                op = TwoByte[il[pos + 1]];
                pos += 2;
            }
            else
            {
                op = OneByte[il[pos]];
                pos += 1;
            }

            int operandSize = op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, pos)),
                _ => 4,
            };

            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, pos);
                Type? resolved = null;
                try
                {
                    resolved = module.ResolveMember(token, typeArgs, methodArgs) switch
                    {
                        Type t => t,
                        MemberInfo m => m.DeclaringType,
                        _ => null,
                    };
                }
                catch (Exception ex) when (ex is ArgumentException or BadImageFormatException or TypeLoadException)
                {
                    // A token in generic context the resolver cannot bind: signatures cover that type.
                }

                if (resolved is not null && resolved.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
                {
                    yield return resolved;
                }
            }

            pos += operandSize;
        }
    }
}
