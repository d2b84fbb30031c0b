using System.Collections.Immutable;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Comparison;

/// <summary>Hand-built claims for comparison, index and graph tests. Invented values only.</summary>
internal static class TestClaims
{
    public static readonly Source UsOfficial = new(SourceKind.Role, "US official", affiliation: "gov:us");
    public static readonly Source Washington = new(SourceKind.Government, "Washington", "gov:us");
    public static readonly Source Moscow = new(SourceKind.Government, "Moscow", "gov:ru");
    public static readonly Source OutletA = new(SourceKind.Outlet, "Outlet A", "outlet:a");
    public static readonly Source OutletB = new(SourceKind.Outlet, "Outlet B", "outlet:b");

    public static Participant Agent(string id) => new(ParticipantRole.Agent, id, id);

    public static Participant Recipient(string id) => new(ParticipantRole.Recipient, id, id);

    public static Participant Object(string name) => new(ParticipantRole.Object, null, name);

    public static Proposition Prop(string eventClass, params Participant[] participants) => new(eventClass, [.. participants]);

    public static Claim Make(
        string id,
        string article,
        Proposition proposition,
        Stance stance = Stance.Asserts,
        Polarity? polarity = null,
        Source? speaker = null,
        Source[]? chain = null,
        FuzzyTime? said = null,
        FuzzyTime? eventTime = null,
        Quantity[]? quantities = null,
        double confidence = 1d)
    {
        var s = speaker ?? OutletA;
        var attribution = new Attribution(s, chain is null ? default : [.. chain]);
        return new Claim(
            id,
            proposition,
            attribution,
            stance,
            polarity ?? StanceFacts.DefaultPolarity(stance),
            new Evidence(article, new TextSpan(0, 1), "x"),
            confidence,
            said,
            eventTime,
            quantities is null ? default : [.. quantities]);
    }

    /// <summary>A standard proposition: gov:ru strikes gov:ua.</summary>
    public static Proposition Strike => Prop("190", Agent("gov:ru"), Recipient("gov:ua"));
}
