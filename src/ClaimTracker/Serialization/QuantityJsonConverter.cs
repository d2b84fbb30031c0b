using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Model;

namespace ClaimTracker.Serialization;

/// <summary>
/// Writes a <see cref="Quantity"/> as
/// <c>{"low":10000,"high":null,"lowInclusive":false,"highInclusive":false,"approximate":false,"tolerance":0,"unit":"count:container","dimension":"count"}</c>.
/// On reading, <c>unit</c> is required, <c>dimension</c> is optional but must match the unit, the other members default
/// to null/false/0, and unknown members are skipped.
/// </summary>
internal sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a quantity object");
        double? low = null, high = null;
        bool lowInclusive = false, highInclusive = false, approximate = false;
        double tolerance = 0;
        Unit? unit = null;
        Dimension? dimension = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "low": low = JsonReading.ReadNullableDouble(ref reader, "low"); break;
                case "high": high = JsonReading.ReadNullableDouble(ref reader, "high"); break;
                case "lowInclusive": lowInclusive = JsonReading.ReadBool(ref reader, "lowInclusive"); break;
                case "highInclusive": highInclusive = JsonReading.ReadBool(ref reader, "highInclusive"); break;
                case "approximate": approximate = JsonReading.ReadBool(ref reader, "approximate"); break;
                case "tolerance": tolerance = JsonReading.ReadDouble(ref reader, "tolerance"); break;
                case "unit":
                    var id = JsonReading.ReadNullableString(ref reader, "unit");
                    unit = Unit.TryFromId(id, out var u) ? u : throw new JsonException($"Unknown unit id '{id}' in quantity.");
                    break;
                case "dimension":
                    dimension = JsonReading.ParseEnum<Dimension>(JsonReading.ReadNullableString(ref reader, "dimension"), "dimension");
                    break;
                default: reader.Skip(); break;
            }
        }

        if (unit is null)
        {
            throw new JsonException("A quantity needs a 'unit'.");
        }

        if (dimension is { } d && d != unit.Dimension)
        {
            throw new JsonException($"The quantity's dimension '{JsonReading.CamelCase(d)}' does not match its unit '{unit.Id}' ({JsonReading.CamelCase(unit.Dimension)}).");
        }

        try
        {
            return new Quantity(low, lowInclusive, high, highInclusive, unit, approximate, tolerance);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid quantity: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Writes <paramref name="value"/> in the documented quantity shape (also used by the JSON report).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, Quantity value)
    {
        writer.WriteStartObject();
        WriteNullable(writer, "low", value.Low);
        WriteNullable(writer, "high", value.High);
        writer.WriteBoolean("lowInclusive", value.LowInclusive);
        writer.WriteBoolean("highInclusive", value.HighInclusive);
        writer.WriteBoolean("approximate", value.IsApproximate);
        writer.WriteNumber("tolerance", value.Tolerance);
        writer.WriteString("unit", value.Unit.Id);
        writer.WriteString("dimension", JsonReading.CamelCase(value.Dimension));
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
