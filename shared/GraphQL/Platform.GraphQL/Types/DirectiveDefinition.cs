using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Where a directive may be used (spec §3.13 DirectiveLocations).</summary>
public enum DirectiveLocation
{
    QUERY,
    MUTATION,
    SUBSCRIPTION,
    FIELD,
    FRAGMENT_DEFINITION,
    FRAGMENT_SPREAD,
    INLINE_FRAGMENT,
    VARIABLE_DEFINITION,
    FRAGMENT_VARIABLE_DEFINITION,
    SCHEMA,
    SCALAR,
    OBJECT,
    FIELD_DEFINITION,
    ARGUMENT_DEFINITION,
    INTERFACE,
    UNION,
    ENUM,
    ENUM_VALUE,
    INPUT_OBJECT,
    INPUT_FIELD_DEFINITION,
    DIRECTIVE_DEFINITION,
}

public sealed class DirectiveDefinition
{
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations)
    {
        Name = name;
        Locations = locations.ToArray();
    }

    public string Name { get; }

    public string? Description { get; set; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public OrderedDictionary<string, InputValueDefinition> Arguments { get; } = new(StringComparer.Ordinal);

    public bool IsRepeatable { get; set; }

    /// <summary>Set by <c>@deprecated</c> on the directive definition (graphql-js 17).</summary>
    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinitionNode? AstNode { get; set; }

    public IReadOnlyList<DirectiveExtensionNode> ExtensionAstNodes { get; set; } = [];

    public override string ToString() => "@" + Name;
}
