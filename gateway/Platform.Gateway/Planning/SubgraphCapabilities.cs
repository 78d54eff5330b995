using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.Gateway.Planning;

/// <summary>What each subgraph can resolve, read from the supergraph: fields, keys, possible types.</summary>
internal sealed class SubgraphCapabilities(Supergraph supergraph)
{
    private readonly Dictionary<string, int> _subgraphOrder =
        supergraph.Subgraphs.Select((s, i) => (s.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    public Supergraph Supergraph { get; } = supergraph;

    public FieldSource? Source(string typeName, string fieldName, string subgraph) =>
        Supergraph.Types.TryGetValue(typeName, out var type) && type.Fields.TryGetValue(fieldName, out var field)
            ? field.Sources.FirstOrDefault(s => s.Subgraph == subgraph)
            : null;

    /// <summary>
    /// The subgraph resolves <paramref name="fieldName"/> of <paramref name="typeName"/> where it stands: it declares the
    /// field, nothing overrides it there, and it is not external (unless a <c>@provides</c> on the path or one of the
    /// subgraph's own keys makes it available). A field with <c>@requires</c> resolves only in an entity fetch.
    /// </summary>
    /// <param name="asInterfaceObject">
    /// The objects are entities the subgraph sees as an <c>@interfaceObject</c>: fields it declares only there count.
    /// </param>
    public bool CanResolve(
        string subgraph, string typeName, string fieldName, ProvidedFields provided, bool requiresSatisfied, bool asInterfaceObject = false)
    {
        if (Source(typeName, fieldName, subgraph) is not { OverriddenBy: null } source || (source.ViaInterfaceObject && !asInterfaceObject))
        {
            return false;
        }

        if (source.External)
        {
            return provided.Contains(fieldName) || IsOwnKeyField(subgraph, typeName, fieldName);
        }

        return source.Requires is null || requiresSatisfied;
    }

    /// <summary>Subgraphs that resolve the field in an entity fetch, in supergraph order.</summary>
    public IEnumerable<string> Resolvers(string typeName, string fieldName)
    {
        if (!Supergraph.Types.TryGetValue(typeName, out var type) || !type.Fields.TryGetValue(fieldName, out var field))
        {
            return [];
        }

        return field.Sources
            .Where(s => s is { External: false, OverriddenBy: null })
            .Select(s => s.Subgraph)
            .OrderBy(s => _subgraphOrder.GetValueOrDefault(s, int.MaxValue));
    }

    /// <summary>
    /// A resolvable key in <paramref name="target"/> whose fields <paramref name="from"/> can select on
    /// <paramref name="typeName"/>, and the type the target knows the entity as: the type itself, or an interface
    /// the target declares as an <c>@interfaceObject</c>.
    /// </summary>
    /// <param name="interfaceOnly">The field is the target's only through an interface object.</param>
    public (EntityKey Key, string EntityType)? UsableKey(string typeName, string target, string from, bool interfaceOnly = false)
    {
        if (!Supergraph.Types.TryGetValue(typeName, out var type))
        {
            return null;
        }

        if (!interfaceOnly && type.Keys.FirstOrDefault(k => k.Subgraph == target && k.Resolvable && CanSelect(from, typeName, k.Fields.SelectionSet)) is { } own)
        {
            return (own, typeName);
        }

        var interfaces = Supergraph.ApiSchema.GetType(typeName) is ObjectType objectType ? objectType.Interfaces : [];
        foreach (var candidate in interfaces)
        {
            if (Supergraph.Types.TryGetValue(candidate.Name, out var asInterface)
                && asInterface.InterfaceObjectSubgraphs.Contains(target)
                && asInterface.Keys.FirstOrDefault(k => k.Subgraph == target && k.Resolvable && CanSelect(from, typeName, k.Fields.SelectionSet)) is { } key)
            {
                return (key, candidate.Name);
            }
        }

        return null;
    }

    public bool IsInterfaceObject(string interfaceName, string subgraph) =>
        Supergraph.Types.TryGetValue(interfaceName, out var type) && type.InterfaceObjectSubgraphs.Contains(subgraph);

    /// <summary>
    /// A subgraph where the interface is an entity interface (not an interface object), with a resolvable key that
    /// <paramref name="from"/> can select: it turns an interface-typed representation into its object type.
    /// </summary>
    public (string Subgraph, EntityKey Key)? TypeResolver(string interfaceName, string from)
    {
        if (!Supergraph.Types.TryGetValue(interfaceName, out var type))
        {
            return null;
        }

        var key = type.Keys
            .Where(k => k.Resolvable && k.Subgraph != from && !type.InterfaceObjectSubgraphs.Contains(k.Subgraph))
            .OrderBy(k => _subgraphOrder.GetValueOrDefault(k.Subgraph, int.MaxValue))
            .FirstOrDefault(k => CanSelect(from, interfaceName, k.Fields.SelectionSet));
        return key is null ? null : (key.Subgraph, key);
    }

    /// <summary>The object types an abstract type can be in one subgraph, in API schema order.</summary>
    public IEnumerable<ObjectType> PossibleTypes(NamedType abstractType, string subgraph)
    {
        var all = Supergraph.ApiSchema.GetPossibleTypes(abstractType);
        if (Supergraph.Types.TryGetValue(abstractType.Name, out var type) && type.PossibleTypesBySubgraph.TryGetValue(subgraph, out var known))
        {
            return all.Where(t => known.Contains(t.Name));
        }

        return all.Where(t => Supergraph.Types.TryGetValue(t.Name, out var member) && member.Subgraphs.Contains(subgraph));
    }

    private bool CanSelect(string subgraph, string typeName, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is not FieldNode field || field.Name.Value == "__typename")
            {
                continue;
            }

            if (!CanResolve(subgraph, typeName, field.Name.Value, ProvidedFields.None, requiresSatisfied: false))
            {
                return false;
            }

            if (field.SelectionSet is { } children
                && Supergraph.ApiSchema.GetType(typeName) is IComplexOutputType parent
                && parent.Fields.TryGetValue(field.Name.Value, out var definition)
                && !CanSelect(subgraph, definition.Type.NamedType.Name, children))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsOwnKeyField(string subgraph, string typeName, string fieldName) =>
        Supergraph.Types.TryGetValue(typeName, out var type)
        && type.Keys.Any(k => k.Subgraph == subgraph && k.Fields.SelectionSet.Selections.OfType<FieldNode>().Any(f => f.Name.Value == fieldName));
}
