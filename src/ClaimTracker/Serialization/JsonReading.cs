using System.Text.Json;

namespace ClaimTracker.Serialization;

/// <summary>Small helpers shared by the converters.</summary>
internal static class JsonReading
{
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {what} but found {Describe(reader.TokenType)}.");
        }
    }

    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    public static double? ReadNullableDouble(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var v))
        {
            throw new JsonException($"'{name}' must be a number or null, not {Describe(reader.TokenType)}.");
        }

        return v;
    }

    public static double ReadDouble(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var v))
        {
            throw new JsonException($"'{name}' must be a number, not {Describe(reader.TokenType)}.");
        }

        return v;
    }

    public static int ReadInt(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var v))
        {
            throw new JsonException($"'{name}' must be an integer, not {Describe(reader.TokenType)}.");
        }

        return v;
    }

    public static bool ReadBool(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new JsonException($"'{name}' must be true or false, not {Describe(reader.TokenType)}."),
    };

    public static string? ReadNullableString(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException($"'{name}' must be a string or null, not {Describe(reader.TokenType)}."),
    };

    public static string CamelCase<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static TEnum ParseEnum<TEnum>(string? text, string name)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(CamelCase(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(v => CamelCase(v)));
        throw new JsonException($"'{name}' must be one of {allowed}, not '{text}'.");
    }
}
