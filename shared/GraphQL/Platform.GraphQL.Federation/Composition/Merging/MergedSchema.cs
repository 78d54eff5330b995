using Platform.GraphQL.Federation.Composition.Reading;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Merging;

/// <summary>Every subgraph's types merged by name: the supergraph's type system before the API schema is built from it.</summary>
internal sealed class MergedSchema
{
    public required IReadOnlyList<SubgraphSchema> Subgraphs { get; init; }

    public OrderedDictionary<string, MergedType> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>Custom directives kept in the API schema because a subgraph <c>@composeDirective</c>-ed them.</summary>
    public OrderedDictionary<string, DirectiveDefinitionNode> ComposedDirectives { get; } = new(StringComparer.Ordinal);

    public SubgraphSchema Subgraph(string name) => SubgraphsByName.GetValueOrDefault(name) ?? Subgraphs.First(s => s.Name == name);

    private Dictionary<string, SubgraphSchema> SubgraphsByName => field ??= Subgraphs.ToDictionary(s => s.Name, StringComparer.Ordinal);
}

/// <summary>A subgraph's definition of a merged element.</summary>
internal readonly record struct Definition<T>(string Subgraph, T Element);

internal sealed class MergedType
{
    public required string Name { get; init; }

    /// <summary>The supergraph kind; an <c>@interfaceObject</c> object merges into an interface.</summary>
    public required TypeKind Kind { get; init; }

    public StringValueNode? Description { get; set; }

    public List<Definition<SubgraphType>> Definitions { get; } = [];

    public List<string> Interfaces { get; } = [];

    public List<string> Members { get; } = [];

    public OrderedDictionary<string, MergedField> Fields { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, MergedInputValue> InputFields { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, MergedEnumValue> Values { get; } = new(StringComparer.Ordinal);

    public bool Inaccessible { get; set; }

    public List<DirectiveNode> Directives { get; } = [];

    public IEnumerable<string> InterfaceObjectSubgraphs =>
        Definitions.Where(d => d.Element.InterfaceObject).Select(d => d.Subgraph);
}

internal sealed class MergedField
{
    public required string Name { get; init; }

    public StringValueNode? Description { get; set; }

    public required TypeNode Type { get; set; }

    public OrderedDictionary<string, MergedInputValue> Arguments { get; } = new(StringComparer.Ordinal);

    public bool Inaccessible { get; set; }

    public DirectiveNode? Deprecated { get; set; }

    public List<DirectiveNode> Directives { get; } = [];

    public List<Definition<SubgraphField>> Definitions { get; } = [];

    /// <summary>
    /// For an object field its own subgraphs already define: the same field of an <c>@interfaceObject</c> of an interface the
    /// type implements. Not a source (the planner reaches it through the object's own subgraphs), but it counts for sharing.
    /// </summary>
    public List<Definition<SubgraphField>> InterfaceObjectDefinitions { get; } = [];

    /// <summary>Subgraphs among <see cref="Definitions"/> that define the field only on an <c>@interfaceObject</c>.</summary>
    public HashSet<string> ViaInterfaceObject { get; } = new(StringComparer.Ordinal);
}

/// <summary>A merged argument or input field.</summary>
internal sealed class MergedInputValue
{
    public required string Name { get; init; }

    public StringValueNode? Description { get; set; }

    public required TypeNode Type { get; set; }

    public ValueNode? DefaultValue { get; set; }

    public bool Inaccessible { get; set; }

    public DirectiveNode? Deprecated { get; set; }

    public List<DirectiveNode> Directives { get; } = [];
}

internal sealed class MergedEnumValue
{
    public required string Name { get; init; }

    public StringValueNode? Description { get; set; }

    public bool Inaccessible { get; set; }

    public DirectiveNode? Deprecated { get; set; }

    public List<DirectiveNode> Directives { get; } = [];
}
