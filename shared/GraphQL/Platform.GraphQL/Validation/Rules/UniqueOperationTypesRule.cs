using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Unique operation types: a type-system document is only valid if it names at most one root type per operation,
/// and none for an operation the extended schema already has a root type for ("The query, mutation, and
/// subscription root types must all be different types if provided").
/// See <see href="https://spec.graphql.org/draft/#sec-Root-Operation-Types"/>.
/// </summary>
public sealed class UniqueOperationTypesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension);

    private readonly SdlValidationContext _context;
    private readonly OperationTypeDefinitionNode?[] _defined = new OperationTypeDefinitionNode?[3];

    public UniqueOperationTypesRule(SdlValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var operationTypes = node is SchemaDefinitionNode definition
            ? definition.OperationTypes
            : ((SchemaExtensionNode)node).OperationTypes;
        foreach (var operationType in operationTypes)
        {
            var operation = operationType.Operation;
            var name = OperationName(operation);
            if (_context.Schema?.GetRootType(operation) is not null)
            {
                _context.ReportError(new GraphQLError(
                    $"Type for {name} already defined in the schema. It cannot be redefined.", [operationType]));
            }
            else if (_defined[(int)operation] is { } previous)
            {
                _context.ReportError(new GraphQLError($"There can be only one {name} type in schema.", [previous, operationType]));
            }
            else
            {
                _defined[(int)operation] = operationType;
            }
        }

        return VisitorAction.Skip;
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
