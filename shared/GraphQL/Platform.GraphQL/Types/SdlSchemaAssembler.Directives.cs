using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

internal sealed partial class SdlSchemaAssembler
{
    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>(node.Locations.Count);
        foreach (var location in node.Locations)
        {
            if (Enum.TryParse<DirectiveLocation>(location.Value, ignoreCase: false, out var parsed))
            {
                locations.Add(parsed);
            }
        }

        var extensions = _directiveExtensions.GetValueOrDefault(node.Name.Value) ?? [];
        var deprecationReason = AppliedDirectiveValues.DeprecationReason(node.Directives);
        foreach (var extension in extensions)
        {
            deprecationReason ??= AppliedDirectiveValues.DeprecationReason(extension.Directives);
        }

        var directive = new DirectiveDefinition(node.Name.Value, locations)
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            DeprecationReason = deprecationReason,
            AstNode = node,
            ExtensionAstNodes = extensions,
        };
        AddInputValues(directive.Arguments, node.Arguments);
        return directive;
    }

    private GraphQLType TypeFromAst(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(TypeFromAst(nonNull.Type)),
        ListTypeNode list => new ListType(TypeFromAst(list.Type)),
        _ => LookUp((NamedTypeNode)node),
    };

    private NamedType LookUp(NamedTypeNode node)
    {
        var name = node.Name.Value;
        return StandardTypes.Find(name)
            ?? _types.GetValueOrDefault(name)
            ?? throw new SchemaException([new GraphQLError($"Unknown type: \"{name}\".", [node])]);
    }
}
