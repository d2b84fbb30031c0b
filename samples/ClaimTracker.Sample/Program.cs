// ClaimTracker sample: register the pipeline with dependency injection, extract the claims of two short articles
// (one English, one Arabic) and compare them across the articles.
using ClaimTracker.DependencyInjection;
using ClaimTracker.Extraction;
using ClaimTracker.Indexing;
using ClaimTracker.Languages.Arabic;
using ClaimTracker.Languages.English;
using ClaimTracker.Model;
using Microsoft.Extensions.DependencyInjection;

Console.OutputEncoding = System.Text.Encoding.UTF8;

var services = new ServiceCollection();
services.AddClaimTracker(o => o.UseArabic().UseEnglish());
using var provider = services.BuildServiceProvider();

Article[] articles =
[
    new("harbor-en", "The United Nations said on Monday that 120 people were injured when the storm hit the coast of Peru.",
        "en", FuzzyTime.Parse("2025-03-11"), outlet: "Sample Wire"),
    new("harbor-ar", "قالت الأمم المتحدة يوم الاثنين إن 45 شخصا أصيبوا عندما ضربت العاصفة ساحل البيرو.",
        "ar", FuzzyTime.Parse("2025-03-11"), outlet: "Sample Daily"),
];

var extractor = provider.GetRequiredService<IClaimExtractor>();
var claims = new List<Claim>();
foreach (var article in articles)
{
    foreach (var claim in extractor.Extract(article).Claims)
    {
        claims.Add(claim);
        var speaker = claim.Attribution.Speaker;
        Console.WriteLine($"{claim.Id}  {claim.Stance}  {speaker.Name} [{speaker.EntityId ?? "-"}]  {claim.Proposition.Signature}");
        Console.WriteLine($"    \"{claim.Evidence.Text}\"");
    }
}

var index = provider.GetRequiredService<ClaimIndex>();
var relations = index.Add(claims);
foreach (var relation in relations)
{
    Console.WriteLine($"{relation.Kind}: {relation.ClaimA} <-> {relation.ClaimB} (score {relation.Score:0.00})");
}

Console.WriteLine($"{claims.Count} claims from {articles.Length} articles, {relations.Length} relations.");
