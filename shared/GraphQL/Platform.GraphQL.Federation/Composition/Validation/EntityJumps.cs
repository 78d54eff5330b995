using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// Which subgraphs the planner can move to for a type, starting in one subgraph: those with a resolvable <c>@key</c> on the
/// type (or on an <c>@interfaceObject</c> of an interface it implements) whose top-level key fields a subgraph already
/// reached resolves (the start subgraph also those a <c>@provides</c> on the path gave it), repeated until nothing new is reached.
/// </summary>
internal sealed class EntityJumps(MergedSchema merged)
{
    private readonly Dictionary<(string, string, string), HashSet<string>> _cache = [];
    private readonly Dictionary<string, List<(string Subgraph, List<string> KeyFields)>> _entries = new(StringComparer.Ordinal);

    public HashSet<string> Reachable(MergedType type, string start, ProvidedSelection provided)
    {
        if (_cache.TryGetValue((type.Name, start, provided.Identity), out var cached))
        {
            return cached;
        }

        if (!_entries.TryGetValue(type.Name, out var entries))
        {
            entries = Entries(type).ToList();
            _entries[type.Name] = entries;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var (subgraph, keyFields) in entries)
            {
                if (!reached.Contains(subgraph)
                    && reached.Any(from => keyFields.All(name => Resolves(type, from, name) || (from == start && provided.Provides(name)))))
                {
                    reached.Add(subgraph);
                    grew = true;
                }
            }
        }

        _cache[(type.Name, start, provided.Identity)] = reached;
        return reached;
    }

    private IEnumerable<(string Subgraph, List<string> KeyFields)> Entries(MergedType type)
    {
        var owners = new List<Definition<SubgraphType>>(type.Definitions);
        foreach (var interfaceName in type.Interfaces)
        {
            if (merged.Types.TryGetValue(interfaceName, out var parent))
            {
                owners.AddRange(parent.Definitions.Where(d => d.Element.InterfaceObject));
            }
        }

        foreach (var (subgraph, definition) in owners)
        {
            foreach (var key in definition.Keys.Where(k => k.Resolvable))
            {
                yield return (subgraph, FieldSets.TopLevelFieldNames(key.Fields).ToList());
            }
        }
    }

    private static bool Resolves(MergedType type, string subgraph, string fieldName) =>
        type.Fields.TryGetValue(fieldName, out var field) && FieldResolution.Resolving(field).Any(d => d.Subgraph == subgraph);
}
