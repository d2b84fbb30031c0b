using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Text;

namespace ClaimTracker.Serialization;

/// <summary>Writes a <see cref="TextSpan"/> as <c>{"start":12,"end":40}</c> (end exclusive, UTF-16 code units).</summary>
internal sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a span object");
        int? start = null, end = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "start": start = JsonReading.ReadInt(ref reader, "start"); break;
                case "end": end = JsonReading.ReadInt(ref reader, "end"); break;
                default: reader.Skip(); break;
            }
        }

        if (start is not { } s || end is not { } e)
        {
            throw new JsonException("A span needs 'start' and 'end'.");
        }

        if (s < 0 || e < s)
        {
            throw new JsonException($"Invalid span: start {s} must be zero or more and end {e} not before it.");
        }

        return TextSpan.FromBounds(s, e);
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", value.Start);
        writer.WriteNumber("end", value.End);
        writer.WriteEndObject();
    }
}
