using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Composition;

/// <summary>
/// The composed graph: the API schema clients see, plus, per type and field, which subgraphs can resolve what.
/// This is everything the gateway's planner needs; it never re-reads subgraph SDL.
/// </summary>
public sealed class Supergraph
{
    public Supergraph(Schema apiSchema, IReadOnlyList<SubgraphDefinition> subgraphs, IReadOnlyDictionary<string, SupergraphType> types)
    {
        ApiSchema = apiSchema;
        Subgraphs = subgraphs;
        Types = types;
    }

    /// <summary>
    /// The schema clients validate against and introspect: merged types, no federation directives or types
    /// (<c>_Entity</c>, <c>_Service</c>, <c>_Any</c>, <c>FieldSet</c>, <c>link__*</c>, <c>join__*</c>), no <c>_entities</c>/<c>_service</c>,
    /// nothing marked <c>@inaccessible</c>; <c>@deprecated</c>, descriptions and <c>@composeDirective</c>-ed directives kept.
    /// </summary>
    public Schema ApiSchema { get; }

    /// <summary>The subgraphs, in the order they were given to the composer.</summary>
    public IReadOnlyList<SubgraphDefinition> Subgraphs { get; }

    /// <summary>Every object, interface and union type of the API schema (root types included), by name.</summary>
    public IReadOnlyDictionary<string, SupergraphType> Types { get; }
}

/// <summary>Where a composite type lives and how each subgraph can be entered for it.</summary>
public sealed class SupergraphType
{
    public required string Name { get; init; }

    public required SupergraphTypeKind Kind { get; init; }

    /// <summary>Subgraphs that define (or extend) the type.</summary>
    public required IReadOnlySet<string> Subgraphs { get; init; }

    /// <summary>Every <c>@key</c> of every subgraph (an entity has at least one; value types and root types have none).</summary>
    public required IReadOnlyList<EntityKey> Keys { get; init; }

    /// <summary>Subgraphs where this interface is declared as an object type with <c>@interfaceObject</c>.</summary>
    public IReadOnlySet<string> InterfaceObjectSubgraphs { get; init; } = new HashSet<string>();

    /// <summary>For interfaces and unions: per subgraph, the object types that subgraph knows as members.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> PossibleTypesBySubgraph { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>Fields of objects and interfaces, by name (empty for unions).</summary>
    public required IReadOnlyDictionary<string, SupergraphField> Fields { get; init; }
}

/// <summary>
/// A field and, per subgraph that declares it, how that subgraph treats it. A field an <c>@interfaceObject</c> subgraph adds
/// to an interface also appears on each implementing object type that does not define it itself, with that subgraph as
/// a source marked <see cref="FieldSource.ViaInterfaceObject"/>: the planner enters it through the interface's key.
/// </summary>
public sealed class SupergraphField
{
    public required string Name { get; init; }

    /// <summary>One entry per subgraph that declares the field (external declarations included).</summary>
    public required IReadOnlyList<FieldSource> Sources { get; init; }
}

/// <summary>
/// A subgraph's declaration of a field. The subgraph can resolve the field when it is not <see cref="External"/>
/// and not <see cref="OverriddenBy"/> another subgraph; an external field is still resolvable there when a
/// <c>@provides</c> on the path selected it.
/// </summary>
public sealed class FieldSource
{
    public required string Subgraph { get; init; }

    public bool External { get; init; }

    public bool Shareable { get; init; }

    /// <summary>
    /// The subgraph declares the field only on an <c>@interfaceObject</c> of an interface the type implements: it resolves
    /// it for an entity fetched as that interface (<c>__typename</c> the interface, its key), even when it also knows the
    /// object type itself.
    /// </summary>
    public bool ViaInterfaceObject { get; init; }

    /// <summary>
    /// The subgraph whose <c>@override(from:)</c> took this field from this subgraph, if any. A progressive override
    /// (<c>@override(from:, label:)</c>) does not set it: both subgraphs keep resolving the field.
    /// </summary>
    public string? OverriddenBy { get; init; }

    /// <summary><c>@requires(fields:)</c> parsed as a selection set on the parent type, if any.</summary>
    public FieldSet? Requires { get; init; }

    /// <summary><c>@provides(fields:)</c> parsed as a selection set on the field's type, if any.</summary>
    public FieldSet? Provides { get; init; }
}

/// <summary>A <c>@key</c> of a type in one subgraph.</summary>
public sealed record EntityKey(string Subgraph, FieldSet Fields, bool Resolvable);

public enum SupergraphTypeKind
{
    Object,
    Interface,
    Union,
}
