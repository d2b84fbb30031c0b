using System.Collections.Immutable;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Model;

/// <summary>Hand-built model values shared by tests. Invented text; no corpus content.</summary>
internal static class Samples
{
    public const string ArticleText = "Officials at the port told Example News that more than 10000 containers were moved in September 2023.";

    public static Article Article { get; } = new("sample-1", ArticleText, "en", FuzzyTime.Day(2023, 10, 2), "Example News", "Port traffic", new Uri("https://example.org/a/1"));

    public static Source Officials { get; } = new(SourceKind.Role, "Officials at the port", affiliation: "org:port-authority");

    public static Source Outlet { get; } = new(SourceKind.Outlet, "Example News", "outlet:example-news");

    public static Attribution Attribution { get; } = new(
        Officials,
        [Officials, Outlet],
        new AttributionCue("told", TextSpan.FromBounds(22, 26)));

    public static Proposition Proposition { get; } = new(
        "move",
        [new Participant(ParticipantRole.Agent, "org:port-authority", "port"), new Participant(ParticipantRole.Object, null, "containers")]);

    public static Evidence Evidence { get; } = Evidence.From(Article, new TextSpan(0, ArticleText.Length - 1));

    public static Claim Claim { get; } = new(
        "c-1",
        Proposition,
        Attribution,
        Stance.Asserts,
        Polarity.Positive,
        Evidence,
        0.75,
        said: FuzzyTime.Day(2023, 10, 1),
        eventTime: FuzzyTime.Month(2023, 9),
        quantities: [Quantity.MoreThan(10000, Unit.Count("container")), Quantity.About(2.5, Unit.Week)],
        times: [FuzzyTime.Since(FuzzyTime.Month(2023, 9)), FuzzyTime.PartOfDay(new DateOnly(2023, 9, 5), DayPart.Night)]);

    public static ClaimRelation Relation { get; } = new(
        "r-1",
        RelationKind.Contradicts,
        "c-1",
        "c-2",
        0.8,
        [new Reason(ReasonType.SameSignature, "move(agent:org:port-authority,object:~containers)"),
         new Reason(ReasonType.QuantitiesDisjoint, "(10000, ∞) container and [5000, 5000] container are disjoint; the first is higher"),
         new Reason(ReasonType.IndependentOrigins, "Role \"Officials at the port\" vs Government \"Ministry\"")]);

    public static ImmutableArray<Source> Chain => Attribution.Chain;
}
