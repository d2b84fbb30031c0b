using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Model;

namespace ClaimTracker.Serialization;

/// <summary>Writes a <see cref="Unit"/> as its id string (<c>"metric-ton"</c>, <c>"count:container"</c>, <c>"currency:USD"</c>).</summary>
internal sealed class UnitJsonConverter : JsonConverter<Unit>
{
    public override Unit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.String, "a unit id string");
        var id = reader.GetString();
        return Unit.TryFromId(id, out var unit)
            ? unit
            : throw new JsonException($"Unknown unit id '{id}'. Expected a well-known id (for example 'metric-ton', 'km/h', 'year'), 'count:<noun>' or 'currency:<ISO code>'.");
    }

    public override void Write(Utf8JsonWriter writer, Unit value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
}
