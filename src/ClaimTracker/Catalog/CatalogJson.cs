using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTracker.Catalog;

/// <summary>Reads and writes the <c>claimtracker-catalog/1</c> JSON format.</summary>
internal static class CatalogJson
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly IReadOnlyDictionary<string, EntityKind> KindPrefixes = new Dictionary<string, EntityKind>(StringComparer.Ordinal)
    {
        ["gov"] = EntityKind.Government,
        ["org"] = EntityKind.Organization,
        ["person"] = EntityKind.Person,
        ["role"] = EntityKind.Role,
        ["outlet"] = EntityKind.Outlet,
        ["place"] = EntityKind.Place,
    };

    /// <summary>The camelCase spelling of an enum value, as written in catalog files.</summary>
    public static string KindToJson<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Parses a camelCase enum spelling; null when unknown.</summary>
    public static T? KindFromJson<T>(string? text)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text) || !char.IsLower(text[0]) || text.Any(c => !char.IsAsciiLetter(c)))
        {
            return null;
        }

        return Enum.TryParse<T>(char.ToUpperInvariant(text[0]) + text[1..], ignoreCase: false, out var value) ? value : null;
    }

    /// <summary>The kind implied by an id's prefix, if the prefix is a known one.</summary>
    public static EntityKind? KindOfPrefix(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && KindPrefixes.TryGetValue(id[..colon], out var kind) ? kind : null;
    }

    /// <summary>Null when <paramref name="id"/> is a valid id, else why not.</summary>
    public static string? CheckId(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "An entity id must not be empty.";
        }

        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == id.Length - 1)
        {
            return $"Entity id '{id}' must have the form prefix:rest (for example gov:RU).";
        }

        if (id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return $"Entity id '{id}' must not contain whitespace or control characters.";
        }

        return null;
    }

    public static CatalogContribution Parse(string json, string source)
    {
        FileDto? file;
        try
        {
            file = JsonSerializer.Deserialize<FileDto>(json, ReadOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "";
            throw new CatalogException($"Catalog '{source}' is not valid JSON for {CatalogContribution.FormatId}: {ex.Message}{where}", ex);
        }

        if (file is null)
        {
            throw new CatalogException($"Catalog '{source}' is empty.");
        }

        if (file.Format != CatalogContribution.FormatId)
        {
            throw new CatalogException(
                $"Catalog '{source}' has format '{file.Format ?? "(missing)"}'; expected \"format\": \"{CatalogContribution.FormatId}\".");
        }

        var entities = new List<EntityDefinition>();
        var index = 0;
        foreach (var dto in file.Entities ?? [])
        {
            entities.Add(ToDefinition(dto, source, index++));
        }

        CatalogDataSource? data = file.Source is null
            ? null
            : new CatalogDataSource(file.Source.Name ?? "", file.Source.Url, file.Source.License, file.Source.Note);
        return new CatalogContribution(source, entities, data, file.Description);
    }

    private static EntityDefinition ToDefinition(EntityDto? dto, string source, int index)
    {
        if (dto is null)
        {
            throw new CatalogException($"Catalog '{source}': entity #{index + 1} is null.");
        }

        var problem = CheckId(dto.Id);
        if (problem is not null)
        {
            throw new CatalogException($"Catalog '{source}': entity #{index + 1}: {problem}");
        }

        var id = dto.Id!;
        string Where() => $"Catalog '{source}': entity '{id}'";

        EntityKind? kind = null;
        if (dto.Kind is not null)
        {
            kind = KindFromJson<EntityKind>(dto.Kind)
                ?? throw new CatalogException($"{Where()} has unknown kind '{dto.Kind}'; expected one of {Spellings<EntityKind>()}.");
        }

        if (kind is { } k && KindOfPrefix(id) is { } implied && implied != k)
        {
            throw new CatalogException($"{Where()} has kind '{KindToJson(k)}' but its prefix means '{KindToJson(implied)}'.");
        }

        if (dto.Country is { } country && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            throw new CatalogException($"{Where()} has country '{country}'; expected an ISO 3166-1 alpha-2 code in upper case.");
        }

        var names = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (language, list) in dto.Names ?? [])
        {
            CheckLanguage(language, Where);
            names[language] = CleanTexts(list, () => $"{Where()} names[{language}]");
        }

        var aliases = ImmutableArray.CreateBuilder<EntityAlias>();
        foreach (var (language, byKind) in dto.Aliases ?? [])
        {
            CheckLanguage(language, Where);
            foreach (var (kindText, list) in byKind ?? [])
            {
                var aliasKind = KindFromJson<AliasKind>(kindText);
                if (aliasKind is null or AliasKind.Name)
                {
                    throw new CatalogException(
                        $"{Where()} has unknown alias kind '{kindText}' in language '{language}'; expected one of abbreviation, variant, metonym, demonym (names go under \"names\").");
                }

                foreach (var text in CleanTexts(list, () => $"{Where()} aliases[{language}][{kindText}]"))
                {
                    aliases.Add(new EntityAlias(text, language, aliasKind.Value));
                }
            }
        }

        var links = ImmutableArray.CreateBuilder<EntityLink>();
        foreach (var (typeText, targets) in dto.Links ?? [])
        {
            var type = KindFromJson<EntityLinkType>(typeText)
                ?? throw new CatalogException($"{Where()} has unknown link type '{typeText}'; expected one of {Spellings<EntityLinkType>()}.");
            foreach (var target in targets ?? [])
            {
                var targetProblem = CheckId(target);
                if (targetProblem is not null)
                {
                    throw new CatalogException($"{Where()} link '{typeText}': {targetProblem}");
                }

                links.Add(new EntityLink(type, target));
            }
        }

        return new EntityDefinition(id)
        {
            Kind = kind,
            Country = dto.Country,
            StateAffiliated = dto.StateAffiliated,
            Names = names.ToImmutable(),
            Aliases = aliases.ToImmutable(),
            Links = links.ToImmutable(),
        };
    }

    private static void CheckLanguage(string language, Func<string> where)
    {
        if (string.IsNullOrEmpty(language) || language.Length > 35 || !language.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new CatalogException($"{where()} uses language code '{language}'; expected a lower-case BCP 47 code such as ar or en.");
        }
    }

    private static ImmutableArray<string> CleanTexts(List<string?>? list, Func<string> where)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in list ?? [])
        {
            var text = raw?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                throw new CatalogException($"{where()} contains an empty text.");
            }

            if (text.Length > 200)
            {
                throw new CatalogException($"{where()} contains a text longer than 200 characters.");
            }

            builder.Add(text);
        }

        return builder.ToImmutable();
    }

    private static string Spellings<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => KindToJson(v)));

    public static string Write(CatalogContribution contribution)
    {
        var file = new FileDto
        {
            Format = CatalogContribution.FormatId,
            Description = contribution.Description,
            Source = contribution.DataSource is { } s ? new SourceDto { Name = s.Name, Url = s.Url, License = s.License, Note = s.Note } : null,
            Entities = contribution.Entities.Select(ToDto).ToList()!,
        };
        return JsonSerializer.Serialize(file, WriteOptions) + "\n";
    }

    private static EntityDto ToDto(EntityDefinition d)
    {
        var dto = new EntityDto
        {
            Id = d.Id,
            Kind = d.Kind is { } k ? KindToJson(k) : null,
            Country = d.Country,
            StateAffiliated = d.StateAffiliated,
        };
        if (d.Links.Length > 0)
        {
            dto.Links = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var group in d.Links.GroupBy(l => l.Type).OrderBy(g => g.Key))
            {
                dto.Links[KindToJson(group.Key)] = group.Select(l => l.Target).ToList();
            }
        }

        if (d.Names.Count > 0)
        {
            dto.Names = new SortedDictionary<string, List<string?>>(StringComparer.Ordinal);
            foreach (var (language, names) in d.Names)
            {
                dto.Names[language] = names.Select(n => (string?)n).ToList();
            }
        }

        if (d.Aliases.Length > 0)
        {
            dto.Aliases = new SortedDictionary<string, SortedDictionary<string, List<string?>>?>(StringComparer.Ordinal);
            foreach (var byLanguage in d.Aliases.GroupBy(a => a.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var kinds = new SortedDictionary<string, List<string?>>(StringComparer.Ordinal);
                foreach (var byKind in byLanguage.GroupBy(a => a.Kind).OrderBy(g => g.Key))
                {
                    kinds[KindToJson(byKind.Key)] = byKind.Select(a => (string?)a.Text).ToList();
                }

                dto.Aliases[byLanguage.Key] = kinds;
            }
        }

        return dto;
    }

    private sealed class FileDto
    {
        public string? Format { get; set; }

        public string? Description { get; set; }

        public SourceDto? Source { get; set; }

        public List<EntityDto?>? Entities { get; set; }
    }

    private sealed class SourceDto
    {
        public string? Name { get; set; }

        public string? Url { get; set; }

        public string? License { get; set; }

        public string? Note { get; set; }
    }

    private sealed class EntityDto
    {
        public string? Id { get; set; }

        public string? Kind { get; set; }

        public string? Country { get; set; }

        public bool? StateAffiliated { get; set; }

        public SortedDictionary<string, List<string>>? Links { get; set; }

        public SortedDictionary<string, List<string?>>? Names { get; set; }

        public SortedDictionary<string, SortedDictionary<string, List<string?>>?>? Aliases { get; set; }
    }
}
