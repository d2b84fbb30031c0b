using ClaimTracker.Model;
using static ClaimTracker.Tests.Comparison.TestClaims;

namespace ClaimTracker.Tests.Indexing;

/// <summary>Random articles of random claims over a fixed vocabulary of entities and event classes (seeded, repeatable).</summary>
internal static class CorpusGenerator
{
    private static readonly string[] Classes = ["190", "193", "042", "051", "move", "meet", "sanction", "deliver"];

    private static readonly Source[] Speakers =
    [
        UsOfficial, Washington, Moscow, OutletA, OutletB,
        new(SourceKind.Person, "Person P", "person:p", "gov:fr"),
        new(SourceKind.Anonymous, string.Empty),
    ];

    public static List<List<Claim>> Articles(int count, int seed, int claimsPerArticle = 4, int entities = 12)
    {
        var random = new Random(seed);
        var articles = new List<List<Claim>>(count);
        for (var a = 0; a < count; a++)
        {
            var article = $"art{a:D4}";
            var claims = new List<Claim>(claimsPerArticle);
            for (var c = 0; c < claimsPerArticle; c++)
            {
                var agent = random.Next(entities);
                var recipient = (agent + 1 + random.Next(entities - 1)) % entities;
                var proposition = Prop(Classes[random.Next(Classes.Length)], Agent($"gov:e{agent}"), Recipient($"gov:e{recipient}"));
                var stance = random.Next(10) switch { < 6 => Stance.Asserts, < 8 => Stance.Denies, 8 => Stance.Expects, _ => Stance.Alleges };
                var said = FuzzyTime.Day(2024, 1 + random.Next(12), 1 + random.Next(28));
                Quantity[]? quantities = random.Next(3) == 0 ? [Quantity.Exactly(random.Next(1, 6) * 1000, Unit.Count("container"))] : null;
                FuzzyTime? eventTime = random.Next(3) == 0 ? FuzzyTime.Month(2024, 1 + random.Next(12)) : null;
                claims.Add(Make($"{article}-c{c}", article, proposition, stance, speaker: Speakers[random.Next(Speakers.Length)],
                    said: said, eventTime: eventTime, quantities: quantities, confidence: 0.5 + (random.Next(6) / 10d)));
            }

            articles.Add(claims);
        }

        return articles;
    }
}
