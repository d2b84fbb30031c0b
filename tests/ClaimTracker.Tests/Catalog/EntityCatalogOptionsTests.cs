using ClaimTracker.Catalog;

namespace ClaimTracker.Tests.Catalog;

public class EntityCatalogOptionsTests
{
    [Fact]
    public void ApplyTo_AddsContributionsThenFilesInOrder()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-options-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "format": "claimtracker-catalog/1", "entities": [ { "id": "org:x", "names": { "en": ["Ex"] } } ] }""");
        try
        {
            var options = new EntityCatalogOptions();
            options.Contributions.Add(new CatalogContribution("code", [new EntityDefinition("org:x") { Kind = EntityKind.Organization }]));
            options.Files.Add(path);

            var builder = options.ApplyTo(new EntityCatalogBuilder());

            builder.Contributions.Select(c => c.SourceName).Should().Equal("code", path);
            builder.Build().Lookup("Ex", "en").Should().ContainSingle().Which.Entity.Kind.Should().Be(EntityKind.Organization);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ApplyTo_MissingFile_ThrowsCatalogException()
    {
        var options = new EntityCatalogOptions();
        options.Files.Add(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json"));
        FluentActions.Invoking(() => options.ApplyTo(new EntityCatalogBuilder())).Should().Throw<CatalogException>();
        FluentActions.Invoking(() => options.ApplyTo(null!)).Should().Throw<ArgumentNullException>();
    }
}
