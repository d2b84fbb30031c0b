using System.Collections.Immutable;

namespace ClaimTracker.Catalog;

/// <summary>
/// Collects catalog contributions (the language packs' embedded files, user files, entities built in code)
/// and merges them into an immutable <see cref="EntityCatalog"/>.
/// </summary>
/// <remarks>
/// <para>Merging rules, applied per entity id:</para>
/// <list type="bullet">
/// <item>An id may appear in many contributions but at most once in each.</item>
/// <item><c>kind</c>, <c>country</c> and <c>stateAffiliated</c> may be left out by all but one contribution;
/// where two give them, they must agree.</item>
/// <item>Links: for each link type, the contributions that give it must give the same targets; a contribution
/// may add a link type that the others leave out.</item>
/// <item>Names and aliases are unioned (duplicates dropped), keeping the order in which contributions were added,
/// so the first contribution's first name stays the preferred one.</item>
/// <item>After merging every entity must have a kind, every link must point at an entity of the catalog, and
/// <see cref="EntityLinkType.SpeaksFor"/> links must not form a cycle.</item>
/// </list>
/// <para>Every violation throws a <see cref="CatalogException"/> that names the entity and the contributions
/// involved. The builder is not thread-safe; the catalog it builds is.</para>
/// </remarks>
public sealed class EntityCatalogBuilder
{
    private readonly List<CatalogContribution> _contributions = [];

    /// <summary>The contributions added so far, in order.</summary>
    public IReadOnlyList<CatalogContribution> Contributions => _contributions;

    /// <summary>Adds a contribution.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contribution"/> is null.</exception>
    public EntityCatalogBuilder Add(CatalogContribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        _contributions.Add(contribution);
        return this;
    }

    /// <summary>Parses and adds a catalog file's text.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CatalogException">The text is not a valid catalog file.</exception>
    public EntityCatalogBuilder AddJson(string json, string sourceName) => Add(CatalogContribution.Parse(json, sourceName));

    /// <summary>Reads, parses and adds the catalog file at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="CatalogException">The file cannot be read or is not valid.</exception>
    public EntityCatalogBuilder AddFile(string path) => Add(CatalogContribution.LoadFile(path));

