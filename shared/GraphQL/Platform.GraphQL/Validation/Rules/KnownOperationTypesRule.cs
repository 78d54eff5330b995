using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Known operation types: "A GraphQL document is only valid if when it contains an operation, the root type for the
/// operation exists within the schema."
/// See <see href="https://spec.graphql.org/draft/#sec-Operation-Type-Existence"/>.
/// </summary>
public sealed class KnownOperationTypesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition);

    private readonly ValidationContext _context;

    public KnownOperationTypesRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var operation = (OperationDefinitionNode)node;
        if (_context.Schema.GetRootType(operation.Operation) is null)
        {
            var name = operation.Operation switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            };
            _context.ReportError(new GraphQLError($"The {name} operation is not supported by the schema.", [operation]));
        }

        return VisitorAction.Continue;
    }
}
