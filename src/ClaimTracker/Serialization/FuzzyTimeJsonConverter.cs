using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Model;

namespace ClaimTracker.Serialization;

/// <summary>
/// Writes a <see cref="FuzzyTime"/> as <c>{"start":"2024-06-01","end":"2024-07-01","precision":"month","open":false}</c>:
/// end exclusive, null for an unbounded end, and <c>yyyy-MM-ddTHH:mm:ss</c> instead of <c>yyyy-MM-dd</c> when the
/// precision is finer than a day or an instant is not at midnight. On reading, <c>precision</c> is required and
/// <c>open</c>, when present, must agree with the bounds.
/// </summary>
internal sealed class FuzzyTimeJsonConverter : JsonConverter<FuzzyTime>
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    public override FuzzyTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a time object");
        DateTime? start = null, end = null;
        TimePrecision? precision = null;
        bool? open = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "start": start = ParseInstant(JsonReading.ReadNullableString(ref reader, "start"), "start"); break;
                case "end": end = ParseInstant(JsonReading.ReadNullableString(ref reader, "end"), "end"); break;
                case "precision":
                    precision = JsonReading.ParseEnum<TimePrecision>(JsonReading.ReadNullableString(ref reader, "precision"), "precision");
                    break;
                case "open": open = JsonReading.ReadBool(ref reader, "open"); break;
                default: reader.Skip(); break;
            }
        }

        if (precision is not { } p)
        {
            throw new JsonException("A time needs a 'precision'.");
        }

        FuzzyTime value;
        try
        {
            value = new FuzzyTime(start, end, p);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Invalid time: {ex.Message}", ex);
        }

        if (open is { } o && o != value.IsOpen)
        {
            throw new JsonException($"The time's 'open' ({(o ? "true" : "false")}) does not agree with its bounds.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, FuzzyTime value, JsonSerializerOptions options)
    {
        var withClock = value.Precision > TimePrecision.Day
            || value.Start is { TimeOfDay.Ticks: > 0 } || value.End is { TimeOfDay.Ticks: > 0 };
        writer.WriteStartObject();
        WriteInstant(writer, "start", value.Start, withClock);
        WriteInstant(writer, "end", value.End, withClock);
        writer.WriteString("precision", JsonReading.CamelCase(value.Precision));
        writer.WriteBoolean("open", value.IsOpen);
        writer.WriteEndObject();
    }

    private static void WriteInstant(Utf8JsonWriter writer, string name, DateTime? instant, bool withClock)
    {
        if (instant is not { } t)
        {
            writer.WriteNull(name);
            return;
        }

        var format = !withClock ? Formats[0] : t.Ticks % TimeSpan.TicksPerSecond == 0 ? Formats[1] : Formats[2];
        writer.WriteString(name, t.ToString(format, CultureInfo.InvariantCulture));
    }

    private static DateTime? ParseInstant(string? text, string name)
    {
        if (text is null)
        {
            return null;
        }

        return DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new JsonException($"'{name}' must be a date 'yyyy-MM-dd' or 'yyyy-MM-ddTHH:mm:ss', not '{text}'.");
    }
}
