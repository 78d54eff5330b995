using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Composition.Reading;

/// <summary>
/// <c>INVALID_GRAPHQL</c>: the subgraph's types must make a valid GraphQL schema (known types and directives, valid
/// interfaces and unions, …), its federation directives checked against their definitions under a fixed prefix.
/// Its <c>Query</c> keeps the <c>_service</c> field every subgraph serves, so a subgraph that only contributes entities
/// is still a schema.
/// </summary>
internal static class SubgraphSchemaCheck
{
    /// <summary>Adds the subgraph's GraphQL errors; true when there were none.</summary>
    public static bool Check(SubgraphSchema subgraph, List<CompositionError> errors)
    {
        var before = errors.Count;
        var definitions = new List<DefinitionNode>();
        definitions.AddRange(FederationDirectiveDefinitions.For(subgraph.Links.MinorVersion));
        definitions.AddRange(subgraph.DirectiveDefinitions.Values);
        foreach (var type in subgraph.Types.Values)
        {
            definitions.Add(TypeNode(type));
        }

        if (!subgraph.Types.ContainsKey("Query"))
        {
            definitions.Add(new ObjectTypeDefinitionNode { Name = new NameNode("Query"), Directives = [], Interfaces = [], Fields = [ServiceField()] });
        }

        try
        {
            var schema = SchemaBuilder.Build(new DocumentNode(definitions));
            errors.AddRange(SchemaValidator.Validate(schema).Select(e => Error(subgraph, e.Message)));
        }
        catch (SchemaException exception)
        {
            errors.AddRange(exception.Errors.Select(e => Error(subgraph, e.Message)));
        }

        return errors.Count == before;
    }

    /// <summary>The engine's message, with federation directives called by the names the subgraph gave them.</summary>
    private static CompositionError Error(SubgraphSchema subgraph, string message)
    {
        foreach (var canonical in FederationLinks.CanonicalDirectives)
        {
            message = message.Replace($"@{FederationDirectiveDefinitions.Prefix}{canonical}\"", $"@{subgraph.Links.LocalName(canonical)}\"", StringComparison.Ordinal);
        }

        return new(CompositionCodes.InvalidGraphQL, $"[{subgraph.Name}] {message}");
    }

    private static FieldDefinitionNode ServiceField() => new()
    {
        Name = new NameNode("_service"), Arguments = [], Directives = [], Type = new NamedTypeNode(new NameNode("String")),
    };

    private static TypeDefinitionNode TypeNode(SubgraphType type)
    {
        var name = new NameNode(type.Name);
        return type.Kind switch
        {
            TypeKind.Object => new ObjectTypeDefinitionNode
            {
                Name = name, Directives = Applied(type), Interfaces = Named(type.Interfaces),
                Fields = [.. Fields(type), .. type.Name == "Query" ? [ServiceField()] : Array.Empty<FieldDefinitionNode>()],
            },
            TypeKind.Interface => new InterfaceTypeDefinitionNode
            {
                Name = name, Directives = Applied(type), Interfaces = Named(type.Interfaces), Fields = Fields(type),
            },
            TypeKind.Union => new UnionTypeDefinitionNode { Name = name, Directives = Applied(type), Types = Named(type.Members) },
            TypeKind.Enum => new EnumTypeDefinitionNode
            {
                Name = name, Directives = Applied(type),
                Values = type.Values.Values.Select(v => new EnumValueDefinitionNode
                {
                    Name = new NameNode(v.Name), Directives = With(v.OtherDirectives, v.FederationDirectives, v.Deprecated),
                }).ToList(),
            },
            TypeKind.InputObject => new InputObjectTypeDefinitionNode
            {
                Name = name, Directives = Applied(type), Fields = InputValues(type.InputFields.Values),
            },
            _ => new ScalarTypeDefinitionNode { Name = name, Directives = Applied(type) },
        };
    }

    private static List<NamedTypeNode> Named(IEnumerable<string> names) => names.Select(n => new NamedTypeNode(new NameNode(n))).ToList();

    private static List<FieldDefinitionNode> Fields(SubgraphType type) =>
        type.Fields.Values.Select(f => new FieldDefinitionNode
        {
            Name = new NameNode(f.Name),
            Type = f.Type,
            Arguments = InputValues(f.Arguments.Values),
            Directives = With(f.OtherDirectives, f.FederationDirectives, f.Deprecated),
        }).ToList();

    private static List<InputValueDefinitionNode> InputValues(IEnumerable<SubgraphInputValue> values) =>
        values.Select(v => new InputValueDefinitionNode
        {
            Name = new NameNode(v.Name),
            Type = v.Type,
            DefaultValue = v.DefaultValue,
            Directives = With(v.OtherDirectives, v.FederationDirectives, v.Deprecated),
        }).ToList();

    private static List<DirectiveNode> Applied(SubgraphType type) => [.. type.OtherDirectives, .. type.FederationDirectives];

    private static List<DirectiveNode> With(List<DirectiveNode> other, List<DirectiveNode> federation, DirectiveNode? deprecated) =>
        deprecated is null ? [.. other, .. federation] : [deprecated, .. other, .. federation];
}
