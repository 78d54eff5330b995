using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Known directives: "A GraphQL document is only valid if all `@directives` are known by the schema and legally
/// positioned."
/// See <see href="https://spec.graphql.org/draft/#sec-Directives-Are-Defined"/>.
/// </summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.Directive);

    private readonly ValidationContextBase _context;

    public KnownDirectivesRule(ValidationContextBase context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var directive = (DirectiveNode)node;
        var name = directive.Name.Value;
        if (_context.Directives.Find(name) is not { } facts)
        {
            _context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", [directive]));
            return VisitorAction.Continue;
        }

        var candidateLocation = LocationOf(ancestors);
        if (candidateLocation is not null && !facts.Locations.Contains(candidateLocation))
        {
            _context.ReportError(new GraphQLError($"Directive \"@{name}\" may not be used on {candidateLocation}.", [directive]));
        }

        return VisitorAction.Continue;
    }

    private static string? LocationOf(IReadOnlyList<SyntaxNode> ancestors)
    {
        if (ancestors.Count == 0)
        {
            return null;
        }

        var appliedTo = ancestors[^1];
        var grandParent = ancestors.Count > 1 ? ancestors[^2] : null;
        return appliedTo switch
        {
            OperationDefinitionNode { Operation: OperationType.Query } => "QUERY",
            OperationDefinitionNode { Operation: OperationType.Mutation } => "MUTATION",
            OperationDefinitionNode => "SUBSCRIPTION",
            FieldNode => "FIELD",
            FragmentSpreadNode => "FRAGMENT_SPREAD",
            InlineFragmentNode => "INLINE_FRAGMENT",
            FragmentDefinitionNode => "FRAGMENT_DEFINITION",
            VariableDefinitionNode => grandParent is OperationDefinitionNode ? "VARIABLE_DEFINITION" : "FRAGMENT_VARIABLE_DEFINITION",
            SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
            FieldDefinitionNode => "FIELD_DEFINITION",
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
            UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
            EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
            EnumValueDefinitionNode => "ENUM_VALUE",
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
            InputValueDefinitionNode => grandParent is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            DirectiveDefinitionNode or DirectiveExtensionNode => "DIRECTIVE_DEFINITION",
            _ => null,
        };
    }
}
