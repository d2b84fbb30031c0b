using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using ClaimTracker.Model;
using ClaimTracker.Tests.Snapshots;

namespace ClaimTracker.Tests.Api;

public class PublicApiTests
{
    private static readonly Assembly Core = typeof(Quantity).Assembly;

    [Fact]
    public void ClaimTracker_PublicApi_IsApproved()
    {
        Snapshot.Match(PublicApi.Describe(Core), "txt");
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

    [Fact]
    public void Describe_SmallAssemblyShape_ListsMembersSorted()
    {
        var text = PublicApi.Describe(typeof(PublicApiTests).Assembly);
        var lines = text.Split('\n');
        lines.Should().Contain("class ClaimTracker.Tests.Api.PublicApiTests");
        lines.Should().Contain("  method void ModelTypes_Public_AreImmutableAndSealedOrReadOnly()");
        lines.Should().NotContain(l => l.Contains("ClaimTracker.Tests.Api.PublicApi ", StringComparison.Ordinal), "internal types are not public API");
        lines.Should().Contain("  method static void Match(string content, string extension = \"txt\", ClaimTracker.Tests.Snapshots.SnapshotSettings settings = null, string sourceFile = \"\", string memberName = \"\")");
    }
}

/// <summary>Produces a sorted, stable text listing of an assembly's public surface.</summary>
internal static class PublicApi
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(TypeHeader(type)).Append('\n');
            foreach (var line in Members(type).Order(StringComparer.Ordinal))
            {
                sb.Append("  ").Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? (type.GetCustomAttribute<IsReadOnlyAttribute>() is null ? "struct" : "readonly struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsSealed ? "sealed class"
            : type.IsAbstract ? "abstract class"
            : "class";
        var header = $"{kind} {Name(type, full: true)}";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        if (!type.IsEnum)
        {
            bases.AddRange(type.GetInterfaces().Select(i => Name(i)).Order(StringComparer.Ordinal));
        }
        return bases.Count == 0 ? header : $"{header} : {string.Join(", ", bases)}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                yield return $"value {name} = {Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var c in type.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
        {
            yield return $"ctor({Parameters(c)})";
        }

        foreach (var p in type.GetProperties(Declared))
        {
            var init = p.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
            var accessors = (p.GetMethod?.IsPublic == true ? "get; " : string.Empty) + (p.SetMethod?.IsPublic == true ? (init ? "init; " : "set; ") : string.Empty);
            var isStatic = (p.GetMethod ?? p.SetMethod)!.IsStatic ? "static " : string.Empty;
            var index = p.GetIndexParameters();
            var name = index.Length == 0 ? p.Name : $"this[{string.Join(", ", index.Select(i => Name(i.ParameterType)))}]";
            yield return $"property {isStatic}{Name(p.PropertyType)} {name} {{ {accessors}}}";
        }

        foreach (var f in type.GetFields(Declared))
        {
            yield return $"field {(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}";
        }

        foreach (var e in type.GetEvents(Declared))
        {
            yield return $"event {Name(e.EventHandlerType!)} {e.Name}";
        }

        foreach (var m in type.GetMethods(Declared).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            if (m.Name == "<Clone>$")
            {
                continue;
            }

            var generic = m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;
            yield return $"method {(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}{generic}({Parameters(m)})";
        }
    }

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p =>
    {
        var prefix = p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty;
        var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
        var optional = p.HasDefaultValue ? $" = {DefaultText(p.DefaultValue)}" : string.Empty;
        return $"{prefix}{Name(type)} {p.Name}{optional}";
    }));

    private static string DefaultText(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(string)] = "string", [typeof(int)] = "int", [typeof(long)] = "long",
        [typeof(bool)] = "bool", [typeof(double)] = "double", [typeof(float)] = "float", [typeof(object)] = "object",
        [typeof(char)] = "char", [typeof(byte)] = "byte", [typeof(decimal)] = "decimal", [typeof(short)] = "short",
        [typeof(uint)] = "uint", [typeof(ulong)] = "ulong",
    };

    private static string Name(Type type, bool full = false)
    {
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var name = full || type.Namespace is null || !type.Namespace.StartsWith("System", StringComparison.Ordinal)
            ? (type.FullName ?? type.Name)
            : type.Name;
        if (type.IsGenericType)
        {
            var generic = type.GetGenericTypeDefinition();
            var baseName = (full ? generic.FullName ?? generic.Name : (generic.Namespace?.StartsWith("System", StringComparison.Ordinal) == true ? generic.Name : generic.FullName ?? generic.Name));
            var tick = baseName.IndexOf('`', StringComparison.Ordinal);
            if (tick >= 0)
            {
                baseName = baseName[..tick];
            }

            return $"{baseName}<{string.Join(", ", type.GetGenericArguments().Select(a => Name(a)))}>";
        }

        return name.Replace('+', '.');
    }
}