    /// <summary>Merges the contributions into a catalog.</summary>
    /// <exception cref="CatalogException">The contributions disagree or leave the catalog inconsistent (see remarks).</exception>
    public EntityCatalog Build()
    {
        var merged = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var contribution in _contributions)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in contribution.Entities)
            {
                if (!seen.Add(definition.Id))
                {
                    throw new CatalogException($"Entity '{definition.Id}' is defined twice in '{contribution.SourceName}'.");
                }

                if (!merged.TryGetValue(definition.Id, out var acc))
                {
                    acc = new Accumulator(definition.Id);
                    merged.Add(definition.Id, acc);
                    order.Add(definition.Id);
                }

                acc.Merge(definition, contribution.SourceName);
            }
        }

        var entities = ImmutableSortedDictionary.CreateBuilder<string, Entity>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            entities.Add(id, merged[id].ToEntity());
        }

        var result = entities.ToImmutable();
        foreach (var entity in result.Values)
        {
            foreach (var link in entity.Links)
            {
                if (!result.ContainsKey(link.Target))
                {
                    throw new CatalogException(
                        $"Entity '{entity.Id}' links {link} but no contribution defines '{link.Target}' (sources: {string.Join(", ", merged[entity.Id].LinkSources(link.Type))}).");
                }
            }
        }

        CheckSpeaksForCycles(result);
        return new EntityCatalog(result);
    }

    private static void CheckSpeaksForCycles(ImmutableSortedDictionary<string, Entity> entities)
    {
        // 0 = unvisited, 1 = on the current path, 2 = done. Iterative walk: each entity is visited once.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var start in entities.Keys)
        {
            var path = new List<string>();
            var current = start;
            while (current is not null && state.GetValueOrDefault(current) == 0)
            {
                state[current] = 1;
                path.Add(current);
                current = entities[current].LinkTargets(EntityLinkType.SpeaksFor).FirstOrDefault();
            }

            if (current is not null && state[current] == 1)
            {
                var cycle = path.Skip(path.IndexOf(current)).Append(current);
                throw new CatalogException($"speaksFor links form a cycle: {string.Join(" → ", cycle)}.");
            }

            foreach (var id in path)
            {
                state[id] = 2;
            }
        }
    }

    private sealed class Accumulator(string id)
    {
        private readonly Dictionary<string, List<string>> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<EntityAlias>> _aliases = new(StringComparer.Ordinal);
        private readonly HashSet<EntityAlias> _aliasSet = [];
        private readonly Dictionary<EntityLinkType, (ImmutableArray<string> Targets, List<string> Sources)> _links = [];
        private readonly List<string> _sources = [];
        private (EntityKind Value, string Source)? _kind;
        private (string Value, string Source)? _country;
        private (bool Value, string Source)? _stateAffiliated;

        public IEnumerable<string> LinkSources(EntityLinkType type) => _links.TryGetValue(type, out var l) ? l.Sources : [];

        public void Merge(EntityDefinition d, string source)
        {
            _sources.Add(source);
            _kind = Agree(_kind, d.Kind, source, "kind", k => CatalogJson.KindToJson(k));
            _country = Agree(_country, d.Country, source, "country", c => c);
            _stateAffiliated = Agree(_stateAffiliated, d.StateAffiliated, source, "stateAffiliated", b => b ? "true" : "false");

            foreach (var group in d.Links.GroupBy(l => l.Type))
            {
                var targets = group.Select(l => l.Target).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
                if (_links.TryGetValue(group.Key, out var existing))
                {
                    if (!existing.Targets.SequenceEqual(targets, StringComparer.Ordinal))
                    {
                        throw new CatalogException(
                            $"Entity '{id}' has {CatalogJson.KindToJson(group.Key)} → [{string.Join(", ", existing.Targets)}] in '{existing.Sources[0]}' but → [{string.Join(", ", targets)}] in '{source}'.");
                    }

                    existing.Sources.Add(source);
                }
                else
                {
                    _links[group.Key] = (targets, [source]);
                }
            }

            foreach (var (language, names) in d.Names)
            {
                foreach (var name in names)
                {
                    Add(_names, language, name);
                    AddAlias(new EntityAlias(name, language, AliasKind.Name));
                }
            }

            foreach (var alias in d.Aliases)
            {
                ArgumentNullException.ThrowIfNull(alias);
                AddAlias(alias);
            }
        }

        public Entity ToEntity()
        {
            if (_kind is null)
            {
                throw new CatalogException(
                    $"Entity '{id}' has no kind: it appears in {string.Join(", ", _sources.Select(s => $"'{s}'"))} but none of them says \"kind\".");
            }

            var country = _country?.Value;
            if (country is null && _kind.Value.Value == EntityKind.Government && id.Length == 6 && id.StartsWith("gov:", StringComparison.Ordinal)
                && id[4..].All(char.IsAsciiLetterUpper))
            {
                country = id[4..];
            }

            var names = _names.ToImmutableSortedDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
            var aliases = _aliases.ToImmutableSortedDictionary(
                p => p.Key,
                p => p.Value.OrderBy(a => a.Kind == AliasKind.Name ? 0 : 1).ToImmutableArray(),
                StringComparer.Ordinal);
            var links = _links.SelectMany(p => p.Value.Targets.Select(t => new EntityLink(p.Key, t))).Order().ToImmutableArray();
            return new Entity(id, _kind.Value.Value, country, _stateAffiliated?.Value ?? false, names, aliases, links, _sources.Distinct().ToImmutableArray());
        }

        private (T Value, string Source)? Agree<T>((T Value, string Source)? current, T? incoming, string source, string field, Func<T, string> show)
            where T : struct
        {
            if (incoming is null)
            {
                return current;
            }

            if (current is null)
            {
                return (incoming.Value, source);
            }

            if (!EqualityComparer<T>.Default.Equals(current.Value.Value, incoming.Value))
            {
                throw new CatalogException(
                    $"Entity '{id}' has {field} '{show(current.Value.Value)}' in '{current.Value.Source}' but '{show(incoming.Value)}' in '{source}'.");
            }

            return current;
        }

        private (string Value, string Source)? Agree((string Value, string Source)? current, string? incoming, string source, string field, Func<string, string> show)
        {
            if (incoming is null)
            {
                return current;
            }

            if (current is null)
            {
                return (incoming, source);
            }

            if (!string.Equals(current.Value.Value, incoming, StringComparison.Ordinal))
            {
                throw new CatalogException(
                    $"Entity '{id}' has {field} '{show(current.Value.Value)}' in '{current.Value.Source}' but '{show(incoming)}' in '{source}'.");
            }

            return current;
        }

        private void AddAlias(EntityAlias alias)
        {
            if (_aliasSet.Add(alias))
            {
                if (!_aliases.TryGetValue(alias.Language, out var list))
                {
                    _aliases[alias.Language] = list = [];
                }

                list.Add(alias);
            }
        }

        private static void Add(Dictionary<string, List<string>> map, string language, string name)
        {
            if (!map.TryGetValue(language, out var list))
            {
                map[language] = list = [];
            }

            if (!list.Contains(name, StringComparer.Ordinal))
            {
                list.Add(name);
            }
        }
    }
}
