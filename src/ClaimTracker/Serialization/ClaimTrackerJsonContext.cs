using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the ClaimTracker model: camelCase members, enums as camelCase strings,
/// and the shapes documented in <c>docs/model.md</c>. Use <see cref="ClaimTrackerJson"/> rather than this type directly.
/// </summary>
/// <remarks>Thread-safe. No reflection at run time, so it works with trimming and native AOT.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters =
    [
        typeof(TextSpanJsonConverter),
        typeof(CamelCaseEnumConverter<Dimension>),
        typeof(CamelCaseEnumConverter<TimePrecision>),
        typeof(CamelCaseEnumConverter<Stance>),
        typeof(CamelCaseEnumConverter<Polarity>),
        typeof(CamelCaseEnumConverter<SourceKind>),
        typeof(CamelCaseEnumConverter<ParticipantRole>),
        typeof(CamelCaseEnumConverter<RelationKind>),
        typeof(CamelCaseEnumConverter<ReasonType>),
        typeof(CamelCaseEnumConverter<RangeRelation>),
        typeof(CamelCaseEnumConverter<TemporalOrder>),
        typeof(CamelCaseEnumConverter<DayPart>),
    ])]
[JsonSerializable(typeof(Unit))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(FuzzyTime))]
[JsonSerializable(typeof(FuzzyTime?))]
[JsonSerializable(typeof(TextSpan))]
[JsonSerializable(typeof(Dimension))]
[JsonSerializable(typeof(TimePrecision))]
[JsonSerializable(typeof(Stance))]
[JsonSerializable(typeof(Polarity))]
[JsonSerializable(typeof(SourceKind))]
[JsonSerializable(typeof(ParticipantRole))]
[JsonSerializable(typeof(RelationKind))]
[JsonSerializable(typeof(ReasonType))]
[JsonSerializable(typeof(RangeRelation))]
[JsonSerializable(typeof(TemporalOrder))]
[JsonSerializable(typeof(DayPart))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(AttributionCue))]
[JsonSerializable(typeof(Attribution))]
[JsonSerializable(typeof(Participant))]
[JsonSerializable(typeof(Proposition))]
[JsonSerializable(typeof(Evidence))]
[JsonSerializable(typeof(Claim))]
[JsonSerializable(typeof(Reason))]
[JsonSerializable(typeof(ClaimRelation))]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(QuantityComparison))]
[JsonSerializable(typeof(FuzzyTimeComparison))]
[JsonSerializable(typeof(ImmutableArray<Claim>))]
[JsonSerializable(typeof(ImmutableArray<ClaimRelation>))]
[JsonSerializable(typeof(ImmutableArray<Quantity>))]
[JsonSerializable(typeof(ImmutableArray<FuzzyTime>))]
[JsonSerializable(typeof(ImmutableArray<Article>))]
internal sealed partial class ClaimTrackerJsonContext : JsonSerializerContext
{
}

/// <summary>Enum values as camelCase strings; integers are refused.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
