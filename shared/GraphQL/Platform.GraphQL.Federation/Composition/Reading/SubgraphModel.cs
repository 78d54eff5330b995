using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Reading;

/// <summary>The kinds of named type a subgraph can define.</summary>
internal enum TypeKind
{
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    Scalar,
}

/// <summary>One subgraph's schema with federation directives resolved to their canonical names and federation plumbing removed.</summary>
internal sealed class SubgraphSchema
{
    public required string Name { get; init; }

    /// <summary>True when the SDL links the federation v2 spec; false for federation-v1-style SDL.</summary>
    public required bool IsFederation2 { get; init; }

    /// <summary>How the subgraph names federation directives and which other specs it links.</summary>
    public required FederationLinks Links { get; init; }

    public OrderedDictionary<string, SubgraphType> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>Custom directive definitions the subgraph declares, by their name in the subgraph.</summary>
    public OrderedDictionary<string, DirectiveDefinitionNode> DirectiveDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>Names (without <c>@</c>) that <c>@composeDirective</c> asks to keep in the supergraph.</summary>
    public List<string> ComposedDirectives { get; } = [];
}

/// <summary>A named type of one subgraph: its definition and extensions folded together.</summary>
internal sealed class SubgraphType
{
    public required string Name { get; init; }

    public required TypeKind Kind { get; set; }

    public StringValueNode? Description { get; set; }

    /// <summary>True when only <c>extend type</c> (or <c>@extends</c>) declared it here.</summary>
    public bool IsExtension { get; set; } = true;

    /// <summary>True when only <c>extend</c> syntax declared it here (<c>@extends</c> on a definition does not count).</summary>
    public bool OnlyExtendSyntax { get; set; } = true;

    public bool InterfaceObject { get; set; }

    public bool Inaccessible { get; set; }

    public List<KeyDeclaration> Keys { get; } = [];

    public List<string> Interfaces { get; } = [];

    public List<string> Members { get; } = [];

    public OrderedDictionary<string, SubgraphField> Fields { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, SubgraphInputValue> InputFields { get; } = new(StringComparer.Ordinal);

    public OrderedDictionary<string, SubgraphEnumValue> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Directives that are neither federation nor <c>@deprecated</c> (custom ones), as applied.</summary>
    public List<DirectiveNode> OtherDirectives { get; } = [];

    /// <summary>Federation directives as applied, renamed <c>federation__name</c>, for checking them as GraphQL.</summary>
    public List<DirectiveNode> FederationDirectives { get; } = [];
}

/// <summary>A <c>@key</c> as written in one subgraph.</summary>
internal sealed record KeyDeclaration(string Fields, bool Resolvable);

/// <summary>An output field of one subgraph's object or interface type.</summary>
internal sealed class SubgraphField
{
    public required string Name { get; init; }

    public StringValueNode? Description { get; init; }

    public required TypeNode Type { get; init; }

    public OrderedDictionary<string, SubgraphInputValue> Arguments { get; } = new(StringComparer.Ordinal);

    public bool External { get; set; }

    public bool Shareable { get; set; }

    public string? OverrideFrom { get; set; }

    /// <summary>The <c>@override(label:)</c> of a progressive override: the source keeps resolving the field for some requests.</summary>
    public string? OverrideLabel { get; set; }

    /// <summary>The subgraph this field's unlabeled <c>@override</c> takes the field from entirely.</summary>
    public string? OverridesCompletely => OverrideLabel is null ? OverrideFrom : null;

    public string? Requires { get; set; }

    public string? Provides { get; set; }

    public bool Inaccessible { get; set; }

    public DirectiveNode? Deprecated { get; set; }

    public List<DirectiveNode> OtherDirectives { get; } = [];

    public List<DirectiveNode> FederationDirectives { get; } = [];
}

/// <summary>An argument or input field of one subgraph.</summary>
internal sealed class SubgraphInputValue
{
    public required string Name { get; init; }

    public StringValueNode? Description { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public bool Inaccessible { get; set; }

    public DirectiveNode? Deprecated { get; set; }

    public List<DirectiveNode> OtherDirectives { get; } = [];

    public List<DirectiveNode> FederationDirectives { get; } = [];
}

/// <summary>An enum value of one subgraph.</summary>
internal sealed class SubgraphEnumValue
{
    public required string Name { get; init; }

    public StringValueNode? Description { get; init; }

    public bool Inaccessible { get; set; }

    public DirectiveNode? Deprecated { get; set; }

    public List<DirectiveNode> OtherDirectives { get; } = [];

    public List<DirectiveNode> FederationDirectives { get; } = [];
}
