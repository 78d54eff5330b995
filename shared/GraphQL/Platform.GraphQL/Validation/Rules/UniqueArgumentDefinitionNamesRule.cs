using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique argument definition names: "The argument must have a unique name within that field; no two arguments
/// may share the same name", and likewise within a directive definition.
/// See <see href="https://spec.graphql.org/draft/#sec-Objects.Type-Validation"/> and
/// <see href="https://spec.graphql.org/draft/#sec-Type-System.Directives.Validation"/>.
/// </summary>
public sealed class UniqueArgumentDefinitionNamesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(
        SyntaxKind.DirectiveDefinition,
        SyntaxKind.InterfaceTypeDefinition,
        SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.ObjectTypeDefinition,
        SyntaxKind.ObjectTypeExtension);

    private readonly SdlValidationContext _context;

    public UniqueArgumentDefinitionNamesRule(SdlValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (node is DirectiveDefinitionNode directive)
        {
            CheckArgumentUniqueness("@" + directive.Name.Value, directive.Arguments);
            return VisitorAction.Skip;
        }

        var typeName = ((INamedSyntaxNode)node).Name.Value;
        var fields = node switch
        {
            InterfaceTypeDefinitionNode interfaceDefinition => interfaceDefinition.Fields,
            InterfaceTypeExtensionNode interfaceExtension => interfaceExtension.Fields,
            ObjectTypeDefinitionNode objectDefinition => objectDefinition.Fields,
            _ => ((ObjectTypeExtensionNode)node).Fields,
        };
        foreach (var field in fields)
        {
            if (field.Arguments.Count > 1)
            {
                CheckArgumentUniqueness(typeName + "." + field.Name.Value, field.Arguments);
            }
        }

        return VisitorAction.Skip;
    }

    private void CheckArgumentUniqueness(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        // Groups in the order their names first appear, as graphql-js's groupBy does.
        var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var argument in arguments)
        {
            if (!groups.TryGetValue(argument.Name.Value, out var group))
            {
                group = [];
                groups.Add(argument.Name.Value, group);
                order.Add(argument.Name.Value);
            }

            group.Add(argument.Name);
        }

        foreach (var name in order)
        {
            var nodes = groups[name];
            if (nodes.Count > 1)
            {
                _context.ReportError(new GraphQLError($"Argument \"{parentName}({name}:)\" can only be defined once.", nodes));
            }
        }
    }
}
