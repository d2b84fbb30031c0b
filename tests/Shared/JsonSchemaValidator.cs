using System.Globalization;
using System.Text.Json;

namespace ClaimTracker.Testing;

/// <summary>
/// A small JSON Schema (draft 2020-12) validator for the subset of keywords ClaimTracker's schemas use: <c>type</c>
/// (one name or a list), <c>required</c>, <c>properties</c>, <c>additionalProperties: false</c>, <c>items</c>,
/// <c>enum</c> (of strings), <c>$ref</c> to <c>#/$defs/…</c>, <c>anyOf</c>, <c>minimum</c>, <c>maximum</c>,
/// <c>minItems</c> and <c>maxItems</c>. Any other keyword (annotations aside) throws <see cref="NotSupportedException"/>,
/// so a schema cannot silently rely on a rule this validator ignores. Test-side only.
/// </summary>
internal sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "title", "description", "$defs", "$comment" };

    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "type", "required", "properties", "additionalProperties", "items", "enum", "$ref", "anyOf", "minimum", "maximum", "minItems", "maxItems",
    };

    private readonly JsonElement _root;

    public JsonSchemaValidator(string schemaJson)
    {
        _root = JsonDocument.Parse(schemaJson).RootElement.Clone();
    }

    /// <summary>The errors of <paramref name="json"/> against the schema, each as <c>/json/pointer: message</c>; empty when valid.</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        var errors = new List<string>();
        using var document = JsonDocument.Parse(json);
        Check(_root, document.RootElement, "", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name) && !Supported.Contains(keyword.Name))
            {
                throw new NotSupportedException($"Schema keyword '{keyword.Name}' at {path} is not supported by this validator.");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, errors);
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var matched = anyOf.EnumerateArray().Any(alternative =>
            {
                var trial = new List<string>();
                Check(alternative, value, path, trial);
                return trial.Count == 0;
            });
            if (!matched)
            {
                errors.Add($"{path}: matches none of the anyOf alternatives");
            }
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => HasType(value, t)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", types)}, found {value.ValueKind}");
                return;
            }
        }

        if (schema.TryGetProperty("enum", out var allowed)
            && !allowed.EnumerateArray().Any(a => a.ValueKind == value.ValueKind && a.GetRawText() == value.GetRawText()))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            var number = value.GetDouble();
            if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
            {
                errors.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is below the minimum {min.GetRawText()}");
            }

            if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble())
            {
                errors.Add($"{path}: {number.ToString(CultureInfo.InvariantCulture)} is above the maximum {max.GetRawText()}");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, path, errors);
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var length = value.GetArrayLength();
            if (schema.TryGetProperty("minItems", out var minItems) && length < minItems.GetInt32())
            {
                errors.Add($"{path}: {length} items, fewer than {minItems.GetInt32()}");
            }

            if (schema.TryGetProperty("maxItems", out var maxItems) && length > maxItems.GetInt32())
            {
                errors.Add($"{path}: {length} items, more than {maxItems.GetInt32()}");
            }

            if (schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(items, item, $"{path}/{i++}", errors);
                }
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{path}: missing required member '{name}'");
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        if (schema.TryGetProperty("additionalProperties", out var additional))
        {
            if (additional.ValueKind != JsonValueKind.False)
            {
                throw new NotSupportedException($"Only 'additionalProperties: false' is supported (at {path}).");
            }

            foreach (var member in value.EnumerateObject())
            {
                if (!hasProperties || !properties.TryGetProperty(member.Name, out _))
                {
                    errors.Add($"{path}: member '{member.Name}' is not allowed");
                }
            }
        }

        if (hasProperties)
        {
            foreach (var member in value.EnumerateObject())
            {
                if (properties.TryGetProperty(member.Name, out var memberSchema))
                {
                    Check(memberSchema, member.Value, $"{path}/{member.Name}", errors);
                }
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only '$ref' to '{prefix}…' is supported, not '{reference}'.");
        }

        return _root.GetProperty("$defs").TryGetProperty(reference[prefix.Length..], out var target)
            ? target
            : throw new InvalidOperationException($"The schema has no definition for '{reference}'.");
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };
}
