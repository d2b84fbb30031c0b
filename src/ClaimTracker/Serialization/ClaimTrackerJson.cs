using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ClaimTracker.Serialization;

/// <summary>
/// Serializes ClaimTracker model values to and from JSON with the shapes documented in <c>docs/model.md</c>
/// (camelCase members, enums as camelCase strings, units as ids, quantities and times as small objects).
/// </summary>
/// <remarks>
/// <para>
/// Output is deterministic: members in declaration order, invariant shortest round-trip numbers, <c>\n</c> line breaks
/// when indented, and text written as is except for what JSON itself requires (quotes, backslashes, control
/// characters): Arabic letters, <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are not escaped, so output embedded in an HTML
/// page must be escaped by the HTML writer.
/// </para>
/// <para>
/// Invalid input always fails with a <see cref="JsonException"/> whose message says what is wrong (an unknown unit id, an
/// inverted range, a missing member), never with an exception from deep inside a constructor.
/// </para>
/// <para>Stateless and thread-safe. Only types registered in <see cref="ClaimTrackerJsonContext"/> are supported.</para>
/// </remarks>
public static class ClaimTrackerJson
{
    /// <summary>Compact options (no indentation), backed by the source-generated <see cref="ClaimTrackerJsonContext"/>.</summary>
    /// <remarks>Shared and read-only; copy it (<c>new JsonSerializerOptions(Options)</c>) to change a setting.</remarks>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>As <see cref="Options"/>, indented by two spaces with <c>\n</c> line breaks.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = Create(indented: true);

    /// <summary>Serializes <paramref name="value"/>.</summary>
    /// <typeparam name="T">A model type registered in <see cref="ClaimTrackerJsonContext"/>.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">True for indented output.</param>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a registered model type.</exception>
    public static string Serialize<T>(T value, bool indented = false) =>
        JsonSerializer.Serialize(value, TypeInfo<T>(indented ? IndentedOptions : Options));

    /// <summary>Deserializes a value of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">A model type registered in <see cref="ClaimTrackerJsonContext"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <returns>The value; null only when <typeparamref name="T"/> is a nullable value type and the JSON is <c>null</c>.</returns>
    /// <exception cref="JsonException">The JSON is malformed, is <c>null</c> for a reference type, or describes an invalid value (the message says why).</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a registered model type.</exception>
    public static T Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var info = TypeInfo<T>(Options);
        try
        {
            var value = JsonSerializer.Deserialize(json, info);
            return value is null && Nullable.GetUnderlyingType(typeof(T)) is null
                ? throw new JsonException($"JSON null is not a valid {typeof(T).Name}.")
                : value!;
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
        catch (FormatException ex)
        {
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException($"Invalid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    private static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) =>
        options.TryGetTypeInfo(typeof(T), out var info) && info is JsonTypeInfo<T> typed
            ? typed
            : throw new NotSupportedException($"{typeof(T).FullName} is not a ClaimTracker model type registered in {nameof(ClaimTrackerJsonContext)}.");

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(ClaimTrackerJsonContext.Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = ClaimTrackerJsonContext.Default,
        };
#if NET9_0_OR_GREATER
        options.NewLine = "\n";
#endif
        options.MakeReadOnly();
        return options;
    }
}
