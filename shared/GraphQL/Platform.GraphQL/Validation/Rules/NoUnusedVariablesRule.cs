using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// No unused variables: "A GraphQL operation is only valid if all variables defined by an operation are used, either
/// directly or within a spread fragment."
/// See <see href="https://spec.graphql.org/draft/#sec-All-Variables-Used"/>.
/// </summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    private static readonly SyntaxKindSet Kinds = new(SyntaxKind.OperationDefinition);

    private readonly ValidationContext _context;

    public NoUnusedVariablesRule(ValidationContext context) => _context = context;

    public override SyntaxKindSet VisitedKinds => Kinds;

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var operation = (OperationDefinitionNode)node;
        var usages = _context.GetRecursiveVariableUsages(operation);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in usages)
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                _context.ReportError(new GraphQLError(message, [definition]));
            }
        }

        return VisitorAction.Continue;
    }
}
